"""Signing benchmark: milliseconds per oficio with the visible stamp, beside pyHanko's defaults.

In one run, on the same PDF/A oficio and the same test PKI (certomancer, served on
loopback, with its own timestamp authority):
  * this project's ``SigningSession`` (one open key for the batch) at B-B and at B-T,
    ``--count`` oficios each, and the validation time of what it signed;
  * pyHanko with its plain defaults, oficio after oficio as a script would call it:
    ``SimpleSigner.load_pkcs12`` and ``signers.sign_pdf`` with a text stamp in an embedded
    font (PDF/A needs one), at B-B and B-T; and the ratios.
Targets: <= 60 ms at B-B and <= 150 ms at B-T per oficio.
Then ``partes verify`` over every PDF of ../shared/corpus/pyhanko_test_data (offline, its
own test roots trusted), counted by result: 0 crashes.

    .venv/bin/python -m bench.sign [--count 100] [--baseline 20] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.sign.timestamps import HTTPTimeStamper
from pyhanko.stamp import TextStampStyle

from signing import Pkcs12Backend, SigningSession, SignRequest, trust_roots, verify_pdf
from signing._font import DEFAULT_FONT
from tests.signing_support import PASSPHRASE, SigningEnv, start_signing_env

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "pyhanko_test_data"


def ours(env: SigningEnv, level: str, count: int, out: Path) -> list[float]:
    profile = env.profile(level)
    times: list[float] = []

    async def run() -> None:
        backend = Pkcs12Backend(profile.pkcs12, PASSPHRASE)
        async with SigningSession(settings=env.settings(), profile=profile, backend=backend) as s:
            for i in range(count):
                began = time.perf_counter()
                await s.sign(SignRequest(source=env.oficio, dest=out / f"{level}-{i}.pdf"))
                times.append(time.perf_counter() - began)

    asyncio.run(run())
    return times


def pyhanko_defaults(env: SigningEnv, level: str, count: int, out: Path) -> list[float]:
    """What a script written from pyHanko's documentation does for each oficio."""
    style = TextStampStyle(
        stamp_text="Firmado por: %(signer)s\nFecha: %(ts)s\nN° OF-2026-000012",
        text_box_style=TextBoxStyle(font=GlyphAccumulatorFactory(str(DEFAULT_FONT))),
    )
    times: list[float] = []
    for i in range(count):
        began = time.perf_counter()
        signer = signers.SimpleSigner.load_pkcs12(str(env.p12()), passphrase=PASSPHRASE)
        assert signer is not None
        timestamper = HTTPTimeStamper(env.pki.tsa_url) if level != "B-B" else None
        with env.oficio.open("rb") as source, (out / f"ph-{level}-{i}.pdf").open("wb") as dest:
            writer = IncrementalPdfFileWriter(source)
            meta = signers.PdfSignatureMetadata(
                field_name="Firma1", subfilter=fields.SigSeedSubFilter.PADES
            )
            pdf_signer = signers.PdfSigner(
                meta,
                signer=signer,
                timestamper=timestamper,
                stamp_style=style,
                new_field_spec=fields.SigFieldSpec("Firma1", on_page=0, box=(324, 36, 576, 120)),
            )
            pdf_signer.sign_pdf(writer, output=dest)
        times.append(time.perf_counter() - began)
    return times


def validation_ms(env: SigningEnv, files: list[Path]) -> float:
    roots = trust_roots(env.trust)
    began = time.perf_counter()
    for path in files:
        assert verify_pdf(path, roots, fetch=True, timeout=10).result == "valid", path
    return (time.perf_counter() - began) / len(files) * 1000


def _ms(times: list[float]) -> str:
    median = statistics.median(times) * 1000
    return f"{median:7.1f} ms (media {statistics.fmean(times) * 1000:6.1f})"


def signing_figures(env: SigningEnv, count: int, baseline: int, out: Path) -> None:
    print(f"Firma de un oficio PDF/A con timbre visible ({count} oficios por nivel):")
    print(f"{'':28}{'mediana por oficio':>30}  {'lote':>9}  {'pyHanko por defecto':>30}  razón")
    for level, target in (("B-B", 60), ("B-T", 150)):
        mine = ours(env, level, count, out)
        theirs = pyhanko_defaults(env, level, baseline, out)
        ratio = statistics.median(theirs) / statistics.median(mine)
        verdict = "cumple" if statistics.median(mine) * 1000 <= target else "NO cumple"
        print(
            f"  {level} (meta <= {target} ms){'':7}{_ms(mine):>30}  {sum(mine):7.1f} s  "
            f"{_ms(theirs):>30}  {ratio:4.1f}x  {verdict}"
        )
        sample = [out / f"{level}-{i}.pdf" for i in range(min(count, 20))]
        print(f"      validación (partes verify, en proceso): {validation_ms(env, sample):.0f} ms")


def corpus_figures(corpus: Path, work: Path) -> None:
    files = sorted(corpus.rglob("*.pdf"))
    if not files:
        print(f"\nNo hay PDF en {corpus}; se omite la verificación del corpus.")
        return
    trust = work / "raices-corpus"
    trust.mkdir()
    for index, cert in enumerate(sorted(corpus.rglob("*root*.cert.pem"))):
        (trust / f"{index}-{cert.name}").write_bytes(cert.read_bytes())
    began = time.perf_counter()
    command = [sys.executable, "-m", "partes.cli", "--home", str(work / "sin-hogar")]
    run = subprocess.run(
        [*command, "verify", "--offline", "--trust", str(trust), "--json", *map(str, files)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    seconds = time.perf_counter() - began
    results: Counter[str] = Counter()
    for line in run.stdout.splitlines():
        results[json.loads(line)["result"]] += 1
    crashed = len(files) - sum(results.values())
    print(f"\npartes verify sobre {len(files)} PDF de {corpus.name} ({seconds:.1f} s):")
    for result in ("valid", "invalid", "unsigned", "error"):
        print(f"  {result:<9} {results[result]:4d}")
    print(f"  caídas    {crashed:4d}   (código de salida {run.returncode})")
    if run.returncode not in (0, 1, 2):
        print(run.stderr[-2000:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--baseline", type=int, default=20, help="oficios con pyHanko")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with start_signing_env(work / "pki") as env:
            signing_figures(env, args.count, args.baseline, work)
        corpus_figures(args.corpus, work)


if __name__ == "__main__":
    main()
