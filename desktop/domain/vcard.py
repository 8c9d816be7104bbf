"""vCard (.vcf): the address books of phones, Outlook, Google, Apple, KDE and Nextcloud.

Reading works on *bytes*, line by line, because real files need it:

- RFC 6350 folds lines at 75 octets and allows a fold inside a multi-byte UTF-8
  character (Apple and Nextcloud do it): lines are unfolded as bytes, then decoded;
- vCard 2.1 (Android, Outlook 2003) writes ``ENCODING=QUOTED-PRINTABLE`` values with
  soft line breaks and raw 8-bit values in a ``CHARSET``: each line is decoded on its
  own (its charset, else UTF-8, else the caller's fallback), never the whole file;
- only the properties a contact uses are kept (a 5 MB PHOTO is skipped as it streams).

``vobject`` (the maintained library) parses each property line: name, group, quoted and
bare parameters. Values are unescaped here rather than by vobject's vCard 3.0 rules,
which keep only what comes before the first unescaped comma of a TITLE or NOTE: vCard
2.1 does not escape commas, and many 3.0 exporters do not either. Writing goes through
vobject (vCard 3.0, the version every address book reads, folded at 75 octets on
character boundaries).

Per card: the preferred e-mail and phone (``PREF=1``, ``TYPE=pref``, 2.1's bare
``PREF``) else the first; the first ORG and TITLE (else ROLE); an organisation card
(vCard 4 ``KIND:org``, Apple's ``X-ABShowAs:COMPANY``) is flagged, not turned into a
person.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

# The properties read; every other one (PHOTO, ADR, X-...) is skipped while streaming.
USED = frozenset(
    {"BEGIN", "END", "VERSION", "FN", "N", "EMAIL", "TEL", "ORG", "TITLE", "ROLE", "NOTE",
     "KIND", "X-ABSHOWAS"}
)  # fmt: skip
_NAME = re.compile(rb"^\s*(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9_-]+)")
_CHARSET = re.compile(rb";\s*CHARSET=\"?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_ESCAPED = re.compile(r"\\(.)", re.DOTALL)


@dataclass
class VCard:
    """One card, reduced to what a contact needs. ``line`` is where BEGIN:VCARD stands."""

    line: int = 0
    full_name: str = ""
    first_name: str = ""
    last_name: str = ""
    emails: list[str] = field(default_factory=list)  # preferred first
    phones: list[str] = field(default_factory=list)  # preferred first
    organisation: str = ""
    title: str = ""
    note: str = ""
    is_organisation: bool = False  # a company's card, not a person's


def property_name(line: bytes) -> str:
    match = _NAME.match(line)
    return match.group(1).decode("ascii").upper().replace("_", "-") if match else ""


def _head(line: bytes) -> bytes:
    """The part before the value (name and parameters), outside quotes."""
    quoted = False
    for index, byte in enumerate(line):
        if byte == 0x22:  # "
            quoted = not quoted
        elif byte == 0x3A and not quoted:  # :
            return line[:index]
    return line


def _quoted_printable(line: bytes) -> bool:
    return b"QUOTED-PRINTABLE" in _head(line).upper()


def logical_lines(
    physical: Iterable[bytes], max_bytes: int, too_long: Callable[[int], Exception]
) -> Iterator[tuple[int, bytes]]:
    """(number of the first physical line, unfolded bytes) of the properties in :data:`USED`.

    ``physical`` yields lines with or without their line ends. A kept logical line longer
    than ``max_bytes`` raises ``too_long(line number)``; skipped ones are not kept at all.
    """
    start, current, keep = 0, bytearray(), False
    qp_open = False  # the kept line is quoted-printable and ends with a soft break
    for number, raw in enumerate(physical, 1):
        line = raw.rstrip(b"\r\n")
        if qp_open:  # "=" at the end of a quoted-printable line: the value goes on
            current[-1:] = line
            qp_open = current.endswith(b"=")
        elif line[:1] in (b" ", b"\t") and (keep or current):
            if keep:
                current += line[1:]
        else:
            if keep and current:
                yield start, bytes(current)
            start, current = number, bytearray(line)
            keep = bool(line.strip()) and property_name(line) in USED
            if not keep:
                current.clear()
            qp_open = keep and current.endswith(b"=") and _quoted_printable(current)
        if keep and len(current) > max_bytes:
            raise too_long(start)
    if keep and current:
        yield start, bytes(current)


def decode_line(line: bytes, fallback: Callable[[bytes], str]) -> str:
    """A logical line as text: quoted-printable undone, then its CHARSET, UTF-8, or
    ``fallback`` (which may record that it was needed)."""
    charsets = []
    declared = _CHARSET.search(_head(line))
    if declared:
        charsets.append(declared.group(1).decode("ascii"))
    if _quoted_printable(line):
        head = _head(line)
        value = quopri.decodestring(line[len(head) + 1 :])
        params = [
            p for p in head.split(b";")[1:]
            if p.strip().upper() not in (b"QUOTED-PRINTABLE", b"ENCODING=QUOTED-PRINTABLE")
            and not p.strip().upper().startswith(b"CHARSET=")
        ]  # fmt: skip
        head = b";".join([head.split(b";")[0], *params])
        text = _decode(value, charsets, fallback)
        # The value's line breaks become vCard escapes: the line stays one line.
        text = text.replace("\r\n", "\n").replace("\n", "\\n")
        return head.decode("ascii", "replace") + ":" + text
    return _decode(line, charsets, fallback)


def _decode(data: bytes, charsets: list[str], fallback: Callable[[bytes], str]) -> str:
    if data.isascii():
        return data.decode("ascii")
    for charset in (*charsets, "utf-8"):
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    return fallback(data)


def cards(lines: Iterable[tuple[int, str]]) -> Iterator[tuple[int, list[str]]]:
    """(line of BEGIN, property lines) of each card; lines outside a card are ignored."""
    start, inside = 0, None
    for number, line in lines:
        name = line.split(":", 1)[0].split(";", 1)[0].strip().upper()
        value = line.split(":", 1)[1].strip().upper() if ":" in line else ""
        if name == "BEGIN" and value == "VCARD":
            start, inside = number, []
        elif inside is not None and name == "END":
            yield start, inside
            inside = None
        elif inside is not None:
            inside.append(line)


def unescape(value: str) -> str:
    return _ESCAPED.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def components(value: str) -> list[str]:
    """The parts of a structured value (N, ORG), split on unescaped semicolons."""
    return [unescape(p).strip() for p in re.split(r"(?<!\\);", value)]


def _preference(line) -> int:
    """1 for the preferred value (``PREF=1``, ``TYPE=pref``, bare ``PREF``), more for others."""
    pref = line.params.get("PREF", [])
    if pref:
        try:
            return int(pref[0])
        except ValueError:
            return 1
    types = {t.strip().lower() for value in line.params.get("TYPE", []) for t in value.split(",")}
    if "pref" in types or "PREF" in {s.upper() for s in line.singletonparams}:
        return 1
    return 101  # RFC 6350: PREF runs from 1 to 100; unmarked comes after


def card_from_lines(number: int, lines: list[str]) -> VCard:
    """A card from its property lines (decoded text, one per property)."""
    from vobject.base import VObjectError, textLineToContentLine

    card = VCard(line=number)
    emails, phones = [], []
    for text in lines:
        try:
            line = textLineToContentLine(text, number)
        except (VObjectError, ValueError, LookupError, UnicodeError):
            continue  # a property line vobject cannot parse: the rest of the card stays
        value = line.value if isinstance(line.value, str) else ""
        name = line.name
        if name == "FN" and not card.full_name:
            card.full_name = unescape(value).strip()
        elif name == "N" and not (card.first_name or card.last_name):
            parts = [*components(value), "", ""]
            card.last_name, card.first_name = parts[0], parts[1]
        elif name == "EMAIL":
            email = unescape(value).strip().removeprefix("mailto:")
            if email:
                emails.append((_preference(line), len(emails), email))
        elif name == "TEL":
            phone = unescape(value).strip().removeprefix("tel:")
            if phone:
                phones.append((_preference(line), len(phones), phone))
        elif name == "ORG" and not card.organisation:
            card.organisation = components(value)[0]
        elif (name == "TITLE" and not card.title) or (name == "ROLE" and not card.title):
            card.title = unescape(value).strip()
        elif name == "NOTE" and not card.note:
            card.note = unescape(value).strip()
        elif name in ("KIND", "X-ABSHOWAS"):
            card.is_organisation = value.strip().lower() in ("org", "organization", "company")
    card.emails = [e for _, _, e in sorted(emails)]
    card.phones = [p for _, _, p in sorted(phones)]
    if card.is_organisation:
        card.organisation = card.organisation or card.full_name
        card.first_name = card.last_name = card.full_name = ""
    elif not card.first_name and not card.last_name and card.full_name:
        card.first_name, card.last_name = split_full_name(card.full_name)
    return card


def parse_vcards(text: str) -> list[VCard]:
    """Every card of ``text`` (already decoded): for tests and round trips."""
    data = [line.encode("utf-8") for line in text.splitlines()]
    lines = (
        (n, line.decode("utf-8"))
        for n, line in logical_lines(data, 1 << 30, lambda n: ValueError(n))
    )
    return [card_from_lines(n, body) for n, body in cards(lines)]


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


def format_vcard(card: VCard) -> str:
    """The card as vCard 3.0 text (CRLF line ends, folded at 75 octets), by vobject."""
    import vobject

    full = card.full_name or " ".join(p for p in (card.first_name, card.last_name) if p)
    component = vobject.vCard()
    component.add("n").value = vobject.vcard.Name(family=card.last_name, given=card.first_name)
    component.add("fn").value = full
    if card.organisation:
        component.add("org").value = [card.organisation]
    if card.title:
        component.add("title").value = card.title
    for email in card.emails:
        line = component.add("email")
        line.value, line.type_param = email, "INTERNET"
    for phone in card.phones:
        line = component.add("tel")
        line.value, line.type_param = phone, "VOICE"
    if card.note:
        component.add("note").value = card.note
    return component.serialize()
