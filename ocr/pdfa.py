"""PDF/A-2b verdict of a written file, from pikepdf's own validator."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pikepdf import pdfa


@dataclass(frozen=True, kw_only=True)
class PdfaVerdict:
    flavour: str
    verdict: str  # pass | fail | not_checked
    findings: tuple[str, ...] = ()


def validate(path: Path, flavour: str = "2b") -> PdfaVerdict:
    report = pdfa.validate_written(path, flavour)
    findings = tuple(f"{f.rule}: {f.message}" for f in report.findings[:20])
    return PdfaVerdict(flavour=flavour, verdict=str(report.verdict), findings=findings)
