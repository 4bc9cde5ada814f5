"""Pydantic models and pure rules of the portfolio; no I/O, no Qt."""

from portfolio_app.domain.attachment import DEFAULT_MAX_ATTACHMENT_BYTES, Attachment
from portfolio_app.domain.check_result import (
    CheckResult,
    Contribution,
    EvidenceStrength,
    KunnenWillen,
    MatchKind,
    OpenPoint,
    Severity,
    Standing,
    Tally,
    WarningLight,
)
from portfolio_app.domain.claim import CompetenceClaim, Source, cefr_to_level
from portfolio_app.domain.common import ConceptRef, TargetRef, new_id, revised
from portfolio_app.domain.document import PortfolioDocument
from portfolio_app.domain.experience import Experience
from portfolio_app.domain.leerbewijs import (
    CheckStatus,
    Leerbewijs,
    NaricDecision,
    Origin,
    Validity,
    Verification,
    VerificationCheck,
)
from portfolio_app.domain.plan import ActionPlanItem
from portfolio_app.domain.profile import Profile

__all__ = [
    "DEFAULT_MAX_ATTACHMENT_BYTES",
    "ActionPlanItem",
    "Attachment",
    "CheckResult",
    "CheckStatus",
    "CompetenceClaim",
    "ConceptRef",
    "Contribution",
    "EvidenceStrength",
    "Experience",
    "KunnenWillen",
    "Leerbewijs",
    "MatchKind",
    "NaricDecision",
    "OpenPoint",
    "Origin",
    "PortfolioDocument",
    "Profile",
    "Severity",
    "Source",
    "Standing",
    "Tally",
    "TargetRef",
    "Validity",
    "Verification",
    "VerificationCheck",
    "WarningLight",
    "cefr_to_level",
    "new_id",
    "revised",
]
