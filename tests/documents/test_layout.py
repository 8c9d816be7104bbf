"""The document layer, read back with pypdf: text, pages, breaks, fonts, hostile input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.documents.layout import (
    BuildCancelledError,
    Document,
    LineTable,
    Party,
    Section,
    Signature,
    build_pdf,
    paragraph,
    render_pdf,
)
from desktop.documents.markup import plain

HOSTILE = '<b>Acme & Co</b> "Ltd"'


def document(**changes) -> Document:
    values = dict(
        kind_title="DEVIS",
        reference="DE-2026-00001",
        issued_on="Émis le 22 novembre 2026",
        language="fr",
        seller=Party("Atelier Numérique Martin", ["SAS au capital de 5 000,00 €"], "Prestataire"),
        buyer=Party("Client SA", ["1 rue de la Paix", "75002 Paris"], "Client"),
        lines=LineTable(
            ["Désignation", "Qté", "Total HT"],
            [["Développement < 3 jours & tests", "2", "1\u202f300,00\u00a0€"]],
            [0.6, 0.15, 0.25],
            "LRR",
        ),
        totals=[("Total HT", "1\u202f300,00\u00a0€"), ("Total TTC", "1\u202f560,00\u00a0€")],
        mentions=["Indemnité forfaitaire pour frais de recouvrement : 40,00 €"],
        signatures=[
            Signature("Pour le Prestataire", "Camille Martin"),
            Signature("Pour le Client", "Client SA"),
        ],
        footer="Atelier Numérique Martin · SAS · RCS Lyon 552 120 222",
    )
    values.update(changes)
    return Document(**values)


def text_of(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def body_text(path: Path) -> str:
    """The pages' body text, one after the other: the header and footer are drawn last on
    each page (from the seller's name on), so they are cut off."""
    return "".join(t[: t.rfind("Atelier Numérique Martin\n")] for t in text_of(path))


def test_amounts_accents_and_page_numbers_print(tmp_path):
    built = build_pdf(document(), tmp_path / "quote.pdf")
    pages = text_of(built.path)
    assert built.pages == len(pages) == 1
    assert "1\u202f300,00\u00a0€" in pages[0] or "1 300,00 €" in pages[0]
    assert "Développement < 3 jours & tests" in pages[0]
    assert "Page 1 sur 1" in pages[0]


def test_every_font_is_embedded(tmp_path):
    built = build_pdf(document(), tmp_path / "fonts.pdf")
    fonts = {}
    for page in PdfReader(built.path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            fonts[font["/BaseFont"]] = described["/FontDescriptor"].get_object()
    assert fonts, "no font at all"
    for name, descriptor in fonts.items():
        assert "DejaVuSans" in name, name  # never a non-embedded base-14 font
        assert "/FontFile2" in descriptor, f"{name} is not embedded"


def test_a_hostile_client_name_prints_literally(tmp_path):
    doc = document(
        buyer=Party(HOSTILE, ["<", "a lone < and a &"], "Client"),
        signatures=[Signature("Pour le Client", HOSTILE)],
    )
    text = text_of(build_pdf(doc, tmp_path / "hostile.pdf").path)[0]
    assert text.count(HOSTILE) == 2
    assert "a lone < and a &" in text


def test_a_five_thousand_character_name_builds_and_prints_whole(tmp_path):
    name = ("Établissements Très-Long & Fils " * 160)[:5000]
    assert len(name) == 5000
    doc = document(buyer=Party(name, ["75002 Paris"], "Client"))
    built = build_pdf(doc, tmp_path / "long.pdf")
    assert built.pages >= 2
    assert squeeze(name) in squeeze(body_text(built.path))


def test_an_unbreakable_five_thousand_character_name_builds(tmp_path):
    name = "A" * 5000
    built = build_pdf(document(buyer=Party(name, [], "Client")), tmp_path / "word.pdf")
    assert name in squeeze(body_text(built.path))


def test_a_twelve_page_contract_breaks_cleanly(tmp_path):
    clause = "Le Prestataire exécute les prestations avec soin et en toute indépendance. " * 9
    sections = [
        Section(f"Clause numéro {i}", [clause] * (1 + i % 3), f"Article {i}") for i in range(1, 33)
    ]
    doc = document(lines=None, totals=[], sections=sections)
    built = build_pdf(doc, tmp_path / "long-contract.pdf")
    assert built.pages == 12
    for title, title_page, text_page in built.headings:
        assert title_page == text_page, f"{title} alone at the bottom of page {title_page}"
    start, end = built.signature_pages
    assert start == end == built.pages, "the signature block is split"
    pages = text_of(built.path)
    assert "Page 12 sur 12" in pages[-1] and "Page 1 sur 12" in pages[0]


def test_an_interrupted_build_leaves_the_previous_file_untouched(tmp_path):
    target = tmp_path / "doc.pdf"
    target.write_bytes(b"%PDF previous")
    calls = iter(range(1000))

    with pytest.raises(BuildCancelledError):
        build_pdf(document(), target, cancelled=lambda: next(calls) > 3)
    assert target.read_bytes() == b"%PDF previous"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.pdf"]  # no temporary file left


def _page_streams(data: bytes) -> list[bytes]:
    import io

    return [page.get_contents().get_data() for page in PdfReader(io.BytesIO(data)).pages]


def test_reused_paragraph_parses_draw_the_same_pages():
    """The parse of each paragraph and its line breaks are kept per process
    (layout.paragraph): a document built with the kept parses and lines draws exactly what
    a fresh parse draws, twelve pages included (paragraphs split across pages)."""
    from desktop.documents import layout

    long_doc = document(
        sections=[Section(f"Article {n}", ["Clause <b>&</b> texte " * 40] * 3) for n in range(12)],
        mentions=["Pénalités de retard : trois fois le taux d’intérêt légal " * 4] * 3,
    )
    layout._PARSED.clear()
    layout._BROKEN.clear()
    fresh = _page_streams(render_pdf(long_doc).data)
    assert layout._PARSED and layout._BROKEN  # the parses and lines are kept...
    kept = _page_streams(render_pdf(long_doc).data)
    assert kept == fresh  # ... and drawing from them changes nothing
    assert len(fresh) > 1


def _glyph_runs(data: bytes) -> list[tuple[str, float, float]]:
    """Each text run of the first page with where it starts on the page."""
    import io

    runs = []

    def seen(text, cm, tm, font, size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((text.strip(), round(x, 2), round(y, 2)))

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=seen)
    return sorted(runs)


def test_one_line_cells_draw_where_the_paragraph_drew_them(monkeypatch):
    """Table cells that fit on one line are drawn without Platypus' line breaking
    (layout.cell_text): each text lands where the Paragraph put it, right-aligned amounts
    included; a cell too long for its column still wraps."""
    from desktop.documents import layout

    doc = document(
        lines=LineTable(
            ["Désignation", "Qté", "Total HT"],
            [
                ["Développement < 3 jours & tests", "2", "1\u202f300,00\u00a0€"],
                ["Une désignation assez longue pour passer sur deux lignes " * 2, "1", "5 €"],
            ],
            [0.6, 0.15, 0.25],
            "LRR",
        )
    )
    fast = _glyph_runs(render_pdf(doc).data)
    monkeypatch.setattr(layout, "cell_text", lambda text, style: paragraph(plain(text), style))
    assert _glyph_runs(render_pdf(doc).data) == fast
    assert any(text.startswith("Une désignation") for text, _x, _y in fast)


def _font_files(data: bytes) -> list[tuple]:
    """Each embedded font: its program (FontFile2), its widths and its ToUnicode map,
    uncompressed, in page resource order."""
    import io

    files = []
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            files.append(
                (
                    descriptor["/FontFile2"].get_object().get_data(),
                    [float(w) for w in font["/Widths"]],
                    font["/ToUnicode"].get_object().get_data(),
                )
            )
    return files


def test_kept_font_subsets_embed_what_a_fresh_build_embeds():
    """A font subset, compressed, its widths and its ToUnicode map are kept per process
    (fonts._SUBSETS, fonts._PARTS): a document needing other glyphs gets its own subset,
    the same bytes as if it were built first."""
    import io

    from desktop.documents import fonts

    other = document(buyer=Party("Zoë Quéyras & Wüst", ["Kärntner Straße 9", "1010 Wien"]))
    fonts._SUBSETS.clear()
    fonts._PARTS.clear()
    fresh = _font_files(render_pdf(other).data)
    fonts._SUBSETS.clear()
    fonts._PARTS.clear()
    first = _font_files(render_pdf(document()).data)
    assert _font_files(render_pdf(document()).data) == first  # from the kept subsets
    data = render_pdf(other).data
    assert _font_files(data) == fresh
    assert _font_files(data) != first
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "Zoë Quéyras & Wüst" in text and "Kärntner Straße 9" in text


def test_documents_differing_in_amounts_embed_the_same_subsets():
    """The digits get their codes first, in one order (fonts.prime_subsets): two documents
    whose amounts put them in another order embed the same subsets, which a batch then
    reuses instead of building one per invoice."""

    def priced(first: str, second: str) -> Document:
        return document(
            lines=LineTable(
                ["Désignation", "Qté", "Total HT"],
                [["Développement", "2", first], ["Recette", "1", second]],
                [0.6, 0.15, 0.25],
                "LRR",
            ),
            totals=[("Total HT", first), ("Total TTC", second)],
        )

    one = _font_files(render_pdf(priced("9\u202f870,00\u00a0€", "1\u202f234,56\u00a0€")).data)
    two = _font_files(render_pdf(priced("1\u202f234,56\u00a0€", "9\u202f870,00\u00a0€")).data)
    assert one == two
