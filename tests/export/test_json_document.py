from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from portfolio_app.domain import (
    ActionPlanItem,
    CompetenceClaim,
    Experience,
    Leerbewijs,
    NaricDecision,
    Profile,
    Source,
)
from portfolio_app.domain.enums import LevelScale, QualificationRoute, SourceKind
from portfolio_app.errors import InvalidInput, TooLarge
from portfolio_app.export import json_document
from portfolio_app.export.json_document import (
    build_document,
    import_document,
    parse_document,
    read_json,
    write_json,
)
from portfolio_app.vault import Portfolio
from tests.conftest import PASSPHRASE


def fill(portfolio: Portfolio) -> None:
    portfolio.profile.save(
        Profile(given_name="Zoë", family_name="D’Hondt", emails=["zoe@example.org"])
    )
    scan = portfolio.attachments.add_bytes(bytes(range(256)) * 100, "scan €.pdf", "application/pdf")
    proof = portfolio.leerbewijzen.add(
        Leerbewijs(
            title="Diploma secundair onderwijs – coöperatie",
            issued=date(2010, 6, 30),
            vks_level=4,
            route=QualificationRoute.SECUNDAIR_ONDERWIJS,
            naric=NaricDecision(
                country="Marokko", decision="gelijkwaardig", decided=date(2012, 1, 5)
            ),
            exemptions=["Wiskunde"],
            attachment_ids=[scan.id],
        )
    )
    work = portfolio.experiences.add(Experience(role="Kok", organisation="Brasserie ’t Hoekske"))
    portfolio.claims.add(
        CompetenceClaim(
            label="Frans",
            concept_uri="urn:portfolio-app:concept:frans",
            level_scale=LevelScale.CEFR,
            level=3,
            sources=[Source(kind=SourceKind.SCHOOL, name="CVO", date=date(2019, 1, 1))],
            leerbewijs_ids=[proof.id],
            experience_ids=[work.id],
            note="émoji 🎉 en עברית",
        )
    )
    portfolio.plan.add(ActionPlanItem(goal="Taalcursus B2"))


def test_export_then_import_into_a_new_vault_is_lossless(
    portfolio: Portfolio, tmp_path: Path
) -> None:
    fill(portfolio)
    out = tmp_path / "export.json"
    original = write_json(portfolio, out)
    target = tmp_path / "second.vault"
    with Portfolio.create(target, PASSPHRASE) as second:
        import_document(second, read_json(out))
        copy = build_document(second)
        assert copy.model_dump(exclude={"exported_at"}) == original.model_dump(
            exclude={"exported_at"}
        )
        assert second.attachments.data(copy.attachments[0].id) == bytes(range(256)) * 100
        second.undo()  # the whole import is one step
        assert second.is_empty()


def test_import_refuses_a_non_empty_vault_unless_replacing(portfolio: Portfolio) -> None:
    fill(portfolio)
    document = build_document(portfolio)
    with pytest.raises(InvalidInput):
        import_document(portfolio, document)
    import_document(portfolio, document, replace=True)
    assert portfolio.claims.count() == 1


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"\xff\xfe\x00garbage", "geen UTF-8"),
        (b'{"format": "portfolio-app", "claims": [', "geen geldige JSON (regel 1"),
        (b"[" * 50_000 + b"]" * 50_000, "te diep genest"),
        (b'{"hello": 1}', "geen portfolio-export"),
        (b'{"format": "portfolio-app", "format_version": 99}', "nieuwere versie"),
        (b'{"format": "portfolio-app", "claims": [{"label": "x", "level": 1e400}]}', "Niveau"),
        (
            b'{"format": "portfolio-app", "claims": '
            b'[{"id": "a", "label": "x"}, {"id": "a", "label": "y"}]}',
            "twee keer",
        ),
        (
            b'{"format": "portfolio-app", "claims": [{"label": "x", "leerbewijs_ids": ["zz"]}]}',
            "niet in het bestand",
        ),
        (
            b'{"format": "portfolio-app", "attachments": [{"filename": "a", "sha256": "00"}]}',
            "bevat fouten",
        ),
    ],
)
def test_malformed_files_get_a_clear_message(raw: bytes, expected: str) -> None:
    with pytest.raises(InvalidInput) as info:
        parse_document(raw, "import.json")
    assert expected in info.value.message()
    assert "Traceback" not in info.value.message()


def test_damaged_attachment_in_file_is_refused_and_nothing_is_stored(portfolio: Portfolio) -> None:
    fill(portfolio)
    data = json.loads(build_document(portfolio).model_dump_json())
    data["attachments"][0]["data_base64"] = "QUJD"  # valid base64, wrong bytes
    document = parse_document(json.dumps(data).encode())
    with pytest.raises(InvalidInput) as info:
        import_document(portfolio, document, replace=True)
    assert "controlesom" in info.value.message()
    assert portfolio.claims.count() == 1 and portfolio.attachments.count() == 1


def test_size_is_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b"{}" * 100)
    monkeypatch.setattr(json_document, "MAX_IMPORT_BYTES", 10)
    with pytest.raises(TooLarge):
        read_json(big)


def test_export_errors_say_the_portfolio_is_untouched(
    portfolio: Portfolio, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from portfolio_app.errors import StorageFull

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(StorageFull) as info:
        write_json(portfolio, tmp_path / "uit.json")
    assert "uit.json kon niet bewaard worden" in info.value.message()
    assert "niets veranderd" in info.value.message()
    assert not list(tmp_path.glob("*.part"))
