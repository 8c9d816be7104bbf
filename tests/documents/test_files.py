"""Documents written whole or not at all, and what a killed build leaves cleaned up.

The kills themselves are in tests/test_crash_safety.py (a child building PDFs killed
with SIGKILL at random moments); here, the naming and the cleaning, one case each.
"""

from __future__ import annotations

import os

import pytest

from desktop.documents import files
from desktop.documents.layout import build_pdf
from desktop.services.document_files import remove_build_leftovers, save_copy
from tests.documents.test_layout import document

DEAD = 999_999_999  # above any pid_max: no such process

pytestmark = pytest.mark.skipif(os.name != "posix", reason="a dead pid is told on POSIX")


def test_a_write_that_fails_leaves_the_target_as_it_was_and_no_temporary_file(tmp_path):
    target = tmp_path / "devis.pdf"
    target.write_bytes(b"%PDF previous")
    with pytest.raises(OSError, match="disk"), files.replacing(target) as temp:
        assert temp.parent == tmp_path and f".fd-{os.getpid()}-" in temp.name
        temp.write_bytes(b"%PDF half")
        raise OSError("disk gone")
    assert target.read_bytes() == b"%PDF previous"
    assert [p.name for p in tmp_path.iterdir()] == ["devis.pdf"]


def test_the_next_build_into_a_folder_removes_what_killed_builds_left(tmp_path):
    dead = tmp_path / f".devis.fd-{DEAD}-k1ll3d_x.part"
    running = tmp_path / f".contrat.fd-{os.getpid()}-running.part"  # a build under way
    theirs = [tmp_path / ".notes.part", tmp_path / f"devis.fd-{DEAD}-x.part"]  # not ours
    for path in (dead, running, *theirs):
        path.write_bytes(b"%PDF-1.4 half")
    built = build_pdf(document(), tmp_path / "devis.pdf")
    assert built.pages >= 1
    assert not dead.exists()
    assert running.exists() and all(p.exists() for p in theirs)


def test_at_start_the_preview_folder_and_the_outbox_documents_are_cleaned(profile, tmp_path):
    preview = tmp_path / "previews"
    preview.mkdir()
    mail_documents = profile.root / "outbox" / "documents" / "a1b2c3"
    mail_documents.mkdir(parents=True)
    left = [
        preview / f".contrat-CT-2026-00001.fd-{DEAD}-abc.part",
        mail_documents / f".facture-2026-00001.fd-{DEAD}-def.part",
    ]
    kept = [preview / "contrat-CT-2026-00001.pdf", mail_documents / "facture-2026-00001.pdf"]
    for path in left + kept:
        path.write_bytes(b"%PDF")
    assert remove_build_leftovers(profile, preview) == 2
    assert not any(p.exists() for p in left) and all(p.exists() for p in kept)


def test_save_as_copies_whole_beside_the_target(tmp_path):
    built = build_pdf(document(), tmp_path / "built" / "devis.pdf").path
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "devis.pdf").write_bytes(b"%PDF an older one")
    save_copy(built, mine / "devis.pdf")
    assert (mine / "devis.pdf").read_bytes() == built.read_bytes()
    assert [p.name for p in mine.iterdir()] == ["devis.pdf"]
