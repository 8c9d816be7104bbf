"""Files built to break an importer: zip bombs, huge lines, deep XML, damaged parts.

Shared by the limit tests and ``benchmarks/imports.py`` (which measures them before and
after). Each builder writes a file of the same shape as what was reported, without
keeping it in memory.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl

SHEET = "xl/worksheets/sheet1.xml"
_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b"<sheetData>"
)
_TAIL = b"</sheetData></worksheet>"


def workbook(path: Path, rows: list[list[object]] | None = None) -> Path:
    """A plain workbook of ``rows`` (openpyxl), the base the other builders rewrite."""
    book = openpyxl.Workbook()
    for row in rows or [["Prénom", "Nom"], ["Hélène", "Dupré"]]:
        book.active.append(row)
    book.save(path)
    return path


def replace_parts(path: Path, parts: dict[str, bytes | None], streamed: dict | None = None) -> Path:
    """Rewrite the workbook ``path`` with ``parts`` replaced (None: removed); ``streamed``
    maps a part to an iterable of byte chunks written without holding them together."""
    source = path.with_suffix(".orig")
    path.rename(source)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename in parts:
                if parts[info.filename] is not None:
                    new.writestr(info.filename, parts[info.filename])
            elif streamed and info.filename in streamed:
                with new.open(info.filename, "w") as out:
                    for chunk in streamed[info.filename]:
                        out.write(chunk)
            else:
                new.writestr(info, old.read(info))
    source.unlink()
    return path


def repetitive_rows(rows: int, columns: int = 8):
    """A sheet of ``rows`` identical rows of shared-string cells, in chunks: what packs
    0.9 MB into about 100 MB of XML (the reported "0.9 MB workbook")."""
    yield _HEAD
    # Cell and row references are optional in SpreadsheetML: without them every row is
    # the same bytes, and deflate packs them about 1,000 to 1.
    row = ("<row>" + '<c t="inlineStr"><is><t>x</t></is></c>' * columns + "</row>").encode()
    for start in range(0, rows, 5000):
        yield row * min(5000, rows - start)
    yield _TAIL


def zip_bomb_workbook(path: Path, rows: int = 600_000) -> Path:
    """A workbook whose one sheet unpacks far beyond its packed size."""
    workbook(path, [["Prénom", "Nom"], ["Hélène", "Dupré"]])
    return replace_parts(path, {}, {SHEET: repetitive_rows(rows)})


def sparse_rows(rows: int):
    """Rows holding one cell each, in column XFD: openpyxl builds 16,384 cells a row."""
    yield _HEAD + b'<row r="1"><c r="A1" t="inlineStr"><is><t>Nom</t></is></c></row>'
    for number in range(2, rows + 2):
        yield f'<row r="{number}"><c r="XFD{number}"><v>1</v></c></row>'.encode()
    yield _TAIL


def deep_xml(levels: int):
    """A worksheet nesting ``levels`` unknown elements inside sheetData."""
    yield _HEAD
    yield b"<x>" * levels
    yield b"</x>" * levels
    yield _TAIL


def huge_line_csv(path: Path, size: int) -> Path:
    """A header, then one line of ``size`` bytes: a sparse file (no disk used for zeros),
    so a 1 GB line costs nothing to make."""
    with path.open("wb") as file:
        file.write(b"Nom;Notes\n")
        file.truncate(size + 10)
    return path


def numbered_rows(rows: int, columns: int = 8):
    """Rows numbered as Excel numbers them, of identical number cells: packs about 60 to 1,
    under the ratio limit, so only the row count can stop it early."""
    yield _HEAD + b'<row r="1">' + b'<c t="inlineStr"><is><t>Nom</t></is></c>' * columns + b"</row>"
    cells = "<c><v>650</v></c>" * columns
    for start in range(2, rows + 2, 5000):
        numbers = range(start, min(start + 5000, rows + 2))
        yield "".join(f'<row r="{n}">{cells}</row>' for n in numbers).encode()
    yield _TAIL


def reported_workbook(path: Path, rows: int = 300_000) -> Path:
    """A 0.9 MB workbook of 300,000 rows: the shape of the one reported (109 s, 515 MB)."""
    workbook(path)
    return replace_parts(path, {}, {SHEET: numbered_rows(rows)})
