"""Fixtures of the check tests: a small competence language of their own (so the expected
answers do not move when the bundled data grows), built once per session, and a CLI runner
that uses that language and a signals table of the tests' own."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from portfolio_app.check import files as check_files
from portfolio_app.language import CompetenceLanguage
from portfolio_app.language import starter as starter_module
from portfolio_app.language.current import build_atomically

DATA = Path(__file__).parent / "data"
LANGUAGE_FILES = [DATA / "check_language.json"]
SIGNALS_CSV = DATA / "signals.csv"


@pytest.fixture(scope="session")
def check_language(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CompetenceLanguage]:
    folder = tmp_path_factory.mktemp("check-language")
    data = starter_module.load(LANGUAGE_FILES)
    path = build_atomically(folder, "check-test.sqlite", data, {"source": "test"})
    with CompetenceLanguage.open(path) as language:
        yield language


@pytest.fixture
def cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Callable[..., tuple[int, str, str]]:
    """``cli("check", "kok")`` -> (exit status, stdout, stderr), with the test language as
    the bundled starter language and the test signals as the bundled signals."""
    from portfolio_app.cli import main
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("PORTFOLIO_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(starter_module, "bundled_files", lambda: list(LANGUAGE_FILES))
    monkeypatch.setattr(
        check_files, "bundled_signals_text", lambda: SIGNALS_CSV.read_text(encoding="utf-8")
    )

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run
