"""Generated benchmark profiles (10k, 100k, 300k records), built once and cached.

    python benchmarks/profiles.py 300k        # build (or find) one profile, print its folder

A profile is the demo generator's data at a given size plus a set of written
traces (one company holding 2,000 of them, half of them minutes with two actions
each), so that every figure of ``dev.py bench`` reads the same data. Profiles live
outside the repository, in ``$FREELANCE_DESK_BENCH_CACHE`` or
``~/.cache/freelance-desk-bench``, under a key made of the generator's sources
(``services/demo.py``, its vocabulary, :data:`FILL_VERSION`): changing the generator builds
new profiles; anything else reuses them. Building the 300k profile takes a few
minutes on two cores; a ``ready`` file marks a finished one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class ProfileSize:
    name: str
    talents: int
    companies: int
    missions: int
    invoices: int
    traces: int

    @property
    def demo_arguments(self) -> list[str]:
        return [
            "--talents",
            str(self.talents),
            "--companies",
            str(self.companies),
            "--missions",
            str(self.missions),
            "--invoices",
            str(self.invoices),
        ]


# 300k: the scale (300,000 talents and companies, 600,000 invoices); its 90,000
# missions carry about 200,000 offers, the analytics figure's volume.
SIZES = {
    size.name: size
    for size in (
        ProfileSize("10k", 10_000, 10_000, 2_000, 20_000, 20_000),
        ProfileSize("100k", 100_000, 100_000, 20_000, 200_000, 200_000),
        ProfileSize("300k", 300_000, 300_000, 90_000, 600_000, 200_000),
    )
}
HEAVY_TRACES = 2_000  # the traces of the one record whose timeline is measured

_GENERATOR_SOURCES = (
    ROOT / "desktop" / "services" / "demo.py",
    ROOT / "desktop" / "services" / "demo_vocabulary.py",
)
FILL_VERSION = "1"  # bump when SIZES or fill_traces change what a profile holds


def cache_root() -> Path:
    folder = os.environ.get("FREELANCE_DESK_BENCH_CACHE")
    return Path(folder) if folder else Path.home() / ".cache" / "freelance-desk-bench"


def generator_key() -> str:
    """Changes when the data a profile holds would change: the generator's sources."""
    digest = hashlib.sha256(FILL_VERSION.encode())
    for path in _GENERATOR_SOURCES:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def profile_folder(size: ProfileSize) -> Path:
    return cache_root() / f"gen-{generator_key()}" / size.name


def ensure_profile(size: ProfileSize, log=print) -> Path:
    """The folder of a finished profile of ``size``, built now if needed."""
    folder = profile_folder(size)
    if (folder / "ready").exists():
        return folder
    if folder.exists():
        shutil.rmtree(folder)  # an interrupted build
    folder.mkdir(parents=True)
    log(f"building the {size.name} profile in {folder} (once; a few minutes at 300k) ...")
    started = time.perf_counter()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--data-dir",
            str(folder),
            "demo",
            *size.demo_arguments,
        ],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    subprocess.run(
        [
            sys.executable,
            str(Path(__file__).resolve()),
            "--fill-traces",
            str(folder),
            str(size.traces),
        ],
        check=True,
        env=env,
    )
    (folder / "ready").write_text(f"{size}\nbuilt in {time.perf_counter() - started:.0f} s\n")
    log(f"  built in {time.perf_counter() - started:.0f} s")
    return folder


def heavy_company(folder: Path) -> int:
    """The company holding the 2,000 traces (written by :func:`fill_traces`)."""
    return int((folder / "heavy-company").read_text())


_WORDS = [
    "recette",
    "planning",
    "production",
    "budget",
    "avenant",
    "relance",
    "facture",
    "pénalités",
    "livraison",
    "comité",
    "pilotage",
    "décision",
    "jalon",
    "risque",
    "sécurité",
    "migration",
    "kubernetes",
    "java",
    "données",
]
# Real notes use a large vocabulary: each trade word above is in a few percent of them.
_FILLER = [
    a + b + c
    for a in ("ba", "ce", "di", "fo", "gu", "la", "mi", "no", "pe", "ri")
    for b in ("l", "m", "n", "r", "s", "t")
    for c in ("ade", "ette", "ion", "ure", "age")
]


def _text(rng: random.Random, size: int) -> str:
    return " ".join(
        rng.choice(_WORDS) if rng.random() < 0.05 else rng.choice(_FILLER) for _ in range(size)
    )


def fill_traces(folder: Path, count: int) -> None:
    """Add ``count`` traces spread over the companies, 2,000 of them on one company;
    half are minutes with two actions (90 % done), as a team writes them over years."""
    sys.path.insert(0, str(ROOT))
    from desktop.store import search_index
    from desktop.store.bulk import bulk_insert_dicts
    from desktop.store.database import open_database
    from desktop.store.models import ActionItem, Activity, Company, database

    open_database(folder / "freelance-desk.sqlite3")
    today = dt.date.today()
    rng = random.Random(3)
    companies = [c.id for c in Company.select(Company.id)]
    heavy = companies[len(companies) // 2]
    start = (Activity.select(Activity.id).order_by(Activity.id.desc()).scalar() or 0) + 1
    rows, actions = [], []
    for i in range(count):
        activity_id = start + i
        minutes = i % 2 == 0
        when = dt.datetime.combine(today - dt.timedelta(days=rng.randrange(0, 1500)), dt.time(9))
        rows.append(
            {
                "id": activity_id,
                "subject_type": "company",
                "subject_id": heavy if i < HEAVY_TRACES else rng.choice(companies),
                "kind": "minutes" if minutes else "note",
                "occurred_at": when,
                "title": _text(rng, 3),
                "body": _text(rng, 12),
                "channel": "",
                "decisions": _text(rng, 6) if minutes else "",
                "cause": "",
                "solutions": "",
                "mediator": "",
                "dispute_status": "",
            }
        )
        if minutes:
            for n in range(2):
                actions.append(
                    {
                        "activity": activity_id,
                        "description": f"Action {n + 1}",
                        "owner": "Nous",
                        "due_on": when.date() + dt.timedelta(days=7),
                        "done": rng.random() < 0.9,
                    }
                )
    with database.atomic(), search_index.suspended(database):
        bulk_insert_dicts(Activity, rows)
        bulk_insert_dicts(ActionItem, actions)
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    (folder / "heavy-company").write_text(str(heavy))


def main(argv: list[str]) -> int:
    if argv[:1] == ["--fill-traces"]:
        fill_traces(Path(argv[1]), int(argv[2]))
        return 0
    names = argv or list(SIZES)
    for name in names:
        print(ensure_profile(SIZES[name]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
