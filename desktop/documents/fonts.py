"""The embedded font family: DejaVu Sans, shipped in resources/fonts with its licence.

Registered once per process (registration parses the TTF files: about 60 ms).
DejaVu has every glyph French amounts need: accents, the euro sign, the no-break
space and the narrow no-break space babel puts in ``1 234,50 €``. Bitstream
Vera, which reportlab ships, lacks the narrow no-break space.
"""

from __future__ import annotations

import threading

from desktop.resource_files import resource

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
_FILES = {FAMILY: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
_lock = threading.Lock()
_registered = False


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
        # package's pypdf re-read parses one by one (4.1 -> 2.2 ms an invoice). Text stays
        # extractable through each subset's /ToUnicode map.
        for name, file_name in _FILES.items():
            font = TTFont(name, str(resource("fonts", file_name)), asciiReadable=False)
            pdfmetrics.registerFont(font)
        # <b> and <i> in paragraphs pick the right file; bold italic falls back to bold.
        addMapping(FAMILY, 0, 0, FAMILY)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD)
        _registered = True
    return FAMILY
