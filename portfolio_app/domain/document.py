"""The whole portfolio as one document: the JSON export format, and its schema.

An export is lossless: attachments travel inside it (base64), so ``export json`` followed by
``import json`` into a new vault gives the same portfolio. References between objects are
checked on import, so a hand-edited file with a dangling or duplicated ID is refused with a
message instead of half-imported.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from portfolio_app.domain.attachment import Attachment
from portfolio_app.domain.check_result import CheckResult
from portfolio_app.domain.claim import CompetenceClaim
from portfolio_app.domain.common import DomainModel
from portfolio_app.domain.experience import Experience
from portfolio_app.domain.leerbewijs import Leerbewijs
from portfolio_app.domain.plan import ActionPlanItem
from portfolio_app.domain.profile import Profile

FORMAT_NAME = "portfolio-app"
FORMAT_VERSION = 1


class AttachmentWithData(Attachment):
    data_base64: Annotated[str, Field(pattern=r"^[A-Za-z0-9+/=\s]*$")]


class PortfolioDocument(DomainModel):
    format: Literal["portfolio-app"] = "portfolio-app"
    format_version: Annotated[int, Field(ge=1, le=FORMAT_VERSION)] = FORMAT_VERSION
    exported_at: datetime = Field(default_factory=datetime.now)
    profile: Profile = Field(default_factory=Profile)
    claims: list[CompetenceClaim] = Field(default_factory=list)
    leerbewijzen: list[Leerbewijs] = Field(default_factory=list)
    experiences: list[Experience] = Field(default_factory=list)
    attachments: list[AttachmentWithData] = Field(default_factory=list)
    plan: list[ActionPlanItem] = Field(default_factory=list)
    checks: list[CheckResult] = Field(default_factory=list)

    @model_validator(mode="after")
    def _references_hold(self) -> PortfolioDocument:
        groups: dict[str, list[str]] = {
            "claims": [c.id for c in self.claims],
            "leerbewijzen": [x.id for x in self.leerbewijzen],
            "experiences": [x.id for x in self.experiences],
            "attachments": [a.id for a in self.attachments],
            "plan": [p.id for p in self.plan],
            "checks": [c.id for c in self.checks],
        }
        for ids in groups.values():
            doubles = [i for i, n in Counter(ids).items() if n > 1]
            if doubles:
                raise PydanticCustomError(
                    "duplicate_id", "dezelfde sleutel komt twee keer voor: {id}", {"id": doubles[0]}
                )
        known = {name: set(ids) for name, ids in groups.items()}
        wanted: list[tuple[str, str]] = []
        for c in self.claims:
            wanted += [("leerbewijzen", i) for i in c.leerbewijs_ids]
            wanted += [("experiences", i) for i in c.experience_ids]
            wanted += [("attachments", i) for i in c.attachment_ids]
        holders: list[Leerbewijs | Experience] = [*self.leerbewijzen, *self.experiences]
        for holder in holders:
            wanted += [("attachments", i) for i in holder.attachment_ids]
        for group, ref in wanted:
            if ref not in known[group]:
                raise PydanticCustomError(
                    "dangling_ref", "verwijst naar iets dat ontbreekt: {id}", {"id": ref}
                )
        return self


def write_schema(path: Path) -> None:
    from portfolio_app.atomic import write_text

    write_text(path, schema_text(), mode=0o644)  # a public file in the repository


def schema_text() -> str:
    schema = PortfolioDocument.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://github.com/portfolio-app/portfolio/schemas/portfolio.schema.json"
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
