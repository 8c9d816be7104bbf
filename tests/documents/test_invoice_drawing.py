"""The invoice's one-line texts drawn without Platypus' Paragraph (layout.cell_text,
labelled_line, table_text) and its tables of one-line cells drawn without reportlab's
Table (layout.TextGrid) print the same texts at the same places as the Paragraphs in a
Table did, on one page and over several: the same text runs, and the same pixels once
rendered; a long invoice repeats its table header on every page."""

from __future__ import annotations

import dataclasses
import io
import re
from decimal import Decimal

import pytest
from pypdf import PdfReader

from desktop.documents import layout
from desktop.documents.invoicing import invoice_layout
from desktop.documents.layout import render_pdf
from desktop.domain.invoice_document import DocumentLine
from desktop.domain.vat import TaxableLine, VatCategory, compute_totals
from tests.documents.facturx_cases import cases


def glyph_runs(data: bytes) -> list[list[tuple[str, float, float]]]:
    """Per page, each text run with where it starts on the page, in drawing order."""
    pages = []
    for page in PdfReader(io.BytesIO(data)).pages:
        runs: list[tuple[str, float, float]] = []

        def seen(text, cm, tm, font, size, runs=runs):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                runs.append((text.strip(), round(x, 2), round(y, 2)))

        page.extract_text(visitor_text=seen)
        pages.append(sorted(runs))
    return pages


def page_images(data: bytes, qapp) -> list[bytes]:
    """Each page rendered at 100 dpi (QtPdf, offscreen), as raw pixels."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    assert document.status() == QPdfDocument.Status.Ready
    images = []
    for page in range(document.pageCount()):
        points = document.pagePointSize(page)
        size = QSize(round(points.width() * 100 / 72), round(points.height() * 100 / 72))
        image = document.render(page, size)
        images.append(bytes(image.constBits()))
    document.close()
    return images


def with_lines(doc, count: int, description: str = "Développement – sprint {n}"):
    lines = tuple(
        DocumentLine(
            n,
            description.format(n=n),
            Decimal(n % 5 + 1),
            "DAY",
            Decimal(600 + n),
            Decimal(n % 5 + 1) * Decimal(600 + n),
            VatCategory.STANDARD,
            Decimal(20),
        )
        for n in range(1, count + 1)
    )
    totals = compute_totals(TaxableLine(ln.net, ln.category, ln.rate) for ln in lines)
    return dataclasses.replace(doc, lines=lines, totals=totals)


def long_description(doc):
    text = "Refonte du portail client, lot 3 : recette, corrections et mise en production " * 3
    return with_lines(doc, 4, text + "{n}")


DOCS = {
    **cases(),
    "english": dataclasses.replace(cases()["standard"], language="en"),
    "sixty_lines": with_lines(cases()["standard"], 60),
    "long_description": long_description(cases()["standard"]),
    "one_line": with_lines(cases()["standard"], 1),
}


@pytest.mark.parametrize("name", sorted(DOCS))
def test_one_line_texts_print_where_the_paragraphs_printed_them(name, monkeypatch):
    """Every text run of every page at the same place, whether drawn as one line or by a
    Paragraph (the fast paths' test ``_fits`` forced false: the Paragraph everywhere, and
    every table a Table)."""
    doc = invoice_layout(DOCS[name])
    fast = render_pdf(doc, pdfa=True)
    monkeypatch.setattr(layout, "_fits", lambda *args: False)
    slow = render_pdf(doc, pdfa=True)
    assert fast.pages == slow.pages
    assert glyph_runs(fast.data) == glyph_runs(slow.data)


@pytest.mark.parametrize(
    "name", ["standard", "english", "sixty_lines", "long_description", "credit_note", "one_line"]
)
def test_one_line_texts_render_the_same_pixels(name, monkeypatch, qapp):
    """The same, rendered: text runs report where they start, the pixels also see where
    each word after the first of a run lands (the value after a bold label)."""
    doc = invoice_layout(DOCS[name])
    fast = page_images(render_pdf(doc, pdfa=True).data, qapp)
    monkeypatch.setattr(layout, "_fits", lambda *args: False)
    slow = page_images(render_pdf(doc, pdfa=True).data, qapp)
    assert len(fast) == len(slow)
    assert all(a == b for a, b in zip(fast, slow, strict=True))


def test_a_long_invoice_repeats_its_table_header_on_every_page():
    doc = DOCS["sixty_lines"]
    rendered = render_pdf(invoice_layout(doc), pdfa=True)
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(rendered.data)).pages]
    assert rendered.pages >= 2
    for n, text in enumerate(pages, 1):
        assert f"Page {n} sur {len(pages)}" in text
        assert "Dupont Conseil SAS" in text  # the header
    holding = [text for text in pages if "sprint" in text]
    assert len(holding) >= 2
    assert all("Désignation" in text for text in holding)  # the header row, repeated
    body = "\n".join(pages)
    assert all(len(re.findall(rf"sprint {n}\b", body)) == 1 for n in range(1, 61))
    assert "Net à payer" in pages[-1]


def test_a_text_with_a_line_break_prints_both_lines_not_markup():
    """A cell whose text has a line break goes to the Paragraph (a one-line path printed
    the ``<br/>`` it was escaped to)."""
    doc = with_lines(cases()["standard"], 1, "Première ligne\nDeuxième ligne {n}")
    text = PdfReader(io.BytesIO(render_pdf(invoice_layout(doc)).data)).pages[0].extract_text()
    assert "Première ligne" in text and "Deuxième ligne 1" in text
    assert "<br/>" not in text and "&lt;" not in text
