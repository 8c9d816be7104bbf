"""The rows an import left out, saved as a CSV to fix in Excel and import again.

Same columns as the file read, plus one saying what is wrong with each row; written
like every CSV export (UTF-8 with BOM, ``;``, formulas neutralised).
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from desktop.domain.spreadsheet import guard_formula
from desktop.services.importing.plan import RowError
from desktop.services.importing.readers import SourceTable, cell_text


def write_rejected_rows(
    table: SourceTable,
    problems: list[RowError],
    path: Path,
    describe: Callable[[RowError], str] = str,
    problems_header: str = "Problems",
) -> int:
    """Write the rows of ``table`` that have ``problems`` to ``path``; returns how many.

    ``describe`` turns a problem into text (the UI passes a translating one).
    """
    by_line: dict[int, list[str]] = {}
    for problem in problems:
        by_line.setdefault(problem.line, []).append(describe(problem))
    rows = [r for r in table.rows if r.line in by_line]
    with Path(path).open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
        writer.writerow([*table.headers, problems_header])
        for row in rows:
            cells = [guard_formula(cell_text(c)) for c in row.cells]
            cells += [""] * (len(table.headers) - len(cells))
            writer.writerow([*cells, guard_formula("; ".join(by_line[row.line]))])
    return len(rows)
