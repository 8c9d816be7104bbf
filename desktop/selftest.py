"""``freelance-desk selftest``: can this installation do what the app does?

Run from a checkout, an installed wheel or a frozen bundle (the release pipeline runs it
on every installer it builds, CI on the Linux bundle). It imports every module, the
lazily imported ones included, finds every resource, formats with babel's, stdnum's and
libphonenumber's data, creates and migrates a database in a temporary folder, writes and
reads a record, renders a document when the documents package exists, reports the
keyring backend, and opens the main window offscreen. A bundle that lacks a module, a
data file, a Qt plugin or a keyring backend fails here rather than on a user's machine.

One line per check (``ok``, ``FAIL`` or ``skip``, its name, what it found); exit code 1
when a check failed. Nothing outside a temporary folder is written, and the user's
keyring is only read.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from desktop import APP_NAME, __version__

# The keyring backend each platform must bundle (the OS store, never a file).
PLATFORM_BACKENDS = {
    "win32": "keyring.backends.Windows.WinVaultKeyring",
    "darwin": "keyring.backends.macOS.Keyring",
    "linux": "keyring.backends.SecretService.Keyring",
}
OLD_SCHEMA = ("selftest", "schema-v1.sql")  # a v1 database with a few rows, to migrate
# Packages other branches bring; used when present (names, not imports: they are optional).
DOCUMENTS = "desktop.documents"
CREDENTIALS = "desktop.credentials"


class CheckFailedError(Exception):
    """The check found a problem; the message says which."""


class NotApplicableError(Exception):
    """The check does not apply to this build; the message says why."""


@dataclass
class Context:
    """What the checks share: a temporary folder, and the profile created in it."""

    folder: Path
    profile: object = None  # desktop.profile.Profile, once the database check made it


@dataclass
class Outcome:
    status: str  # "ok", "FAIL", "skip"
    name: str
    detail: str
    seconds: float

    def line(self) -> str:
        return f"{self.status:<4}  {self.name} ({self.seconds:.2f} s): {self.detail}"


def frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


# --- the checks, in the order they run -------------------------------------------------


def check_installation(ctx: Context) -> str:
    from desktop.resource_files import resources_dir

    kind = "frozen bundle" if frozen() else "Python package"
    return (
        f"{APP_NAME} {__version__}, {kind}, Python {platform.python_version()} on "
        f"{platform.system()} {platform.machine()}; resources in {resources_dir()}"
    )


def expected_modules() -> list[str]:
    """Every module of the app plus the ones it imports lazily: from the bundle's manifest
    when frozen (a bundle holds no sources), else found in the sources now."""
    from desktop import bundle_inventory

    manifest = bundle_inventory.read_manifest()
    if manifest is not None:
        return manifest["modules"]
    modules, missing = bundle_inventory.lazy_modules()
    if missing:
        names = ", ".join(f"{m} ({e.places[0]})" for m, e in missing.items())
        raise CheckFailedError(f"lazily imported but not installed: {names}")
    return sorted({*bundle_inventory.source_modules(), *modules})


def check_modules(ctx: Context) -> str:
    names = expected_modules()
    failed = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:
            failed.append(f"{name} ({type(exc).__name__}: {exc})")
    if failed:
        raise CheckFailedError(
            f"{len(failed)} of {len(names)} modules cannot be imported: " + "; ".join(failed)
        )
    ours = sum(1 for n in names if n == "desktop" or n.startswith("desktop."))
    others = sorted({n.split(".")[0] for n in names} - {"desktop"})
    return f"{len(names)} modules imported: {ours} of the app, and lazily " + ", ".join(others)


def expected_resources() -> list[str]:
    """Every resource file of the source tree and every one the code names."""
    from desktop import bundle_inventory
    from desktop.resource_files import all_resources

    manifest = bundle_inventory.read_manifest()
    if manifest is not None:
        return manifest["resources"]
    shipped = {p.as_posix() for p in all_resources()}
    return sorted(shipped | set(bundle_inventory.resource_references()))


def check_resources(ctx: Context) -> str:
    from desktop.resource_files import MissingResourceError, resource

    names = expected_resources()
    missing = []
    for name in names:
        try:
            path = resource(*name.split("/"))
            if path.is_file() and path.stat().st_size == 0:
                missing.append(f"{name} (empty)")
        except MissingResourceError:
            missing.append(name)
    if missing:
        raise CheckFailedError(
            f"{len(missing)} of {len(names)} resources missing: " + ", ".join(missing)
        )
    folders = sorted({n.split("/")[0] for n in names if "/" in n})
    return f"{len(names)} resources found through desktop.resource_files ({', '.join(folders)})"


def check_data_files(ctx: Context) -> str:
    """babel's locale data, stdnum's country modules and libphonenumber's numbering plans:
    each is loaded at run time, by name, from files a bundle must carry."""
    import datetime as dt
    from decimal import Decimal

    from desktop.domain import formatting, identifiers

    amount = formatting.format_money(Decimal("1234.50"), "fr")
    day = formatting.format_date(dt.date(2026, 12, 7), "fr", "long")
    if "234,50" not in amount or "€" not in amount or "décembre" not in day:
        raise CheckFailedError(f"babel's French data gave {amount!r} and {day!r}")
    english = formatting.format_date(dt.date(2026, 12, 7), "en", "long")
    siret = identifiers.normalise_siret("552 120 222 00013")
    vats = [identifiers.normalise_vat(v) for v in ("FR40303265045", "DE136695976", "BE0403019261")]
    phone = identifiers.normalise_phone("+262 692 12 34 56")
    return f"{amount}, {day}, {english}; SIRET {siret}, VAT {', '.join(vats)}; phone {phone}"


def check_database(ctx: Context) -> str:
    from desktop.profile import open_profile
    from desktop.store.database import open_database, schema_version
    from desktop.store.models import SCHEMA_VERSION, database

    fresh = open_profile(ctx.folder / "fresh")
    try:
        db = open_database(fresh.database, fresh.backups)
        version = schema_version(db)
        tables = len(db.get_tables())
    finally:
        database.close()
    if version != SCHEMA_VERSION:
        raise CheckFailedError(f"a new database has schema v{version}, expected v{SCHEMA_VERSION}")
    return f"new database created with schema v{version} ({tables} tables) in {fresh.database}"


def check_migration(ctx: Context) -> str:
    import sqlite3

    from desktop.profile import open_profile
    from desktop.resource_files import resource
    from desktop.store.database import open_database, schema_version
    from desktop.store.models import SCHEMA_VERSION, Talent, database

    profile = open_profile(ctx.folder / "migrated")
    script = resource(*OLD_SCHEMA).read_text(encoding="utf-8")
    with sqlite3.connect(profile.database) as conn:
        conn.executescript(script)
    conn.close()
    started = time.perf_counter()
    try:
        db = open_database(profile.database, profile.backups)
        version, talents = schema_version(db), Talent.select().count()
    finally:
        database.close()
    if version != SCHEMA_VERSION or talents != 1:
        raise CheckFailedError(
            f"migration ended at schema v{version} with {talents} talents (expected 1)"
        )
    if not list(profile.backups.glob("before-migration-v1-*")):
        raise CheckFailedError("no backup was made before migrating")
    ctx.profile = profile
    took = time.perf_counter() - started
    return f"schema v1 -> v{version} in {took:.2f} s, rows kept, backup made first"


def check_record(ctx: Context) -> str:
    from decimal import Decimal

    from desktop.domain.validation import SkillLevel, TalentDraft
    from desktop.services import search, talents
    from desktop.store.database import open_database
    from desktop.store.models import database

    if ctx.profile is None:
        raise NotApplicableError("no database: the migration check failed")
    open_database(ctx.profile.database, ctx.profile.backups)
    try:
        draft = TalentDraft(
            "Éloïse",
            "Selftest-Durand",
            email="eloise@example.org",
            daily_rate=Decimal("650.50"),
            skills=(SkillLevel("Python", 4),),
        )
        talent_id = talents.create_talent(draft)
        stored = talents.talent_draft(talent_id)
        found = search.global_search("eloise selftest").group("talent")
    finally:
        database.close()
    if (stored.first_name, stored.daily_rate) != ("Éloïse", Decimal("650.50")):
        raise CheckFailedError(
            f"wrote Éloïse at 650.50, read back {stored.first_name} at {stored.daily_rate}"
        )
    if not found or talent_id not in [h.id for h in found.hits]:
        raise CheckFailedError("the talent written is not found by the search index (FTS5)")
    return f"talent #{talent_id} written, read back and found by full-text search"


def check_documents(ctx: Context) -> str:
    """Render a sample document and read it back with pypdf (fonts embedded, text there).

    The documents package offers ``render_selftest_pdf(path)``: a sample document built
    with the app's fonts, templates and styles, needing no database.
    """
    if importlib.util.find_spec(DOCUMENTS) is None:
        raise NotApplicableError(f"{DOCUMENTS} is not part of this version yet: no PDF to render")
    documents = importlib.import_module(DOCUMENTS)
    render = getattr(documents, "render_selftest_pdf", None)
    if render is None:
        raise CheckFailedError(
            "desktop.documents has no render_selftest_pdf(path) for the selftest"
        )
    try:
        from pypdf import PdfReader
    except ImportError:
        raise CheckFailedError(
            "pypdf is not installed: cannot read the rendered PDF back"
        ) from None
    path = ctx.folder / "sample.pdf"
    render(path)
    reader = PdfReader(path)
    text = "".join(page.extract_text() or "" for page in reader.pages)
    if not reader.pages or not text.strip():
        raise CheckFailedError(f"{path.name}: {len(reader.pages)} pages, no text")
    fonts, embedded = set(), set()
    for page in reader.pages:
        for font in (page.get("/Resources", {}).get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts") or [font]
            for part in descendants:
                part = part.get_object()
                fonts.add(str(part.get("/BaseFont")))
                descriptor = part.get("/FontDescriptor")
                descriptor = descriptor.get_object() if descriptor else {}
                if any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    embedded.add(str(part.get("/BaseFont")))
    if fonts - embedded:
        raise CheckFailedError(f"fonts not embedded: {', '.join(sorted(fonts - embedded))}")
    fonts_text = ", ".join(sorted(fonts))
    return f"{len(reader.pages)} page(s), {len(text)} characters, fonts embedded: {fonts_text}"


def _backend_name(backend: object) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _plaintext(backend: object) -> bool:
    """A backend that keeps secrets in a file (keyrings.alt and the like), not an OS store."""
    name = _backend_name(backend)
    return name.startswith("keyrings.alt") or "plaintext" in name.lower()


def check_keyring(ctx: Context) -> str:
    """The platform's OS keyring backend is in the build, and the one selected is not a
    plain-text file. Only reads: no secret is written."""
    import keyring

    if importlib.util.find_spec(CREDENTIALS) is not None:
        credentials = importlib.import_module(CREDENTIALS)
        # desktop.credentials refuses a plain-text backend (the app then stores nothing):
        # one configured here (PYTHON_KEYRING_BACKEND, a keyringrc) is still a failure.
        report = credentials.backend_report()
        if report.problem is not None and report.problem.reason == "plaintext":
            raise CheckFailedError(
                f"desktop.credentials refused the plain-text backend configured here: {report.name}"
            )
        backend, chosen_by = credentials.active_backend(), "desktop.credentials"
    else:
        backend, chosen_by = keyring.get_keyring(), "keyring.get_keyring()"
    chained = list(getattr(backend, "backends", [])) or [backend]
    insecure = [_backend_name(b) for b in chained if _plaintext(b)]
    if insecure:
        raise CheckFailedError(f"{chosen_by} selected a plain-text backend: {', '.join(insecure)}")
    expected = PLATFORM_BACKENDS.get(sys.platform)
    if expected is None:
        return f"{chosen_by}: {_backend_name(backend)} (no OS keyring expected on {sys.platform})"
    module, name = expected.rsplit(".", 1)
    try:
        platform_backend = getattr(importlib.import_module(module), name)
    except Exception as exc:
        raise CheckFailedError(
            f"the platform backend {expected} is not in this build: {exc}"
        ) from exc
    try:
        usable = f"usable here (priority {platform_backend.priority})"
    except Exception as exc:  # e.g. no Secret Service running: the app says so to the user
        usable = f"bundled, not usable on this machine ({type(exc).__name__}: {exc})"
    names = ", ".join(_backend_name(b) for b in chained)
    return f"{chosen_by}: {names}, not plain text; {expected}: {usable}"


def check_window(ctx: Context) -> str:
    """The main window on Qt's offscreen platform (unless QT_QPA_PLATFORM says otherwise),
    in French, with Qt's own French translations."""
    from desktop.store.database import open_database
    from desktop.store.models import database
    from desktop.ui.selftest_window import WindowCheckError, show_and_close_main_window

    if ctx.profile is None:
        raise NotApplicableError("no database: the migration check failed")
    open_database(ctx.profile.database, ctx.profile.backups)
    try:
        return show_and_close_main_window(ctx.profile)
    except WindowCheckError as exc:
        raise CheckFailedError(str(exc)) from exc
    finally:
        database.close()


CHECKS: list[tuple[str, Callable[[Context], str]]] = [
    ("installation", check_installation),
    ("modules", check_modules),
    ("resources", check_resources),
    ("data files", check_data_files),
    ("database", check_database),
    ("migration", check_migration),
    ("record", check_record),
    ("documents", check_documents),
    ("keyring", check_keyring),
    ("window", check_window),
]


def run_selftest(out: TextIO | None = None) -> int:
    """Run every check, print one line each; 0 when none failed, else 1."""
    out = out or sys.stdout
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    outcomes = []
    with tempfile.TemporaryDirectory(prefix="freelance-desk-selftest-") as folder:
        ctx = Context(Path(folder))
        for name, check in CHECKS:
            started = time.perf_counter()
            try:
                status, detail = "ok", check(ctx)
            except NotApplicableError as exc:
                status, detail = "skip", str(exc)
            except CheckFailedError as exc:
                status, detail = "FAIL", str(exc)
            except Exception as exc:
                last = traceback.extract_tb(exc.__traceback__)[-1]
                where = f"{Path(last.filename).name}:{last.lineno}"
                status, detail = "FAIL", f"{type(exc).__name__}: {exc} (at {where})"
            outcome = Outcome(status, name, detail, time.perf_counter() - started)
            outcomes.append(outcome)
            print(outcome.line(), file=out, flush=True)
    failed = [o.name for o in outcomes if o.status == "FAIL"]
    skipped = sum(1 for o in outcomes if o.status == "skip")
    if failed:
        print(f"selftest FAILED: {', '.join(failed)}", file=out)
        return 1
    print(f"selftest OK: {len(outcomes) - skipped} checks ok, {skipped} not applicable", file=out)
    return 0
