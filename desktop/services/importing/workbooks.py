"""Reading an Excel workbook (.xlsx) into a table, whatever the file turns out to hold.

Before openpyxl sees the file, the archive is checked with what the zip directory
declares (Python's ``zipfile`` never unpacks more than a part's declared size, so the
declaration bounds the work): the unpacked total, and each part's compression ratio
(at most 100 to 1, Apache POI's default against zip bombs: a real sheet packs about
16 to 1). Every XML part is then run once through expat, which names a damaged part
and its line, refuses DTDs and entities (what defusedxml refuses; openpyxl also parses
through defusedxml once it is installed) and nests no deeper than the limit: a deeply
nested part would otherwise build its whole tree in memory.

Then openpyxl reads the sheet in read-only mode (rows streamed): the active sheet, or
the one asked for; a blank one gives way to the first sheet with data. Cells are
counted (openpyxl fills the gaps of a sparse row with empty cells: a lone cell in
column XFD makes 16,384 of them). What real exports hold is read too:

- Excel's "Strict Open XML" workbooks, whose namespaces openpyxl does not know: the
  parts are copied with the transitional namespaces into a temporary file first;
- cells with an empty style attribute (``s=""``), whose number format openpyxl cannot
  look up: read without one;
- the 1904 date system of old Excel for Mac workbooks (openpyxl applies it);
- a password-protected workbook is not a zip at all but an OLE compound file holding
  an ``EncryptedPackage`` stream: the message says to remove the password.
"""

from __future__ import annotations

import datetime as dt
import re
import struct
import tempfile
import warnings
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from desktop.domain.errors import Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.spreadsheet import unguard_formula
from desktop.services.importing.limits import (
    RATIO_GRACE_BYTES,
    TOO_MANY_COLUMNS,
    TOO_MANY_ROWS,
    XLSX_RATIO,
    XLSX_TOO_BIG_UNPACKED,
    XLSX_TOO_MANY_CELLS,
    XML_TOO_DEEP,
    ImportFileError,
    ImportLimits,
    file_error,
    limit_error,
    megabytes,
)
from desktop.services.importing.readers import Cell, SourceRow, SourceTable, cell_text

NOT_EXCEL = QT_TRANSLATE_NOOP("Import", "{name} is not a readable Excel (.xlsx) file.")
DAMAGED_PART = QT_TRANSLATE_NOOP(
    "Import",
    "{name} is damaged: its part {part} cannot be read ({reason}). Open it in Excel or "
    "LibreOffice and save it again.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Import",
    "{name} is damaged and cannot be read ({reason}). Open it in Excel or LibreOffice and "
    "save it again.",
)
PASSWORD = QT_TRANSLATE_NOOP(
    "Import",
    "{name} is protected by a password. Open it in Excel, remove the password (File > "
    "Info > Protect Workbook > Encrypt with Password, then empty the password), save it "
    "and import it again.",
)
OLD_EXCEL_INSIDE = QT_TRANSLATE_NOOP(
    "Import",
    "{name} is an old Excel file (.xls) under an .xlsx name: save it as .xlsx or .csv first.",
)
NO_SHEET = QT_TRANSLATE_NOOP("Import", "{name} has no worksheet to read.")
UNKNOWN_SHEET = QT_TRANSLATE_NOOP(
    "Import", "{name} has no sheet named {sheet!r}; its sheets: {sheets}."
)
BLANK_SHEET = QT_TRANSLATE_NOOP(
    "Import", "The sheet {blank!r} is blank: the sheet {sheet!r} was read instead."
)
STRAY_CELLS = QT_TRANSLATE_NOOP(
    "Import",
    "These cells are outside the columns named by the header and were not read: {cells}.",
)

CFB_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_XML_PART = re.compile(r"(\.xml|\.rels|\.vml)$", re.IGNORECASE)


# -- the archive, before openpyxl -----------------------------------------------------------


def _cfb_stream_names(stream: BinaryIO, limit: int = 4096) -> set[str]:
    """The names in an OLE compound file's directory ([MS-CFB] 2.2, 2.6); empty if damaged."""
    header = stream.read(512)
    if len(header) < 512 or not header.startswith(CFB_SIGNATURE):
        return set()
    sector_size = 1 << struct.unpack_from("<H", header, 0x1E)[0]
    if sector_size not in (512, 4096):
        return set()
    fat_count, first_directory = struct.unpack_from("<II", header, 0x2C)
    fat_sectors = [s for s in struct.unpack_from("<109I", header, 0x4C) if s < 0xFFFFFFFA]

    def sector(number: int) -> bytes:
        stream.seek((number + 1) * sector_size)
        return stream.read(sector_size)

    fat: list[int] = []
    for number in fat_sectors[: min(fat_count, 109)]:
        data = sector(number)
        fat += struct.unpack(f"<{len(data) // 4}I", data[: len(data) // 4 * 4])
    names: set[str] = set()
    current, seen = first_directory, 0
    while current < 0xFFFFFFFA and seen < limit:  # ENDOFCHAIN and friends end the chain
        data = sector(current)
        for offset in range(0, len(data) - 127, 128):
            size = struct.unpack_from("<H", data, offset + 0x40)[0]
            if 2 <= size <= 64:
                names.add(data[offset : offset + size - 2].decode("utf-16-le", "replace"))
        seen += 1
        current = fat[current] if current < len(fat) else 0xFFFFFFFE
    return names


def _refuse_compound_file(path: Path, stream: BinaryIO) -> None:
    """A .xlsx that is an OLE compound file: encrypted (a password) or an old .xls."""
    names = _cfb_stream_names(stream)
    if "EncryptedPackage" in names or "EncryptionInfo" in names:
        raise file_error(PASSWORD, name=path.name)
    if names & {"Workbook", "Book"}:
        raise file_error(OLD_EXCEL_INSIDE, name=path.name)
    # Unreadable directory: still an encrypted Office file in every case seen.
    raise file_error(PASSWORD, name=path.name)


class _TooDeepError(Exception):
    pass


class _ForbiddenError(Exception):
    pass


@dataclass
class PartStats:
    """What the XML check counted in a worksheet part, before openpyxl reads it."""

    rows: int = 0  # rows holding at least one value
    cells: int = 0  # <c> elements


def _scan_xml(part: BinaryIO, depth_limit: int) -> PartStats:
    """Parse ``part`` once with expat: well formed, no DTD, nesting within the limit;
    count its rows with values and its cells (for a worksheet)."""
    import xml.parsers.expat

    parser = xml.parsers.expat.ParserCreate()
    stats = PartStats()
    depth = 0
    valued = False
    # Names as written: the root's prefix ("x:" from the OpenXML SDK, usually none) is
    # the prefix of every element of the part; comparing whole names keeps this loop
    # cheap (it sees every element of a 150 MB sheet).
    cell, values, row = "c", ("v", "is"), "row"

    def start(name, _attributes):
        nonlocal depth, valued, cell, values, row
        depth += 1
        if depth > depth_limit:
            raise _TooDeepError
        if name == cell:
            stats.cells += 1
        elif name in values:
            valued = True
        elif depth == 1 and ":" in name:
            prefix = name.partition(":")[0] + ":"
            cell, values, row = prefix + "c", (prefix + "v", prefix + "is"), prefix + "row"

    def end(name):
        nonlocal depth, valued
        depth -= 1
        if valued and name == row:
            stats.rows += 1
            valued = False

    def forbidden(*_args):
        raise _ForbiddenError

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.StartDoctypeDeclHandler = forbidden
    parser.EntityDeclHandler = forbidden
    parser.ExternalEntityRefHandler = forbidden
    while chunk := part.read(65_536):
        parser.Parse(chunk, False)
    parser.Parse(b"", True)
    return stats


def check_archive(
    archive: zipfile.ZipFile, name: str, limits: ImportLimits
) -> dict[str, PartStats]:
    """Sizes and ratios from the zip directory, then every XML part through expat;
    returns what was counted in each part (by its path in the archive)."""
    import xml.parsers.expat

    members = archive.infolist()
    total = sum(info.file_size for info in members)
    if total > limits.xlsx_unpacked_bytes:
        raise limit_error(
            XLSX_TOO_BIG_UNPACKED, name=name, limit=megabytes(limits.xlsx_unpacked_bytes)
        )
    for info in members:
        if info.file_size > RATIO_GRACE_BYTES:
            ratio = info.file_size // max(info.compress_size, 1)
            if ratio > limits.xlsx_ratio:
                raise limit_error(
                    XLSX_RATIO, name=name, part=info.filename, ratio=ratio,
                    limit=limits.xlsx_ratio,
                )  # fmt: skip
    stats: dict[str, PartStats] = {}
    for info in members:
        if not _XML_PART.search(info.filename):
            continue
        try:
            with archive.open(info) as part:
                stats[info.filename] = _scan_xml(part, limits.xml_depth)
        except _TooDeepError:
            raise limit_error(
                XML_TOO_DEEP, name=name, part=info.filename, limit=limits.xml_depth
            ) from None
        except _ForbiddenError:
            raise file_error(DAMAGED_PART, name=name, part=info.filename, reason="DTD") from None
        except xml.parsers.expat.ExpatError as exc:
            reason = f"{xml.parsers.expat.errors.messages[exc.code]}, line {exc.lineno}"
            raise file_error(DAMAGED_PART, name=name, part=info.filename, reason=reason) from None
    return stats


# -- Strict Open XML ------------------------------------------------------------------------

# ECMA-376 Part 1 (Strict) namespaces and the Transitional ones openpyxl knows.
_STRICT = {
    b"http://purl.oclc.org/ooxml/spreadsheetml/main": (
        b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    ),
    b"http://purl.oclc.org/ooxml/officeDocument/relationships": (
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    ),
    b"http://purl.oclc.org/ooxml/drawingml/main": (
        b"http://schemas.openxmlformats.org/drawingml/2006/main"
    ),
    b"http://purl.oclc.org/ooxml/drawingml/chart": (
        b"http://schemas.openxmlformats.org/drawingml/2006/chart"
    ),
    b"http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing": (
        b"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
    ),
    b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties": (
        b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    ),
    b"http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes": (
        b"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
    ),
    b"http://purl.oclc.org/ooxml/officeDocument/sharedTypes": (
        b"http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes"
    ),
}
_STRICT_PREFIX = b"http://purl.oclc.org/ooxml/"
_STRICT_URI = re.compile(b"|".join(re.escape(k) for k in sorted(_STRICT, key=len, reverse=True)))


def is_strict(archive: zipfile.ZipFile) -> bool:
    try:
        return _STRICT_PREFIX in archive.read("_rels/.rels")
    except KeyError:
        return False


def _copy_replacing(source: BinaryIO, target: BinaryIO) -> None:
    """Copy with the Strict namespaces replaced, chunk by chunk (a URI may straddle two)."""
    keep = max(len(k) for k in _STRICT)
    pending = b""
    while chunk := source.read(1 << 20):
        buffer = _STRICT_URI.sub(lambda m: _STRICT[m.group()], pending + chunk)
        # Hold back a tail that may be the start of a URI cut by the chunk boundary.
        cut = max(len(buffer) - keep, 0)
        target.write(buffer[:cut])
        pending = buffer[cut:]
    target.write(_STRICT_URI.sub(lambda m: _STRICT[m.group()], pending))


def transitional_copy(archive: zipfile.ZipFile) -> BinaryIO:
    """A temporary copy of a Strict workbook with Transitional namespaces."""
    copy = tempfile.TemporaryFile()  # noqa: SIM115 (returned open; the caller closes it)
    with zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as target:
        for info in archive.infolist():
            with archive.open(info) as source, target.open(info.filename, "w") as out:
                if _XML_PART.search(info.filename):
                    _copy_replacing(source, out)
                else:
                    while chunk := source.read(1 << 20):
                        out.write(chunk)
    copy.seek(0)
    return copy


# -- cells and rows -------------------------------------------------------------------------


def _number_format(cell) -> str:
    """The cell's number format; "" when openpyxl cannot look it up (``s=""``)."""
    try:
        return cell.number_format or ""
    except (TypeError, IndexError, KeyError, AttributeError):
        return ""


def xlsx_cell(cell) -> Cell:
    value = getattr(cell, "value", None)
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        number = Decimal(str(value))
        if "%" in _number_format(cell):
            number = number.scaleb(2)  # 0.8 shown as 80 %
        return Decimal(int(number)) if number == number.to_integral_value() else number
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time() else value
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return unguard_formula(value)
    return str(value)  # times, errors (#N/A)


def _blank(cells: tuple[Cell, ...]) -> bool:
    return not any(c not in (None, "") and str(c).strip() for c in cells)


def _read_sheet(sheet, table: SourceTable, limits: ImportLimits) -> None:
    """Header and rows of ``sheet`` into ``table`` (empty if the sheet is blank)."""
    from openpyxl.utils import get_column_letter

    name = table.name
    cells_read = 0
    stray: list[str] = []
    sheet.reset_dimensions()  # some tools write a wrong size; read every row there is
    for number, row in enumerate(sheet.iter_rows(), 1):
        cells_read += len(row)
        if cells_read > limits.xlsx_cells:
            raise limit_error(XLSX_TOO_MANY_CELLS, name=name, limit=limits.xlsx_cells)
        cells = tuple(xlsx_cell(c) for c in row[: limits.columns + 1])
        if _blank(cells):
            continue
        if len(cells) > limits.columns and not _blank(cells[limits.columns :]):
            raise limit_error(
                TOO_MANY_COLUMNS, name=name, line=number, count=len(row), limit=limits.columns
            )
        if not table.headers:
            while cells and cells[-1] in (None, ""):
                cells = cells[:-1]
            table.headers = [cell_text(c).strip() for c in cells]
            continue
        width = len(table.headers)
        if len(cells) > width:
            extra = [i for i, c in enumerate(cells[width:], width) if c not in (None, "")]
            stray += [f"{get_column_letter(i + 1)}{number}" for i in extra]
            cells = cells[:width]
        if len(table.rows) == limits.rows:
            raise limit_error(TOO_MANY_ROWS, name=name, limit=limits.rows)
        table.rows.append(SourceRow(number, cells))
    if stray:
        shown = ", ".join(stray[:10]) + (f"… ({len(stray)})" if len(stray) > 10 else "")
        table.warnings.append(Message("Import", STRAY_CELLS, {"cells": shown}))


def _quiet_openpyxl() -> None:
    """openpyxl warns on the console about what it drops (data validation, extensions):
    nothing a user can act on, and the CLI's output must stay the import's."""
    warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl(\.|$)")


def read_xlsx(path: Path, sheet: str | None, limits: ImportLimits) -> SourceTable:
    """The chosen (else active, else first non-blank) worksheet of the workbook ``path``."""
    with path.open("rb") as stream:
        if stream.read(8) == CFB_SIGNATURE:
            stream.seek(0)
            _refuse_compound_file(path, stream)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise file_error(NOT_EXCEL, name=path.name) from exc
    copy = None
    try:
        with archive:
            try:
                stats = check_archive(archive, path.name, limits)
                check_counts(archive, path.name, stats, limits)
                if is_strict(archive):
                    copy = transitional_copy(archive)
            except ImportFileError:
                raise
            except Exception as exc:  # corrupt deflate data, encrypted zip entries, ...
                raise file_error(DAMAGED, name=path.name, reason=_reason(exc)) from exc
        return _read_workbook(copy or path, path.name, sheet, limits)
    finally:
        if copy is not None:
            copy.close()


def _sheet_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet part path -> sheet name, from the workbook and its relationships (both
    already checked by :func:`check_archive`); empty if they cannot be followed."""
    import posixpath
    import xml.etree.ElementTree as ET

    def relations(part: str) -> dict[str, str]:
        folder, base = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", base + ".rels")
        found = {}
        for element in ET.fromstring(archive.read(rels)):
            target = element.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            found[element.get("Id", "")] = posixpath.normpath(path)
        return found

    try:
        book = next((t for t in relations("").values() if t.endswith(".xml")), "xl/workbook.xml")
        targets = relations(book)
        names = {}
        for element in ET.fromstring(archive.read(book)).iter():
            if element.tag.rpartition("}")[2] == "sheet":
                rid = next((v for k, v in element.attrib.items() if k.endswith("}id")), "")
                if rid in targets:
                    names[targets[rid]] = element.get("name", "")
        return names
    except (KeyError, ET.ParseError, ValueError):
        return {}


def check_counts(
    archive: zipfile.ZipFile, name: str, stats: dict[str, PartStats], limits: ImportLimits
) -> None:
    """Refuse a sheet whose XML check already counted too many rows or cells: seconds,
    where openpyxl would parse it whole once on opening (when the sheet declares no
    size) and again to reach the same limit."""
    names = _sheet_names(archive)
    for part, counted in stats.items():
        if not part.startswith("xl/worksheets/"):
            continue
        sheet = f"{name} › {names.get(part, part)}"
        if counted.rows > limits.rows + 1:  # the header is a row with values too
            raise limit_error(TOO_MANY_ROWS, name=sheet, limit=limits.rows)
        if counted.cells > limits.xlsx_cells:
            raise limit_error(XLSX_TOO_MANY_CELLS, name=sheet, limit=limits.xlsx_cells)


def _read_workbook(source, name: str, sheet: str | None, limits: ImportLimits) -> SourceTable:
    import openpyxl

    _quiet_openpyxl()
    try:
        workbook = openpyxl.load_workbook(source, read_only=True, data_only=True)
    except ImportFileError:
        raise
    except Exception as exc:  # openpyxl raises anything on a damaged file
        raise file_error(DAMAGED, name=name, reason=_reason(exc)) from exc
    try:
        sheets = list(workbook.worksheets)
        names = [s.title for s in sheets]
        if not sheets:
            raise file_error(NO_SHEET, name=name)
        if sheet is not None:
            if sheet not in names:
                raise file_error(
                    UNKNOWN_SHEET, name=name, sheet=sheet, sheets=", ".join(map(repr, names))
                )
            order = [sheets[names.index(sheet)]]
        else:
            try:
                active = workbook.active
            except (IndexError, AttributeError):
                active = None
            first = active if active in sheets else sheets[0]
            order = [first, *(s for s in sheets if s is not first)]
        for candidate in order:
            table = SourceTable(name, "xlsx", [], sheet=candidate.title, sheets=names)
            try:
                _read_sheet(candidate, table, limits)
            except ImportFileError:
                raise
            except Exception as exc:  # a damaged sheet part: ParseError, KeyError, ...
                raise file_error(DAMAGED, name=name, reason=_reason(exc)) from exc
            if table.headers:
                if candidate is not order[0]:
                    table.warnings.insert(
                        0,
                        Message(
                            "Import", BLANK_SHEET, {"blank": order[0].title, "sheet": table.sheet}
                        ),
                    )
                return table
        return SourceTable(name, "xlsx", [], sheet=order[0].title, sheets=names)
    finally:
        workbook.close()


def _reason(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 200 else text[:200] + "…"
