"""Reading a vCard file into a table: one row per card, under :data:`VCARD_HEADERS`.

The file streams through :mod:`text_lines` (size and line limits, BOMs, UTF-16 with or
without a BOM) and :func:`desktop.domain.vcard.logical_lines` (unfolding as bytes, so a
fold inside a UTF-8 character is mended), then each property line is decoded on its own:
a line that is neither its declared charset nor UTF-8 is read as Windows-1252 (or Mac
Roman) and named in a warning, instead of the whole file being read as Latin-1.
"""

from __future__ import annotations

from typing import BinaryIO

from desktop.domain import vcard
from desktop.domain.errors import Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services.importing.limits import (
    LINE_TOO_LONG,
    TOO_MANY_ROWS,
    ImportLimits,
    file_error,
    limit_error,
    megabytes,
)
from desktop.services.importing.readers import SourceRow, SourceTable, encoding_warnings
from desktop.services.importing.text_lines import Decoding, _fallback, physical_lines

# The headers of the table a vCard file gives; header recognition maps them to fields.
VCARD_HEADERS = ("First name", "Last name", "Full name", "E-mail", "Phone", "Company", "Title")
VCARD_NOTES = "Notes"

NO_CARD = QT_TRANSLATE_NOOP(
    "Import", "{name} holds no vCard (no line BEGIN:VCARD): is it an address book?"
)
ORGANISATION_CARD = QT_TRANSLATE_NOOP(
    "Import",
    "the card of a company ({name}), not of a person: import the file as companies to add it",
)


def read_vcard(stream: BinaryIO, name: str, limits: ImportLimits) -> SourceTable:
    """Cards as rows: names, preferred e-mail and phone, company, title, notes."""
    decoding = Decoding()

    def too_long(line: int):
        return limit_error(LINE_TOO_LONG, name=name, line=line, limit=megabytes(limits.line_bytes))

    def decoded():
        for number, raw in vcard.logical_lines(
            physical_lines(stream, decoding, limits, name), limits.line_bytes, too_long
        ):
            if decoding.utf16:
                yield number, raw.decode("utf-8", errors="replace")
                continue
            used: list[str] = []

            def fallback(data: bytes, used=used) -> str:
                text, encoding = _fallback(data)
                used.append(encoding)
                return text

            text = vcard.decode_line(raw, fallback)
            if used:
                decoding.fallback.setdefault(used[0], []).append(number)
            elif not raw.isascii():
                decoding.utf8_lines += 1
            yield number, text

    table = SourceTable(name, "vcf", [*VCARD_HEADERS, VCARD_NOTES])
    for number, lines in vcard.cards(decoded()):
        if len(table.rows) == limits.rows:
            raise limit_error(TOO_MANY_ROWS, name=name, limit=limits.rows)
        card = vcard.card_from_lines(number, lines)
        problem = None
        if card.is_organisation:
            problem = Message("Import", ORGANISATION_CARD, {"name": card.organisation})
        table.rows.append(
            SourceRow(
                card.line,
                (
                    card.first_name,
                    card.last_name,
                    card.full_name,
                    card.emails[0] if card.emails else "",
                    card.phones[0] if card.phones else "",
                    card.organisation,
                    card.title,
                    card.note,
                ),
                problem,
            )
        )
    table.encoding = decoding.encoding
    # A vCard is UTF-8 by definition (RFC 6350): any line read otherwise is worth a look.
    if decoding.fallback and not decoding.mixed_lines:
        decoding.utf8_lines = decoding.utf8_lines or 1
    table.warnings += encoding_warnings(decoding)
    if not table.rows:
        raise file_error(NO_CARD, name=name)
    return table


def read_vcard_bytes(data: bytes, name: str = "", limits: ImportLimits | None = None):
    """:func:`read_vcard` of bytes in memory (tests)."""
    import io

    from desktop.services.importing.limits import DEFAULT_LIMITS

    return read_vcard(io.BytesIO(data), name, limits or DEFAULT_LIMITS)
