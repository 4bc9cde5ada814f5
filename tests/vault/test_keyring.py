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
