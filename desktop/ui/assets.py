"""Icons as Qt objects; the files are found by :mod:`desktop.resource_files`."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from desktop.resource_files import resources_dir

__all__ = ["icon", "resources_dir"]


@cache
def icon(name: str) -> QIcon:
    """The SVG icon ``resources/icons/<name>.svg``."""
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))
