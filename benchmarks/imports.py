"""Imports: the speed of a messy 10,000-row CSV, and what hostile files cost.

    python benchmarks/imports.py [--rows 10000] [--code PATH]

Each case runs in a child process of its own, so that its peak memory (``ru_maxrss``,
the interpreter's 30 MB included) and CPU time are its own (CPU time is the figure to
compare on a busy machine): read, plan and write a messy CSV into a fresh profile; read the reported
0.9 MB workbook (300,000 rows); read a CSV whose second line is 1 GB (a sparse file,
with the file-size limit raised so that the line limit is what stops it); read the same
1 GB file with the default limits. ``--code`` runs the cases against another checkout
(e.g. an export of an older commit) to compare; a case that has no ``limits`` argument
there runs without it. Baseline: reading the CSV's bytes and ``csv.reader`` alone.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST = ["Hélène", "Éric", "Zoé", "Jean-Pierre", "Chloé", "François", "Anaïs", "Loïc", "Maëlle"]
LAST = ["Dupré", "Lefèvre", "Gauthier", "Müller", "N'Diaye", "Le Bihan", "Côté", "Brisson"]
RATES = ["650", "1 234,50 €", "700 € HT/j", "1\u00a0050,00", "800", "environ 600"]
# Values the importer read before the forgiving parsers too, so that old and new code
# import the same rows (the words "immédiate" or "Hybride (2j)" were rejected before).
DATES = ["01/12/2026", "2026-12-01", "1.12.2026", "15/01/27", "", "31/02/2026"]
REMOTE = ["Hybride", "Sur site", "Full remote", "Télétravail", ""]


def messy_csv(path: Path, rows: int, seed: int = 4) -> None:
    """Windows-1252, ";", accents, quoted line breaks, bad rows and duplicates."""
    rng = random.Random(seed)
    lines = ["Prénom;Nom;E-mail;Téléphone;TJM;Compétences;Disponibilité;Télétravail;Notes"]
    for n in range(rows):
        email = f"talent{n}@exemple.fr" if n % 50 else f"TALENT{max(n - 1, 0)}@Exemple.FR"
        notes = '"Première ligne\r\nseconde ; ligne"' if n % 10 == 0 else "RAS"
        values = [rng.choice(FIRST), rng.choice(LAST), email, "06 12 34 56 78", rng.choice(RATES)]
        values += ["Java:4, React:3, SQL", rng.choice(DATES), rng.choice(REMOTE), notes]
        lines.append(";".join(values))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


CHILD = r"""
import json, resource, sys, time, inspect
sys.path.insert(0, sys.argv[1])
case, path = sys.argv[2], sys.argv[3]
from desktop.services.importing import read_table
started, cpu = time.perf_counter(), time.process_time()
result = {"case": case}
try:
    if case == "csv":
        from desktop.profile import Profile
        from desktop.store.database import open_database
        from desktop.services.importing import ImportOutcome, plan_import, run_import
        folder = __import__("pathlib").Path(sys.argv[4]); folder.mkdir(parents=True)
        profile = Profile(folder)
        open_database(profile.database, profile.backups)
        table = read_table(path)
        plan = plan_import(table, "talents")
        outcome = ImportOutcome()
        for _ in run_import(plan, "skip", outcome):
            pass
        result["rows"] = outcome.created
    elif case == "baseline":
        import csv, io
        data = open(path, "rb").read().decode("cp1252")
        result["rows"] = sum(1 for _ in csv.reader(io.StringIO(data, newline=""), delimiter=";"))
    else:
        options = {}
        if case == "line" and "limits" in inspect.signature(read_table).parameters:
            from desktop.services.importing import ImportLimits
            options["limits"] = ImportLimits(file_bytes=2 << 30)
        table = read_table(path, **options)
        result["rows"] = len(table.rows)
except Exception as exc:
    result["error"] = f"{type(exc).__name__}: {str(exc)[:140]}"
result["seconds"] = round(time.perf_counter() - started, 2)
result["cpu"] = round(time.process_time() - cpu, 2)
result["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
print(json.dumps(result))
"""


def run_case(code: Path, case: str, path: Path, work: Path, timeout: int) -> dict:
    command = [sys.executable, "-c", CHILD, str(code), case, str(path), str(work / case)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"case": case, "error": f"still running after {timeout} s (stopped)"}
    lines = done.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else {"case": case, "error": done.stderr[-300:]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout to measure")
    parser.add_argument("--timeout", type=int, default=300)
    parser.add_argument("--cases", default="baseline,csv,xlsx,line,file")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from tests.services import hostile_files

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        files = {}
        messy_csv(work / "messy.csv", args.rows)
        files["baseline"] = files["csv"] = work / "messy.csv"
        files["xlsx"] = hostile_files.reported_workbook(work / "reported.xlsx")
        files["line"] = files["file"] = hostile_files.huge_line_csv(work / "line.csv", 1 << 30)
        print(f"code: {args.code}")
        for case in args.cases.split(","):
            result = run_case(args.code, case, files[case], work, args.timeout)
            outcome = result.get("error") or f"{result.get('rows')} rows"
            print(
                f"{case:9} {result.get('seconds', '-'):>7} s ({result.get('cpu', '-')} s CPU)"
                f"  {result.get('peak_mb', '-'):>6} MB  {outcome}"
            )


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"({time.perf_counter() - started:.0f} s in all)")
