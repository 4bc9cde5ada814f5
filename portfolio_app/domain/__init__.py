"""Pydantic models and pure rules of the portfolio; no I/O, no Qt."""

from portfolio_app.domain.attachment import DEFAULT_MAX_ATTACHMENT_BYTES, Attachment
from portfolio_app.domain.check_result import (
    CheckResult,
    Contribution,
    Gap,
    KunnenWillen,
    MatchKind,
    Severity,
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
    "Experience",
    "Gap",
    "KunnenWillen",
    "Leerbewijs",
    "MatchKind",
    "NaricDecision",
    "Origin",
    "PortfolioDocument",
    "Profile",
    "Severity",
    "Source",
    "TargetRef",
    "Validity",
    "Verification",
    "VerificationCheck",
    "WarningLight",
    "cefr_to_level",
    "new_id",
    "revised",
]
