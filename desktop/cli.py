"""Subcommands for scripting, over the services (no Qt).

    freelance-desk demo --talents 100000 --companies 100000 --invoices 200000
    freelance-desk check

Exit codes: 0 success, 1 failure or rejected input, 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
import time

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


COMMANDS = {"demo": _demo, "check": _check}
