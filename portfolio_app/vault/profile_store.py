"""The single profile row of a vault."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager

from pydantic import ValidationError

from portfolio_app.domain import Profile
from portfolio_app.domain.validation import STORED
from portfolio_app.errors import VaultCorrupt
from portfolio_app.vault.store import Vault


class ProfileStore:
    def __init__(
        self, vault: Vault, run: Callable[[str, str], AbstractContextManager[None]]
    ) -> None:
        self._vault = vault
        self._change = run

    def get(self) -> Profile:
        data = self._vault.scalar("SELECT data FROM profile WHERE id = 1")
        if data is None:
            return Profile()
        try:
            return Profile.model_validate_json(data, context=STORED)
        except ValidationError:
            raise VaultCorrupt() from None

    def save(self, profile: Profile) -> Profile:
        with self._change("Profiel gewijzigd", "Profile changed"):
            self._vault.put("profile", 1, {"data": profile.model_dump_json()})
        return profile
