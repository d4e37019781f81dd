"""PDF/A-2b verdict of a written file, from pikepdf's own validator."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pikepdf

if TYPE_CHECKING:
    from pikepdf import pdfa


@dataclass(frozen=True, kw_only=True)
class PdfaVerdict:
    flavour: str
    verdict: str  # pass | fail | not_checked
    findings: tuple[str, ...] = ()


def _verdict(report: pdfa.Report, flavour: str) -> PdfaVerdict:
    findings = tuple(f"{f.rule}: {f.message}" for f in report.findings[:20])
    return PdfaVerdict(flavour=flavour, verdict=str(report.verdict), findings=findings)


def _drop_transitions(pdf: pikepdf.Pdf) -> None:
    """Page transitions (/Trans, a slide-show effect some producers such as reportlab
    write on every page) mean nothing in an archive, and the validator cannot check them:
    the copy leaves them out."""
    for page in pdf.pages:
        if "/Trans" in page.obj:
            del page.obj.Trans


def convert(source: Path, dest: Path, flavour: str = "2b") -> PdfaVerdict:
    """``source`` made PDF/A into ``dest`` by pikepdf (what OCRmyPDF's internal backend
    calls), validated once on the bytes written. A file that does not pass is not written:
    the caller keeps the plain searchable PDF and stores the verdict with its reasons."""
    from pikepdf import pdfa  # its validator costs 0.2 s to import; only writers need it

    try:
        with pikepdf.Pdf.open(source, conversion_mode="explicit") as pdf:
            _drop_transitions(pdf)
            report = pdfa.save(pdf, dest, flavour, output_intent="sRGB")
    except pdfa.PdfaError as exc:
        return _verdict(exc.report, flavour)
    except (pikepdf.PdfError, ValueError, OSError) as exc:  # the searchable PDF stays
        return PdfaVerdict(
            flavour=flavour, verdict="fail", findings=(f"{type(exc).__name__}: {exc}",)
        )
    return _verdict(report, flavour)
