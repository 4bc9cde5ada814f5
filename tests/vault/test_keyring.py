from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from portfolio_app.vault import (
    forget_passphrase,
    keyring_available,
    recall_passphrase,
    remember_passphrase,
)
from portfolio_app.vault.keystore import note_new_vault, remembered_here
from tests.conftest import MemoryKeyring


def test_remember_recall_forget(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    vault = tmp_path / "a.vault"
    assert keyring_available()
    assert remember_passphrase(vault, "paars fietsje leest graag")
    assert recall_passphrase(vault) == "paars fietsje leest graag"
    (stored_key,) = memory_keyring.store
    assert str(tmp_path) not in stored_key[1]  # the path is not readable in the keyring
    forget_passphrase(vault)
    assert recall_passphrase(vault) is None
    forget_passphrase(vault)  # twice is fine


def test_without_a_keyring_backend(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    keyring.set_keyring(fail.Keyring())
    vault = tmp_path / "a.vault"
    assert not keyring_available()
    assert remember_passphrase(vault, "paars fietsje leest graag") is False
    assert recall_passphrase(vault) is None
    forget_passphrase(vault)


class CountingKeyring(MemoryKeyring):
    """A memory keyring that counts how often it is asked."""

    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.asked += 1
        return super().get_password(service, username)

    def delete_password(self, service: str, username: str) -> None:
        self.asked += 1
        super().delete_password(service, username)


def test_the_record_spares_the_keyring(tmp_path: Path, isolated_home: Path) -> None:
    backend = CountingKeyring()
    keyring.set_keyring(backend)
    new, old = tmp_path / "nieuw.vault", tmp_path / "oud.vault"
    note_new_vault(new)
    assert remembered_here(new) is False
    assert recall_passphrase(new) is None
    forget_passphrase(new)
    assert backend.asked == 0  # made without "remember": the keyring is not needed

    assert remembered_here(old) is None  # from before the record: asked once, then known
    assert recall_passphrase(old) is None and backend.asked == 1
    assert remembered_here(old) is False
    assert recall_passphrase(old) is None and backend.asked == 1

    assert remember_passphrase(new, "paars fietsje leest graag")
    assert remembered_here(new) is True
    assert recall_passphrase(new) == "paars fietsje leest graag"
    forget_passphrase(new)
    assert remembered_here(new) is False and recall_passphrase(new) is None

    record = isolated_home / "keyring.json"
    text = record.read_text()
    assert str(tmp_path) not in text and "vault" in text  # hashes only, no path
    assert sorted(p.name for p in isolated_home.iterdir()) == ["keyring.json"]


def test_an_entry_removed_outside_the_app_is_noticed(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    vault = tmp_path / "a.vault"
    remember_passphrase(vault, "paars fietsje leest graag")
    memory_keyring.store.clear()  # the user emptied the keyring by hand
    assert recall_passphrase(vault) is None
    assert remembered_here(vault) is False


def test_a_damaged_record_means_ask_the_keyring(tmp_path: Path, isolated_home: Path) -> None:
    vault = tmp_path / "a.vault"
    remember_passphrase(vault, "paars fietsje leest graag")
    (isolated_home / "keyring.json").write_text("{kapot")
    assert remembered_here(vault) is None
    assert recall_passphrase(vault) == "paars fietsje leest graag"
    assert remembered_here(vault) is True
