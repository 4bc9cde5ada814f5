"""Shared test setup: an isolated data directory and keyring for every test, and a template
vault that tests copy instead of paying for a new key derivation each time."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "paars fietsje leest graag"
REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in the test's memory only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError("not stored")
        del self.store[(service, username)]


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data directory; nothing touches the user's real one."""
    home = tmp_path / "home"
    monkeypatch.setenv("PORTFOLIO_HOME", str(home))
    monkeypatch.delenv("PORTFOLIO_PASSPHRASE", raising=False)
    return home


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


_BUILT_LANGUAGES: dict[str, Path] = {}


@pytest.fixture(autouse=True)
def bundled_language_built_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The bundled language (ESCO extract and starter files) takes a few seconds to build.
    A test that opens it in its own fresh data folder gets a copy of one built once per
    session, which is what a build would write there. Languages of the tests' own small
    starter files are built for real, as are those of tests that restore
    ``current.build_starter_file`` (``tests/language/test_bundled_language.py``)."""
    from portfolio_app.language import current, starter
    from portfolio_app.language.esco_extract import SUFFIX
    from portfolio_app.paths import AppPaths

    real = current.build_starter_file

    def copy_of_one_build(paths: AppPaths, step: current.Step | None = None) -> Path:
        if not any(f.name.endswith(SUFFIX) for f in starter.bundled_files()):
            return real(paths, step)
        digest = current.starter_hash()
        target = paths.language_dir / f"starter-{digest[:16]}.sqlite"
        if target.is_file():
            return target
        if digest not in _BUILT_LANGUAGES:
            folder = tmp_path_factory.mktemp("bundled-language")
            _BUILT_LANGUAGES[digest] = real(AppPaths(folder), step)
        paths.language_dir.mkdir(parents=True, exist_ok=True)
        part = target.with_name(".copy-" + target.name)
        shutil.copyfile(_BUILT_LANGUAGES[digest], part)
        part.replace(target)
        return target

    monkeypatch.setattr(current, "build_starter_file", copy_of_one_build)


@pytest.fixture
def fake_app(tmp_path: Path) -> Path:
    """A program named portfolio-app that starts and does nothing (for menu entries)."""
    program = tmp_path / "bin" / "portfolio-app"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return program


@pytest.fixture
def share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh ``$XDG_DATA_HOME``, where desktop menu entries go."""
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from portfolio_app.vault import Portfolio

    path = tmp_path_factory.mktemp("template") / "template.vault"
    Portfolio.create(path, PASSPHRASE).close()
    return path


@pytest.fixture
def vault_path(template_vault: Path, tmp_path: Path) -> Path:
    """A fresh, empty vault (a copy of the template) that the test may change."""
    path = tmp_path / "portfolio.vault"
    shutil.copyfile(template_vault, path)
    return path


@pytest.fixture
def portfolio(vault_path: Path) -> Iterator[object]:
    from portfolio_app.vault import Portfolio

    with Portfolio.open(vault_path, PASSPHRASE) as opened:
        yield opened
