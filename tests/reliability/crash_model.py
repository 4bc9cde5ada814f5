"""What the crash harness compares: the vault's content as a flat map of fingerprints.

The writer (a child process) and the checker (the test) must agree on what "this commit is
present and complete" means without sharing memory. Both reduce the vault to
``{"claims/<id>": fingerprint, ...}``: one entry per stored object, whose fingerprint covers
the fields the writer sets and, for an attachment, the bytes actually stored. A commit is then
a set of entries (``None`` for a deleted object), and "every acknowledged commit is present"
becomes a comparison of two maps. Kept free of pytest so the child imports only what it needs.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from portfolio_app.domain import ActionPlanItem, Attachment, CompetenceClaim, Leerbewijs
from portfolio_app.vault import Portfolio

State = dict[str, str]
Effects = dict[str, str | None]


def _digest(*parts: Any) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:24]


def claim_fp(claim: CompetenceClaim) -> str:
    return _digest(claim.label, claim.note, claim.leerbewijs_ids, claim.attachment_ids)


def leerbewijs_fp(item: Leerbewijs) -> str:
    return _digest(item.title, item.attachment_ids)


def plan_fp(item: ActionPlanItem) -> str:
    return _digest(item.goal, item.status.value, item.notes)


def attachment_fp(meta_sha256: str, size: int, data: bytes) -> str:
    """Metadata and stored bytes together: a blob cut short or from another row shows."""
    return _digest(meta_sha256, size, hashlib.sha256(data).hexdigest(), len(data))


def new_attachment_fp(attachment: Attachment, data: bytes) -> str:
    return attachment_fp(attachment.sha256, attachment.size, data)


def read_state(portfolio: Portfolio) -> State:
    """Everything the harness writes, as the vault holds it now."""
    state: State = {}
    for claim in portfolio.claims.list():
        state[f"claims/{claim.id}"] = claim_fp(claim)
    for item in portfolio.leerbewijzen.list():
        state[f"leerbewijzen/{item.id}"] = leerbewijs_fp(item)
    for plan in portfolio.plan.list():
        state[f"plan/{plan.id}"] = plan_fp(plan)
    for attachment in portfolio.attachments.list():
        data = portfolio.attachments.data(attachment.id)
        state[f"attachments/{attachment.id}"] = attachment_fp(
            attachment.sha256, attachment.size, data
        )
    return state


def apply(state: State, effects: Effects) -> State:
    """The state after one commit."""
    after = dict(state)
    for key, value in effects.items():
        if value is None:
            after.pop(key, None)
        else:
            after[key] = value
    return after
