"""The one page layout of every document: header, parties, lines, totals, clauses, signatures.

Decisions (measured or seen break, see docs/DESIGN.md "Documents"):
- the header (logo, seller identity, document title) and the footer (legal line, page
  X of Y) are drawn on the canvas *outside* the frame: the body can never overlap them;
- "of Y" needs the page count, known only at the end: the canvas keeps each page's
  state and draws the numbers when the document is saved (one pass, not two builds);
- a section title is ``keepWithNext``: never alone at a page bottom; a signature
  block is one ``KeepTogether``;
- a party block that would not fit in half a page (a 5,000-character name) is laid
  out as plain paragraphs, which may split, instead of a table cell, which may not;
- the PDF is written beside the target under a temporary name and moved into place
  with ``os.replace`` (:mod:`desktop.documents.files`): an interrupted build never
  leaves a truncated file there.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from desktop.documents.files import write_atomically
from desktop.documents.fonts import BOLD, FAMILY, prime_subsets, register_fonts
from desktop.documents.markup import plain, shorten

if TYPE_CHECKING:
    from desktop.documents.pdfa import FacturXParts

MM = 72 / 25.4
PAGE_W, PAGE_H = 595.2756, 841.8898  # A4 in points
MARGIN = 18 * MM
HEADER_H = 30 * MM
FOOTER_H = 16 * MM
ACCENT = "#1f3a5f"
MUTED = "#5b6470"
RULE = "#c9d1db"

PAGE_TEXT = {"fr": "Page {page} sur {pages}", "en": "Page {page} of {pages}"}


@dataclass(frozen=True)
class Party:
    """One side of the document: a name and its identity lines (address, SIREN…)."""

    name: str
    lines: list[str] = field(default_factory=list)
    heading: str = ""  # "Client", "Prestataire", "Destinataire"…


@dataclass(frozen=True)
class LineTable:
    """The lines of a quote or an invoice: ``align`` holds one of L/R/C per column."""

    headers: list[str]
    rows: list[list[str]]
    widths: list[float]  # fractions of the text width, summing to 1
    align: str = ""
    compact: bool = False  # tighter rows: a month's calendar on one page


@dataclass(frozen=True)
class Section:
    """A titled block: a contract clause, the terms of sale, a letter's body."""

    title: str
    paragraphs: list[str]
    number: str = ""  # "Article 3"


@dataclass(frozen=True)
class Signature:
    label: str  # "Pour le Prestataire"
    name: str
    image: Path | None = None  # a scanned signature, printed above the name
    note: str = ""  # "Bon pour accord", a date line


@dataclass(frozen=True)
class Document:
    """Everything one PDF shows, as plain text (the layout escapes it)."""

    kind_title: str  # "DEVIS", "CONTRAT DE PRESTATION", "LETTRE DE RÉSILIATION"
    reference: str
    issued_on: str  # already formatted for the document's language
    language: str
    seller: Party
    buyer: Party | None = None
    subtitle: str = ""
    meta: list[tuple[str, str]] = field(default_factory=list)  # "Valable jusqu'au", date
    intro: list[str] = field(default_factory=list)
    lines: LineTable | None = None
    totals: list[tuple[str, str]] = field(default_factory=list)  # the last one is bold
    sections: list[Section] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)  # legal mentions, small print
    closing: list[str] = field(default_factory=list)  # "Fait à Lyon, le …"
    signatures: list[Signature] = field(default_factory=list)
    footer: str = ""  # the legal line: name, form, capital, RCS, SIREN, VAT
    header_lines: list[str] = field(default_factory=list)  # under the name, top left
    logo: Path | None = None
    watermark: str = ""  # "PROJET" on a draft
    totals_bold: int = -1  # which total row is the one to read (Total TTC)


@dataclass(frozen=True)
class Built:
    """What a build produced, for the caller and the layout tests."""

    path: Path
    pages: int
    # (title, page of the title, page of the first paragraph after it)
    headings: list[tuple[str, int, int]]
    signature_pages: tuple[int, int] | None  # first and last page of the signature block


def _speed_up_reportlab() -> None:
    """Measured on an invoice (benchmarks/invoices.py): reportlab's C accelerator (the
    ``rl-accel`` package, which reportlab imports by itself when installed; imported here
    so that the bundle inventory collects it) and binary instead of ASCII85 content
    streams took its render from 15.7 to 12.1 ms of CPU (factur-x's rewrite of the smaller
    file from 7.6 to 5.8 ms)."""
    from reportlab import rl_config

    rl_config.useA85 = 0
    try:  # noqa: SIM105 (the bundle inventory reads try/except ImportError as optional)
        import _rl_accel  # noqa: F401
    except ImportError:  # pure-Python fallbacks: slower, same files
        pass


_PARSED: dict[tuple[str, int], tuple[list, object]] = {}
_PARSED_MAX = 4096  # per process: the fixed words and mentions of a batch, not every line
# (markup, style, width) -> the lines a Paragraph broke it into, their height, the style
_BROKEN: dict[tuple[str, int, float], tuple[object, list, float, object]] = {}
_BROKEN_MAX = 1024


def paragraph(markup: str, style):
    """A Platypus ``Paragraph`` of ``markup`` (already escaped), its parse kept per process.

    Parsing the markup (reportlab's ParaParser, an HTMLParser) cost about a sixth of an
    invoice's CPU; most of it is the same words on every document of a batch (headings,
    labels, the legal mentions). The parsed fragments are reused, cloned, so that nothing
    one document does to them reaches the next; the drawing is the same (tested). So are
    its line breaks (:func:`_kept_paragraph_class`)."""
    key = (markup, id(style))
    found = _PARSED.get(key)
    if found is None:
        built = _kept_paragraph_class()(markup, style)
        if len(_PARSED) < _PARSED_MAX:
            _PARSED[key] = (built.frags, built.style)
        return built
    frags, parsed_style = found
    return _kept_paragraph_class()(markup, parsed_style, frags=[f.clone() for f in frags])


@cache
def _kept_paragraph_class() -> type:
    from reportlab.platypus import Paragraph

    class KeptParagraph(Paragraph):
        """A Paragraph whose line breaks at a width are kept per process: the legal
        mentions of a batch's invoices (the same sentences on each, about a third of a
        millisecond of breaking words into lines). Kept only for text in one font and
        colour (reportlab's lines of plain words, which drawing only reads); a paragraph
        split across pages breaks its own lines again first."""

        def wrap(self, avail_width, avail_height):
            if not isinstance(self.text, str):  # a part of a split paragraph: no markup
                return super().wrap(avail_width, avail_height)
            key = (self.text, id(self.style), avail_width)
            found = _BROKEN.get(key)
            if found is None or found[3] is not self.style:  # an id can be reused
                size = super().wrap(avail_width, avail_height)
                blpara = getattr(self, "blPara", None)
                if blpara is not None and blpara.kind == 0 and len(_BROKEN) < _BROKEN_MAX:
                    _BROKEN[key] = (blpara, self._wrapWidths, self.height, self.style)
                return size
            self.width = avail_width
            self.blPara, self._wrapWidths, self.height = found[:3]
            return self.width, self.height

        def split(self, avail_width, avail_height):
            if hasattr(self, "blPara"):  # its own lines, not the shared ones
                Paragraph.wrap(self, avail_width, avail_height)
            return super().split(avail_width, avail_height)

    return KeptParagraph


def _collapsed(markup: str) -> str | None:
    """The one line Paragraph prints of escaped plain ``markup`` (runs of spaces, no-break
    ones included, as one space), or None when the text has a line break (a Paragraph's
    job)."""
    from html import unescape

    if "<br/>" in markup:  # plain() turned a line break into it; a user's "<" is escaped
        return None
    return " ".join(unescape(markup).split())


def _width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size)


def _fits(text: str, font: str, size: float, room: float) -> bool:
    """Whether ``text`` fits on one line of ``room`` points (the fast paths' one test)."""
    return _width(text, font, size) <= room


@cache
def _one_line_class() -> type:
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.platypus import Flowable

    class OneLine(Flowable):
        """A text that fits on one line, drawn as the Paragraph would draw it (same font,
        colour, baseline and alignment) without its line breaking: wrapping and drawing
        about 60 Paragraphs was most of an invoice's CPU. ``prefix``: a bold label before
        the text (``<b>label</b> text``, the document's meta lines). Text that does not
        fit, or has a line break, becomes the Paragraph itself."""

        def __init__(self, markup: str, style, prefix: str = "") -> None:
            super().__init__()
            self.markup, self.style, self.para = markup, style, None
            self.prefix, self.text = "", _collapsed(markup)
            if prefix:
                self.markup = f"<b>{prefix}</b> {markup}"
                self.prefix = _collapsed(prefix)
                if not (self.prefix and self.text) or style.alignment in (TA_RIGHT, TA_CENTER):
                    self.text = None  # the Paragraph's job
                else:
                    self.text = " " + self.text  # the space after the label, in its font

        def _paragraph(self):
            if self.para is None:
                self.para = paragraph(self.markup, self.style)
            return self.para

        def wrap(self, avail_width, avail_height):
            style = self.style
            room = avail_width - style.leftIndent - style.rightIndent - style.firstLineIndent
            if self.prefix:
                room -= _width(self.prefix, BOLD, style.fontSize)
            if (
                self.para is None
                and self.text is not None
                and _fits(self.text, style.fontName, style.fontSize, room)
            ):
                self.width, self.height = avail_width, style.leading
                return self.width, self.height
            return self._paragraph().wrap(avail_width, avail_height)

        def fits(self, avail_width: float) -> bool:
            """Whether it draws as one line in ``avail_width`` (wrap's test)."""
            if self.para is not None or self.text is None:
                return False
            style = self.style
            room = avail_width - style.leftIndent - style.rightIndent - style.firstLineIndent
            if self.prefix:
                room -= _width(self.prefix, BOLD, style.fontSize)
            return _fits(self.text, style.fontName, style.fontSize, room)

        def split(self, avail_width, avail_height):
            return self._paragraph().split(avail_width, avail_height) if self.para else []

        def getSpaceBefore(self):  # reportlab's names
            return self.style.spaceBefore

        def getSpaceAfter(self):
            return self.style.spaceAfter

        def drawOn(self, canvas, x, y, _sW=0):  # noqa: N803
            if self.para is not None:
                return self.para.drawOn(canvas, x, y, _sW)
            # Drawn at (x, y) itself: Flowable.drawOn's translation and second saved state
            # cost as much as the text.
            self._draw(canvas, self._hAlignAdjust(x, _sW), y)

        def draw(self) -> None:
            self._draw(self.canv, 0, 0)

        def _draw(self, canvas, x: float, y: float) -> None:
            style = self.style
            canvas.saveState()
            canvas.setFillColor(style.textColor)
            canvas.setFont(style.fontName, style.fontSize, style.leading)
            base = y + self.height - style.fontSize  # paraFontSizeHeightOffset, as Paragraph
            if self.prefix:  # one text object, the label's font then the text's: as Paragraph
                text = canvas.beginText(x + style.leftIndent + style.firstLineIndent, base)
                text.setFont(BOLD, style.fontSize, style.leading)
                text.textOut(self.prefix)
                text.setFont(style.fontName, style.fontSize, style.leading)
                text.textOut(self.text)
                canvas.drawText(text)
            elif style.alignment == TA_RIGHT:
                canvas.drawRightString(x + self.width - style.rightIndent, base, self.text)
            elif style.alignment == TA_CENTER:
                middle = x + (style.leftIndent + self.width - style.rightIndent) / 2
                canvas.drawCentredString(middle, base, self.text)
            else:
                canvas.drawString(x + style.leftIndent + style.firstLineIndent, base, self.text)
            canvas.restoreState()

    return OneLine


def cell_text(text: str, style):
    """A table cell's plain ``text`` in ``style``: one drawn line when it fits (see
    ``OneLine``), else a Paragraph that wraps."""
    return _one_line_class()(plain(text), style)


def labelled_line(label: str, value: str, style):
    """``label`` in bold, then ``value``, in ``style`` (plain texts): one drawn line when
    it fits, else the Paragraph ``<b>label</b> value``."""
    return _one_line_class()(plain(value), style, prefix=plain(label))


def table_text(text: str, style, room: float):
    """A table cell's plain ``text`` for a column ``room`` points wide (paddings taken
    off): the string itself when it fits on one line, which the Table draws with the
    cell's TableStyle font, size, leading, colour and alignment (:func:`_text_style`,
    from ``style``) where the Paragraph would have been, without a flowable per cell;
    else :func:`cell_text`."""
    line = _collapsed(plain(text))
    if line is not None and _fits(line, style.fontName, style.fontSize, room):
        return line
    return cell_text(text, style)


def _text_style(style, first: tuple[int, int], last: tuple[int, int]) -> list[tuple]:
    """The TableStyle commands that make the Table draw a string cell in the range as a
    one-line Paragraph in ``style`` would draw it (baseline at the top padding less the
    font size, in both)."""
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT

    align = {TA_RIGHT: "RIGHT", TA_CENTER: "CENTER"}.get(style.alignment, "LEFT")
    return [
        ("FONTNAME", first, last, style.fontName),
        ("FONTSIZE", first, last, style.fontSize),
        ("LEADING", first, last, style.leading),
        ("TEXTCOLOR", first, last, style.textColor),
        ("ALIGN", first, last, align),
    ]


@cache
def _text_grid_class() -> type:
    from reportlab.platypus import Flowable

    class TextGrid(Flowable):
        """A table whose every cell is one line of text, drawn directly: what reportlab's
        Table draws for the same rows, TableStyle and paddings (backgrounds, the texts at
        the top padding less the font size, the rule with round caps), without its
        per-cell machinery. A grid that must break across pages hands over to that Table
        (``table()``), which splits it and repeats its header row as before."""

        hAlign = "CENTER"  # as Table: the same place when its width is not the frame's

        def __init__(self, rows, widths, row_styles, right, pad, fills, rule, table):
            super().__init__()
            self.rows, self.widths, self.row_styles, self.right = rows, widths, row_styles, right
            self.top, self.bottom, self.side = pad
            self.fills, self.rule, self.table = fills, rule, table
            self.heights = [style.leading + self.top + self.bottom for style in row_styles]

        def wrap(self, avail_width, avail_height):
            self.width, self.height = sum(self.widths), sum(self.heights)
            return self.width, self.height

        def split(self, avail_width, avail_height):
            return self.table().split(avail_width, avail_height)

        def draw(self) -> None:
            canvas, width = self.canv, self.width
            canvas.saveState()
            top = self.height
            for i, height in enumerate(self.heights):  # Table: BACKGROUND, ROWBACKGROUNDS
                fill = self.fills(i)
                if fill is not None:
                    canvas.setFillColor(fill)
                    canvas.rect(0, top, width, -height, stroke=0, fill=1)
                top -= height
            top = self.height
            for row, style, height in zip(self.rows, self.row_styles, self.heights, strict=True):
                canvas.setFillColor(style.textColor)
                canvas.setFont(style.fontName, style.fontSize, style.leading)
                y = top - self.top - style.fontSize
                x = 0.0
                for text, cell_width, right in zip(row, self.widths, self.right, strict=True):
                    if right:
                        canvas.drawRightString(x + cell_width - self.side, y, text)
                    else:
                        canvas.drawString(x + self.side, y, text)
                    x += cell_width
                top -= height
            if self.rule is not None:  # Table's LINEABOVE / LINEBELOW
                row, weight, color = self.rule
                y = self.height - sum(self.heights[:row])
                canvas.saveState()
                canvas.setLineCap(1)
                canvas.setLineJoin(1)
                canvas.setStrokeColor(color)
                canvas.setLineWidth(weight)
                canvas.line(0, y, width, y)
                canvas.restoreState()
            canvas.restoreState()

    return TextGrid


class _Styles:
    """Paragraph styles, built once per process: they cost more than they look."""

    _cache: ClassVar[dict[str, object]] = {}

    @classmethod
    def get(cls) -> dict[str, object]:
        if cls._cache:
            return cls._cache
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        register_fonts()
        _speed_up_reportlab()
        base = ParagraphStyle(
            "body", fontName=FAMILY, fontSize=9.2, leading=12.6, spaceAfter=4, splitLongWords=1
        )
        cls._cache = {
            "body": base,
            "small": ParagraphStyle(
                "small", parent=base, fontSize=7.6, leading=10, textColor=colors.HexColor(MUTED)
            ),
            "cell": ParagraphStyle("cell", parent=base, spaceAfter=0, leading=11.5),
            "cell_right": ParagraphStyle(
                "cell_right", parent=base, spaceAfter=0, leading=11.5, alignment=TA_RIGHT
            ),
            "head": ParagraphStyle(
                "head",
                parent=base,
                fontName=BOLD,
                fontSize=8,
                leading=10,
                spaceAfter=0,
                textColor=colors.white,
            ),
            "head_right": ParagraphStyle(
                "head_right",
                parent=base,
                fontName=BOLD,
                fontSize=8,
                leading=10,
                spaceAfter=0,
                textColor=colors.white,
                alignment=TA_RIGHT,
            ),
            "party_heading": ParagraphStyle(
                "party_heading",
                parent=base,
                fontName=BOLD,
                fontSize=7.6,
                leading=10,
                textColor=colors.HexColor(MUTED),
                spaceAfter=1,
            ),
            "party_name": ParagraphStyle(
                "party_name", parent=base, fontName=BOLD, fontSize=10, leading=13, spaceAfter=1
            ),
            "title": ParagraphStyle(
                "title",
                parent=base,
                fontName=BOLD,
                fontSize=10.5,
                leading=14,
                spaceBefore=9,
                spaceAfter=4,
                textColor=colors.HexColor(ACCENT),
                keepWithNext=1,
            ),
            "doc_title": ParagraphStyle(
                "doc_title",
                parent=base,
                fontName=BOLD,
                fontSize=15,
                leading=19,
                spaceAfter=2,
                textColor=colors.HexColor(ACCENT),
            ),
            "total": ParagraphStyle(
                "total", parent=base, alignment=TA_RIGHT, spaceAfter=0, leading=12
            ),
            "total_bold": ParagraphStyle(
                "total_bold",
                parent=base,
                fontName=BOLD,
                alignment=TA_RIGHT,
                spaceAfter=0,
                fontSize=10,
                leading=13,
            ),
        }
        return cls._cache


def _numbered_canvas(
    doc: Document, pdfa: bool = False, facturx: FacturXParts | None = None
) -> type:
    """A canvas that draws the header, the footer and "page X of Y" once the count is known.

    ``pdfa``: the file also carries the sRGB OutputIntent PDF/A needs; ``facturx``: and the
    Factur-X XML with its XMP, embedded by the factur-x package (see :mod:`pdfa`).
    """
    from reportlab.pdfgen.canvas import Canvas

    page_text = PAGE_TEXT.get(doc.language, PAGE_TEXT["en"])

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            # The canvas starts each page in Helvetica, a base-14 font that is never
            # embedded (the font test caught it; PDF/A for Factur-X forbids it).
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FAMILY
            if facturx is not None:
                from desktop.documents.pdfa import PDF_VERSION

                kwargs["pdfVersion"] = PDF_VERSION
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            prime_subsets(self)  # the same subsets from one invoice to the next

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                label = page_text.format(page=self._pageNumber, pages=total)
                _draw_frame(self, doc, label, self._pageNumber)
                Canvas.showPage(self)
            if pdfa or facturx is not None:
                from desktop.documents.pdfa import prepare_canvas

                prepare_canvas(self, facturx)
            Canvas.save(self)

    return NumberedCanvas


def _draw_frame(canvas, doc: Document, page_label: str, page: int) -> None:
    """Header and footer, in the margins the body frame leaves free. The body's own title
    says what the document is on page 1; the header repeats it on the following pages."""
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    canvas.saveState()
    top = PAGE_H - MARGIN
    x = MARGIN
    if doc.logo is not None and Path(doc.logo).is_file():
        try:
            canvas.drawImage(
                str(doc.logo),
                MARGIN,
                top - 16 * MM,
                width=30 * MM,
                height=16 * MM,
                preserveAspectRatio=True,
                anchor="w",
                mask="auto",
            )
            x = MARGIN + 34 * MM
        except Exception:  # an unreadable image must not cost the document
            x = MARGIN
    canvas.setFillColor(colors.HexColor(ACCENT))
    canvas.setFont(BOLD, 11)
    canvas.drawString(x, top - 5 * MM, shorten(doc.seller.name, 60))
    canvas.setFont(FAMILY, 7.6)
    canvas.setFillColor(colors.HexColor(MUTED))
    for i, line in enumerate((doc.header_lines or doc.seller.lines)[:3]):
        canvas.drawString(x, top - 9.5 * MM - i * 3.6 * MM, shorten(line, 80))
    if page > 1:
        canvas.setFont(BOLD, 12)
        canvas.setFillColor(colors.HexColor(ACCENT))
        canvas.drawRightString(PAGE_W - MARGIN, top - 5 * MM, shorten(doc.kind_title, 40))
    canvas.setFont(FAMILY, 8.5)
    canvas.setFillColor(colors.black)
    canvas.drawRightString(PAGE_W - MARGIN, top - 10 * MM, shorten(doc.reference, 50))
    canvas.drawRightString(PAGE_W - MARGIN, top - 14 * MM, shorten(doc.issued_on, 50))
    canvas.setStrokeColor(colors.HexColor(RULE))
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, top - HEADER_H + 6 * MM, PAGE_W - MARGIN, top - HEADER_H + 6 * MM)
    # footer
    canvas.line(MARGIN, MARGIN + FOOTER_H - 5 * MM, PAGE_W - MARGIN, MARGIN + FOOTER_H - 5 * MM)
    canvas.setFont(FAMILY, 7)
    canvas.setFillColor(colors.HexColor(MUTED))
    footer = doc.footer
    y = MARGIN + FOOTER_H - 9 * MM
    width = PAGE_W - 2 * MARGIN
    for chunk in _wrap_footer(footer, lambda t: stringWidth(t, FAMILY, 7) <= width)[:2]:
        canvas.drawString(MARGIN, y, chunk)
        y -= 3.2 * MM
    canvas.drawRightString(PAGE_W - MARGIN, MARGIN + 1 * MM, page_label)
    if doc.watermark:
        canvas.setFont(BOLD, 60)
        canvas.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.08))
        canvas.translate(PAGE_W / 2, PAGE_H / 2)
        canvas.rotate(35)
        canvas.drawCentredString(0, 0, shorten(doc.watermark, 20))
    canvas.restoreState()


def _wrap_footer(text: str, fits: Callable[[str], bool]) -> list[str]:
    """Lines that each ``fits``, broken between the " · " separated parts."""
    lines, line = [], ""
    for part in text.split(" · "):
        candidate = f"{line} · {part}" if line else part
        if line and not fits(candidate):
            lines.append(line)
            line = part
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def _party_flowables(party: Party, styles: dict) -> list:

    out = []
    if party.heading:
        out.append(cell_text(party.heading.upper(), styles["party_heading"]))
    out.append(cell_text(party.name, styles["party_name"]))
    out.extend(cell_text(line, styles["cell"]) for line in party.lines if line)
    return out


# The parties' table: (left, right) padding of each column, then top and bottom (reportlab's
# default top padding), shared by the Table and the columns drawn without it.
PARTY_PADDING = ((0, 12), (0, 6))
PARTY_TOP, PARTY_BOTTOM = 3, 8


def _parties(doc: Document, styles: dict, width: float, frame_h: float) -> list:
    from reportlab.platypus import Spacer, Table, TableStyle

    seller = _party_flowables(doc.seller, styles)
    if doc.buyer is None:
        return [*seller, Spacer(1, 6)]
    buyer = _party_flowables(doc.buyer, styles)
    half = width / 2 - 6
    height = max(sum(f.wrap(half, frame_h)[1] for f in cells) for cells in (seller, buyer))
    if height > frame_h / 2:  # a huge name: plain paragraphs may split across pages
        return [*seller, Spacer(1, 8), *buyer, Spacer(1, 8)]
    widths = [width / 2, width / 2]
    if all(
        getattr(f, "fits", None) is not None and f.fits(column - left - right)
        for cells, column, (left, right) in zip((seller, buyer), widths, PARTY_PADDING, strict=True)
        for f in cells
    ):
        return [_party_columns_class()([seller, buyer], widths)]
    table = Table([[seller, buyer]], colWidths=widths)
    (left0, right0), (left1, right1) = PARTY_PADDING
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FAMILY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), left0),
                ("RIGHTPADDING", (0, 0), (0, -1), right0),
                ("LEFTPADDING", (1, 0), (1, -1), left1),
                ("RIGHTPADDING", (1, 0), (1, -1), right1),
                ("TOPPADDING", (0, 0), (-1, -1), PARTY_TOP),
                ("BOTTOMPADDING", (0, 0), (-1, -1), PARTY_BOTTOM),
            ]
        )
    )
    return [table]


@cache
def _party_columns_class() -> type:
    from reportlab.platypus import Flowable

    class PartyColumns(Flowable):
        """Seller and buyer side by side, each a column of one-line texts, drawn where
        reportlab's Table puts the flowables of its one row of two cells (VALIGN TOP,
        ``PARTY_PADDING``: ``Table._listCellGeom`` and ``_drawCell``), without its
        machinery: it wrapped every text three times and drew each cell's style first.
        Like that Table it does not split (the parties fit in half a page, or they are
        plain paragraphs)."""

        hAlign = "CENTER"  # as Table

        def __init__(self, columns: list[list], widths: list[float]) -> None:
            super().__init__()
            self.columns, self.widths = columns, widths

        def wrap(self, avail_width, avail_height):
            # Table's sums, in its order (the same floats, the same places)
            self.heights, tallest = [], 0.0
            for cells, width, (left, right) in zip(
                self.columns, self.widths, PARTY_PADDING, strict=True
            ):
                room = avail_height - PARTY_TOP - PARTY_BOTTOM
                heights, total, first, after = [], 0, None, 0
                for f in cells:
                    h = f.wrapOn(self.canv, width - left - right, room)[1]
                    before, after = f.getSpaceBefore(), f.getSpaceAfter()
                    heights.append(h)
                    total += h + after + before
                    if first is None:
                        first = before
                total = total - first - after if cells else 0
                total += PARTY_BOTTOM + PARTY_TOP
                tallest = max(tallest, total)
                self.heights.append(heights)
            self.width, self.height = sum(self.widths), tallest
            return self.width, self.height

        def draw(self) -> None:
            x = 0.0
            for cells, heights, width, (left, _right) in zip(
                self.columns, self.heights, self.widths, PARTY_PADDING, strict=True
            ):
                y = 0 + self.height - PARTY_TOP
                if cells:
                    y += cells[0].getSpaceBefore()
                for f, h in zip(cells, heights, strict=True):
                    y -= f.getSpaceBefore()
                    y -= h
                    f.drawOn(self.canv, x + left, y)
                    y -= f.getSpaceAfter()
                x += width

    return PartyColumns


def _lines_table(lines: LineTable, styles: dict, width: float) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    align = (lines.align or "L" * len(lines.headers)).ljust(len(lines.headers), "L")
    widths = [w * width for w in lines.widths]
    padding = 6  # the Table's default left and right padding
    vertical = 1.5 if lines.compact else 4
    head_fill, stripes = colors.HexColor(ACCENT), [colors.white, colors.HexColor("#f3f6f9")]
    rule = colors.HexColor(RULE)

    def key(i: int, head: bool = False) -> str:
        return ("head" if head else "cell") + ("_right" if align[i] == "R" else "")

    def cell(text: str, i: int, head: bool = False):
        return table_text(text, styles[key(i, head)], widths[i] - 2 * padding)

    data = [[cell(h, i, True) for i, h in enumerate(lines.headers)]]
    data += [[cell(v, i) for i, v in enumerate(row)] for row in lines.rows]

    def table():
        table = Table(data, colWidths=widths, repeatRows=1)
        # Few commands, each over a whole range: the Table applies each to every cell.
        text_styles = [
            *_text_style(styles["head"], (0, 0), (-1, 0)),
            *_text_style(styles["cell"], (0, 1), (-1, -1)),
            *[("ALIGN", (i, 0), (i, -1), "RIGHT") for i in range(len(align)) if align[i] == "R"],
        ]
        table.setStyle(
            TableStyle(
                [
                    *text_styles,
                    ("BACKGROUND", (0, 0), (-1, 0), head_fill),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), stripes),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.6, rule),
                    ("TOPPADDING", (0, 0), (-1, -1), vertical),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), vertical),
                ]
            )
        )
        return table

    if not all(isinstance(text, str) for row in data for text in row):
        return [table()]  # a cell wraps: the Table lays it out
    return [
        _text_grid_class()(
            data,
            widths,
            [styles["head"], *[styles["cell"]] * len(lines.rows)],
            [a == "R" for a in align],
            (vertical, vertical, padding),
            lambda i: head_fill if i == 0 else stripes[(i - 1) % 2],
            (len(data), 0.6, rule),
            table,
        )
    ]


def _totals(totals: list[tuple[str, str]], bold: int, styles: dict, width: float) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

    rows = []
    bold = bold % len(totals)
    widths = [width * 0.75, width * 0.25]
    padding = 6  # the Table's default left and right padding
    accent = colors.HexColor(ACCENT)
    for i, (label, value) in enumerate(totals):
        style = styles["total_bold"] if i == bold else styles["total"]
        rows.append([table_text(label, style, widths[0] - 2 * padding),
                     table_text(value, style, widths[1] - 2 * padding)])  # fmt: skip

    def table():
        table = Table(rows, colWidths=widths)
        text_styles = [
            *_text_style(styles["total"], (0, 0), (-1, -1)),
            *_text_style(styles["total_bold"], (0, bold), (-1, bold)),
        ]
        table.setStyle(
            TableStyle(
                [
                    *text_styles,
                    ("LINEABOVE", (0, bold), (-1, bold), 0.8, accent),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return table

    if all(isinstance(text, str) for row in rows for text in row):
        row_styles = [
            styles["total_bold"] if i == bold else styles["total"] for i in range(len(rows))
        ]
        grid = _text_grid_class()(
            rows, widths, row_styles, [True, True], (2, 2, padding), lambda i: None,
            (bold, 0.8, accent), table,
        )  # fmt: skip
    else:
        grid = table()
    return [KeepTogether([Spacer(1, 4), grid, Spacer(1, 8)])]


def _signatures(doc: Document, styles: dict, width: float) -> list:
    from reportlab.platypus import Image, KeepTogether, Spacer, Table, TableStyle

    cells = []
    for sig in doc.signatures:
        parts = [paragraph(plain(sig.label), styles["party_heading"])]
        if sig.note:
            parts.append(paragraph(plain(sig.note), styles["small"]))
        if sig.image is not None and Path(sig.image).is_file():
            try:
                image = Image(str(sig.image))
                ratio = min(45 * MM / image.imageWidth, 18 * MM / image.imageHeight)
                image.drawWidth, image.drawHeight = (
                    image.imageWidth * ratio,
                    image.imageHeight * ratio,
                )
                image.hAlign = "LEFT"
                parts.append(image)
            except Exception:  # an unreadable image: the blank space below stays
                parts.append(Spacer(1, 18 * MM))
        else:
            parts.append(Spacer(1, 18 * MM))
        # The parties block prints a name whole; a signature box holds a bounded one.
        parts.append(paragraph(plain(shorten(sig.name, 160)), styles["cell"]))
        cells.append(parts)
    if not cells:
        return []
    columns = len(cells)
    table = Table([cells], colWidths=[width / columns] * columns)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FAMILY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.5, "#c9d1db"),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, "#c9d1db"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    closing = [paragraph(plain(line), styles["body"]) for line in doc.closing]
    block = [*closing, Spacer(1, 4), table]
    block[0]._fd_role = "signature-start"
    table._fd_role = "signature-end"
    return [Spacer(1, 10), KeepTogether(block)]


def story(doc: Document, width: float, frame_h: float) -> list:
    """The flowables of the body, in reading order."""
    from reportlab.platypus import Spacer

    styles = _Styles.get()
    out: list = [cell_text(doc.kind_title, styles["doc_title"])]
    if doc.subtitle:
        out.append(paragraph(plain(doc.subtitle), styles["body"]))
    for label, value in doc.meta:
        out.append(labelled_line(label, value, styles["small"]))
    out.append(Spacer(1, 8))
    out.extend(_parties(doc, styles, width, frame_h))
    out.extend(paragraph(plain(p), styles["body"]) for p in doc.intro)
    if doc.lines is not None:
        out.append(Spacer(1, 4))
        out.extend(_lines_table(doc.lines, styles, width))
    if doc.totals:
        out.extend(_totals(doc.totals, doc.totals_bold, styles, width))
    for section in doc.sections:
        title = f"{section.number} — {section.title}" if section.number else section.title
        if title:
            heading = paragraph(plain(title), styles["title"])
            heading._fd_role = "heading"
            heading._fd_title = title
            out.append(heading)
        out.extend(paragraph(plain(p), styles["body"]) for p in section.paragraphs)
    if doc.mentions:
        out.append(Spacer(1, 6))
        out.extend(paragraph(plain(m), styles["small"]) for m in doc.mentions)
    out.extend(_signatures(doc, styles, width))
    return out


@dataclass(frozen=True)
class Rendered:
    """A document rendered in memory (the Factur-X builder embeds its XML before writing)."""

    data: bytes
    pages: int
    headings: list[tuple[str, int, int]]
    signature_pages: tuple[int, int] | None


def render_pdf(
    doc: Document,
    cancelled: Callable[[], bool] | None = None,
    pdfa: bool = False,
    facturx: FacturXParts | None = None,
) -> Rendered:
    """``doc`` as PDF bytes, with its pages and breaks; ``pdfa`` adds the sRGB OutputIntent
    and the stream syntax PDF/A needs, ``facturx`` (PDF/A too) the embedded XML and its
    XMP, by the factur-x package, in the same pass (see :mod:`pdfa`).

    ``cancelled()``, polled after each flowable, stops the build (BuildCancelledError).
    """
    import io

    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    width = PAGE_W - 2 * MARGIN
    frame_h = PAGE_H - 2 * MARGIN - HEADER_H - FOOTER_H
    frame = Frame(
        MARGIN,
        MARGIN + FOOTER_H,
        width,
        frame_h,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    headings: list[list] = []
    signature: list[int] = []
    pending: list[list] = []

    class Template(BaseDocTemplate):
        def afterFlowable(self, flowable) -> None:
            page = self.canv.getPageNumber()
            role = getattr(flowable, "_fd_role", None)
            if pending and role != "heading":
                for entry in pending:
                    entry[2] = page
                pending.clear()
            if role == "heading":
                entry = [flowable._fd_title, page, 0]
                headings.append(entry)
                pending.append(entry)
            elif role in ("signature-start", "signature-end"):
                signature.append(page)
            if cancelled is not None and cancelled():
                raise BuildCancelledError

    out = io.BytesIO()
    template = Template(
        out,
        pagesize=(PAGE_W, PAGE_H),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_H,
        bottomMargin=MARGIN + FOOTER_H,
        title=f"{doc.kind_title} {doc.reference}",
        author=doc.seller.name,
        creator="Freelance Desk",
        initialFontName=FAMILY,
        lang=doc.language,
    )
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    canvas = _numbered_canvas(doc, pdfa, facturx)
    template.build(story(doc, width, frame_h), canvasmaker=canvas)
    sig = (min(signature), max(signature)) if signature else None
    return Rendered(out.getvalue(), template.page, [tuple(h) for h in headings], sig)


def build_pdf(
    doc: Document, target: str | os.PathLike[str], cancelled: Callable[[], bool] | None = None
) -> Built:
    """Write ``doc`` to ``target`` (atomically) and report its pages and breaks.

    ``cancelled()``, polled after each flowable, stops the build: nothing is written and
    ``target`` is left as it was.
    """
    rendered = render_pdf(doc, cancelled)
    path = write_atomically(rendered.data, target)
    return Built(path, rendered.pages, rendered.headings, rendered.signature_pages)


class BuildCancelledError(Exception):
    """The user cancelled a build; nothing was written where they look."""
