"""The portfolio as a JSON Resume (https://jsonresume.org, schema v1.0.0), for CV builders
and job sites that read that format.

The mapping: claims become ``skills`` (language claims ``languages``), leerbewijzen become
``certificates`` except diplomas and getuigschriften, which with study experiences make up
``education``; work and internships go to ``work``, volunteering to ``volunteer``, informal
experiences to ``projects``. Notes and attachments have no place in the format and never go
in. The schema is kept in ``schemas/jsonresume.schema.json`` and the tests validate against it.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from portfolio_app.domain import Experience, Leerbewijs
from portfolio_app.domain.enums import CompetenceKind, ExperienceKind, LeerbewijsKind, label
from portfolio_app.export.json_document import atomic_write
from portfolio_app.export.names import Names
from portfolio_app.export.options import PersonalField, ResumeOptions, chosen
from portfolio_app.vault import Portfolio

SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
EDUCATION_KINDS = frozenset({LeerbewijsKind.DIPLOMA, LeerbewijsKind.GETUIGSCHRIFT})
WORK_KINDS = frozenset({ExperienceKind.WERK, ExperienceKind.STAGE})


def build_resume(
    portfolio: Portfolio, options: ResumeOptions | None = None, names: Names | None = None
) -> dict[str, Any]:
    """The resume; ``names`` gives the competence language's names in the resume's language
    (``names.portfolio_names``), else the names saved with the claims are used."""
    options = options or ResumeOptions()
    lang = options.lang
    if names is None or names.lang != lang:
        names = Names(lang)
    claims = [c for c in portfolio.claims.list() if chosen(options.claim_ids, c.id)]
    proofs = [p for p in portfolio.leerbewijzen.list() if chosen(options.leerbewijs_ids, p.id)]
    experiences = [e for e in portfolio.experiences.list() if chosen(options.experience_ids, e.id)]
    skills = [
        _drop_empty(
            {
                "name": names.of(c.concept_uri, c.label)[0],
                "level": c.level_text(lang),
                "keywords": [label(c.kind, lang)],
            }
        )
        for c in claims
        if c.kind is not CompetenceKind.TAAL
    ]
    languages = [
        {"language": names.of(c.concept_uri, c.label)[0], "fluency": c.level_text(lang)}
        for c in claims
        if c.kind is CompetenceKind.TAAL
    ]
    created = options.created or date.today()
    resume: dict[str, Any] = {
        "$schema": SCHEMA_URL,
        "basics": _basics(portfolio, options),
        "work": [_work(e) for e in experiences if e.kind in WORK_KINDS],
        "volunteer": [
            _volunteer(e) for e in experiences if e.kind is ExperienceKind.VRIJWILLIGERSWERK
        ],
        "education": [_education(p, lang) for p in proofs if p.kind in EDUCATION_KINDS]
        + [_study(e) for e in experiences if e.kind is ExperienceKind.OPLEIDING],
        "certificates": [_certificate(p) for p in proofs if p.kind not in EDUCATION_KINDS],
        "skills": skills,
        "languages": languages,
        "projects": [_project(e) for e in experiences if e.kind is ExperienceKind.INFORMEEL],
        "meta": {
            "version": "v1.0.0",
            "lastModified": datetime(created.year, created.month, created.day).isoformat(),
        },
    }
    return resume


def render_json_resume(
    portfolio: Portfolio, options: ResumeOptions | None = None, names: Names | None = None
) -> bytes:
    resume = build_resume(portfolio, options, names)
    return (json.dumps(resume, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def save_json_resume(
    portfolio: Portfolio,
    path: Path,
    options: ResumeOptions | None = None,
    names: Names | None = None,
) -> bytes:
    data = render_json_resume(portfolio, options, names)
    atomic_write(path, data)
    return data


def _basics(portfolio: Portfolio, options: ResumeOptions) -> dict[str, Any]:
    profile = portfolio.profile.get()
    fields = options.fields
    basics: dict[str, Any] = {}
    if PersonalField.NAME in fields:
        basics["name"] = profile.full_name
    if PersonalField.HEADLINE in fields:
        basics["label"] = profile.headline.strip()
    if PersonalField.EMAIL in fields and profile.emails:
        basics["email"] = profile.emails[0]
    if PersonalField.PHONE in fields:
        basics["phone"] = profile.phone.strip()
    if PersonalField.WEBSITE in fields and profile.website.strip():
        site = profile.website.strip()
        basics["url"] = site if "://" in site else f"https://{site}"
    if PersonalField.SUMMARY in fields:
        basics["summary"] = profile.summary.strip()
    if PersonalField.CITY in fields and profile.city.strip():
        basics["location"] = {"city": profile.city.strip(), "countryCode": "BE"}
    return _drop_empty(basics)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _drop_empty(data: dict[str, Any]) -> dict[str, Any]:
    """JSON Resume readers show empty strings as empty lines; leave the key out instead."""
    return {k: v for k, v in data.items() if v not in (None, "", [], {})}


def _work(e: Experience) -> dict[str, Any]:
    return _drop_empty(
        {
            "name": e.organisation.strip(),
            "position": e.role.strip(),
            "startDate": _iso(e.start),
            "endDate": _iso(e.end),
            "summary": e.description.strip(),
        }
    )


def _volunteer(e: Experience) -> dict[str, Any]:
    return _drop_empty(
        {
            "organization": e.organisation.strip(),
            "position": e.role.strip(),
            "startDate": _iso(e.start),
            "endDate": _iso(e.end),
            "summary": e.description.strip(),
        }
    )


def _study(e: Experience) -> dict[str, Any]:
    return _drop_empty(
        {
            "institution": e.organisation.strip(),
            "area": e.role.strip(),
            "startDate": _iso(e.start),
            "endDate": _iso(e.end),
        }
    )


def _education(p: Leerbewijs, lang: str) -> dict[str, Any]:
    return _drop_empty(
        {
            "institution": p.issuer.strip(),
            "area": p.title,
            "studyType": label(p.kind, lang),
            "endDate": _iso(p.issued),
            "url": p.verification_url,
        }
    )


def _certificate(p: Leerbewijs) -> dict[str, Any]:
    return _drop_empty(
        {
            "name": p.title,
            "date": _iso(p.issued),
            "issuer": p.issuer.strip(),
            "url": p.verification_url,
        }
    )


def _project(e: Experience) -> dict[str, Any]:
    return _drop_empty(
        {
            "name": e.title,
            "description": e.description.strip(),
            "startDate": _iso(e.start),
            "endDate": _iso(e.end),
            "entity": e.organisation.strip(),
        }
    )
