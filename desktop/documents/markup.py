"""User text made safe for Platypus paragraph markup.

Platypus parses ``<b>``, ``&amp;``… in every Paragraph: a client named
``<b>Acme & Co</b> "Ltd"`` would turn bold, and a lone ``<`` stops the build
with a parse error. Every user text goes through :func:`plain` first.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

# C0 controls other than tab and line feed, and DEL: invisible, and some break the parser.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def plain(text: object) -> str:
    """Escaped text; line breaks become ``<br/>``."""
    value = _CONTROLS.sub("", str(text)).replace("\r\n", "\n").replace("\r", "\n")
    return escape(value).replace("\n", "<br/>")


def bold(text: object) -> str:
    return f"<b>{plain(text)}</b>"


def shorten(text: str, limit: int) -> str:
    """``text`` cut at ``limit`` characters with an ellipsis (for fixed-size boxes only)."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
