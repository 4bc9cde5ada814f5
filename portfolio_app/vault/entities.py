"""The repositories of the portfolio's objects, and how a delete keeps references whole.

Deleting a leerbewijs or an experience also unlinks it from the claims that cite it, and
drops the attachments only it held, in the same transaction; undo restores all of it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from portfolio_app.domain import (
    ActionPlanItem,
    CheckResult,
    CompetenceClaim,
    Experience,
    Leerbewijs,
)
from portfolio_app.domain.plan import closed_as
from portfolio_app.vault.attachments import AttachmentRepository
from portfolio_app.vault.repository import Repository


class ClaimRepository(Repository[CompetenceClaim]):
    table = "claims"
    model = CompetenceClaim
    what_nl = "competentie"
    what_en = "competence"

    def columns(self, obj: CompetenceClaim) -> dict[str, Any]:
        return {"concept_uri": obj.concept_uri}

    def by_concept(self, uri: str) -> list[CompetenceClaim]:
        rows = self._vault.query(
            "SELECT data FROM claims WHERE concept_uri = ? ORDER BY rowid", [uri]
        )
        return [self._load(r[0]) for r in rows]

    def unlink(self, field: str, target_id: str) -> None:
        """Drop ``target_id`` from one evidence list of every claim (inside a transaction)."""
        for claim in self.list():
            ids: list[str] = getattr(claim, field)
            if target_id in ids:
                setattr(claim, field, [i for i in ids if i != target_id])
                self._write(claim)


class EvidenceRepository(Repository[Any]):
    """Leerbewijzen and experiences: cited by claims, holders of attachments."""

    claim_field: str

    def __init__(
        self,
        *args: Any,
        claims: ClaimRepository,
        attachments: AttachmentRepository,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._claims = claims
        self._attachments = attachments

    def _before_delete(self, key: str) -> None:
        self._claims.unlink(self.claim_field, key)
        for attachment_id in self.get(key).attachment_ids:
            self._attachments.delete_if_unused(attachment_id, ignoring=(self.table, key))


class LeerbewijsRepository(EvidenceRepository):
    table = "leerbewijzen"
    model = Leerbewijs
    what_nl = "leerbewijs"
    what_en = "proof of learning"
    claim_field = "leerbewijs_ids"


class ExperienceRepository(EvidenceRepository):
    table = "experiences"
    model = Experience
    what_nl = "ervaring"
    what_en = "experience"
    claim_field = "experience_ids"


class PlanRepository(Repository[ActionPlanItem]):
    table = "plan_items"
    model = ActionPlanItem
    what_nl = "actie"
    what_en = "action"

    def open_items(self) -> list[ActionPlanItem]:
        return [item for item in self.list() if item.is_open]

    def update(self, obj: ActionPlanItem) -> ActionPlanItem:
        """A change of status dates the step: ``closed_on`` becomes today when it is closed
        (klaar, geschrapt) and is cleared when it is opened again, whoever changed it (the
        plan page, its dialog, the CLI). A caller that sets ``closed_on`` itself keeps it."""
        stored = self.find(obj.id)
        if (
            stored is not None
            and stored.status is not obj.status
            and obj.closed_on == stored.closed_on
        ):
            before = obj.model_copy(update={"status": stored.status})
            obj = closed_as(before, obj.status, date.today())
        return super().update(obj)


class CheckRepository(Repository[CheckResult]):
    table = "checks"
    model = CheckResult
    what_nl = "check"
    what_en = "check"

    def columns(self, obj: CheckResult) -> dict[str, Any]:
        return {"target_uri": obj.target.uri, "checked_on": obj.checked_on.isoformat()}

    def for_target(self, uri: str) -> list[CheckResult]:
        """Oldest first, so a history reads left to right."""
        rows = self._vault.query(
            "SELECT data FROM checks WHERE target_uri = ? ORDER BY checked_on, rowid", [uri]
        )
        return [self._load(r[0]) for r in rows]

    def latest(self) -> CheckResult | None:
        rows = self._vault.query(
            "SELECT data FROM checks ORDER BY checked_on DESC, rowid DESC LIMIT 1"
        )
        return self._load(rows[0][0]) if rows else None
