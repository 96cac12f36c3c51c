"""What makes a ReportLab letter a PDF/A-2b file, with no library beyond ReportLab itself.

ReportLab already embeds every font (DejaVu, subset) and writes no encryption, JavaScript or
LZW. PDF/A-2b (ISO 19005-2, level B) then asks three more things, which :func:`make_pdfa` adds
to the canvas before it is saved:

- an XMP metadata stream in the catalog that says ``pdfaid:part=2, conformance=B`` and repeats
  the document information (title, author, subject, keywords, creator, producer, dates);
- an output intent with an embedded ICC profile (sRGB, ``resources/icc/sRGB.icc``, zlib
  licence) for the device colours the letter uses;
- no page-transition dictionary: ReportLab writes an empty ``/Trans`` on every page.

Whether the result conforms is checked by a validator in the tests (pikepdf's PDF/A
allowlist validator, a test dependency only; docs/pdfa.md), never claimed here.
"""

from __future__ import annotations

import time
import zlib
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import (
    XMP,
    PDFArray,
    PDFCatalog,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFString,
)

from skow_desk.resources import resources_dir

OUTPUT_CONDITION = "sRGB IEC61966-2.1"


@cache
def srgb_profile() -> bytes:
    """The ICC profile embedded as the output intent."""
    return (resources_dir() / "icc" / "sRGB.icc").read_bytes()


@cache
def _compressed_profile() -> bytes:
    """The profile Flate-compressed once (6.9 KB → about 3 KB in every letter)."""
    return zlib.compress(srgb_profile(), 9)


def _xmp_date(moment: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(moment))


def _lang_alt(tag: str, value: str) -> str:
    return (f"<{tag}><rdf:Alt><rdf:li xml:lang=\"x-default\">{escape(value)}</rdf:li>"
            f"</rdf:Alt></{tag}>")


def xmp_packet(info: Any, moment: float) -> str:
    """The XMP metadata for ReportLab's document information ``info`` (a ``PDFInfo``)."""
    stamp = _xmp_date(moment)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
        ' xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">'
        '<dc:format>application/pdf</dc:format>'
        + _lang_alt("dc:title", info.title)
        + f"<dc:creator><rdf:Seq><rdf:li>{escape(info.author)}</rdf:li></rdf:Seq></dc:creator>"
        + _lang_alt("dc:description", info.subject)
        + f"<pdf:Keywords>{escape(info.keywords)}</pdf:Keywords>"
        f"<pdf:Producer>{escape(info.producer)}</pdf:Producer>"
        f"<xmp:CreatorTool>{escape(info.creator)}</xmp:CreatorTool>"
        f"<xmp:CreateDate>{stamp}</xmp:CreateDate>"
        f"<xmp:ModifyDate>{stamp}</xmp:ModifyDate>"
        f"<xmp:MetadataDate>{stamp}</xmp:MetadataDate>"
        "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>')


def make_pdfa(canvas: Any) -> None:
    """Add the XMP metadata and the sRGB output intent to ``canvas``'s document (call it once,
    before the canvas is saved)."""
    doc = canvas._doc
    moment = float(doc._timeStamp.t)
    metadata = XMP(creator=lambda _doc: xmp_packet(doc.info, moment).encode("utf-8"))
    metadata.dictionary.dict["Type"] = PDFName("Metadata")
    catalog = doc.Catalog
    catalog.Metadata = metadata  # the catalog makes it an indirect object
    # ReportLab's catalog writes only the keys it knows; OutputIntents is not one of them
    catalog.__NoDefault__ = [*PDFCatalog.__NoDefault__, "OutputIntents"]
    profile = PDFStream(PDFDictionary({"N": 3, "Filter": PDFName("FlateDecode")}),
                        _compressed_profile())
    intent = PDFDictionary({
        "Type": PDFName("OutputIntent"), "S": PDFName("GTS_PDFA1"),
        "OutputConditionIdentifier": PDFString(OUTPUT_CONDITION),
        "Info": PDFString(OUTPUT_CONDITION),
        "DestOutputProfile": doc.Reference(profile),
    })
    catalog.OutputIntents = PDFArray([intent])


def drop_transitions(canvas: Any) -> None:
    """Remove the empty page-transition dictionary ReportLab gives each page."""
    for page in canvas._doc.Pages.pages:
        page.Trans = None
