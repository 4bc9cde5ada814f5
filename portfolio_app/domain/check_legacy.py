"""Reading checks saved by scoring version 1.

Version 1 kept one blended credit per competence (match × level × recency × evidence) and
called everything below 0.7 a gap. Version 2 keeps "says they can" and "shows it" apart.
A saved check is what the app told the user then, so it is not re-run; its factors are read
back into version 2's terms as far as they go:

- only an exact match at level 2 or higher (level factor 0.7 or more) counts as said;
- evidence factor 0.7 was an attachment (document), 0.9 an experience, 1.0 a valid
  leerbewijs (counted as a recorded judgement: whether a document was attached is not
  known), 0.8 another source or an expired leerbewijs (the explanation says "verlopen");
  0.6 was the user's word alone.
  "verlopen" appears as a word ("(verlopen)" after a claim's evidence, ", verlopen." when the
  leerbewijs alone showed it).

The converted check keeps ``scoring_version`` 1, so a comparison with a newer check says that
the app counted differently then.
"""

from __future__ import annotations

import re
from typing import Any

_V1_KEYS = ("coverage", "coverage_essential", "coverage_optional", "gaps", "strengths")
_SAID_LEVEL = 0.69  # level factor of "2 – zelfstandig" was 0.70

_STRENGTH_BY_FACTOR = (
    (0.95, "oordeel"),  # 1.0: a valid leerbewijs
    (0.85, "ervaring"),  # 0.9
    (0.75, "oordeel"),  # 0.8: someone else, or expired (handled apart)
    (0.65, "document"),  # 0.7: an attachment
)


def _strength(evidence: float) -> str | None:
    for floor, strength in _STRENGTH_BY_FACTOR:
        if evidence >= floor:
            return strength
    return None


def _contribution(old: dict[str, Any]) -> dict[str, Any]:
    factors = old.get("factors") or {}
    new = {k: v for k, v in old.items() if k not in ("credit", "factors")}
    if old.get("match") != "exact":
        new.update(standing="niet_gezegd", strength="geen", claim_id=None, evidence_ids=[])
        if old.get("match") in ("broader", "narrower"):
            new["match"] = old["match"]
        return new
    if float(factors.get("level", 0.0)) < _SAID_LEVEL:
        new.update(standing="lager_niveau", strength="eigen_inschatting")
        return new
    evidence = float(factors.get("evidence", 0.0))
    # version 1 wrote "bewijs: 'X' (verlopen)" for a claim and "…, verlopen." without one
    words = re.findall(r"\w+", str(old.get("explanation", "")))
    expired = "verlopen" in words and 0.75 <= evidence < 0.85
    strength = None if expired else _strength(evidence)
    if strength is None:
        new.update(standing="te_bewijzen", strength="eigen_inschatting", expired=expired)
    else:
        new.update(standing="aangetoond", strength=strength)
    return new


def upgrade_v1(data: dict[str, Any]) -> dict[str, Any]:
    """A version 1 check as a version 2 one (idempotent: a converted check passes as is).

    Anything that is not shaped like a version 1 check (a damaged or hand-made file) is
    returned as it is, for the model's validation to name what is wrong."""
    try:
        return _upgrade(data)
    except (TypeError, AttributeError, ValueError):
        return data


def _upgrade(data: dict[str, Any]) -> dict[str, Any]:
    listed = data.get("contributions") or []
    if not isinstance(listed, list):
        return data
    if not any(key in data for key in _V1_KEYS) and not any(
        "credit" in c for c in listed if isinstance(c, dict)
    ):
        return data
    new = {k: v for k, v in data.items() if k not in _V1_KEYS}
    new["scoring_version"] = 1
    contributions = [_contribution(c) if isinstance(c, dict) else c for c in listed]
    new["contributions"] = contributions
    standing = {
        (c["competence"].get("uri") or c["competence"].get("label")): c["standing"]
        for c in contributions
        if isinstance(c, dict) and isinstance(c.get("competence"), dict)
    }
    to_learn, to_prove = [], []
    for gap in data.get("gaps") or []:
        if not isinstance(gap, dict) or not isinstance(gap.get("competence"), dict):
            continue
        key = gap["competence"].get("uri") or gap["competence"].get("label")
        state = standing.get(key, "niet_gezegd")
        point = {k: v for k, v in gap.items() if k != "credit"} | {"standing": state}
        if state == "te_bewijzen":
            to_prove.append(point)
        elif state != "aangetoond":
            to_learn.append(point)
    new["to_learn"], new["to_prove"] = to_learn, to_prove
    evc = data.get("evc")
    if isinstance(evc, dict) and "competences_said" not in evc:
        # version 1 counted "can" (about level 2, any evidence): closest to "said"
        new["evc"] = evc | {"competences_said": evc.get("competences_shown", 0)}
        new["evc"]["competences_shown"] = 0
    return new
