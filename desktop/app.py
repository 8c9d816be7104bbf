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

from desktop import APP_NAME, __version__
from desktop.profile import Profile, open_profile


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The command line; without ``commands``, the window's options only (the subcommands'
    parsers, a dozen with their options, cost 5-10 ms of the window's start-up)."""
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
    parser.add_argument(
        "--debug",
        action="store_true",
        help="print the details (traceback) of a failure, and log more",
    )
    if commands:
        from desktop import cli

        cli.add_subcommands(parser)
    return parser


WINDOW_OPTIONS = ("--data-dir", "--lang")  # those taking a value
WINDOW_FLAGS = ("--debug",)


def opens_the_window(argv: list[str]) -> bool:
    """Whether ``argv`` holds only the window's options: then no subcommand is parsed.
    Anything else (a subcommand, --help, --version, an abbreviation) gets the full parser."""
    args = iter(argv)
    for arg in args:
        if arg in WINDOW_OPTIONS:
            if next(args, None) is None:
                return False  # a missing value: the full parser says so
        elif not (arg in WINDOW_FLAGS or arg.startswith(tuple(f"{o}=" for o in WINDOW_OPTIONS))):
            return False
    return True


LOG_BYTES = 2_000_000  # a log file past this size is set aside at start-up
LOG_BACKUPS = 3


def setup_logging(profile: Profile, verbose: bool = False) -> None:
    """The profile's log file, set aside (``.1`` to ``.3``) at start-up once it is large.

    Rotated here rather than by ``logging.handlers.RotatingFileHandler``, whose module
    (sockets, pickling) costs 6-15 ms of start-up; a session writes far less than a file.
    """
    path = profile.logs / "freelance-desk.log"
    if path.exists() and path.stat().st_size > LOG_BYTES:
        for n in range(LOG_BACKUPS, 0, -1):
            older = path.with_name(f"{path.name}.{n}")
            newer = path.with_name(f"{path.name}.{n - 1}") if n > 1 else path
            if newer.exists():
                newer.replace(older)
    handler = logging.FileHandler(path, encoding="utf-8")
    if os.name == "posix":
        path.chmod(0o600)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.getLogger("peewee").setLevel(logging.WARNING)  # never log SQL parameters


def main(argv: list[str] | None = None) -> int:
    from desktop.ui.startup_marks import mark  # no Qt: a no-op outside dev.py bench

    mark("interpreter")
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(commands=not opens_the_window(argv)).parse_args(argv)
    try:
        profile = open_profile(args.data_dir)
        setup_logging(profile, verbose=args.debug)
    except OSError as exc:  # a folder that cannot be created or written: say which
        print(f"error: cannot use the data folder: {exc}", file=sys.stderr)
        if args.debug:
            raise
        return 1
    if getattr(args, "command", None):
        from desktop import cli

        return cli.run(args, profile)
    # Nothing of the database layers before the window shows (desktop/ui/app.py): the
    # window needs neither peewee nor the models to appear.
    import_before_qt()
    from desktop.ui.app import run_gui

    return run_gui(profile, args.lang)


def import_before_qt() -> None:
    """The pure-Python modules the window imports before it shows, imported before PySide6.

    Once imported, PySide6 reads the source of every module imported after it (its
    ``__feature__`` import hook looks for "PySide6" in it) until :func:`desktop.ui.app
    .create_application` replaces that check (:mod:`desktop.ui.pyside_imports`); these
    twenty modules imported first spare it (1 % of the instructions to the window shown).
    """
    import queue  # noqa: F401  (desktop.ui.tasks)

    from desktop import resource_files  # noqa: F401
    from desktop.domain import errors, formatting, i18n  # noqa: F401
    from desktop.services import failures  # noqa: F401  (sqlite3, through store errors)
    from desktop.store import peek, profile_lock  # noqa: F401
