"""Refresh the translation sources from the code, then compile them.

    python dev.py translations

1. ``pyside6-lupdate`` scans every module of ``desktop/`` for ``tr()``,
   ``QCoreApplication.translate()`` and ``QT_TRANSLATE_NOOP()`` and merges the
   texts into ``freelance_desk_<lang>.ts`` (existing translations are kept;
   vanished texts are marked obsolete and dropped with -no-obsolete).
2. Translate the new texts with Qt Linguist (``pyside6-linguist``) or any editor.
3. ``pyside6-lrelease`` compiles the ``.qm`` files the app loads.

``tests/test_translations.py`` fails when a text has no French translation or
when a ``.qm`` file is older than its ``.ts``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "resources" / "translations"  # the .ts sources and the compiled .qm
PACKAGE = ROOT / "desktop"  # the code whose texts are translated
LANGUAGES = ("fr",)  # English is the source language


def sources() -> list[str]:
    return sorted(str(p) for p in PACKAGE.rglob("*.py"))


def tool(name: str) -> str:
    scripts = Path(sys.executable).parent
    for candidate in (scripts / name, scripts / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return name


def update(ts: Path) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-ts", str(ts)],
        check=True,
    )


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    for lang in LANGUAGES:
        ts = HERE / f"freelance_desk_{lang}.ts"
        update(ts)
        release(ts, ts.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
