"""A text file as a stream of bounded, decoded lines: the base of the CSV and vCard readers.

- **Streaming**: the file is read in 64 KB chunks and cut into physical lines (``\\r\\n``,
  ``\\n`` or the bare ``\\r`` of Excel for Mac 2011); a line longer than the limit stops
  the import at once, so a 1 GB line costs 1 MB of memory, not 7 GB.
- **Encodings**: a BOM says UTF-8 or UTF-16; UTF-16 without a BOM (some address books)
  is recognised by its zero bytes. Otherwise each line is decoded on its own: strict
  UTF-8 first, else Windows-1252 (French Excel's "CSV (séparateur : point-virgule)") or
  Mac Roman (Excel for Mac), whichever gives French letters. A file whose every accented
  line is Windows-1252 is a Windows-1252 file; a file that mixes both (two exports pasted
  together) is read line by line and the lines that were not UTF-8 are named in a warning,
  instead of the whole file being read as Windows-1252 ("Hélène" stored as "HÃ©lÃ¨ne").
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from desktop.services.importing.limits import LINE_TOO_LONG, ImportLimits, limit_error, megabytes

CHUNK = 64 * 1024
_LINE_END = re.compile(rb"\r\n|\r|\n")
_FRENCH_LETTERS = frozenset("éèêëàâäçîïôöùûüœÉÈÊÀÂÇÎÔÛŒæÆ«»€’")
# Bytes that Windows-1252 leaves undefined: present, the text is not Windows-1252.
_NOT_CP1252 = frozenset(b"\x81\x8d\x8f\x90\x9d")


@dataclass
class Decoding:
    """What the decoder found, filled in while lines are read."""

    bom: str = ""  # "UTF-8" or "UTF-16" when the file starts with a byte order mark
    utf16: bool = False
    utf8_lines: int = 0  # lines with accents that were valid UTF-8
    fallback: dict[str, list[int]] = field(default_factory=dict)  # encoding -> line numbers

    @property
    def encoding(self) -> str:
        """The encoding to show: the one most lines used."""
        if self.utf16:
            return "UTF-16"
        if self.utf8_lines or self.bom or not self.fallback:
            return "UTF-8"
        return max(self.fallback, key=lambda name: len(self.fallback[name]))

    @property
    def mixed_lines(self) -> list[int]:
        """Lines read in another encoding than the rest of the file (UTF-8): to check."""
        if self.utf16 or not (self.utf8_lines or self.bom):
            return []
        return sorted(n for lines in self.fallback.values() for n in lines)


def _utf16_without_bom(sample: bytes) -> str:
    """ "utf-16-le" or "utf-16-be" when every other byte is zero (ASCII text in UTF-16)."""
    pairs = len(sample) // 2
    if pairs < 4:
        return ""
    even = sum(1 for i in range(0, pairs * 2, 2) if sample[i] == 0)
    odd = sum(1 for i in range(1, pairs * 2, 2) if sample[i] == 0)
    if odd > pairs * 0.6 and even < pairs * 0.1:
        return "utf-16-le"
    if even > pairs * 0.6 and odd < pairs * 0.1:
        return "utf-16-be"
    return ""


def _chunks(stream: BinaryIO, decoding: Decoding) -> Iterator[bytes]:
    """The file's bytes without BOM; UTF-16 re-encoded as UTF-8 on the way."""
    first = stream.read(CHUNK)
    codec = ""
    if first.startswith(b"\xef\xbb\xbf"):
        decoding.bom, first = "UTF-8", first[3:]
    elif first.startswith((b"\xff\xfe", b"\xfe\xff")):
        decoding.bom = "UTF-16"
        codec = "utf-16-le" if first.startswith(b"\xff\xfe") else "utf-16-be"
        first = first[2:]
    else:
        codec = _utf16_without_bom(first[:4096])
    if not codec:
        chunk = first
        while chunk:
            yield chunk
            chunk = stream.read(CHUNK)
        return
    decoding.utf16 = True
    decoder = codecs.getincrementaldecoder(codec)(errors="replace")
    chunk = first
    while chunk:
        yield decoder.decode(chunk).encode("utf-8")
        chunk = stream.read(CHUNK)
    yield decoder.decode(b"", final=True).encode("utf-8")


def physical_lines(
    stream: BinaryIO, decoding: Decoding, limits: ImportLimits, name: str
) -> Iterator[bytes]:
    """Each line of ``stream`` with its line end; raises when one exceeds the limit."""
    pending = b""
    number = 1
    for chunk in _chunks(stream, decoding):
        buffer = pending + chunk
        start = 0
        for match in _LINE_END.finditer(buffer):
            if match.group() == b"\r" and match.end() == len(buffer):
                break  # maybe the first half of "\r\n": wait for the next chunk
            line = buffer[start : match.end()]
            if len(line) > limits.line_bytes:
                raise _too_long(name, number, limits)
            yield line
            number += 1
            start = match.end()
        pending = buffer[start:]
        if len(pending) > limits.line_bytes:
            raise _too_long(name, number, limits)
    if pending:
        yield pending


def _too_long(name: str, line: int, limits: ImportLimits):
    return limit_error(LINE_TOO_LONG, name=name, line=line, limit=megabytes(limits.line_bytes))


def _fallback(raw: bytes) -> tuple[str, str]:
    """(text, encoding) of a line that is not UTF-8: Windows-1252 or Mac Roman."""
    candidates = []
    if not _NOT_CP1252.intersection(raw):
        candidates.append(("Windows-1252", raw.decode("cp1252", errors="replace")))
    candidates.append(("Mac Roman", raw.decode("mac_roman")))
    # The one that gives French letters; Windows-1252 when both do as well (by far the
    # most common: every Excel for Windows "CSV" file).
    best = max(candidates, key=lambda c: sum(1 for ch in c[1] if ch in _FRENCH_LETTERS))
    return best[1], best[0]


JUDGED_LINES = 20  # fallback lines judged one by one before the file's choice is made


def decode_line(raw: bytes, number: int, decoding: Decoding) -> str:
    """One line as text (see the module docstring); ``decoding`` records what was used."""
    if decoding.utf16 or raw.isascii():
        return raw.decode("utf-8", errors="replace")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        fallback = decoding.fallback
        if len(fallback) == 1 and len(next(iter(fallback.values()))) >= JUDGED_LINES:
            # The file's other encoding is known by now: no need to judge every line.
            encoding = next(iter(fallback))
            codec = "cp1252" if encoding == "Windows-1252" else "mac_roman"
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError:
                text, encoding = _fallback(raw)
        else:
            text, encoding = _fallback(raw)
        fallback.setdefault(encoding, []).append(number)
        return text
    decoding.utf8_lines += 1
    return text


def decoded_lines(
    stream: BinaryIO, decoding: Decoding, limits: ImportLimits, name: str
) -> Iterator[str]:
    """The lines of ``stream`` as text, line ends kept (what :mod:`csv` expects)."""
    for number, raw in enumerate(physical_lines(stream, decoding, limits, name), 1):
        yield decode_line(raw, number, decoding).replace("\x00", "")


def line_list(lines: list[int], shown: int = 10) -> str:
    """ "4, 9, 12" or "4, 9, 12… (35 in all)": lines named in a warning."""
    text = ", ".join(str(n) for n in lines[:shown])
    return text if len(lines) <= shown else f"{text}… ({len(lines)})"
