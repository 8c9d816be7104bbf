"""PDF/A-3 for the Factur-X invoices: what reportlab lacks, and the XML embedded.

Factur-X is a PDF/A-3 file carrying the CII XML. The ``factur-x`` package embeds the
XML (``/AF``, ``/AFRelationship /Data``, the ``/EmbeddedFiles`` name tree) and writes the
XMP metadata (``pdfaid:part 3``, ``pdfaid:conformance B``, the Factur-X extension schema),
but it does not make the rest of the file PDF/A; the layout does:

- every font embedded: DejaVu Sans subsets (reportlab writes them as symbolic TrueType
  with a single (1,0) cmap, no /Encoding and a /ToUnicode map, which ISO 19005-3
  6.2.11.6 accepts), never a base-14 font (the layout starts each page in DejaVu);
- the page colours are DeviceRGB, allowed only with an RGB OutputIntent (6.2.4.3): the
  catalog gets a ``GTS_PDFA1`` OutputIntent whose DestOutputProfile is the sRGB ICC
  profile shipped in ``resources/color/sRGB.icc`` (ICC v2.3, licence beside it);
- no transparency: an issued invoice carries no watermark, the only alpha the layout
  draws; no encryption, no JavaScript, no external references;
- the document information dictionary says what the XMP says: title, author, subject,
  keywords, the creating tool and the producer (ISO 19005-3 6.6.3), and no ``/Trapped``
  the XMP would lack;
- the trailer ``/ID`` that reportlab writes is kept by pypdf when factur-x rewrites it.

``tests/documents/test_invoice_pdf.py`` checks each point on the built files (no PDF/A
validator such as veraPDF can be installed offline here; docs/DESIGN.md says so).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from desktop.documents.files import replacing
from desktop.resource_files import resource

SRGB = "sRGB IEC61966-2.1"
PRODUCER = "pypdf"  # factur-x rewrites the file with pypdf and says so in the XMP


@cache
def srgb_profile() -> bytes:
    """The shipped sRGB ICC profile (read once per process)."""
    return resource("color", "sRGB.icc").read_bytes()


@cache
def _srgb_profile_flate() -> bytes:
    """The profile flate-compressed, once per process rather than in every file."""
    import zlib

    return zlib.compress(srgb_profile())


def _facturx_creator() -> str:
    import facturx.facturx as fx

    return fx.CREATOR


def prepare_canvas(canvas) -> None:
    """Give a reportlab canvas, just before it saves, the OutputIntent and the document
    information PDF/A-3 needs (see the module docstring)."""
    from reportlab.pdfbase import pdfdoc

    document = canvas._doc
    # A stream whose /Filter is already set is written as it is (compressed once).
    profile = pdfdoc.PDFStream(
        pdfdoc.PDFDictionary({"N": 3, "Filter": pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])}),
        _srgb_profile_flate(),
    )
    intent = pdfdoc.PDFDictionary(
        {
            "Type": pdfdoc.PDFName("OutputIntent"),
            "S": pdfdoc.PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": pdfdoc.PDFString(SRGB),
            "Info": pdfdoc.PDFString(SRGB),
            "RegistryName": pdfdoc.PDFString("http://www.color.org"),
            "DestOutputProfile": document.Reference(profile, "sRGBProfile"),
        }
    )
    catalog = document.Catalog
    catalog.OutputIntents = pdfdoc.PDFArray([intent])
    # PDFCatalog writes only the keys it lists: this instance lists one more.
    catalog.__NoDefault__ = [*type(catalog).__NoDefault__, "OutputIntents"]
    info = document.info
    info.producer = PRODUCER
    info.creator = _facturx_creator()
    info.__class__ = _pdfa_info_class()


@cache
def _pdfa_info_class() -> type:
    """reportlab's information dictionary less ``/Trapped``, which the XMP does not carry."""
    from reportlab.pdfbase import pdfdoc

    class PdfAInfo(pdfdoc.PDFInfo):
        def format(self, document) -> bytes:
            date = pdfdoc.PDFDate(ts=document._timeStamp, dateFormatter=self._dateFormatter)
            entries = {
                "Title": pdfdoc.PDFString(self.title),
                "Author": pdfdoc.PDFString(self.author),
                "Subject": pdfdoc.PDFString(self.subject),
                "Keywords": pdfdoc.PDFString(self.keywords),
                "Creator": pdfdoc.PDFString(self.creator),
                "Producer": pdfdoc.PDFString(self.producer),
                "CreationDate": date,
                "ModDate": date,
            }
            return pdfdoc.PDFDictionary(entries).format(document)

    return PdfAInfo


def write_facturx(
    pdf: bytes,
    xml: bytes,
    metadata: dict[str, str],
    language: str,
    target: str | os.PathLike[str],
    sync_folder: bool = True,
) -> Path:
    """Write the Factur-X PDF to ``target``: ``xml`` (checked against the XSD by its
    builder) embedded in ``pdf`` with the XMP metadata, by the ``factur-x`` package.

    ``metadata``: title, author, subject, keywords, written both in the information
    dictionary and in the XMP, so that the two agree.

    ``facturx.generate_from_binary`` is not used: it reads and rewrites one temporary
    file, and with pypdf 6 its output is the original PDF with the Factur-X one written
    over its end (two ``%PDF-`` headers, the first at byte 0: readers cope, PDF/A does
    not; akretion/factur-x issue 24). ``generate_from_file`` with ``output_pdf_file``
    writes a clean file, here a temporary one beside ``target``, fsynced, then moved
    into place (an interrupted build leaves no partial file; ``sync_folder``: see
    :func:`desktop.documents.files.replacing`).

    The embedding stays the package's: writing the ``/AF`` file specification and the
    XMP in reportlab's own pass was measured 20-25 % faster per invoice (the pypdf
    re-read and rewrite), and was tried, but the field's library, which follows the
    Factur-X specification as it changes, outweighs a fifth of a batch's time.
    """
    import io

    import facturx

    target = Path(target)
    with replacing(target, sync_folder) as temp:
        facturx.generate_from_file(
            io.BytesIO(pdf),
            xml,
            flavor="factur-x",
            level="en16931",
            check_xsd=False,  # build_facturx_xml validated it a moment ago
            pdf_metadata=dict(metadata),
            lang="fr-FR" if language == "fr" else "en-GB",
            output_pdf_file=str(temp),
        )
    return target
