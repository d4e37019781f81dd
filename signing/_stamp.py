"""The visible signature stamp: who signed, as what, when, the registry number, the
verification code and a QR code to the verification address.

A pyHanko stamp style, so pyHanko places it in the signature field's appearance; the text
is drawn with ``_font`` (true widths, one subset per process) and the QR code as vector
squares, so the stamp is PDF/A-safe and costs no image encoding.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np
import zxingcpp
from pyhanko.pdf_utils import content, layout
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.stamp import BaseStamp, BaseStampStyle

from signing._font import DEFAULT_BOLD, DEFAULT_FONT, FontProgram, embed, encode, load_font

_PAD = 6.0


@dataclass(frozen=True, kw_only=True)
class StampContent:
    """What the stamp of one signature says."""

    signer: str
    title: str
    signed_at: datetime  # aware; shown as given (the caller converts to America/Santiago)
    registry_number: str
    code: str
    url: str  # what the QR code holds


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code's modules, dark = True (zxing-cpp: under a millisecond, where a pure
    Python encoder spends some 40 ms choosing the mask)."""
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = code.to_image(scale=1, add_quiet_zones=False)
    return [[value < 128 for value in row] for row in np.asarray(image).tolist()]


def qr_operators(matrix: list[list[bool]], x: float, y: float, side: float) -> bytes:
    """Dark modules as filled rectangles, one per horizontal run, with a quiet zone."""
    count = len(matrix) + 8  # four modules of quiet zone on each side
    unit = side / count
    ops = [b"1 g %.3f %.3f %.3f %.3f re f 0 g" % (x, y, side, side)]
    for row, cells in enumerate(matrix):
        top = y + side - (row + 5) * unit
        col = 0
        while col < len(cells):
            if not cells[col]:
                col += 1
                continue
            start = col
            while col < len(cells) and cells[col]:
                col += 1
            left = x + (start + 4) * unit
            ops.append(b"%.3f %.3f %.3f %.3f re" % (left, top, (col - start) * unit, unit))
    ops.append(b"f")
    return b"\n".join(ops)


def _utc_offset(moment: datetime) -> str:
    offset = moment.utcoffset()
    minutes = round(offset.total_seconds() / 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def _text(font: bytes, size: float, x: float, y: float, text: str) -> bytes:
    escaped = encode(text).replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"BT %s %.2f Tf %.3f %.3f Td (%s) Tj ET" % (font, size, x, y, escaped)


@dataclass(frozen=True)
class SealStampStyle(BaseStampStyle):
    """The Oficina de Partes signature stamp; ``content`` is set per signature."""

    content: StampContent | None = None
    border_width: int = 1

    def create_stamp(
        self, writer: BasePdfFileWriter, box: layout.BoxConstraints, text_params: dict[str, Any]
    ) -> SealStamp:
        if self.content is None:
            raise ValueError("SealStampStyle needs the stamp content")
        return SealStamp(writer=writer, style=self, box=box)


class SealStamp(BaseStamp):
    def __init__(
        self, writer: BasePdfFileWriter, style: SealStampStyle, box: layout.BoxConstraints
    ) -> None:
        if not (box and box.width_defined and box.height_defined):
            raise layout.LayoutError("El timbre de firma necesita un recuadro de tamaño fijo.")
        super().__init__(writer=writer, style=style, box=box)
        assert style.content is not None
        self.content = style.content

    def _font(self, name: str, program: FontProgram) -> bytes:
        assert self.writer is not None
        self.set_resource(
            category=content.ResourceType.FONT,
            name=pdf_name("/" + name),
            value=embed(self.writer, program),
        )
        return b"/" + name.encode()

    def _render_inner_content(self) -> list[bytes]:
        regular_program, bold_program = stamp_fonts()
        regular, bold = self._font("F1", regular_program), self._font("F2", bold_program)
        width, height = float(self.box.width), float(self.box.height)
        c = self.content
        side = height - 2 * _PAD
        ops = [qr_operators(qr_matrix(c.url), _PAD, _PAD, side)]
        left = 2 * _PAD + side
        room = width - left - _PAD
        when = f"{c.signed_at:%d-%m-%Y %H:%M:%S} hora de Chile ({_utc_offset(c.signed_at)})"
        lines = [
            (regular, regular_program, 6.5, "Firmado electrónicamente por"),
            (bold, bold_program, 8.5, c.signer),
            (regular, regular_program, 7.0, c.title),
            (regular, regular_program, 7.0, when),
            (regular, regular_program, 7.0, f"N° de registro: {c.registry_number}"),
            (regular, regular_program, 7.0, f"Código de verificación: {c.code}"),
        ]
        step = (height - 2 * _PAD) / len(lines)
        y = height - _PAD - step + 2
        for font, program, size, text in lines:
            ops.append(_text(font, size, left, y, program.fit(text, size, room)))
            y -= step
        return ops


def stamp_fonts() -> tuple[FontProgram, FontProgram]:
    """The stamp's two fonts, subset on first use (a session calls this when it opens)."""
    return load_font(DEFAULT_FONT, "PRTSRG"), load_font(DEFAULT_BOLD, "PRTSBD")


def stamp_box(
    page_box: tuple[float, float, float, float],
    *,
    x: float,
    y: float,
    width: float,
    height: float,
) -> tuple[int, int, int, int]:
    """The stamp's rectangle on a page; a negative x or y counts from the right or top."""
    x0, y0, x1, y1 = page_box
    left = x1 + x - width if x < 0 else x0 + x
    bottom = y1 + y - height if y < 0 else y0 + y
    return (round(left), round(bottom), round(left + width), round(bottom + height))


__all__ = ["SealStampStyle", "StampContent", "qr_matrix", "stamp_box", "stamp_fonts"]
