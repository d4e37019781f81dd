"""PAdES signing and verification against a real test PKI (certomancer, on loopback)."""

from __future__ import annotations

import asyncio
import re
import shutil
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import zxingcpp
from freezegun import freeze_time
from pikepdf import pdfa
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields
from rapidfuzz.distance import Levenshtein

from signing import (
    CertificateRefused,
    VerifyPool,
    normalize_code,
    same_prefix,
    trust_roots,
    verify_pdf,
)
from signing._code import verification_code
from tests.pki import SECRETARIO_NAME, SECRETARIO_RUT
from tests.signing_support import REGISTRY_NUMBER, VERIFY_URL, SigningEnv


def _verify(env: SigningEnv, path: Path, *, fetch: bool = True):  # type: ignore[no-untyped-def]
    return verify_pdf(path, trust_roots(env.trust), fetch=fetch, timeout=10)


@pytest.mark.parametrize("level", ["B-B", "B-T", "B-LT", "B-LTA"])
def test_round_trip_at_each_level(pki: SigningEnv, tmp_path: Path, level: str) -> None:
    signed = tmp_path / "firmado.pdf"
    result = pki.sign(pki.oficio, signed, level=level)
    assert result.level == level
    assert result.signer == SECRETARIO_NAME and result.rut == SECRETARIO_RUT
    assert same_prefix(pki.oficio, signed), "the signature must be an incremental update"

    report = _verify(pki, signed, fetch=level in ("B-B", "B-T"))
    assert report.result == "valid", report
    first = report.signatures[0]
    assert (first.intact, first.valid, first.trusted, first.revoked) == (True, True, True, False)
    assert first.level == level
    assert first.signer == SECRETARIO_NAME and first.rut == SECRETARIO_RUT
    assert (first.timestamp is None) == (level == "B-B")
    kinds = [s.kind for s in report.signatures]
    assert kinds == (["firma", "sello_de_tiempo"] if level == "B-LTA" else ["firma"])
    # The stamp keeps the oficio PDF/A-2b: pikepdf's validator finds no violation (it does
    # not check interactive forms, and a signature field is one, nor the DSS of B-LT).
    findings = pdfa.validate_written(signed, "2b").findings
    assert [f for f in findings if f.kind != "unsupported"] == [], findings[:5]
    assert all(("/AcroForm" in f.where or "/DSS" in f.message) for f in findings), findings[:5]


def test_tampered_bytes_are_detected(pki: SigningEnv, tmp_path: Path) -> None:
    signed = tmp_path / "firmado.pdf"
    pki.sign(pki.oficio, signed, level="B-B")
    data = bytearray(signed.read_bytes())
    position = data.index(b"stream") + 40  # inside the oficio's first content stream
    data[position] ^= 0x01
    tampered = tmp_path / "alterado.pdf"
    tampered.write_bytes(bytes(data))
    report = _verify(pki, tampered)
    assert report.result == "invalid"
    assert report.signatures[0].intact is False
    assert any("modificado" in p for p in report.signatures[0].problems)


def test_a_page_changed_in_a_later_update_is_detected(pki: SigningEnv, tmp_path: Path) -> None:
    signed = tmp_path / "firmado.pdf"
    pki.sign(pki.oficio, signed, level="B-T")
    changed = tmp_path / "cambiado.pdf"
    with signed.open("rb") as source, changed.open("wb") as out:
        writer = IncrementalPdfFileWriter(source)
        extra = generic.StreamObject(stream_data=b"BT /F1 24 Tf 100 400 Td (PAGADO) Tj ET")
        writer.add_stream_to_page(0, writer.add_object(extra))
        writer.write(out)
    assert same_prefix(signed, changed)
    report = _verify(pki, changed)
    assert report.result == "invalid"
    first = report.signatures[0]
    assert first.intact and first.valid, "the signed revision itself is untouched"
    assert first.modification_level == "other"


@pytest.mark.parametrize(
    ("label", "words"),
    [
        ("revocado", "revocado"),
        ("vencido", "venció"),
        ("sin-no-repudio", "no repudio"),
        ("externo", "autoridad de confianza"),
    ],
)
def test_refuses_a_certificate_that_must_not_sign(
    pki: SigningEnv, tmp_path: Path, label: str, words: str
) -> None:
    dest = tmp_path / "firmado.pdf"
    with pytest.raises(CertificateRefused) as caught:
        pki.sign(pki.oficio, dest, label=label)
    assert words in caught.value.message
    assert not dest.exists()


def test_certification_then_a_second_signature_in_a_prepared_field(
    pki: SigningEnv, tmp_path: Path
) -> None:
    prepared = tmp_path / "con-campo.pdf"
    with pki.oficio.open("rb") as source, prepared.open("wb") as out:
        writer = IncrementalPdfFileWriter(source)
        spec = fields.SigFieldSpec("FirmaAlcalde", on_page=0, box=(72, 72, 252, 132))
        fields.append_signature_field(writer, spec)
        writer.write(out)
    certified = tmp_path / "certificado.pdf"
    pki.sign(prepared, certified, level="B-T", certify=True)
    both = tmp_path / "dos-firmas.pdf"
    second = pki.sign(certified, both, level="B-T", field="FirmaAlcalde")
    assert second.field == "FirmaAlcalde"
    assert same_prefix(certified, both)
    report = _verify(pki, both)
    assert report.result == "valid", report
    assert [s.field for s in report.signatures] == ["Firma1", "FirmaAlcalde"]
    assert report.signatures[0].modification_level == "form_filling"


def test_blta_is_still_valid_years_later(pki: SigningEnv, tmp_path: Path) -> None:
    lta, bt = tmp_path / "lta.pdf", tmp_path / "bt.pdf"
    pki.sign(pki.oficio, lta, level="B-LTA")
    pki.sign(pki.oficio, bt, level="B-T")
    expiry = pki.pki.cert("secretario").not_valid_after
    # The clock jumps past the signer's expiry; the PKI's services answer as of then too.
    with freeze_time(expiry + timedelta(days=400), real_asyncio=True):
        assert datetime.now().year > expiry.year
        late_lta = _verify(pki, lta)
        late_bt = _verify(pki, bt)
    assert late_lta.result == "valid", late_lta
    assert late_bt.result == "invalid", "a B-T signature cannot prove itself after expiry"


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils no está instalado")
def test_poppler_agrees(pki: SigningEnv, tmp_path: Path) -> None:
    signed = tmp_path / "firmado.pdf"
    pki.sign(pki.oficio, signed, level="B-T")
    out = subprocess.run(["pdfsig", str(signed)], capture_output=True, text=True, check=False)
    text = out.stdout
    assert "Signature is Valid" in text, text
    assert "Total document signed" in text, text
    assert SECRETARIO_NAME in text or "Rojas Soto" in text, text
    assert "ETSI.CAdES.detached" in text, text


def test_stamp_renders_with_true_widths(
    pki: SigningEnv, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stamp's lines end where the font's own metrics say (a font drawn as 1000
    units per em instead of DejaVu's 2048 would run twice as long and be cut off)."""
    from PIL import Image

    from signing._font import DEFAULT_FONT, load_font

    # A fixed code: with a random one, Tesseract misread two characters of «18S8-88WX-0RAB»
    # in one CI run of many. The QR code below checks the exact code; the OCR only shows
    # that the printed code is legible, and must do so the same way on every run.
    monkeypatch.setattr("signing._sign.verification_code", lambda: "7K3M-P9QD-2VHT")
    signed = tmp_path / "firmado.pdf"
    result = pki.sign(pki.oficio, signed, level="B-B")
    dpi = 288
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-png", str(signed), str(tmp_path / "p")],
        check=True,
    )
    page = Image.open(sorted(tmp_path.glob("p*.png"))[-1]).convert("L")
    scale = dpi / 72
    # Default stamp: 252 x 84 pt, 36 pt from the right and bottom edges of a Letter page.
    left, bottom, height = 612 - 36 - 252, 36, 84
    text_left = left + 12 + (height - 12)
    first_line_base = bottom + height - 6 - (height - 12) / 6 + 2
    band = page.crop(
        (
            round(text_left * scale) - 2,
            round((792 - first_line_base - 6) * scale),
            round((left + 252 - 3) * scale),  # short of the border
            round((792 - first_line_base + 1.5) * scale),
        )
    )
    ink = band.point(lambda v: 255 if v < 128 else 0).getbbox()  # dark pixels' extent
    assert ink is not None, "the first line of the stamp was not drawn"
    drawn = (ink[2] - ink[0]) / scale
    expected = load_font(DEFAULT_FONT, "PRTSRG").width("Firmado electrónicamente por", 6.5)
    assert abs(drawn - expected) < 0.06 * expected, (drawn, expected)
    stamp = page.crop(
        (
            round(text_left * scale),
            round((792 - bottom - height) * scale),
            round((left + 252) * scale),
            round((792 - bottom) * scale),
        )
    )
    stamp.save(tmp_path / "timbre.png")
    qr = page.crop(
        (
            round(left * scale),
            round((792 - bottom - height) * scale),
            round(text_left * scale),
            round((792 - bottom) * scale),
        )
    )
    codes = zxingcpp.read_barcodes(qr)
    assert [c.text for c in codes] == [result.url], "the QR code leads to the verification page"
    assert result.url == f"{VERIFY_URL}/{result.code}"
    assert result.code == "7K3M-P9QD-2VHT"
    read = subprocess.run(
        ["tesseract", str(tmp_path / "timbre.png"), "-", "-l", "spa", "--psm", "6"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert REGISTRY_NUMBER in read.replace(" ", ""), read
    # A random code has no dictionary to help the OCR. It is read as the verification page
    # reads what a clerk types (Crockford: an O is a 0, an I or L a 1), and one misread
    # character is allowed.
    line = next(t for t in read.splitlines() if "verificación" in t)
    seen = line.split(":")[-1].strip()
    # Crockford's reading holds also when another character was misread («3EC)-ROXR»).
    lookalikes = str.maketrans({"O": "0", "I": "1", "L": "1"})
    typed = normalize_code(seen) or seen.upper().translate(lookalikes)
    typed = typed.replace("-", "").replace(" ", "")
    assert Levenshtein.distance(typed, result.code.replace("-", "")) <= 1, (seen, result.code)


def test_a_verification_code_is_found_however_it_is_typed() -> None:
    codes = {verification_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}", code)
        assert normalize_code(code) == code
        typed = code.replace("-", " ").lower().replace("0", "o").replace("1", "l")
        assert normalize_code(typed) == code
    assert normalize_code("S7DE-KE28-BMOO") == "S7DE-KE28-BM00"
    assert normalize_code("S7DE-KE28-BM0") is None  # a character short
    assert normalize_code("S7DE-KE28-BM0U") is None  # U is not in the alphabet


def test_verification_of_unsigned_and_broken_files(pki: SigningEnv, tmp_path: Path) -> None:
    assert _verify(pki, pki.oficio).result == "unsigned"
    broken = tmp_path / "roto.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n%%EOF")
    report = _verify(pki, broken)
    assert report.result == "error" and report.error
    cut = tmp_path / "cortado.pdf"
    signed = tmp_path / "firmado.pdf"
    pki.sign(pki.oficio, signed, level="B-B")
    cut.write_bytes(signed.read_bytes()[: signed.stat().st_size * 2 // 3])
    assert _verify(pki, cut).result in ("error", "invalid")


def test_a_verification_that_takes_too_long_is_an_error_not_a_hang(
    pki: SigningEnv, tmp_path: Path
) -> None:
    """A file that takes long to read (200,000 objects: about 0.7 s here) against a limit
    of 0.1 s: the worker is stopped, the verdict is an error, the next file is verified."""
    import pikepdf

    heavy = tmp_path / "pesado.pdf"
    with pikepdf.new() as pdf:
        pdf.add_blank_page()
        many = [pdf.make_indirect(pikepdf.Dictionary(N=i)) for i in range(200_000)]
        pdf.Root.Extra = pdf.make_indirect(pikepdf.Array(many))
        pdf.save(heavy, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    signed = tmp_path / "firmado.pdf"
    pki.sign(pki.oficio, signed, level="B-B")
    roots = trust_roots(pki.trust)
    with VerifyPool(roots, fetch=False, network_timeout=1, time_limit=0.1) as pool:
        report = pool.verify(heavy)
    assert report.result == "error"
    assert report.error is not None and "tiempo máximo" in report.error
    with VerifyPool(roots, fetch=False, network_timeout=1, time_limit=30) as pool:
        again = [pool.submit(p) for p in (heavy, signed)]
        assert [pool.result(signed, f).result for f in again] == ["unsigned", "valid"]


def test_same_session_signs_many(pki: SigningEnv, tmp_path: Path) -> None:
    """One open key for a batch; every signature has its own verification code."""
    from signing import Pkcs12Backend, SigningSession, SignRequest
    from tests.signing_support import PASSPHRASE

    profile = pki.profile("B-B")

    async def run() -> list[str]:
        backend = Pkcs12Backend(profile.pkcs12, PASSPHRASE)
        async with SigningSession(
            settings=pki.settings(), profile=profile, backend=backend
        ) as session:
            codes = []
            for i in range(3):
                dest = tmp_path / f"f{i}.pdf"
                done = await session.sign(SignRequest(source=pki.oficio, dest=dest))
                codes.append(done.code)
            return codes

    codes = asyncio.run(run())
    assert len(set(codes)) == 3
    for i in range(3):
        assert _verify(pki, tmp_path / f"f{i}.pdf").result == "valid"
