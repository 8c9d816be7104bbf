"""Where the app's resources are: icons, translations, fonts, clause templates, styles.

They live in ``resources/`` at the top of the repository and are found the same way
from three places (Vorta's ``get_asset`` pattern):

- a PyInstaller bundle: ``<bundle>/resources`` (``sys._MEIPASS``, see installer.spec);
- an installed wheel: ``desktop/resources`` inside the package (setup.py maps the
  top-level folder there);
- a source checkout or an editable install: ``resources/`` beside ``desktop/``.

No Qt here: documents, the command line and the self-test use it too.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

# A file every copy of the resources holds: tells our folder from any other "resources".
_MARKER = Path("translations") / "freelance_desk_fr.qm"


class MissingResourceError(FileNotFoundError):
    """A resource the app needs is not where the installation should have put it."""


def _candidates() -> list[Path]:
    here = Path(__file__).resolve().parent
    found = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "resources")
    found.append(here / "resources")  # installed wheel
    found.append(here.parent / "resources")  # source checkout, editable install
    return found


@cache
def resources_dir() -> Path:
    """The folder holding the resources (raises :class:`MissingResourceError`)."""
    candidates = _candidates()
    for folder in candidates:
        if (folder / _MARKER).is_file():
            return folder
    tried = ", ".join(str(c) for c in candidates)
    raise MissingResourceError(f"the resources folder of Freelance Desk is missing (tried {tried})")


def resource(*parts: str) -> Path:
    """The path of one resource file, e.g. ``resource("fonts", "DejaVuSans.ttf")``.

    Raises :class:`MissingResourceError` naming the file when it is not there.
    """
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise MissingResourceError(f"resource missing from the installation: {path}")
    return path


def all_resources() -> list[Path]:
    """Every shipped resource file, relative to :func:`resources_dir` (for the self-test)."""
    root = resources_dir()
    return sorted(
        p.relative_to(root)
        for p in root.rglob("*")
        if p.is_file() and p.suffix not in {".py", ".ts", ".pyc"} and "__pycache__" not in p.parts
    )
