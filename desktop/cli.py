"""Subcommands for scripting, over the services (no Qt).

    freelance-desk demo --talents 100000 --companies 100000 --invoices 200000
    freelance-desk check
    freelance-desk import talents vivier.csv --on-duplicate merge --dry-run
    freelance-desk export companies prospects.xlsx
    freelance-desk export invoices --from 2026-10-01 --to 2026-12-31 t4.zip
    freelance-desk print quote DE-2026-00001 devis.pdf
    freelance-desk print invoice FA-2026-00001 facture.pdf
    freelance-desk selftest
    freelance-desk backup [FILE]
    freelance-desk restore FILE

Exit codes: 0 success, 1 failure or rejected input, 2 usage error, 3 damaged database.
A failure prints one line (the log holds the details; ``--debug`` prints them too).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from desktop.domain.errors import DomainError
from desktop.profile import Profile


def add_subcommands(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser("demo", help="fill the profile with realistic demo data")
    demo.add_argument("--talents", type=int, default=300, metavar="N")
    demo.add_argument("--companies", type=int, default=120, metavar="N")
    demo.add_argument("--missions", type=int, default=80, metavar="N")
    demo.add_argument("--invoices", type=int, default=400, metavar="N")
    demo.add_argument("--seed", type=int, default=2026, help="same seed, same data")
    kinds = ("talents", "companies", "contacts")
    load = sub.add_parser(
        "import",
        help="import records from a .csv, .xlsx or .vcf file (exit code 1 if rows were rejected)",
    )
    load.add_argument("kind", choices=kinds)
    load.add_argument("file", type=Path)
    load.add_argument(
        "--on-duplicate",
        choices=("skip", "merge"),
        default="skip",
        help="same e-mail or SIREN as a record: leave it (default) or update it",
    )
    load.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    load.add_argument(
        "--sheet",
        metavar="NAME",
        help="the sheet of an Excel workbook to read (default: the active one)",
    )
    load.add_argument(
        "--mapping",
        metavar="HEADER=FIELD,...",
        help='columns whose header is not recognised, e.g. "Mobile perso=phone,Divers=ignore"',
    )
    save = sub.add_parser(
        "export",
        help="export every record to a .csv (French Excel), .xlsx or .vcf file; "
        "headers in the --lang language (default French)",
    )
    save.add_argument("kind", choices=(*kinds, "invoices"))
    save.add_argument("file", type=Path)
    # Invoicing: the accountant's ZIP of a period (FEC, CSV sales journal, Factur-X files)
    save.add_argument(
        "--from", dest="start", type=_day, metavar="DATE", help="invoices: first day, YYYY-MM-DD"
    )
    save.add_argument(
        "--to", dest="end", type=_day, metavar="DATE", help="invoices: last day, YYYY-MM-DD"
    )
    _add_print(sub)

    # --- selftest (packaging): checks this installation, touches no profile ---
    sub.add_parser(
        "selftest",
        help="check this installation: modules, resources, a database in a temporary "
        "folder, documents, keyring, the window offscreen (exit code 1 on a failure)",
    )
    add_safety_subcommands(sub)


# -- documents: main.py print KIND REFERENCE FILE.pdf ------------------------------------
# The kinds come from desktop.services.documents.PRINTABLE (imported lazily: reportlab
# must not load for --help); invoicing adds invoice, credit_note, cra and reminder there.
PRINT_KINDS = ("quote", "contract", "termination", "invoice", "credit_note", "cra", "reminder")


def _add_print(sub) -> None:
    printing = sub.add_parser(
        "print",
        help="build the PDF of a quote (DE-…), a contract (CT-…), the termination letter "
        "of an ended contract (CT-…), an invoice or a credit note (Factur-X, by its number), "
        "a month's activity report (CT-…/YYYY-MM) or the reminder letter of an overdue "
        "invoice (its number), the same as the window makes",
    )
    printing.add_argument("kind", choices=PRINT_KINDS)
    printing.add_argument(
        "reference",
        help="DE-2026-00001 for a quote, FA-2026-00001 for an invoice, a credit note or a "
        "reminder, CT-2026-00001/2026-11 for an activity report, CT-2026-00001 otherwise",
    )
    printing.add_argument("file", type=Path, help="the PDF to write (replaced if it exists)")


def _print(args: argparse.Namespace, db) -> int:
    from desktop.services.company import CompanyIncompleteError
    from desktop.services.documents import print_document

    if args.file.suffix.lower() != ".pdf":
        print("error: the file must end with .pdf", file=sys.stderr)
        return 2
    started = time.perf_counter()
    try:
        built = print_document(args.kind, args.reference, args.file, _profile_of(db))
    except CompanyIncompleteError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - started
    print(f"{built.reference}: {built.pages} page(s) written to {built.path} ({seconds:.2f} s)")
    return 0


def _profile_of(db) -> Profile:
    """The profile whose database is open (its company images sit beside it)."""
    return Profile(Path(db.database).parent)


def _open(profile: Profile):
    from desktop.store.database import open_database

    return open_database(profile.database, profile.backups)


def _run_on_database(args: argparse.Namespace, profile: Profile) -> int:
    from desktop.store.database import close_database

    db = _open(profile)
    try:
        return COMMANDS[args.command](args, db)
    finally:
        close_database(db)


def _demo(args: argparse.Namespace, db) -> int:
    from desktop.services.demo import DemoSize, generate_demo
    from desktop.store.database import fold_write_ahead_log

    for name in ("talents", "companies", "missions", "invoices"):
        if getattr(args, name) < 0:
            print(f"error: --{name} must not be negative", file=sys.stderr)
            return 2
    size = DemoSize(args.talents, args.companies, args.missions, args.invoices)
    started = time.perf_counter()
    for step in generate_demo(size, seed=args.seed):
        print(f"[{step.done}/{step.total}] {step.label}", file=sys.stderr, flush=True)
    fold_write_ahead_log(db)
    print(
        f"demo data written in {time.perf_counter() - started:.1f} s: {size.talents} talents, "
        f"{size.companies} companies, {size.missions} missions, {size.invoices} invoices"
    )
    return 0


def _mapping(spec: str | None, kind: str, headers: list[str]) -> list[str | None]:
    """The guessed mapping of ``headers``, corrected by ``Header=field`` pairs of ``spec``.

    Raises ValueError with the text to print for an unknown header or field.
    """
    from desktop.services.importing import TARGETS, guess_mapping
    from desktop.services.importing.values import match_key

    mapping = guess_mapping(kind, headers)
    fields = [t.field for t in TARGETS[kind]]
    keys = [match_key(h) for h in headers]
    for pair in filter(None, (p.strip() for p in (spec or "").split(","))):
        header, equals, field = pair.rpartition("=")
        field = field.strip()
        if not equals or match_key(header) not in keys:
            raise ValueError(
                f"--mapping: no column {header or pair!r}; the columns are: " + ", ".join(headers)
            )
        if field not in (*fields, "ignore"):
            raise ValueError(
                f"--mapping: unknown field {field!r}; the fields of {kind} are: "
                + ", ".join(fields)
                + ", ignore"
            )
        mapping[keys.index(match_key(header))] = None if field == "ignore" else field
    return mapping


def _import(args: argparse.Namespace, db) -> int:
    from desktop.services.importing import (
        ImportOutcome,
        missing_required,
        plan_import,
        read_table,
        run_import,
        target,
    )

    table = read_table(args.file, sheet=args.sheet)
    try:
        mapping = _mapping(args.mapping, args.kind, table.headers)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    details = ", ".join(
        filter(
            None,
            (
                table.format.upper(),
                table.encoding,
                table.delimiter and f"separator {table.delimiter!r}",
                table.sheet and f"sheet {table.sheet!r} of {len(table.sheets)}",
            ),
        )
    )
    print(f"{args.file.name}: {len(table.rows)} rows ({details})")
    for warning in table.warnings:
        print(f"warning: {warning}")
    for name, field in zip(table.headers, mapping, strict=False):
        print(f"  column {name!r} -> {field or 'ignored'}")
    missing = missing_required(args.kind, mapping)
    if missing:
        labels = ", ".join(target(args.kind, f).label for f in missing)
        print(f"warning: no column for {labels}: use --mapping", file=sys.stderr)
    started = time.perf_counter()
    plan = plan_import(table, args.kind, mapping)
    outcome = ImportOutcome()
    for _ in run_import(plan, args.on_duplicate, outcome, dry_run=args.dry_run):
        pass
    seconds = time.perf_counter() - started
    print(
        f"read {outcome.read}, imported {outcome.created}, merged {outcome.merged}, "
        f"skipped duplicates {outcome.skipped}, rejected {outcome.rejected} ({seconds:.1f} s)"
    )
    if outcome.companies_created:
        print(f"companies created as leads for the contacts: {outcome.companies_created}")
    if outcome.contacts_created:
        print(f"contacts created from the company rows: {outcome.contacts_created}")
    _listed("duplicates", [str(d) for d in plan.duplicates])
    _listed("warnings (rows imported, worth a check)", [str(w) for w in plan.warnings])
    if outcome.problems:
        rows = f"{outcome.rejected} row{'s' if outcome.rejected != 1 else ''} rejected"
        problems = len(outcome.problems)
        print(f"{rows}, {problems} problem{'s' if problems != 1 else ''}:")
        for problem in outcome.problems[:SHOWN]:
            print(f"  {problem}")
        if problems > SHOWN:
            print(f"  … and {problems - SHOWN} more")
    if args.dry_run:
        print("dry run: nothing was written")
    return 1 if outcome.rejected else 0


SHOWN = 20  # lines of each list the import prints


def _listed(title: str, lines: list[str]) -> None:
    if lines:
        print(f"{title} ({len(lines)}):")
        for line in lines[:SHOWN]:
            print(f"  {line}")
        if len(lines) > SHOWN:
            print(f"  … and {len(lines) - SHOWN} more")


# -- invoicing: main.py export invoices --from DATE --to DATE FILE.zip ---------------------
def _day(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _export_invoices(args: argparse.Namespace, db=None) -> int:
    """The period's ZIP for the accountant: the FEC, the CSV sales journal and the Factur-X
    PDF of every invoice and credit note issued in the period (the same files the window
    builds)."""
    from desktop.services.accounting_export import export_period
    from desktop.services.invoice_documents import invoice_pdf_bytes
    from desktop.services.seller import seller

    if args.start is None or args.end is None:
        print("error: export invoices needs --from DATE and --to DATE", file=sys.stderr)
        return 2
    if args.end < args.start:
        print("error: --to is before --from", file=sys.stderr)
        return 2
    if args.file.suffix.lower() != ".zip":
        print("error: the file of an invoices export ends in .zip", file=sys.stderr)
        return 2
    if not args.file.parent.resolve().is_dir():
        print(f"error: no folder {args.file.parent}", file=sys.stderr)
        return 2
    profile = _profile_of(db) if db is not None else None
    steps = 0
    for step in export_period(
        args.start,
        args.end,
        args.file,
        seller().siren,
        pdf_for=lambda invoice_id: invoice_pdf_bytes(invoice_id, profile),
    ):
        steps = step.total
    print(
        f"{max(steps - 2, 0)} documents issued from {args.start} to {args.end} "
        f"exported as Factur-X PDFs with the FEC and the sales journal to {args.file}"
    )
    return 0


def _export(args: argparse.Namespace, db) -> int:
    from desktop.services.exporting import ExportOutcome, export_format, export_records

    if args.kind == "invoices":
        return _export_invoices(args, db)

    try:
        export_format(args.file, args.kind)
    except DomainError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    outcome = ExportOutcome()
    for _ in export_records(args.kind, args.file, args.lang or "fr", outcome):
        pass
    print(f"{outcome.rows} {args.kind} exported to {args.file}")
    return 0


COMMANDS = {
    "demo": _demo,
    "import": _import,
    "export": _export,
    "print": _print,
}


# --- selftest (packaging) ---
def _selftest(args: argparse.Namespace) -> int:
    from desktop.selftest import run_selftest

    return run_selftest()


# Commands that must not open (nor create, nor migrate) the user's database.
WITHOUT_PROFILE = {"selftest": _selftest}


# -- data safety: backup, restore, check; one line per failure; the profile lock -----------

# Commands that write: refused while the window holds the profile (a shared lock lets
# two of them run together). A restore replaces the files: nobody else may use them.
_SHARED = {"demo", "import"}
_EXCLUSIVE = {"restore"}
EXIT_DAMAGED = 3


def add_safety_subcommands(sub) -> None:
    sub.add_parser(
        "check",
        help="check the database (integrity, references, search index, attached files); "
        "exit code 1 for problems, 3 for a damaged file",
    )
    backup = sub.add_parser(
        "backup",
        help="back up the database, attached files and a manifest into a .zip: FILE, or a "
        "new file in the profile's backups folder",
    )
    backup.add_argument("file", nargs="?", type=Path, metavar="FILE")
    restore = sub.add_parser(
        "restore",
        help="replace the profile's data by a backup .zip (the current data is backed up "
        "first; an older backup is updated)",
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="restore without asking")
    sub.add_parser("backups", help="list the profile's backups")


def run(args: argparse.Namespace, profile: Profile) -> int:
    """Run a subcommand; any failure becomes one line on stderr and a non-zero exit code."""
    import logging

    from desktop.store.storage_errors import DamagedDatabaseError, explain

    log = logging.getLogger("desktop.cli")
    try:
        if args.command in WITHOUT_PROFILE:  # selftest: never opens the user's profile
            return WITHOUT_PROFILE[args.command](args)
        _warn_about_location(profile)
        with _profile_lock(args, profile):
            handler = SAFETY_COMMANDS.get(args.command)
            return handler(args, profile) if handler else _run_on_database(args, profile)
    except KeyboardInterrupt:
        print("interrupted: nothing was written by the step in progress", file=sys.stderr)
        return 130
    except Exception as exc:
        error = exc if isinstance(exc, DomainError) else explain(exc, profile.root)
        log.error("%s failed", args.command, exc_info=True)
        if error is not None:
            print(f"error: {error}", file=sys.stderr)
        else:
            print(
                f"error: unexpected {type(exc).__name__}: {exc} (details in "
                f"{profile.logs / 'freelance-desk.log'}; --debug prints them)",
                file=sys.stderr,
            )
        if getattr(args, "debug", False):
            import traceback

            traceback.print_exception(exc, file=sys.stderr)
        return EXIT_DAMAGED if isinstance(error, DamagedDatabaseError) else 1


class _ProfileInUseError(DomainError):
    pass


def _profile_lock(args: argparse.Namespace, profile: Profile):
    """The profile lock a command needs (a no-op context for the read-only ones)."""
    import contextlib

    from desktop.domain.errors import Message
    from desktop.store.profile_lock import ProfileLock

    exclusive = args.command in _EXCLUSIVE
    if args.command not in _SHARED | _EXCLUSIVE or getattr(args, "dry_run", False):
        return contextlib.nullcontext()
    lock = ProfileLock(profile.root)
    if lock.acquire(exclusive, args.command):
        return lock
    holder = lock.holder()
    who = f"pid {holder.pid}, since {holder.since[:16].replace('T', ' ')}" if holder else "?"
    raise _ProfileInUseError(
        Message(
            "Cli",
            "Freelance Desk is open on this data folder ({who}){others}: close it first, then "
            "run the command again.",
            {"who": who, "others": " or another command is using it" if exclusive else ""},
        )
    )


def _warn_about_location(profile: Profile) -> None:
    from desktop.store.location_checks import location_warning

    warning = location_warning(profile.root)
    if warning is not None:
        print(f"warning: {warning}", file=sys.stderr)


def _check(args: argparse.Namespace, profile: Profile) -> int:
    """Never opens the file for writing: a damaged one is reported, not made worse."""
    from desktop.store.maintenance import check_attachments, check_database

    if not profile.database.exists():
        print(f"no database in {profile.root}")
        return 1
    health = check_database(path=profile.database)
    if not health.damaged:
        health.problems.extend(check_attachments(profile.database, profile))
    for line in health.damaged:
        print(f"damaged: {line}")
    for line in health.problems:
        print(f"problem: {line}")
    for line in health.notes:
        print(f"note: {line}")
    if health.damaged:
        print(
            "the database is damaged: restore a backup (main.py restore FILE; the backups "
            f"are in {profile.backups}); the damaged file is kept as it is"
        )
        return EXIT_DAMAGED
    if not health.problems:
        print("database OK")
    return 1 if health.problems else 0


def _backup(args: argparse.Namespace, profile: Profile) -> int:
    from desktop.services.backups import MANUAL, back_up

    started = time.perf_counter()
    if args.file is None:
        info = back_up(profile, MANUAL)
    else:
        target = args.file.expanduser().resolve()
        if target.suffix.lower() != ".zip":
            print("error: the backup file name must end with .zip", file=sys.stderr)
            return 2
        info = back_up(profile, MANUAL, folder=target.parent, name=target.name)
    print(
        f"backed up to {info.path} ({info.size / 1_000_000:.1f} MB, "
        f"{info.counts.get('talent', 0)} talents, {info.counts.get('company', 0)} companies, "
        f"{info.attachments} attached files) in {time.perf_counter() - started:.1f} s"
    )
    return 0


def _describe(counts: dict[str, int] | None) -> dict[str, str]:
    return {t: "?" if counts is None else str(counts.get(t, 0)) for t in _COUNTED}


_COUNTED = ("talent", "company", "contact", "mission", "contract", "invoice", "attachment")


def _restore(args: argparse.Namespace, profile: Profile) -> int:
    from desktop.services.backups import check_archive, install_restore, prepare_restore
    from desktop.store.backup import count_rows
    from desktop.store.database import close_database, open_database

    info = check_archive(args.file)
    now = _describe(count_rows(profile.database) if profile.database.exists() else {})
    then = _describe(info.counts)
    print(
        f"{args.file.name}: made on {info.created_at:%Y-%m-%d %H:%M} by Freelance Desk "
        f"{info.app_version} (schema v{info.schema_version}); it replaces the data of "
        f"{profile.root}:"
    )
    for table in _COUNTED:
        print(f"  {table:<12} now {now[table]:>8}   in the backup {then[table]:>8}")
    if not args.yes:
        if not sys.stdin.isatty():
            print("error: add --yes to restore without being asked", file=sys.stderr)
            return 2
        if input("Replace the current data by this backup? [y/N] ").strip().lower() not in (
            "y",
            "yes",
            "o",
            "oui",
        ):
            print("nothing was changed")
            return 1
    prepared = prepare_restore(profile, args.file)
    print(f"the current data was backed up first: {prepared.safety}")
    install_restore(prepared, lambda: open_database(profile.database, profile.backups))
    close_database()
    print(f"restored {args.file.name}")
    return 0


def _backups(args: argparse.Namespace, profile: Profile) -> int:
    from desktop.services.backups import backup_list

    good, bad = backup_list(profile)
    for info in good:
        print(
            f"{info.created_at:%Y-%m-%d %H:%M:%S}  {info.kind:<28} "
            f"{info.size / 1_000_000:8.1f} MB  {info.path}"
        )
    for path in bad:
        print(f"unreadable: {path}")
    if not good and not bad:
        print(f"no backup in {profile.backups}")
    return 0


SAFETY_COMMANDS = {"check": _check, "backup": _backup, "restore": _restore, "backups": _backups}
