#!/usr/bin/env python3
"""The name, version and identifiers every installer uses, read from the project metadata.

pyproject.toml holds the distribution name, the description and the authors, and says
where the version is (``[tool.setuptools.dynamic] version = {attr = "desktop.__version__"}``);
desktop/__init__.py holds the version and the display name. Both are parsed, not imported
(an editable install's metadata keeps the version of its last reinstall).

    python packaging/project_metadata.py             # KEY=value lines (for shell scripts)
    python packaging/project_metadata.py version     # one value

Used by installer.spec, the Windows version resource and setup script, the macOS
Info.plist, the Linux .desktop file and the release workflow.
"""

from __future__ import annotations

import ast
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Reverse-DNS identifier of the macOS bundle and the Windows setup's AppId: never change
# them once released (macOS keys the keychain access and settings on the first, Windows
# the upgrade and uninstall entry on the second).
BUNDLE_IDENTIFIER = "fr.freelancedesk.app"
WINDOWS_APP_ID = "{8C1F6E0B-3D2A-4B7E-9F51-6A2D0C4E7B93}"


def _module_constants(path: Path) -> dict[str, str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def read(root: Path = ROOT) -> dict[str, str]:
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    meta = project["project"]
    attr = project["tool"]["setuptools"]["dynamic"]["version"]["attr"]  # desktop.__version__
    module, _, name = attr.rpartition(".")
    constants = _module_constants(root.joinpath(*module.split(".")) / "__init__.py")
    version = constants[name]
    numbers = [int(part) for part in version.split("+")[0].split(".")[:4] if part.isdigit()]
    return {
        "name": meta["name"],  # freelance-desk: the command, the Linux files
        "display_name": constants["APP_NAME"],  # Freelance Desk: menus, the .app
        "app_id": constants["APP_ID"],  # FreelanceDesk: the bundle folder and executable
        "version": version,
        "version_tuple": ".".join(str(n) for n in (*numbers, 0, 0, 0)[:4]),  # Windows: 0.1.0.0
        "description": meta["description"],
        "publisher": meta["authors"][0]["name"],
        "license": meta["license"],
        "bundle_identifier": BUNDLE_IDENTIFIER,
        "windows_app_id": WINDOWS_APP_ID,
    }


def main(argv: list[str]) -> int:
    values = read()
    if argv:
        print(values[argv[0]])
    else:
        for key, value in values.items():
            print(f"{key}={value}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
