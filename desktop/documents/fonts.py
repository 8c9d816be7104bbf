"""The embedded font family: DejaVu Sans, shipped in resources/fonts with its licence.

Registered once per process (registration parses the TTF files: about 60 ms).
DejaVu has every glyph French amounts need: accents, the euro sign, the no-break
space and the narrow no-break space babel puts in ``1 234,50 €``. Bitstream
Vera, which reportlab ships, lacks the narrow no-break space.

Each document embeds a subset of the fonts: the glyphs it uses. Building a subset and
compressing it was a fifth of an invoice's CPU; the invoices of a batch mostly use the
same glyphs, so the compressed subset, its /Widths array and its /ToUnicode map are kept
per process and reused when a document needs exactly the same one (same glyphs, same
codes: the same bytes).
"""

from __future__ import annotations

import threading
import zlib
from functools import cache

from desktop.resource_files import resource

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
_FILES = {FAMILY: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
_lock = threading.Lock()
_registered = False
# (font file, the subset's code points in code order) -> (its flate stream, raw length)
_SUBSETS: dict[tuple[str, tuple[int, ...]], tuple[bytes, int]] = {}
_SUBSETS_MAX = 128  # per process: ~20 KB each


def _compressed_subset(face, subset: list[int]) -> tuple[bytes, int]:
    """The subset's font file, flate-compressed, and its uncompressed length; built once
    per process for a given subset (a subset is a pure function of its code points)."""
    key = (face.filename, tuple(subset))
    found = _SUBSETS.get(key)
    if found is None:
        raw = face.makeSubset(subset)
        found = (zlib.compress(raw), len(raw))
        if len(_SUBSETS) < _SUBSETS_MAX:
            _SUBSETS[key] = found
    return found


# (font file, subset name, code points) -> (its /Widths formatted, its /ToUnicode map)
_PARTS: dict[tuple[str, str, tuple[int, ...], bool], tuple[bytes, bytes]] = {}


def _subset_parts(font, name: str, subset: list[int], compress: bool) -> tuple[bytes, bytes]:
    """A subset's /Widths array as PDF text and its /ToUnicode CMap (compressed when the
    document compresses), made once per process."""
    key = (font.face.filename, name, tuple(subset), compress)
    found = _PARTS.get(key)
    if found is None:
        from reportlab.pdfbase import pdfdoc
        from reportlab.pdfbase.ttfonts import makeToUnicodeCMap

        widths = pdfdoc.PDFArray(list(map(font.face.getCharWidth, subset))).format(None)
        cmap = makeToUnicodeCMap(name, subset).encode("utf-8")
        found = (widths, zlib.compress(cmap) if compress else cmap)
        if len(_PARTS) < _SUBSETS_MAX:
            _PARTS[key] = found
    return found


# Characters given their codes first, in this order, in every document (prime_subsets).
_PRIMED = "0123456789"


def prime_subsets(canvas) -> None:
    """Give the digits their codes in the regular and bold subsets first, in one order.

    A subset's codes follow the order in which the document first uses each character:
    amounts and dates put the digits in another order on nearly every invoice, so no two
    invoices shared a subset and the kept subsets were never reused (128 different ones
    in 200 invoices of a batch). Every invoice uses most digits (dates, amounts, SIREN,
    IBAN), so the few it may not use cost little.
    """
    from reportlab.pdfbase import pdfmetrics

    for name in (FAMILY, BOLD):
        pdfmetrics.getFont(name).splitString(_PRIMED, canvas._doc)


@cache
def _subset_caching_font() -> type:
    """reportlab's TrueType font, each subset's dictionaries from :data:`_PARTS`."""
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

    class Formatted(pdfdoc.PDFObject):
        def __init__(self, data: bytes) -> None:
            self.data = data

        def format(self, document) -> bytes:
            return self.data

    class SubsetCachingFont(TTFont):
        def addObjects(self, doc) -> None:
            """As ``TTFont.addObjects`` (reportlab 4.5): a Font dictionary per subset."""
            state = self._assignState(doc)
            state.frozen = 1
            for n, subset in enumerate(state.subsets):
                internal = self.getSubsetInternalName(n, doc)[1:]
                name = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
                name = name.decode("pdfdoc")
                widths, cmap = _subset_parts(self, name, subset, bool(doc.compression))
                font = pdfdoc.PDFTrueTypeFont()
                font.__Comment__ = f"Font {self.fontName} subset {n}"
                font.Name, font.BaseFont = internal, name
                font.FirstChar, font.LastChar = 0, len(subset) - 1
                font.Widths = Formatted(widths)
                stream = pdfdoc.PDFStream(content=cmap)
                if doc.compression:
                    stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
                font.ToUnicode = doc.Reference(stream, "toUnicodeCMap:" + name)
                font.FontDescriptor = self.face.addSubsetObjects(doc, name, subset)
                doc.Reference(font, internal)
                doc.idToObject["BasicFonts"].dict[internal] = font
            del self.state[doc]

    return SubsetCachingFont


@cache
def _subset_caching_face() -> type:
    """reportlab's TrueType face, its embedded subsets taken from :data:`_SUBSETS`."""
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, TTFontFace

    class SubsetCachingFace(TTFontFace):
        def addSubsetObjects(self, doc, fontname, subset):
            """As ``TTFontFace.addSubsetObjects`` (reportlab 4.5), the font file from the
            cache: a stream whose /Filter is set is written as it is."""
            font_file = pdfdoc.PDFStream()
            if doc.compression:
                font_file.content, length = _compressed_subset(self, subset)
                font_file.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
            else:
                font_file.content = self.makeSubset(subset)
                length = len(font_file.content)
            font_file.dictionary["Length1"] = length
            reference = doc.Reference(font_file, f"fontFile:{self.filename}({fontname})")
            descriptor = pdfdoc.PDFDictionary(
                {
                    "Type": "/FontDescriptor",
                    "Ascent": self.ascent,
                    "CapHeight": self.capHeight,
                    "Descent": self.descent,
                    "Flags": (self.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
                    "FontBBox": pdfdoc.PDFArray(self.bbox),
                    "FontName": pdfdoc.PDFName(fontname),
                    "ItalicAngle": self.italicAngle,
                    "StemV": self.stemV,
                    "FontFile2": reference,
                    "MissingWidth": self.defaultWidth,
                }
            )
            return doc.Reference(descriptor, "fontDescriptor:" + fontname)

    return SubsetCachingFace


def register_fonts() -> str:
    """Register the family with reportlab (idempotent, thread-safe); returns its name."""
    global _registered
    with _lock:
        if _registered:
            return FAMILY
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        # asciiReadable off: a subset holds the glyphs the document uses, not all of
        # ASCII besides; its /Widths has ~60 entries instead of 128, which the factur-x
        # package's pypdf re-read parses one by one (its clone 2.1 -> 1.6 ms). Text stays
        # extractable through each subset's /ToUnicode map.
        for name, file_name in _FILES.items():
            font = TTFont(name, str(resource("fonts", file_name)), asciiReadable=False)
            font.__class__ = _subset_caching_font()
            font.face.__class__ = _subset_caching_face()
            pdfmetrics.registerFont(font)
        # <b> and <i> in paragraphs pick the right file; bold italic falls back to bold.
        addMapping(FAMILY, 0, 0, FAMILY)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD)
        _registered = True
    return FAMILY
