"""PDF/A-3 for the Factur-X invoices: what reportlab lacks, and the XML embedded.

Factur-X is a PDF/A-3 file carrying the CII XML. :func:`prepare_canvas` gives reportlab's
document, before it saves, the XML as an associated file (``/AF``, ``/AFRelationship
/Data``, the ``/EmbeddedFiles`` name tree) and the XMP metadata (``pdfaid:part 3``,
``pdfaid:conformance B``, the Factur-X extension schema, from the ``factur-x`` package's
own generator), as ``facturx.generate_from_file`` would, without pypdf reading and writing
the file a second time; and makes the rest of the file PDF/A:

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
- the trailer ``/ID`` is reportlab's.

``tests/documents/test_invoice_pdf.py`` checks each point on the built files (no PDF/A
validator such as veraPDF can be installed offline here; docs/DESIGN.md says so).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop.documents.files import write_atomically
from desktop.resource_files import resource

SRGB = "sRGB IEC61966-2.1"
CREATOR = "Freelance Desk"
PRODUCER = "ReportLab PDF Library - www.reportlab.com"
FACTURX_FILENAME = "factur-x.xml"
XMP_FIELDS = ("title", "author", "subject", "timestamp")


@dataclass(frozen=True)
class FacturXParts:
    """What the invoice's PDF carries besides its pages: the CII XML (checked against the
    XSD by its builder), the title, author, subject and keywords (the same in the
    information dictionary and the XMP) and the document's language (``/Lang``)."""

    xml: bytes
    metadata: dict[str, str]
    language: str = "fr"


@cache
def srgb_profile() -> bytes:
    """The shipped sRGB ICC profile (read once per process)."""
    return resource("color", "sRGB.icc").read_bytes()


@cache
def _srgb_compressed() -> bytes:
    import zlib

    return zlib.compress(srgb_profile())


@cache
def _xmp_template() -> str:
    """The XMP packet of a Factur-X EN 16931 PDF/A-3 B file, built once per process by the
    factur-x package (its extension schema for the ``fx:`` properties), with a placeholder
    per field that changes from one invoice to the next."""
    from facturx.facturx import FACTURX_LEVEL2xmp, generate_xmp_object
    from lxml import etree

    fields = {name: f"@@{name}@@" for name in XMP_FIELDS}
    root = generate_xmp_object(
        {
            "pdfa3_flavor": "B",
            **fields,
            "producer": PRODUCER,
            "creator_tool": CREATOR,
            "version": "1.0",
            "documenttype": "INVOICE",
            "xml_filename": FACTURX_FILENAME,
            "xmp_level": FACTURX_LEVEL2xmp["en16931"],
            "urn": "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#",
        }
    )
    body = etree.tostring(root, pretty_print=True).decode("utf-8").strip()
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        + body
        + '\n<?xpacket end="w"?>'
    )


def xmp_packet(metadata: dict[str, str], moment: dt.datetime) -> bytes:
    """The XMP of one invoice: its title, author, subject and date in the template."""
    from xml.sax.saxutils import escape

    values = {
        "title": metadata.get("title", ""),
        "author": metadata.get("author", ""),
        "subject": metadata.get("subject", ""),
        "timestamp": moment.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
    }
    packet = _xmp_template()
    for name, value in values.items():
        packet = packet.replace(f"@@{name}@@", escape(value))
    return packet.encode("utf-8")


@cache
def _hex_string_class() -> type:
    """A PDF byte string written in hex (``<…>``): the MD5 checksum of the embedded file."""
    from reportlab.pdfbase import pdfdoc

    class HexString(pdfdoc.PDFObject):
        def __init__(self, data: bytes) -> None:
            self.data = data

        def format(self, document) -> bytes:
            return b"<" + self.data.hex().upper().encode("ascii") + b">"

    return HexString


def prepare_canvas(canvas, facturx: FacturXParts | None = None) -> None:
    """Give a reportlab canvas, just before it saves, the OutputIntent and the document
    information PDF/A-3 needs (see the module docstring); with ``facturx``, the XML as an
    associated file, its XMP metadata and the document's language: the whole Factur-X
    file in reportlab's one pass (no second read and rewrite of the PDF)."""
    from reportlab.pdfbase import pdfdoc

    document = canvas._doc
    # compressed once per process: the Filter key tells reportlab not to compress again
    profile = pdfdoc.PDFStream(
        pdfdoc.PDFDictionary({"N": 3, "Filter": pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])}),
        _srgb_compressed(),
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
    # PDFCatalog writes only the keys it lists: this instance lists more.
    extra = ["OutputIntents"]
    info = document.info
    info.producer = PRODUCER
    info.creator = CREATOR
    info.__class__ = _pdfa_info_class()
    if facturx is not None:
        moment = dt.datetime.now(dt.UTC).replace(microsecond=0)
        info.moment = moment
        info.title = facturx.metadata.get("title", "")
        info.author = facturx.metadata.get("author", "")
        info.subject = facturx.metadata.get("subject", "")
        info.keywords = facturx.metadata.get("keywords", "")
        spec = _embed_xml(document, facturx.xml, moment)
        catalog.AF = pdfdoc.PDFArray([spec])
        catalog.Names = pdfdoc.PDFDictionary(
            {
                "EmbeddedFiles": pdfdoc.PDFDictionary(
                    {"Names": pdfdoc.PDFArray([pdfdoc.PDFString(FACTURX_FILENAME), spec])}
                )
            }
        )
        # uncompressed: a reader (and PDF/A) finds the XMP without decoding anything
        catalog.Metadata = pdfdoc.PDFStream(
            pdfdoc.PDFDictionary(
                {"Type": pdfdoc.PDFName("Metadata"), "Subtype": pdfdoc.PDFName("XML")}
            ),
            xmp_packet(facturx.metadata, moment),
            filters=[],
        )
        catalog.PageMode = pdfdoc.PDFName("UseAttachments")  # as factur-x opens them
        catalog.Lang = pdfdoc.PDFString("fr-FR" if facturx.language == "fr" else "en-GB")
        extra.append("AF")
    catalog.__NoDefault__ = [*type(catalog).__NoDefault__, *extra]


def _embed_xml(document, xml: bytes, moment: dt.datetime):
    """The file specification of the embedded XML (ISO 19005-3 6.8: an associated file,
    ``/AFRelationship /Data``, MIME type text/xml, size, date and MD5 checksum), as
    factur-x writes it; returned as a reference."""
    import hashlib

    from reportlab.pdfbase import pdfdoc

    stamp = pdfdoc.PDFString(moment.strftime("D:%Y%m%d%H%M%S+00'00'"))
    stream = pdfdoc.PDFStream(
        pdfdoc.PDFDictionary(
            {
                "Type": pdfdoc.PDFName("EmbeddedFile"),
                "Subtype": "/text#2Fxml",  # the MIME type as a name ("/" escaped)
                "Params": pdfdoc.PDFDictionary(
                    {
                        "CheckSum": _hex_string_class()(hashlib.md5(xml).digest()),
                        "ModDate": stamp,
                        "Size": len(xml),
                    }
                ),
            }
        ),
        xml,
        filters=[pdfdoc.PDFZCompress],
    )
    embedded = document.Reference(stream)
    name = pdfdoc.PDFString(FACTURX_FILENAME)
    spec = pdfdoc.PDFDictionary(
        {
            "Type": pdfdoc.PDFName("Filespec"),
            "F": name,
            "UF": name,
            "Desc": pdfdoc.PDFString("Factur-X XML file"),
            "AFRelationship": pdfdoc.PDFName("Data"),
            "EF": pdfdoc.PDFDictionary({"F": embedded, "UF": embedded}),
        }
    )
    return document.Reference(spec)


@cache
def _pdfa_info_class() -> type:
    """reportlab's information dictionary less ``/Trapped``, which the XMP does not carry,
    dated like the XMP (UTC) when the file carries one."""
    from reportlab.pdfbase import pdfdoc

    class PdfAInfo(pdfdoc.PDFInfo):
        moment: dt.datetime | None = None

        def format(self, document) -> bytes:
            if self.moment is not None:
                date = pdfdoc.PDFString(self.moment.strftime("D:%Y%m%d%H%M%S+00'00'"))
            else:
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
    rendered_pdf: bytes, target: str | os.PathLike[str], sync_folder: bool = True
) -> Path:
    """Write a Factur-X PDF rendered with :class:`FacturXParts` (``layout.render_pdf(...,
    facturx=...)``) to ``target``, atomically (a temporary file beside it, fsynced, then
    moved into place: an interrupted build leaves no partial file)."""
    return write_atomically(rendered_pdf, target, sync_folder)
