"""Subcommands for scripting, over the services (no Qt).

    freelance-desk demo --talents 100000 --companies 100000 --invoices 200000
    freelance-desk check
    freelance-desk import talents vivier.csv --on-duplicate merge --dry-run
    freelance-desk export companies prospects.xlsx
    freelance-desk export invoices --from 2026-10-01 --to 2026-12-31 t4.zip

Exit codes: 0 success, 1 failure or rejected input, 2 usage error.
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
    sub.add_parser("check", help="check the database: integrity, references, search index")
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


def _open(profile: Profile):
    from desktop.store.database import open_database

    return open_database(profile.database, profile.backups)


def run(args: argparse.Namespace, profile: Profile) -> int:
    try:
        db = _open(profile)
        return COMMANDS[args.command](args, db)
    except DomainError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _demo(args: argparse.Namespace, db) -> int:
    from desktop.services.demo import DemoSize, generate_demo

    for name in ("talents", "companies", "missions", "invoices"):
        if getattr(args, name) < 0:
            print(f"error: --{name} must not be negative", file=sys.stderr)
            return 2
    size = DemoSize(args.talents, args.companies, args.missions, args.invoices)
    started = time.perf_counter()
    for step in generate_demo(size, seed=args.seed):
        print(f"[{step.done}/{step.total}] {step.label}", file=sys.stderr, flush=True)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    print(
        f"demo data written in {time.perf_counter() - started:.1f} s: {size.talents} talents, "
        f"{size.companies} companies, {size.missions} missions, {size.invoices} invoices"
    )
    return 0


def _check(args: argparse.Namespace, db) -> int:
    from desktop.store.maintenance import check_database

    problems = check_database(db)
    for problem in problems:
        print(f"problem: {problem}")
    if not problems:
        print("database OK")
    return 1 if problems else 0


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

    table = read_table(args.file)
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
            ),
        )
    )
    print(f"{args.file.name}: {len(table.rows)} rows ({details})")
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
    if outcome.problems:
        shown = outcome.problems[:20]
        print(f"rejected rows ({len(shown)} of {len(outcome.problems)} problems):")
        for problem in shown:
            print(f"  {problem}")
    if args.dry_run:
        print("dry run: nothing was written")
    return 1 if outcome.rejected else 0


def _day(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _export_invoices(args: argparse.Namespace) -> int:
    """The period's ZIP for the accountant, as Invoices > Month-end > Accounting export."""
    from desktop.services.accounting_export import export_period
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
    steps = 0
    for step in export_period(args.start, args.end, args.file, seller().siren):
        steps = step.total
    print(
        f"{max(steps - 2, 0)} documents issued from {args.start} to {args.end} "
        f"exported with the FEC and the sales journal to {args.file}"
    )
    return 0


def _export(args: argparse.Namespace, db) -> int:
    from desktop.services.exporting import ExportOutcome, export_format, export_records

    if args.kind == "invoices":
        return _export_invoices(args)

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


COMMANDS = {"demo": _demo, "check": _check, "import": _import, "export": _export}
