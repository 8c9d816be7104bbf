"""PDF/A-3 for the Factur-X invoices: what reportlab lacks, and the XML embedded.

Factur-X is a PDF/A-3 file carrying the CII XML. The ``factur-x`` package embeds the
XML (``/AF``, ``/AFRelationship /Data``, the ``/EmbeddedFiles`` name tree, the file's
size, date and MD5 checksum) and writes the XMP metadata (``pdfaid:part 3``,
``pdfaid:conformance B``, the Factur-X extension schema) and the information dictionary
that agrees with it: :func:`facturx_additions` runs that step of the package. It does not
make the rest of the file PDF/A; the layout does:

- every font embedded: DejaVu Sans subsets (reportlab writes them as symbolic TrueType
  with a single (1,0) cmap, no /Encoding and a /ToUnicode map, which ISO 19005-3
  6.2.11.6 accepts), never a base-14 font (the layout starts each page in DejaVu);
- the page colours are DeviceRGB, allowed only with an RGB OutputIntent (6.2.4.3): the
  catalog gets a ``GTS_PDFA1`` OutputIntent whose DestOutputProfile is the sRGB ICC
  profile shipped in ``resources/color/sRGB.icc`` (ICC v2.3, licence beside it);
- no transparency: an issued invoice carries no watermark, the only alpha the layout
  draws; no encryption, no JavaScript, no external references;
- every stream's data is followed by an end-of-line before ``endstream`` (6.1.7.1;
  reportlab writes ``endstream`` right after the data);
- the trailer ``/ID`` is reportlab's.

``tests/documents/test_invoice_pdf.py`` checks each point on the built files (no PDF/A
validator such as veraPDF can be installed offline here; docs/DESIGN.md says so).
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop.documents.files import write_atomically
from desktop.resource_files import resource

SRGB = "sRGB IEC61966-2.1"
PRODUCER = "pypdf"  # what factur-x's XMP says; the Info dictionary must say the same
# The header facturx.generate_from_file gives the files it writes (/AF is a PDF 2.0 key
# that PDF/A-3 allows; any 1.x header is valid PDF/A, 6.1.2).
PDF_VERSION = (1, 6)


@dataclass(frozen=True)
class FacturXParts:
    """What the Factur-X embedding needs: the XML (checked against the XSD by its
    builder), the title, author, subject and keywords (the same in the information
    dictionary and the XMP) and the document's language (``/Lang``)."""

    xml: bytes
    metadata: dict[str, str]
    language: str = "fr"

    @property
    def lang(self) -> str:
        return "fr-FR" if self.language == "fr" else "en-GB"


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


def facturx_additions(parts: FacturXParts):
    """The factur-x package's embedding, as a pypdf catalog and information dictionary:
    ``(catalog entries, info)``, pypdf objects whose indirect references point into a
    scratch pypdf document.

    ``facturx.generate_from_file`` reads the PDF with pypdf, clones it, runs this very
    step (``_facturx_update_metadata_add_attachment``: the embedded file and its
    specification, ``/AF``, the name tree, the XMP, ``/PageMode``, ``/Lang``, the
    information dictionary) on the clone and writes the whole file again: half of an
    invoice's CPU was pypdf reading and writing back what reportlab had just written
    (docs/DESIGN.md, "Speed, second round").
    Here the step runs on an empty pypdf document, with the arguments
    ``generate_from_file`` would give it (flavor, level, data relationship, compressed
    XMP), and :func:`prepare_canvas` writes everything it added in reportlab's own pass,
    copied object by object (:func:`_copier`). The embedding is the package's to the
    byte; tests/documents/test_invoice_pdf.py compares it with ``generate_from_file``'s.
    """
    import facturx.facturx as fx
    from pypdf import PdfWriter

    writer = PdfWriter()
    before = dict(writer.root_object)
    fx._facturx_update_metadata_add_attachment(
        writer,
        parts.xml,
        dict(parts.metadata),
        "factur-x",
        "en16931",
        lang=parts.lang,
        afrelationship="data",
        xmp_compression=True,
    )
    catalog = {
        key: value
        for key, value in writer.root_object.items()
        if key not in before or before[key] != value
    }
    return catalog, writer.metadata


def prepare_canvas(canvas, facturx: FacturXParts | None = None) -> None:
    """Give a reportlab canvas, just before it saves, the OutputIntent and the stream
    syntax PDF/A-3 needs (see the module docstring); with ``facturx``, the package's
    embedding (:func:`facturx_additions`) and its information dictionary, so that the
    file reportlab writes is the Factur-X file."""
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
    listed = [*type(catalog).__NoDefault__, "OutputIntents"]
    info = document.info
    info.producer = PRODUCER
    info.creator = _facturx_creator()
    info.__class__ = _pdfa_info_class()
    if facturx is not None:
        entries, facturx_info = facturx_additions(facturx)
        copy = _copier(document)
        for key, value in entries.items():
            name = key[1:]
            setattr(catalog, name, copy(value))
            if name not in listed and name not in type(catalog).__Defaults__:
                listed.append(name)
        # Each entry stays direct or indirect as factur-x made it.
        catalog.__Refs__ = [k for k in type(catalog).__Refs__ if f"/{k}" not in entries]
        info.title = facturx.metadata.get("title", "")  # for reportlab's /ID digest
        info.author = facturx.metadata.get("author", "")
        info.subject = facturx.metadata.get("subject", "")
        info.keywords = facturx.metadata.get("keywords", "")
        info.entries = copy(facturx_info)
    # PDFCatalog writes only the keys it lists: this instance lists more.
    catalog.__NoDefault__ = listed
    document.idToObject = _eol_streams_class()(document.idToObject)


# A name as pypdf writes it (escaping it character by character), kept per process: the
# names of the embedding are the same in every invoice.
_NAMES: dict[str, bytes] = {}


def _copier(document):
    """A function that turns a pypdf object into what reportlab writes in ``document``:
    leaves (names, numbers, strings) serialised by pypdf itself, dictionaries, arrays and
    streams rebuilt around them, each indirect object once as a reportlab indirect
    object. PDF bytes, not a reinterpretation: a string or a name is written exactly as
    pypdf would write it."""
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        IndirectObject,
        NameObject,
        StreamObject,
    )

    copied_class = _copied_class()
    references: dict[int, object] = {}

    def leaf(value) -> bytes:
        if isinstance(value, NameObject):  # the same few names in every file
            found = _NAMES.get(value)
            if found is not None:
                return found
        out = io.BytesIO()
        value.write_to_stream(out)
        data = out.getvalue()
        if isinstance(value, NameObject) and len(_NAMES) < 256:
            _NAMES[str(value)] = data
        return data

    def entries(dictionary, extra: bytes = b"") -> list:
        out: list = [b"<<"]
        for key, item in dictionary.items():
            if key != "/Length" or extra == b"":
                out += [b"\n", leaf(key), b" ", *parts(item)]
        return [*out, extra, b"\n>>"]

    def parts(value) -> list:
        if isinstance(value, IndirectObject):
            return [reference(value)]
        if isinstance(value, StreamObject):
            data = value._data  # as encoded: flate-compressed by factur-x
            return [
                *entries(value, b"\n/Length %d" % len(data)),
                b"\nstream\n",
                data,
                b"\nendstream",
            ]
        if isinstance(value, DictionaryObject):
            return entries(value)
        if isinstance(value, ArrayObject):
            out: list = [b"["]
            for item in value:
                out += [b" ", *parts(item)]
            return [*out, b" ]"]
        return [leaf(value)]

    def reference(value):
        found = references.get(value.idnum)
        if found is None:
            shell = copied_class([])
            found = references[value.idnum] = document.Reference(shell)
            shell.parts = parts(value.get_object())
        return found

    def copy(value):
        if isinstance(value, IndirectObject):
            return reference(value)
        if isinstance(value, DictionaryObject | ArrayObject):
            return copied_class(parts(value))
        return leaf(value)

    return copy


@cache
def _copied_class() -> type:
    from reportlab.pdfbase import pdfdoc

    class Copied(pdfdoc.PDFObject):
        """A PDF object as bytes and references to other objects of the document."""

        def __init__(self, parts: list) -> None:
            self.parts = parts

        def format(self, document) -> bytes:
            return b"".join(
                part if isinstance(part, bytes) else pdfdoc.format(part, document)
                for part in self.parts
            )

    return Copied


@cache
def _eol_streams_class() -> type:
    """The table of the document's objects, through which reportlab's ``format`` reaches
    each object it writes: each object it hands out is written with an end-of-line
    before its final ``endstream`` (ISO 19005-3 6.1.7.1; ``/Length`` still counts the
    data alone). reportlab writes ``endstream`` right after a stream's data, and makes
    some streams only as it writes the file (a page's contents, an image's), so the
    objects are given a subclass that mends their text, the objects themselves kept
    (reportlab compares a named object with what the table holds)."""
    from reportlab.pdfbase import pdfdoc

    mended: dict[type, type] = {}

    def with_eol(cls: type) -> type:
        found = mended.get(cls)
        if found is None:

            def format(self, document) -> bytes:
                data = cls.format(self, document)
                if data.endswith(b"endstream\n"):
                    return data[: -len(b"endstream\n")] + b"\nendstream\n"
                return data

            found = mended[cls] = type(cls.__name__, (cls,), {"format": format, "_eol": True})
        return found

    class EolStreams(dict):
        def __getitem__(self, key):
            value = super().__getitem__(key)
            if isinstance(value, pdfdoc.PDFObject) and not getattr(value, "_eol", False):
                value.__class__ = with_eol(type(value))
            return value

    return EolStreams


@cache
def _pdfa_info_class() -> type:
    """reportlab's information dictionary less ``/Trapped``, which the XMP does not carry;
    with ``entries``, factur-x's (the same as its XMP's)."""
    from reportlab.pdfbase import pdfdoc

    class PdfAInfo(pdfdoc.PDFInfo):
        entries = None

        def format(self, document) -> bytes:
            if self.entries is not None:
                return pdfdoc.format(self.entries, document)
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


def write_facturx(pdf: bytes, target: str | os.PathLike[str], sync_folder: bool = True) -> Path:
    """Write a Factur-X PDF rendered with :class:`FacturXParts` (``layout.render_pdf(...,
    facturx=...)``) to ``target``, atomically (:func:`files.write_atomically`)."""
    return write_atomically(pdf, target, sync_folder)
