"""Crashes and concurrency with real processes: SIGKILL at random moments, two writers at once.

The writing child (``tests/crash_child.py``) issues contract numbers, imports and attaches
files, logging each transaction once committed. After every kill the database must open,
pass ``integrity_check`` (and the references, search index and attached files checks),
hold every transaction the child reported, and number contracts without a gap.

A child building PDFs (quote, contract, invoice) over the same files is killed the same
way: each file must then be the previous one or a complete new one (pypdf opens it, its
page count is right), and the only other files beside them are the killed build's
temporary file, which the next build removes.

``FREELANCE_DESK_CRASH_ROUNDS`` sets the number of kills (8 by default, so that the suite
stays fast; the acceptance run used 50).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.profile import Profile
from desktop.services import attachments
from desktop.store.backup import list_archives, verify_archive
from desktop.store.database import close_database, open_database
from desktop.store.maintenance import check_attachments, check_database
from desktop.store.models import Company, Contract, Mission, Offer, Talent, database
from tests.crash_child import DOCUMENT_FILES, build_document, document_records

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = int(os.environ.get("FREELANCE_DESK_CRASH_ROUNDS", "8"))

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def start_child(command: str, profile: Profile, log: Path, seed: int) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.crash_child",
            command,
            str(profile.root),
            str(log),
            str(seed),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def wait_for_line(log: Path, count: int, child: subprocess.Popen, timeout: float = 60) -> None:
    """Until ``log`` holds ``count`` "ready" lines (the child opened the database)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
        if lines.count("ready") >= count:
            return
        if child.poll() is not None:
            raise AssertionError(f"child ended: {child.stderr.read().decode()[-2000:]}")
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(timeout=0.02)
    raise AssertionError("the child never got ready")


def seed_profile(profile: Profile, offers: int) -> None:
    """Talents, and missions each offered to one talent: contracts to issue."""
    open_database(profile.database, profile.backups)
    with database.atomic():
        company = Company.create(name="Crash SA", sort_name="crash sa")
        Talent.insert_many(
            [{"first_name": f"T{i}", "last_name": "Crash", "sort_name": f"crash t{i}"}
             for i in range(50)]
        ).execute()  # fmt: skip
        talent_ids = [t.id for t in Talent.select(Talent.id)]
        for start in range(0, offers, 500):
            Mission.insert_many(
                [{"company": company.id, "title": f"M{i}", "status": "proposed",
                  "start_date": "2026-12-01", "duration_days": 20}
                 for i in range(start, min(offers, start + 500))]
            ).execute()  # fmt: skip
        missions = [m.id for m in Mission.select(Mission.id).order_by(Mission.id)]
        for start in range(0, len(missions), 500):
            Offer.insert_many(
                [{"mission": m, "talent": talent_ids[i % len(talent_ids)], "status": "sent",
                  "sent_on": "2026-11-01"}
                 for i, m in enumerate(missions[start : start + 500], start)]
            ).execute()  # fmt: skip
    close_database()


def verify(profile: Profile, log: Path) -> dict[str, int]:
    """Everything the child reported is there, whole; numbering gapless; files present."""
    lines = log.read_text(encoding="utf-8").splitlines()
    db = open_database(profile.database, profile.backups)  # health-checked: not damaged
    try:
        health = check_database(db)
        assert health.ok, health
        assert check_attachments(profile.database, profile) == []
        references = sorted(r for (r,) in Contract.select(Contract.reference).tuples())
        numbers = [int(r.rsplit("-", 1)[1]) for r in references]
        assert numbers == list(range(1, len(numbers) + 1)), "a gap in the contract numbers"
        reported = [line.split()[1] for line in lines if line.startswith("contract ")]
        assert set(reported) <= set(references)
        batches: dict[str, int] = {}
        for (email,) in (
            Talent.select(Talent.email).where(Talent.email.endswith("@crash.test")).tuples()
        ):
            batch = email[1:].split("-")[0]
            batches[batch] = batches.get(batch, 0) + 1
        assert all(count == 5 for count in batches.values()), "an import half written"
        for line in lines:
            if line.startswith("import "):
                assert batches.get(line.split()[1]) == 5, line
            if line.startswith("attach "):
                assert attachments.attachment_path(profile, int(line.split()[1])).is_file()
        return {"contracts": len(references), "imports": len(batches)}
    finally:
        close_database(db)
        database.initialize(None)


def test_a_writer_killed_at_random_moments_loses_nothing_it_reported(tmp_path):
    profile = Profile(tmp_path / "profile").ensure()
    seed_profile(profile, offers=max(200, ROUNDS * 40))
    log = tmp_path / "child.log"
    rng = random.Random(2026)
    for round_number in range(1, ROUNDS + 1):
        child = start_child("write", profile, log, round_number)
        wait_for_line(log, round_number, child)
        with contextlib.suppress(subprocess.TimeoutExpired):  # let it write, then kill it
            child.wait(timeout=rng.uniform(0.02, 0.8))
        assert child.poll() is None, child.stderr.read().decode()[-2000:]
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
        child.stderr.close()
        found = verify(profile, log)
    lines = log.read_text(encoding="utf-8").splitlines()
    print(f"{ROUNDS} kills: {found}, {len(lines)} reported lines")
    assert found["contracts"] > 0 and found["imports"] > 0


def test_a_backup_killed_midway_leaves_the_previous_one_intact(tmp_path):
    profile = Profile(tmp_path / "profile").ensure()
    seed_profile(profile, offers=3000)  # a few MB: a backup takes a while
    from desktop.services import backups

    open_database(profile.database, profile.backups)
    first = backups.back_up(profile, "manual")
    close_database()
    database.initialize(None)
    log = tmp_path / "child.log"
    rng = random.Random(7)
    for round_number in range(1, 4):
        child = start_child("backup", profile, log, round_number)
        wait_for_line(log, round_number, child)
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(timeout=rng.uniform(0.01, 0.3))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
        child.stderr.close()
        good, bad = list_archives(profile.backups)
        assert bad == [], "an archive under its final name is incomplete"
        for info in good:
            verify_archive(info.path)  # every hash matches
        assert first.path in [g.path for g in good]
    leftovers = list(profile.backups.glob(".tmp-*"))
    open_database(profile.database, profile.backups)
    try:
        backups.back_up(profile, "manual")  # cleans what the killed ones left
    finally:
        close_database()
        database.initialize(None)
    assert not any(p.exists() for p in leftovers)


def test_two_processes_importing_and_saving_at_once_both_succeed(tmp_path):
    profile = Profile(tmp_path / "profile").ensure()
    open_database(profile.database, profile.backups)
    close_database()
    database.initialize(None)
    logs = [tmp_path / "import.log", tmp_path / "save.log"]
    children = [
        start_child("import", profile, logs[0], 1),
        start_child("save", profile, logs[1], 2),
    ]
    for child in children:
        _out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err.decode()[-3000:]
        assert b"Traceback" not in err
    assert logs[0].read_text().splitlines()[-1] == "finished"
    assert logs[1].read_text().splitlines()[-1] == "finished"
    open_database(profile.database, profile.backups)
    try:
        assert Talent.select().where(Talent.email.endswith("@crash.test")).count() == 400
        assert Talent.select().where(Talent.title.startswith("Edited")).count() == 60
    finally:
        close_database()
        database.initialize(None)


def seed_documents(profile: Profile, folder: Path) -> dict[str, tuple[int, str]]:
    """My company, a sent quote, contracts and an issued invoice; each PDF built once into
    ``folder`` (the files the child then rebuilds). Returns each kind's pages and
    reference."""
    import datetime as dt

    from desktop.services import invoices, quotes
    from desktop.services.demo import DemoSize, generate_demo
    from tests.services.invoicing_book import simple_draft

    open_database(profile.database, profile.backups)
    try:
        today = dt.date(2026, 11, 22)
        size = DemoSize(talents=20, companies=10, missions=10, invoices=0)
        for _ in generate_demo(size, seed=7, today=today):
            pass
        quotes.send(quotes.create_for_mission(Mission.select().first().id, today), today)
        client = Company.insert(
            name="Acme & Co", sort_name="acme & co", siren="443061841", address="5 avenue Foch",
            postal_code="75008", city="Paris", country="FR", legal_form="SAS",
        ).execute()  # fmt: skip
        invoices.issue(simple_draft(client), today=today)
        expected = {}
        for kind, record_id in document_records().items():
            built = build_document(profile, kind, record_id, folder / DOCUMENT_FILES[kind])
            expected[kind] = (built.pages, built.reference)
        return expected
    finally:
        close_database()
        database.initialize(None)


def assert_complete(path: Path, pages: int, reference: str) -> None:
    """A whole PDF: pypdf reads it strictly, every page there, the reference printed."""
    from pypdf import PdfReader

    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), f"{path.name} cut"
    reader = PdfReader(path, strict=True)
    assert len(reader.pages) == pages, path.name
    assert reference in reader.pages[0].extract_text(), path.name


def test_a_pdf_export_killed_at_random_moments_leaves_the_old_file_or_a_complete_new_one(
    tmp_path,
):
    profile = Profile(tmp_path / "profile").ensure()
    folder = tmp_path / "documents"  # where the child builds (scratch-PID/../documents)
    expected = seed_documents(profile, folder)
    log = tmp_path / "documents.log"
    rng = random.Random(2027)
    outcomes = dict.fromkeys(("old", "new", "new not yet reported", "temporary left"), 0)
    leftover_pids: set[int] = set()
    for round_number in range(1, ROUNDS + 1):
        before = {k: hashlib.sha256((folder / n).read_bytes()).hexdigest()
                  for k, n in DOCUMENT_FILES.items()}  # fmt: skip
        child = start_child("documents", profile, log, round_number)
        wait_for_line(log, round_number, child)
        with contextlib.suppress(subprocess.TimeoutExpired):  # let it build, then kill it
            child.wait(timeout=rng.uniform(0.1, 1.5))
        assert child.poll() is None, child.stderr.read().decode()[-2000:]
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
        child.stderr.close()
        this_round = log.read_text(encoding="utf-8").split("ready\n")[-1].splitlines()
        reported: dict[str, set[str]] = {kind: set() for kind in DOCUMENT_FILES}
        for line in this_round:
            _, kind, digest = line.split()
            reported[kind].add(digest)
        for kind, name in DOCUMENT_FILES.items():
            path = folder / name
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if digest == before[kind]:
                outcomes["old"] += 1
            elif digest in reported[kind]:
                outcomes["new"] += 1
            else:  # killed between the move into place and the report: whole all the same
                outcomes["new not yet reported"] += 1
            assert_complete(path, *expected[kind])
        # Beside them, only the temporary files of killed builds; a build of this round
        # removed those of the rounds before.
        if this_round:
            leftover_pids = set()
        leftover_pids.add(child.pid)
        others = sorted(p.name for p in folder.iterdir() if p.name not in DOCUMENT_FILES.values())
        matches = (re.fullmatch(r"\..*\.fd-(\d+)-\w+\.part", name) for name in others)
        pids = {int(m.group(1)) if m else -1 for m in matches}
        assert pids <= leftover_pids, others
        outcomes["temporary left"] += sum(f".fd-{child.pid}-" in n for n in others)
    # The next build (as after a restart: a new process) removes what the last kill left.
    from desktop.documents.files import remove_leftovers

    remove_leftovers(folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted(DOCUMENT_FILES.values())
    print(f"{ROUNDS} kills during PDF builds: {outcomes}")
