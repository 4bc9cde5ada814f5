"""Remember the passphrase on this device through the operating system's keyring.

Optional and off by default. The entry is keyed by the vault's absolute path (hashed, so the
keyring's listing does not reveal where the user keeps the file). Where no keyring backend
exists (a headless Linux box, a minimal desktop), the app says so and works with the
passphrase alone. The entry is removed when the user turns "remember" off or changes the
passphrase.

``keyring`` is imported only when it is needed, never when this module is imported:
choosing a backend loads plug-ins that start helper programs, and a user who types the
passphrase, or a script that passes it in the environment, does not need any of that. So
that a command knows before asking the keyring whether it will find anything, this device
keeps a record, ``keyring.json`` in the data folder: for each vault (by the same hash as in
the keyring) whether a passphrase is remembered through this app. A vault the record does
not know yet (made before the record existed, or elsewhere) makes the keyring be asked once,
and the answer is written down.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from portfolio_app.atomic import write_bytes
from portfolio_app.paths import AppPaths

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

RECORD_NAME = "keyring.json"

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


def _record_file() -> Path:
    return AppPaths.default().data_dir / RECORD_NAME


def _read_record() -> dict[str, bool]:
    try:
        data = json.loads(_record_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    vaults = data.get("vaults") if isinstance(data, dict) else None
    if not isinstance(vaults, dict):
        return {}
    return {k: v for k, v in vaults.items() if isinstance(k, str) and isinstance(v, bool)}


def _note(vault: Path, remembered: bool) -> None:
    """Write down what the keyring holds for ``vault``. A folder that cannot be written only
    means the keyring is asked again next time, as it always was before the record."""
    record = _read_record()
    account = _account(vault)
    if record.get(account) is remembered:
        return
    record[account] = remembered
    target = _record_file()
    content = json.dumps({"version": 1, "vaults": record}, indent=1).encode("utf-8")
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(target, content)


def remembered_here(vault: Path) -> bool | None:
    """Whether a passphrase is remembered for ``vault`` through this device, without loading
    the keyring; None when the record does not know."""
    return _read_record().get(_account(vault))


def note_new_vault(vault: Path) -> None:
    """A vault was just made without "remember": nothing to ask the keyring for."""
    _note(vault, False)


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
    _note(vault, True)
    return True


def recall_passphrase(vault: Path) -> str | None:
    """The remembered passphrase, or None. The keyring is not loaded when this device's
    record says nothing is remembered for ``vault``."""
    known = remembered_here(vault)
    if known is False:
        return None
    import keyring.errors

    backend = _backend()
    if backend is None:
        if known is None:
            _note(vault, False)  # no keyring here: the next command need not look again
        return None  # known True: a keyring of a desktop session, absent right now
    try:
        found = backend.get_password(SERVICE, _account(vault))
    except keyring.errors.KeyringError:
        return None
    _note(vault, found is not None)
    return found


def forget_passphrase(vault: Path) -> None:
    """Remove a remembered passphrase; without loading the keyring when this device's
    record says none was stored."""
    if remembered_here(vault) is False:
        return
    import keyring.errors

    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, _account(vault))
    except keyring.errors.KeyringError:
        pass  # nothing stored, or the keyring went away: either way nothing is remembered
    _note(vault, False)
