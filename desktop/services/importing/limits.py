"""How much an import reads before it refuses a file, and the messages that say so.

A file chosen by a user may be anything: a 1 GB log renamed ``.csv``, a workbook that
unpacks to gigabytes, XML nested a million levels deep. Each reader checks these
limits *while* it streams the file, so that time and memory stay bounded whatever the
file holds, and each limit, once hit, gives a message that names it and says what to do.
The figures and the measurements behind them are in docs/DESIGN.md ("Imports").
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP

MB = 1024 * 1024


@dataclass(frozen=True)
class ImportLimits:
    """The limits of one import; the defaults fit 100,000 records with room to spare."""

    file_bytes: int = 100 * MB  # the file on disk (CSV, vCard, and the .xlsx itself)
    rows: int = 100_000  # records after the header (cards of a vCard file)
    columns: int = 500  # Outlook's CSV export has 92; Google's about 90
    line_bytes: int = 1 * MB  # one physical line of a CSV or vCard file
    xlsx_unpacked_bytes: int = 300 * MB  # every part of a workbook, unpacked
    xlsx_ratio: int = 100  # unpacked / packed size of a part (Apache POI's default)
    xlsx_cells: int = 5_000_000  # cells openpyxl builds, empty ones included
    xml_depth: int = 100  # nesting of any XML part (a worksheet needs 7)


DEFAULT_LIMITS = ImportLimits()

# A part smaller than this is not judged on its compression ratio: tiny repetitive
# parts (styles, relationships) compress well and are harmless.
RATIO_GRACE_BYTES = 1 * MB


class ImportFileError(DomainError):
    """The file cannot be read at all (missing, wrong format, damaged, over a limit)."""


class ImportLimitError(ImportFileError):
    """The file goes beyond one of the :class:`ImportLimits`."""


def file_error(template: str, **params: object) -> ImportFileError:
    return ImportFileError(Message("Import", template, params))


def limit_error(template: str, **params: object) -> ImportLimitError:
    return ImportLimitError(Message("Import", template, params))


def megabytes(size: int) -> int:
    """A size in whole megabytes, rounded up (a 100.2 MB file is not "100 MB")."""
    return -(-size // MB)


FILE_TOO_BIG = QT_TRANSLATE_NOOP(
    "Import",
    "{name} weighs {size} MB, more than the {limit} MB an import reads: split it into "
    "smaller files (by year, by region…) and import each one.",
)
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Import",
    "{name} has more than {limit} rows, the most an import reads: split it into files of "
    "at most {limit} rows.",
)
TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP(
    "Import",
    "{name}, line {line}: {count} columns, more than the {limit} an import reads. Is it a "
    "table of records?",
)
LINE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Import",
    "{name}, line {line}: a line longer than {limit} MB, the most an import reads: this is "
    "not a table of records.",
)
FIELD_TOO_LONG = QT_TRANSLATE_NOOP(
    "Import",
    '{name}, line {line}: a value longer than {limit} characters: a quote (") opened '
    "there is probably never closed.",
)
XLSX_TOO_BIG_UNPACKED = QT_TRANSLATE_NOOP(
    "Import",
    "{name} unpacks to more than {limit} MB, the most an import reads: copy the rows to "
    "import into a new workbook, or save the sheet as CSV.",
)
XLSX_RATIO = QT_TRANSLATE_NOOP(
    "Import",
    "{name}: the part {part} unpacks to {ratio} times its packed size (at most {limit} "
    "times is read): this is not what a spreadsheet writes, the file is not read.",
)
XLSX_TOO_MANY_CELLS = QT_TRANSLATE_NOOP(
    "Import",
    "{name}: the sheet holds more than {limit} cells (empty ones included), the most an "
    "import reads: copy the rows to import into a new workbook.",
)
XML_TOO_DEEP = QT_TRANSLATE_NOOP(
    "Import",
    "{name}: the part {part} nests more than {limit} levels deep: this is not what a "
    "spreadsheet writes, the file is not read.",
)
