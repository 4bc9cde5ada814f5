"""What a format reader hands on: the credential's fields in one shape for every format.

The readers (Open Badges 2.0, Open Badges 3.0 / VC, European Learning Model) only map fields;
the checks that are the same for all (recipient, expiry, revocation) and the building of the
``Leerbewijs`` happen once, in ``reader``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from portfolio_app.credentials.checks import Identity
from portfolio_app.credentials.jsontools import Moment, dicts, id_of, text_of
from portfolio_app.domain import VerificationCheck
from portfolio_app.domain.enums import LeerbewijsKind

_EQF = re.compile(r"^https?://data\.europa\.eu/snb/eqf/([1-8])$")
_LEVEL_FRAMEWORKS = {"eqf", "ekk", "vks", "european qualifications framework"}


class Notice(NamedTuple):
    """A message for the user, in Dutch and English."""

    nl: str
    en: str

    def text(self, lang: str = "nl") -> str:
        return self.en if lang == "en" else self.nl


@dataclass(frozen=True)
class Candidate:
    """A competence the credential says it proves, before it is matched to the language."""

    uri: str
    label: str


@dataclass
class Draft:
    format_code: str
    format_name: Notice
    kind: LeerbewijsKind
    title: str
    issuer: str = ""
    issued: Moment | None = None
    expires: Moment | None = None
    vks_level: int | None = None
    qualification_uri: str = ""
    credential_number: str = ""
    verification_url: str = ""
    description: str = ""
    criteria: str = ""
    evidence: list[str] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    identities: list[Identity] = field(default_factory=list)
    status_url: str = ""
    checks: list[VerificationCheck] = field(default_factory=list)
    warnings: list[Notice] = field(default_factory=list)


def where(encoding: str, container: str) -> str:
    """How the credential came: "VC-JWT", "VC-JWT, PNG" when baked into an image, "VC-JWT, VP"
    when it came in a presentation."""
    return f"{encoding}, {container.upper()}" if container in ("png", "svg", "vp") else encoding


def eqf_level(uri: str = "", framework: str = "", code: str = "") -> int | None:
    """An EQF/VKS level from the Europass concept URI (``…/snb/eqf/4``) or from an alignment
    that names the framework and gives the level as its code."""
    found = _EQF.match(uri.strip())
    if found:
        return int(found.group(1))
    code = code.strip()
    if framework.strip().lower() in _LEVEL_FRAMEWORKS and len(code) == 1 and code in "12345678":
        return int(code)
    return None


def alignments(values: Any, draft: Draft) -> None:
    """Open Badges alignments (2.0 and 3.0 share the field names): an EQF alignment gives the
    level, every other one a competence candidate."""
    for item in dicts(values):
        uri = text_of(item.get("targetUrl")) or id_of(item)
        label = text_of(item.get("targetName"))
        level = eqf_level(
            uri, text_of(item.get("targetFramework")), text_of(item.get("targetCode"))
        )
        if level is not None:
            draft.vks_level = draft.vks_level or level
        elif uri or label:
            draft.candidates.append(Candidate(uri, label))


def evidence_texts(values: Any) -> list[str]:
    """Evidence as short readable lines: a name, a narrative or description, and a link."""
    lines: list[str] = []
    for item in values if isinstance(values, list) else [values]:
        if isinstance(item, str) and item.strip():
            lines.append(item.strip())
        elif isinstance(item, dict):
            head = text_of(item.get("name"))
            body = text_of(item.get("narrative")) or text_of(item.get("description"))
            link = id_of(item)
            text = ": ".join(part for part in (head, body) if part)
            if link:
                text = f"{text} ({link})" if text else link
            if text:
                lines.append(text)
    return lines
