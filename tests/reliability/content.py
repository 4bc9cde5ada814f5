"""A portfolio with something in every table, and a snapshot to compare it by.

The fault tests fill a vault, make a write fail, and then demand that everything saved
before is still there: ``snapshot`` is what "still there" means (every object's
fingerprint, the stored attachment bytes, and the profile).
"""

from __future__ import annotations

import os
from datetime import date

from portfolio_app.domain import ActionPlanItem, CompetenceClaim, Experience, Leerbewijs, Profile
from portfolio_app.vault import Portfolio
from tests.reliability import crash_model


def add_saved_content(portfolio: Portfolio) -> None:
    """What a user has saved before the machine fails them."""
    portfolio.profile.save(Profile(given_name="Ann", family_name="Peeters", city="Gent"))
    for label in ("Heftruck besturen", "Voorraad beheren", "Klantvriendelijk werken"):
        portfolio.claims.add(CompetenceClaim(label=label, last_used=date(2023, 5, 1)))
    with portfolio.change("Leerbewijs toegevoegd", "Proof of learning added"):
        scan = portfolio.attachments.add_bytes(os.urandom(40_000), "attest.png")
        proof = Leerbewijs(title="Attest heftruck", attachment_ids=[scan.id])
        portfolio.leerbewijzen.add(proof)
        portfolio.claims.add(CompetenceClaim(label="Heftruck (attest)", leerbewijs_ids=[proof.id]))
    portfolio.experiences.add(Experience(organisation="Magazijn Noord", role="Magazijnier"))
    portfolio.plan.add(ActionPlanItem(goal="VCA-attest halen"))


def snapshot(portfolio: Portfolio) -> dict[str, str]:
    state = crash_model.read_state(portfolio)
    state["profile"] = portfolio.profile.get().model_dump_json()
    state["experiences"] = ",".join(e.model_dump_json() for e in portfolio.experiences.list())
    return state
