"""Entry point: parse the command line, open the profile, then the GUI or a subcommand.

``freelance-desk`` (or ``python main.py``) opens the window; ``freelance-desk
demo ...``, ``import ...`` and the other subcommands of :mod:`desktop.cli` run
without any window. ``--data-dir`` and ``--lang`` apply to both.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop import APP_NAME, __version__
from desktop.profile import Profile, open_profile


def build_parser() -> argparse.ArgumentParser:
    from desktop import cli

    parser = argparse.ArgumentParser(
        prog="freelance-desk",
        description=f"{APP_NAME} {__version__}: talents, prospects, missions and invoices, "
        "offline. Without a subcommand, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="profile folder (database, attachments, backups, logs); default: the user data folder",
    )
    parser.add_argument(
        "--lang",
        choices=("fr", "en"),
        help="interface language (default: the saved setting, else the system's)",
    )
    cli.add_subcommands(parser)
    return parser


def setup_logging(profile: Profile, verbose: bool = False) -> None:
    handler = RotatingFileHandler(
        profile.logs / "freelance-desk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    if os.name == "posix":
        Path(handler.baseFilename).chmod(0o600)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.getLogger("peewee").setLevel(logging.WARNING)  # never log SQL parameters


def main(argv: list[str] | None = None) -> int:
    from desktop.ui.startup_marks import mark  # no Qt: a no-op outside dev.py bench

    mark("interpreter")
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    profile = open_profile(args.data_dir)
    setup_logging(profile)
    if getattr(args, "command", None):
        from desktop import cli

        return cli.run(args, profile)
    # The pure-Python layers first: PySide6's import hook reads the source of every
    # module imported after it (30 ms of start-up for ours).
    import desktop.services.records
    import desktop.services.settings
    import desktop.store.database  # noqa: F401
    from desktop.ui.app import run_gui

    return run_gui(profile, args.lang)
