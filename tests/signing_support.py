"""What the signing tests share: the served test PKI, a PDF/A oficio, and signing helpers."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ocr.pdfa import convert
from signing import (
    Pkcs12Backend,
    Pkcs12Settings,
    SignedDocument,
    SignerBackend,
    SigningProfile,
    SigningSession,
    SigningSettings,
    SignRequest,
)
from tests.docgen import make_document
from tests.pki import PkiServer, TestPki, build_pki, free_port

PASSPHRASE = b"clave-de-prueba"
VERIFY_URL = "https://partes.negrete.cl/verificar"
REGISTRY_NUMBER = "OF-2026-000012"


@dataclass(frozen=True)
class SigningEnv:
    pki: TestPki
    folder: Path
    trust: Path
    oficio: Path  # a PDF/A-2b outgoing oficio, fonts embedded

    def p12(self, label: str = "secretario") -> Path:
        path = self.folder / f"{label}.p12"
        if not path.exists():
            path.write_bytes(self.pki.p12(label, PASSPHRASE))
        return path

    def settings(self) -> SigningSettings:
        return SigningSettings(
            tsa_url=self.pki.tsa_url, trust_roots=str(self.trust), verify_url=VERIFY_URL
        )

    def profile(self, level: str = "B-T", label: str = "secretario") -> SigningProfile:
        return SigningProfile(
            name="secretario",
            level=level,
            location="Negrete",
            pkcs12=Pkcs12Settings(file=str(self.p12(label))),
        )

    def sign(
        self,
        source: Path,
        dest: Path,
        *,
        level: str = "B-T",
        label: str = "secretario",
        backend: SignerBackend | None = None,
        field: str = "",
        certify: bool = False,
    ) -> SignedDocument:
        profile = self.profile(level, label)
        chosen = backend or Pkcs12Backend(profile.pkcs12, PASSPHRASE)

        async def run() -> SignedDocument:
            async with SigningSession(
                settings=self.settings(), profile=profile, backend=chosen
            ) as session:
                request = SignRequest(
                    source=source,
                    dest=dest,
                    registry_number=REGISTRY_NUMBER,
                    field=field,
                    certify=certify,
                )
                return await session.sign(request)

        return asyncio.run(run())


@contextmanager
def start_signing_env(folder: Path) -> Iterator[SigningEnv]:
    pki = build_pki(folder / "pki", port=free_port())
    trust = pki.write_trust_folder(folder / "confianza")
    draft = folder / "oficio-borrador.pdf"
    make_document("oficio_salida", draft, seed=31, topic_index=2, embed_fonts=True)
    oficio = folder / "oficio.pdf"
    verdict = convert(draft, oficio)
    assert verdict.verdict == "pass", verdict.findings
    with PkiServer(pki):
        yield SigningEnv(pki=pki, folder=folder, trust=trust, oficio=oficio)


PROFILE = """
[signing]
verify_url = "{verify_url}"
tsa_url = "{tsa}"
trust_roots = "confianza"

[[signing.profiles]]
name = "secretario"
level = "B-T"
location = "Negrete"
[signing.profiles.pkcs12]
file = "firma/secretario.p12"
passphrase_env = "PARTES_FIRMA_CLAVE"
"""


def configure_signing(
    home: Path, env: SigningEnv, *, verify_url: str = "https://partes.negrete.cl/verificar"
) -> Path:
    """The Secretario's profile (PKCS#12 of the test PKI, B-T) written into ``home``."""
    config = home / "partes.toml"
    text = config.read_text(encoding="utf-8")
    start = text.index("\n[signing]")
    end = text.index("\n# Estaciones de digitalización")
    profile = PROFILE.format(verify_url=verify_url, tsa=env.pki.tsa_url)
    config.write_text(text[:start] + profile + text[end:], encoding="utf-8")
    (home / "firma").mkdir()
    shutil.copy(env.p12(), home / "firma" / "secretario.p12")
    shutil.copy(next(env.trust.iterdir()), home / "confianza")
    return home
