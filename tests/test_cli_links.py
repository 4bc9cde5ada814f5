"""Links from the command line: ``--competence`` on ``leerbewijs add`` and ``experience add``,
``--leerbewijs``/``--experience`` on ``competence add``, ``link`` and ``unlink``, and the list
commands (text and ``--json``) showing every link from both sides."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from portfolio_app.cli import main
from portfolio_app.commands.names import AmbiguousName, find_concept
from portfolio_app.language import SearchHit
from tests.conftest import PASSPHRASE

Cli = Callable[..., tuple[int, str, str]]
FORKLIFT = "http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da"
STACKING = "http://data.europa.eu/esco/skill/3d086228-d7fc-4c23-972a-22b7d44a6173"


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    monkeypatch.setenv("PORTFOLIO_PASSPHRASE", PASSPHRASE)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    assert run("init")[0] == 0
    return run


def listed(cli: Cli, what: str) -> list[dict[str, object]]:
    code, out, _ = cli(what, "list", "--json")
    assert code == 0
    data: list[dict[str, object]] = json.loads(out)
    return data


def test_a_portfolio_built_in_the_terminal_links_both_ways(cli: Cli, tmp_path: Path) -> None:
    scan = tmp_path / "getuigschrift.pdf"
    scan.write_bytes(b"%PDF-1.4\n% getuigschrift\n%%EOF\n")
    assert cli("competence", "add", "heftruck besturen", "--level", "3")[0] == 0
    code, out, err = cli(
        "leerbewijs", "add", "--kind", "getuigschrift", "--title", "Getuigschrift heftruck",
        "--file", str(scan), "--competence", "Heftruck besturen", "--competence", STACKING,
    )  # fmt: skip
    assert code == 0, err
    assert "competenties: heftruck besturen, goederen stapelen" in out
    # a concept that is no claim yet is linked, and the user learns how to add it
    assert (
        "'goederen stapelen' staat nog niet bij je competenties. "
        'Voeg het toe met: portfolio competence add "goederen stapelen"'
    ) in out
    code, out, err = cli(
        "experience", "add", "--role", "Magazijnier", "--organisation", "Colruyt",
        "--description", "Ik reed elke dag met de heftruck.", "--competence", "heftruck besturen",
    )  # fmt: skip
    assert code == 0, err

    (claim,) = listed(cli, "competence")
    (proof,) = listed(cli, "leerbewijs")
    (work,) = listed(cli, "experience")
    assert claim["leerbewijs_ids"] == [proof["id"]] and claim["experience_ids"] == [work["id"]]
    assert [c["uri"] for c in proof["competences"]] == [FORKLIFT, STACKING]  # type: ignore[attr-defined]
    assert proof["claim_ids"] == [claim["id"]] and work["claim_ids"] == [claim["id"]]

    code, out, _ = cli("competence", "list")
    short_proof, short_work = str(proof["id"])[:8], str(work["id"])[:8]
    assert f"aangetoond met: Getuigschrift heftruck ({short_proof})" in out
    assert f"gebruikt bij: Magazijnier – Colruyt ({short_work})" in out
    code, out, _ = cli("leerbewijs", "list")
    assert (
        "competenties: heftruck besturen, goederen stapelen (nog niet bij je competenties)" in out
    )

    # adding the claim later needs no second link
    code, out, _ = cli("competence", "add", "goederen stapelen")
    assert code == 0 and f"aangetoond met: Getuigschrift heftruck ({short_proof})" in out

    # unlink by a part of the title; the list shows it at once, from both sides
    code, out, _ = cli("unlink", "heftruck besturen", "--leerbewijs", "getuigschrift")
    assert code == 0 and out == (
        "Losgekoppeld: heftruck besturen – leerbewijs 'Getuigschrift heftruck'.\n"
    )
    code, out, _ = cli("leerbewijs", "list")
    assert "competenties: goederen stapelen\n" in out
    assert "aangetoond met" not in cli("competence", "list")[1].split("\n")[1]
    code, out, _ = cli("unlink", "heftruck besturen", "--leerbewijs", short_proof)
    assert code == 0 and "Er is niets veranderd." in out

    # link again, to two items at once, by short id and title
    code, out, _ = cli(
        "link", "heftruck besturen", "--leerbewijs", short_proof, "--experience", "Magazijnier"
    )
    assert code == 0
    assert out.splitlines() == [
        "Gekoppeld: heftruck besturen – leerbewijs 'Getuigschrift heftruck'.",
        "Was al gekoppeld: heftruck besturen – ervaring 'Magazijnier – Colruyt'.",
    ]
    code, out, _ = cli("--lang", "en", "experience", "list")
    assert "competences: heftruck besturen\n" in out


def test_competence_add_links_to_what_exists(cli: Cli) -> None:
    cli("leerbewijs", "add", "--kind", "attest", "--title", "Attest EHBO")
    cli("experience", "add", "--role", "Leiding", "--organisation", "Chiro")
    code, out, err = cli(
        "competence", "add", "samenwerken", "--leerbewijs", "Attest EHBO", "--experience", "chiro"
    )
    assert code == 0, err
    assert "aangetoond met: Attest EHBO" in out and "gebruikt bij: Leiding – Chiro" in out
    (proof,) = listed(cli, "leerbewijs")
    assert [c["label"] for c in proof["competences"]] == ["samenwerken"]  # type: ignore[attr-defined]


def test_mistakes_are_one_line_and_change_nothing(cli: Cli) -> None:
    code, _, err = cli(
        "leerbewijs", "add", "--kind", "attest", "--title", "VCA",
        "--competence", "heftruk besturen",
    )  # fmt: skip
    assert code == 5 and err.count("\n") == 1
    assert "Bedoelde je: heftruck besturen?" in err and "--free" in err
    assert listed(cli, "leerbewijs") == []  # a typo adds nothing

    cli("leerbewijs", "add", "--kind", "attest", "--title", "VCA basis")
    cli("leerbewijs", "add", "--kind", "attest", "--title", "VCA vol")
    code, _, err = cli("link", "heftruck besturen", "--leerbewijs", "VCA")
    assert code == 6 and "'VCA' past bij meer dan één:" in err
    assert "VCA basis" in err and "VCA vol" in err
    code, _, err = cli("link", "heftruck besturen", "--leerbewijs", "diploma")
    assert code == 5 and "portfolio leerbewijs list" in err
    code, _, err = cli("link", "heftruck besturen")
    assert code == 2 and err == (
        "portfolio: Zeg waaraan: geef --leerbewijs ID of --experience ID (of allebei).\n"
    )
    assert all(not p["competences"] for p in listed(cli, "leerbewijs"))


def test_a_name_of_two_competences_is_refused_with_both(cli: Cli) -> None:
    cli("competence", "add", "Frans", "--free")
    cli("competence", "add", "Frans", "--level", "B1")
    cli("leerbewijs", "add", "--kind", "taalcertificaat", "--title", "Frans B1")
    code, _, err = cli("link", "Frans", "--leerbewijs", "Frans B1")
    assert code == 6 and err.count("Frans (") == 2 and "portfolio competence list" in err
    free, named = listed(cli, "competence")
    code, out, _ = cli("link", str(named["id"])[:8], "--leerbewijs", "Frans B1")
    assert code == 0
    free, named = listed(cli, "competence")
    assert free["leerbewijs_ids"] == [] and named["leerbewijs_ids"] != []


class TwoFrench:
    """A language where two concepts carry the very same label (ESCO has such)."""

    def search(self, text: str, **_: object) -> list[SearchHit]:
        return [
            SearchHit(uri=f"urn:x:{n}", kind="concept", label="Frans", matched_text="Frans",
                      match="exact", score=1.0, type=None)
            for n in (1, 2)
        ]  # fmt: skip

    def concept(self, uri: str) -> None:
        return None


def test_a_label_of_two_concepts_is_refused_with_their_uris() -> None:
    with pytest.raises(AmbiguousName) as info:
        find_concept(TwoFrench(), "frans")  # type: ignore[arg-type]
    assert "Frans (urn:x:1); Frans (urn:x:2). Geef de URI." in info.value.message()
