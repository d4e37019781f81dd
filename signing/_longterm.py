"""PAdES long-term validation (ETSI EN 319 102-1 § 5.6.3) of a B-LTA signature.

Years after signing, the signer's certificate has expired and its OCSP responder may be
gone; what proves the signature is the chain of document timestamps and the validation
data in the DSS. pyHanko's AdES validator judges the signature as of the time those
timestamps prove, from what the file holds.
"""

from __future__ import annotations

from asn1crypto import x509
from pyhanko.sign.ades.report import AdESStatus
from pyhanko.sign.validation import EmbeddedPdfSignature
from pyhanko.sign.validation.ades import ades_lta_validation
from pyhanko.sign.validation.policy_decl import (
    PdfSignatureValidationSpec,
    RevinfoOnlineFetchingRule,
    RevocationInfoGatheringSpec,
    SignatureValidationSpec,
)
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko_certvalidator.context import CertValidationPolicySpec
from pyhanko_certvalidator.fetchers.api import FetcherBackend
from pyhanko_certvalidator.policy_decl import (
    CertRevTrustPolicy,
    RevocationCheckingPolicy,
    RevocationCheckingRule,
)
from pyhanko_certvalidator.registry import SimpleTrustManager

from signing._reasons import subindication_reason

_USAGE = KeyUsageConstraints(key_usage={"non_repudiation", "digital_signature"})


def _spec(
    roots: list[x509.Certificate], fetcher: FetcherBackend | None
) -> PdfSignatureValidationSpec:
    revocation = RevocationCheckingPolicy(
        ee_certificate_rule=RevocationCheckingRule.CHECK_IF_DECLARED,
        intermediate_ca_cert_rule=RevocationCheckingRule.CHECK_IF_DECLARED,
    )
    return PdfSignatureValidationSpec(
        SignatureValidationSpec(
            cert_validation_policy=CertValidationPolicySpec(
                trust_manager=SimpleTrustManager.build(trust_roots=roots),
                revinfo_policy=CertRevTrustPolicy(revocation),
            ),
            # The newest document timestamp is judged now (its TSA's revocation status is
            # fetched when allowed); everything older only from what the file holds.
            revinfo_gathering_policy=RevocationInfoGatheringSpec(
                online_fetching_rule=RevinfoOnlineFetchingRule.NO_HISTORICAL_FETCH
                if fetcher is not None
                else RevinfoOnlineFetchingRule.LOCAL_ONLY,
                fetcher_backend=fetcher,
            ),
            key_usage_settings=_USAGE,
        )
    )


async def long_term_trusted(
    sig: EmbeddedPdfSignature, roots: list[x509.Certificate], fetcher: FetcherBackend | None
) -> tuple[bool, str | None]:
    """Whether the signature passes long-term validation, and why not when it does not."""
    try:
        result = await ades_lta_validation(sig, _spec(roots, fetcher))
    except Exception as exc:  # the validator raises many types on odd files: judge, don't crash
        return False, f"La validación de largo plazo falló ({type(exc).__name__})."
    if result.ades_subindic.status is AdESStatus.PASSED:
        return True, None
    reason = subindication_reason(result.ades_subindic)
    return False, f"Validación de largo plazo: {reason[0].lower()}{reason[1:]}"
