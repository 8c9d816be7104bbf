"""vCard (.vcf) reading and writing: the address books of phones, Outlook, Google and Apple.

Reads vCard 2.1, 3.0 and 4.0: folded lines (a line starting with a space or a tab
continues the previous one), escaped text (``\\,`` ``\\;`` ``\\n``), groups
(``item1.EMAIL``), and what old Outlook exports still write: ``CHARSET=`` and
``ENCODING=QUOTED-PRINTABLE`` values with soft line breaks (a line ending in ``=``).
Only the fields a contact record uses are kept: FN, N, EMAIL, TEL, ORG, TITLE (else
ROLE) and NOTE. Writes vCard 4.0 (RFC 6350): CRLF, lines folded at 75 octets.
"""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass, field

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_ESCAPED = re.compile(r"\\(.)", re.DOTALL)


@dataclass
class VCard:
    """One card, reduced to what a contact needs. ``line`` is where BEGIN:VCARD stands."""

    line: int = 0
    full_name: str = ""
    first_name: str = ""
    last_name: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    organisation: str = ""
    title: str = ""
    note: str = ""


def _split_outside_quotes(text: str, separator: str) -> list[str]:
    parts, current, quoted = [], [], False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == separator and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _is_quoted_printable(head: str) -> bool:
    return "QUOTED-PRINTABLE" in head.upper()


def logical_lines(text: str) -> list[tuple[int, str]]:
    """Unfolded lines with the number of the physical line each one starts on."""
    result: list[tuple[int, str]] = []
    for number, raw in enumerate(_LINE_BREAK.split(text), 1):
        if result and raw[:1] in (" ", "\t"):
            result[-1] = (result[-1][0], result[-1][1] + raw[1:])
            continue
        if result:
            start, previous = result[-1]
            head = _split_outside_quotes(previous, ":")[0]
            if previous.endswith("=") and _is_quoted_printable(head):  # QP soft line break
                result[-1] = (start, previous[:-1] + raw)
                continue
        if raw.strip():
            result.append((number, raw))
    return result


def _unescape(value: str) -> str:
    return _ESCAPED.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _components(value: str) -> list[str]:
    """The parts of a structured value (N, ORG), split on unescaped semicolons."""
    parts = re.split(r"(?<!\\);", value)
    return [_unescape(p).strip() for p in parts]


def _decode(value: str, params: dict[str, str], bare: set[str]) -> str:
    encoding = params.get("ENCODING", "").upper()
    if encoding == "QUOTED-PRINTABLE" or "QUOTED-PRINTABLE" in bare:
        raw = quopri.decodestring(value.encode("utf-8"))
        charset = params.get("CHARSET", "")
        for candidate in (charset, "utf-8", "cp1252"):
            if not candidate:
                continue
            try:
                return raw.decode(candidate)
            except (LookupError, UnicodeDecodeError):
                continue
        return raw.decode("latin-1")
    return value


def _parse_property(line: str) -> tuple[str, dict[str, str], set[str], str] | None:
    pieces = _split_outside_quotes(line, ":")
    if len(pieces) < 2:
        return None
    head, value = pieces[0], ":".join(pieces[1:])
    name, *raw_params = _split_outside_quotes(head, ";")
    params: dict[str, str] = {}
    bare: set[str] = set()
    for param in raw_params:
        key, equals, param_value = param.partition("=")
        if equals:
            params[key.strip().upper()] = param_value.strip().strip('"')
        else:
            bare.add(key.strip().upper())  # vCard 2.1: TEL;WORK;QUOTED-PRINTABLE:...
    return name.rsplit(".", 1)[-1].strip().upper(), params, bare, value


def parse_vcards(text: str) -> list[VCard]:
    """Every card of ``text``; lines outside BEGIN/END and unknown properties are ignored."""
    cards: list[VCard] = []
    card: VCard | None = None
    for number, line in logical_lines(text):
        parsed = _parse_property(line)
        if parsed is None:
            continue
        name, params, bare, value = parsed
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            card = VCard(line=number)
            continue
        if card is None:
            continue
        if name == "END":
            if not card.first_name and not card.last_name and card.full_name:
                card.first_name, card.last_name = split_full_name(card.full_name)
            cards.append(card)
            card = None
            continue
        value = _decode(value, params, bare)
        if name == "FN":
            card.full_name = _unescape(value).strip()
        elif name == "N":
            parts = [*_components(value), "", ""]
            card.last_name, card.first_name = parts[0], parts[1]
        elif name == "EMAIL":
            email = _unescape(value).strip().removeprefix("mailto:")
            if email:
                card.emails.append(email)
        elif name == "TEL":
            phone = _unescape(value).strip().removeprefix("tel:")
            if phone:
                card.phones.append(phone)
        elif name == "ORG":
            card.organisation = _components(value)[0]
        elif name == "TITLE" or (name == "ROLE" and not card.title):
            card.title = _unescape(value).strip()
        elif name == "NOTE":
            card.note = _unescape(value).strip()
    return cards


def split_full_name(full_name: str) -> tuple[str, str]:
    """(first, last) of a name written in one piece.

    "DUPONT Jean" (last name in capitals first, the French administrative order) and
    "Jean Dupont"; "Jean-Pierre de La Tour" keeps "de La Tour" as the last name.
    """
    words = full_name.split()
    if not words:
        return "", ""
    if len(words) == 1:
        return "", words[0]
    upper = [w for w in words if w.isupper() and len(w) > 1]
    if upper and words[0] in upper and len(upper) < len(words):
        last = [w for w in words if w in upper]
        first = [w for w in words if w not in upper]
        return " ".join(first), " ".join(last)
    return words[0], " ".join(words[1:])


def _escape(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Lines of at most 75 octets, continued with CRLF + space, never inside a character."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    pieces, current, size = [], [], 0
    for char in line:
        length = len(char.encode("utf-8"))
        if size + length > (75 if not pieces else 74):
            pieces.append("".join(current))
            current, size = [], 0
        current.append(char)
        size += length
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def format_vcard(card: VCard) -> str:
    """The card as vCard 4.0 text (CRLF line ends)."""
    full = card.full_name or " ".join(p for p in (card.first_name, card.last_name) if p)
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        f"FN:{_escape(full)}",
        f"N:{_escape(card.last_name)};{_escape(card.first_name)};;;",
    ]
    if card.organisation:
        lines.append(f"ORG:{_escape(card.organisation)}")
    if card.title:
        lines.append(f"TITLE:{_escape(card.title)}")
    lines += [f"EMAIL;TYPE=work:{_escape(e)}" for e in card.emails]
    lines += [f"TEL;TYPE=voice:{_escape(p)}" for p in card.phones]
    if card.note:
        lines.append(f"NOTE:{_escape(card.note)}")
    lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)
