"""Write the JSON Schemas in schemas/ from the pydantic models (a test checks they match)."""

from __future__ import annotations

from pathlib import Path

from portfolio_app.domain.document import write_schema

if __name__ == "__main__":
    write_schema(Path(__file__).resolve().parents[1] / "schemas" / "portfolio.schema.json")
