"""Documents' files where the user looks: copied whole, leftovers of killed builds removed.

A document is written beside its target under a temporary name, then moved into place
(:mod:`desktop.documents.files`); a build killed in between leaves that temporary file,
named after its process. The next build into the same folder removes it;
:func:`remove_build_leftovers` does it at start for the folders the window builds into,
where the next build may be days away: the preview folder and the documents the outbox
built for e-mails. :func:`save_copy` is the preview's Save as, written the same way.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.documents.files import remove_leftovers, replacing
from desktop.profile import Profile


def remove_build_leftovers(profile: Profile, *folders: Path) -> int:
    """Remove what killed builds left in ``folders`` and under the profile's
    ``outbox/documents`` (one folder per e-mail, see ``mail_kinds.document_file``);
    returns how many files went. A build still running in another process keeps its file.
    """
    removed = remove_leftovers(profile.root / "outbox" / "documents", recursive=True)
    for folder in folders:
        removed += remove_leftovers(folder)
    return removed


def save_copy(source: Path, destination: Path) -> Path:
    """Copy a built document to where the user chose, whole or not at all (a temporary
    file beside it, fsynced, then moved into place)."""
    with replacing(destination) as temp:
        shutil.copyfile(source, temp)
    return destination
