; Inno Setup script: the Windows setup of Freelance Desk, for one user, without admin rights.
; Saved as UTF-8 with a byte order mark: Inno Setup then reads the French texts right.
;
;     python packaging/windows/make_setup.py      (passes the defines below, then signs)
;
; Installs dist\FreelanceDesk (packaging/build_bundle.py) into
; %LOCALAPPDATA%\Programs\Freelance Desk, adds a Start menu entry (a desktop icon if
; asked), and registers an uninstaller in Settings > Apps. The uninstaller removes the
; program and asks whether to delete the user's data folder %LOCALAPPDATA%\FreelanceDesk
; (database, attachments, backups): No is the default, and a silent uninstall keeps it
; unless given /DELETEDATA. Installing a newer version over an older one keeps the data.

#ifndef AppVersion
  #error Build with packaging/windows/make_setup.py: it passes AppVersion and the paths.
#endif

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppComments={#AppDescription}
VersionInfoVersion={#VersionTuple}
VersionInfoProductName={#AppName}
; Per user: no UAC prompt; {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
OutputDir={#OutputDir}
OutputBaseFilename={#AppExeName}-{#AppVersion}-windows-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExeName}.exe
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; A running copy is closed before its files are replaced (upgrade, uninstall).
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
en.DeleteData=Also delete your Freelance Desk data (database, attachments, backups, logs) in:%n%n%1%n%nChoose No to keep it: installing Freelance Desk again finds it as it was.
fr.DeleteData=Supprimer aussi vos données Freelance Desk (base, pièces jointes, sauvegardes, journaux) dans :%n%n%1%n%nChoisissez Non pour les garder : une nouvelle installation de Freelance Desk les retrouvera telles quelles.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}.exe"; Comment: "{#AppDescription}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the program writes next to itself (none expected; the data folder is elsewhere).
Type: filesandordirs; Name: "{app}"

[Code]
function CommandLineHas(const Flag: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Flag) = 0 then
      Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
  Delete: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  { platformdirs.user_data_dir("FreelanceDesk", roaming=False): desktop/profile.py }
  DataDir := ExpandConstant('{localappdata}\{#DataFolder}');
  if not DirExists(DataDir) then
    Exit;
  if UninstallSilent then
    Delete := CommandLineHas('/DELETEDATA')
  else
    Delete := MsgBox(FmtMessage(CustomMessage('DeleteData'), [DataDir]), mbConfirmation,
                     MB_YESNO or MB_DEFBUTTON2) = IDYES;
  if Delete then
    DelTree(DataDir, True, True, True);
end;
