"""Store a vault of the current schema version as a test fixture.

Run once whenever migrations.LATEST goes up, *before* adding the new step's fixture is
needed: ``python -m tests.vault.make_version_fixture``. The file is kept forever, so that
every later version is tested to migrate from it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from portfolio_app.domain import CompetenceClaim, Experience, Leerbewijs, Profile
from portfolio_app.vault import Portfolio
from portfolio_app.vault.migrations import LATEST

FIXTURE_PASSPHRASE = "oude versie blijft leesbaar"
DATA = Path(__file__).resolve().parent / "data"


def fixture_path(version: int) -> Path:
    return DATA / f"vault_v{version}.vault"


def main() -> None:
    path = fixture_path(LATEST)
    path.unlink(missing_ok=True)
    with Portfolio.create(path, FIXTURE_PASSPHRASE) as portfolio:
        portfolio.profile.save(Profile(given_name="Fixture", family_name="Versie"))
        scan = portfolio.attachments.add_bytes(b"%PDF-1.4 fixture", "scan.pdf")
        proof = portfolio.leerbewijzen.add(
            Leerbewijs(title="Attest heftruck", issued=date(2020, 1, 1), attachment_ids=[scan.id])
        )
        work = portfolio.experiences.add(Experience(role="Magazijnier", start=date(2015, 4, 1)))
        portfolio.claims.add(
            CompetenceClaim(
                label="Heftruck besturen",
                level=3,
                leerbewijs_ids=[proof.id],
                experience_ids=[work.id],
            )
        )
    path.with_name(path.name + ".lock").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
