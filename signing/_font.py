"""An embedded TrueType font for the signature stamp, with its true glyph widths.

pyHanko's own font engine lays out text as if every font had 1000 units per em: DejaVu
(2048 units) comes out twice too wide, and it subsets the font again for every signature.
Here a font is subset once per process to the Windows-1252 repertoire (every Spanish
letter, «°», «—»), embedded as a simple TrueType font whose ``/Widths`` come from the
font's own metrics scaled to 1000 units per em, and drawn with one byte per character.
"""

from __future__ import annotations

import functools
import io
import logging
import zlib
from dataclasses import dataclass
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.writer import BasePdfFileWriter

from signing.errors import SigningConfigError

ENCODING = "cp1252"  # the PDF's WinAnsiEncoding
FIRST, LAST = 32, 255
# Debian's fonts-dejavu-core.
DEFAULT_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
DEFAULT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


@dataclass(frozen=True)
class FontProgram:
    """A subset font program and what a PDF font dictionary needs to describe it."""

    name: str
    program: bytes  # the subset TrueType file, Flate-compressed
    length: int  # its uncompressed length (/Length1)
    widths: tuple[int, ...]  # codes FIRST..LAST, in 1/1000 em
    bbox: tuple[int, int, int, int]
    ascent: int
    descent: int
    cap_height: int

    def width(self, text: str, size: float) -> float:
        """Width of ``text`` in points at ``size``, as a viewer will lay it out."""
        return sum(self.widths[code - FIRST] for code in encode(text)) * size / 1000

    def fit(self, text: str, size: float, width: float) -> str:
        """``text`` cut (with «…») to fit ``width`` points."""
        if self.width(text, size) <= width:
            return text
        while text and self.width(text + "…", size) > width:
            text = text[:-1]
        return text.rstrip() + "…"


def encode(text: str) -> bytes:
    """One byte per character; a character outside Windows-1252 becomes «?»."""
    raw = text.encode(ENCODING, errors="replace")
    return bytes(code if code >= FIRST else ord("?") for code in raw)


@functools.cache
def load_font(path: Path, tag: str) -> FontProgram:
    """Subset ``path`` to Windows-1252 once per process (about 0.1 s)."""
    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)  # tables it drops, at INFO
    try:
        font = TTFont(path)
    except Exception as exc:  # fontTools raises bare exceptions on bad files
        raise SigningConfigError(
            f"No se pudo leer la fuente del timbre de firma {path} ({exc}).",
            "Instale el paquete fonts-dejavu-core o configure otra fuente TrueType.",
        ) from None
    scale = 1000 / font["head"].unitsPerEm
    cmap = font.getBestCmap()
    advances = font["hmtx"].metrics
    missing = advances[".notdef"][0] if ".notdef" in advances else 0
    widths: list[int] = []
    chars: set[int] = set()
    for code in range(FIRST, LAST + 1):
        char = bytes([code]).decode(ENCODING, errors="ignore")
        glyph = cmap.get(ord(char)) if char else None
        widths.append(round((advances[glyph][0] if glyph else missing) * scale))
        if glyph:
            chars.add(ord(char))
    head, os2 = font["head"], font["OS/2"]
    bbox = (head.xMin, head.yMin, head.xMax, head.yMax)
    options = subset.Options()
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.layout_features = []
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=chars)
    subsetter.subset(font)
    data = io.BytesIO()
    font.save(data)
    program = data.getvalue()
    return FontProgram(
        name=f"{tag}+{font['name'].getDebugName(6) or path.stem}",
        program=zlib.compress(program, 6),
        length=len(program),
        widths=tuple(widths),
        bbox=tuple(round(v * scale) for v in bbox),
        ascent=round(os2.sTypoAscender * scale),
        descent=round(os2.sTypoDescender * scale),
        cap_height=round(getattr(os2, "sCapHeight", 0) * scale or 700),
    )


def embed(writer: BasePdfFileWriter, font: FontProgram) -> generic.IndirectObject:
    """Add the font to the PDF being written and return a reference to its dictionary."""
    file2 = generic.StreamObject(
        {pdf_name("/Length1"): generic.NumberObject(font.length)},
        encoded_data=font.program,
    )
    file2[pdf_name("/Filter")] = pdf_name("/FlateDecode")
    name = pdf_name("/" + font.name)
    descriptor = generic.DictionaryObject(
        {
            pdf_name("/Type"): pdf_name("/FontDescriptor"),
            pdf_name("/FontName"): name,
            pdf_name("/Flags"): generic.NumberObject(32),  # non-symbolic: WinAnsi applies
            pdf_name("/FontBBox"): generic.ArrayObject(map(generic.NumberObject, font.bbox)),
            pdf_name("/ItalicAngle"): generic.NumberObject(0),
            pdf_name("/Ascent"): generic.NumberObject(font.ascent),
            pdf_name("/Descent"): generic.NumberObject(font.descent),
            pdf_name("/CapHeight"): generic.NumberObject(font.cap_height),
            pdf_name("/StemV"): generic.NumberObject(80),
            pdf_name("/FontFile2"): writer.add_object(file2),
        }
    )
    return writer.add_object(
        generic.DictionaryObject(
            {
                pdf_name("/Type"): pdf_name("/Font"),
                pdf_name("/Subtype"): pdf_name("/TrueType"),
                pdf_name("/BaseFont"): name,
                pdf_name("/FirstChar"): generic.NumberObject(FIRST),
                pdf_name("/LastChar"): generic.NumberObject(LAST),
                pdf_name("/Widths"): generic.ArrayObject(map(generic.NumberObject, font.widths)),
                pdf_name("/Encoding"): pdf_name("/WinAnsiEncoding"),
                pdf_name("/FontDescriptor"): writer.add_object(descriptor),
            }
        )
    )
