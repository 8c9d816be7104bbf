"""A child process for the crash and concurrency tests: writes to a profile until stopped.

    python -m tests.crash_child write  PROFILE LOG SEED   issue contract numbers, import, attach
    python -m tests.crash_child backup PROFILE LOG SEED   back up in a loop
    python -m tests.crash_child documents PROFILE LOG SEED   build PDFs (quote, contract,
                                                          invoice) over the same files
    python -m tests.crash_child import PROFILE LOG SEED   import 10 batches of 40 talents
    python -m tests.crash_child save   PROFILE LOG SEED   create and edit 60 talents

Each line of LOG is written (and fsynced) only after the transaction it names committed:
what the log holds must be in the database after any kill.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
from pathlib import Path

TODAY = dt.date(2026, 11, 22)


def _reporter(path: Path):
    log = path.open("a", encoding="utf-8")

    def report(line: str) -> None:
        log.write(line + "\n")
        log.flush()
        os.fsync(log.fileno())

    return report


def _import_batch(folder: Path, batch: str, rows: int) -> None:
    from desktop.services.importing import plan_import, read_table, run_import

    source = folder / f"batch-{batch}.csv"
    lines = ["Prénom;Nom;E-mail;TJM"]
    lines += [f"Lot{i};Import {batch};t{batch}-{i}@crash.test;{500 + i}" for i in range(rows)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = plan_import(read_table(source), "talents")
    for _ in run_import(plan, "skip"):
        pass
    source.unlink()


def write(profile, report, rng: random.Random, scratch: Path) -> None:
    """Issue contract numbers (offers accepted), import, attach: forever."""
    from desktop.services import attachments, offers
    from desktop.store.models import Contract, Offer, Talent

    talents = [t.id for t in Talent.select(Talent.id).limit(50)]
    n = 0
    while True:
        n += 1
        action = rng.randrange(3)
        if action == 0:
            offer = Offer.select().where(Offer.status == "sent").order_by(Offer.id).first()
            if offer is not None:
                contract_id = offers.set_status(offer.id, "accepted", today=TODAY)
                report(f"contract {Contract.get_by_id(contract_id).reference}")
        elif action == 1:
            batch = f"{os.getpid()}x{n}"
            _import_batch(scratch, batch, 5)
            report(f"import {batch}")
        else:
            source = scratch / f"piece-{os.getpid()}-{n}.pdf"
            source.write_bytes(b"%PDF-1.4 " + os.urandom(rng.randrange(100, 20_000)))
            attachment_id = attachments.attach(profile, "talent", rng.choice(talents), source)
            report(f"attach {attachment_id}")
            source.unlink()


def backup(profile, report, rng: random.Random, scratch: Path) -> None:
    from desktop.services import backups

    while True:
        info = backups.back_up(profile, "auto")
        report(f"backup {info.path.name}")


DOCUMENT_FILES = {"quote": "devis.pdf", "contract": "contrat.pdf", "invoice": "facture.pdf"}


def document_records() -> dict[str, int]:
    """The sent quote, the active contract and the issued invoice the test seeded."""
    from desktop.store.models import Contract, Invoice, Quote

    first = {
        "quote": Quote.select().where(Quote.reference.is_null(False)).order_by(Quote.id),
        "contract": Contract.select().where(Contract.status == "active").order_by(Contract.id),
        "invoice": Invoice.select().where(Invoice.number.is_null(False)).order_by(Invoice.id),
    }
    return {kind: query.get().id for kind, query in first.items()}


def build_document(profile, kind: str, record_id: int, target: Path):
    """The PDF of ``kind`` through the services every route uses (window, print, e-mail)."""
    from desktop.services import documents, invoice_documents

    build = {
        "quote": documents.build_quote,
        "contract": documents.build_contract,
        "invoice": invoice_documents.build_invoice,
    }[kind]
    return build(record_id, target, profile)


def documents_loop(profile, report, rng: random.Random, scratch: Path) -> None:
    """Build the quote, the contract and the invoice over the same files, in random order,
    forever; each line says which file now holds which build (its SHA-256)."""
    import hashlib

    records = document_records()
    folder = scratch.parent / "documents"
    while True:
        kind = rng.choice(sorted(DOCUMENT_FILES))
        built = build_document(profile, kind, records[kind], folder / DOCUMENT_FILES[kind])
        report(f"built {kind} {hashlib.sha256(built.path.read_bytes()).hexdigest()}")


def import_loop(profile, report, rng: random.Random, scratch: Path) -> None:
    for n in range(10):
        _import_batch(scratch, f"{os.getpid()}x{n}", 40)
        report(f"import {n}")


def save_loop(profile, report, rng: random.Random, scratch: Path) -> None:
    from dataclasses import replace

    from desktop.domain.validation import TalentDraft
    from desktop.services import talents

    for n in range(60):
        talent_id = talents.create_talent(
            TalentDraft(f"Sauve{n}", f"Concurrent {os.getpid()}", daily_rate=None)
        )
        draft = talents.talent_draft(talent_id)
        talents.update_talent(talent_id, replace(draft, title=f"Edited {n}"))
        report(f"saved {talent_id}")


def main(argv: list[str]) -> int:
    command, root, log, seed = argv
    from desktop.profile import Profile
    from desktop.store.database import open_database

    profile = Profile(Path(root)).ensure()
    open_database(profile.database, profile.backups)
    report = _reporter(Path(log))
    scratch = Path(log).parent / f"scratch-{os.getpid()}"
    scratch.mkdir(exist_ok=True)
    report("ready")
    work = {
        "write": write,
        "backup": backup,
        "documents": documents_loop,
        "import": import_loop,
        "save": save_loop,
    }[command]
    work(profile, report, random.Random(int(seed)), scratch)
    report("finished")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
