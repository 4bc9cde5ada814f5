"""Remember the passphrase on this device through the operating system's keyring.

Optional and off by default. The entry is keyed by the vault's absolute path (hashed, so the
keyring's listing does not reveal where the user keeps the file). Where no keyring backend
exists (a headless Linux box, a minimal desktop), the app says so and works with the
passphrase alone. The entry is removed when the user turns "remember" off or changes the
passphrase.

``keyring`` is imported only when one of these functions runs, never when this module is
imported: choosing a backend loads plug-ins that start helper programs, and a user who types
the passphrase, or a script that passes it in the environment, does not need any of that.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "portfolio-app"

NO_BACKEND_NL = (
    "Op deze computer is geen sleutelbos (keyring) beschikbaar. Je wachtzin kan niet "
    "onthouden worden; je typt hem telkens opnieuw."
)
NO_BACKEND_EN = (
    "No keyring is available on this computer. Your passphrase cannot be remembered; "
    "you type it each time."
)


def _account(vault: Path) -> str:
    return hashlib.sha256(str(vault.expanduser().resolve()).encode("utf-8")).hexdigest()[:32]


def _backend() -> KeyringBackend | None:
    import keyring

    backend = keyring.get_keyring()
    priority = getattr(backend, "priority", 0)
    name = type(backend).__module__
    if (
        priority is None
        or priority <= 0
        or name.startswith(("keyring.backends.fail", "keyring.backends.null"))
    ):
        return None
    return backend


def keyring_available() -> bool:
    return _backend() is not None


def remember_passphrase(vault: Path, passphrase: str) -> bool:
    """Store it; False when there is no usable keyring (nothing stored then)."""
    import keyring.errors

    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, _account(vault), passphrase)
    except keyring.errors.KeyringError:
        return False
    return True


def recall_passphrase(vault: Path) -> str | None:
    import keyring.errors

    backend = _backend()
    if backend is None:
        return None
    try:
        return backend.get_password(SERVICE, _account(vault))
    except keyring.errors.KeyringError:
        return None


def forget_passphrase(vault: Path) -> None:
    import keyring.errors

    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, _account(vault))
    except keyring.errors.KeyringError:
        pass  # nothing stored, or the keyring went away: either way nothing is remembered
