from __future__ import annotations

import json

from portfolio_app.domain.document import schema_text
from tests.conftest import REPO_ROOT

SCHEMA = REPO_ROOT / "schemas" / "portfolio.schema.json"


def test_checked_in_schema_matches_the_models() -> None:
    """Regenerate with: python tools/generate_schemas.py"""
    assert SCHEMA.read_text(encoding="utf-8") == schema_text()


def test_schema_describes_the_export() -> None:
    schema = json.loads(schema_text())
    assert schema["title"] == "PortfolioDocument"
    for section in ("claims", "leerbewijzen", "experiences", "attachments", "plan", "checks"):
        assert section in schema["properties"]
