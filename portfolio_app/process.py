"""Process hardening at start-up, for the ``portfolio`` CLI and the ``portfolio-app`` GUI.

An unlocked portfolio lives in this process's memory: the passphrase, and whatever the user
looks at. A crash with core dumps on once wrote the passphrase nine times into the core file,
with portfolio text beside it (issue 12). So the first thing both front ends do is turn core
dumps off: the soft ``RLIMIT_CORE`` limit to 0 (the one the kernel honours; the hard limit is
left, so a test can raise it again for a child), and on Linux ``prctl(PR_SET_DUMPABLE, 0)``,
which also refuses ``ptrace`` and ``/proc/<pid>/mem`` to other processes of the same user. The
Windows and macOS equivalents are described in docs/security.md.

The passphrases a script hands over in ``PORTFOLIO_PASSPHRASE`` and
``PORTFOLIO_NEW_PASSPHRASE`` are read once and removed from the environment, so no child
process (a PDF viewer, a compiler that a library probes for) inherits them.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Iterator, MutableMapping
from contextlib import contextmanager
from dataclasses import dataclass, field

PASSPHRASE_ENV = "PORTFOLIO_PASSPHRASE"
NEW_PASSPHRASE_ENV = "PORTFOLIO_NEW_PASSPHRASE"
SECRET_ENV = (PASSPHRASE_ENV, NEW_PASSPHRASE_ENV)

# <linux/prctl.h>
PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4


@dataclass(frozen=True)
class Hardening:
    """What could be done on this system; neither is an error when False (another OS)."""

    core_limit_zero: bool
    not_dumpable: bool


@dataclass(frozen=True)
class EnvPassphrases:
    """The passphrases taken from the environment; never shown in a repr or traceback."""

    passphrase: str | None = field(default=None, repr=False)
    new_passphrase: str | None = field(default=None, repr=False)


def harden() -> Hardening:
    """Core dumps off for the rest of this process's life."""
    return Hardening(core_limit_zero=_zero_core_limit(), not_dumpable=_not_dumpable())


def take_env_passphrases(environ: MutableMapping[str, str] | None = None) -> EnvPassphrases:
    """Read ``PORTFOLIO_PASSPHRASE`` and ``PORTFOLIO_NEW_PASSPHRASE`` once and remove them
    (``os.environ`` removes them from the C environment too, which child processes get).
    An empty value counts as not given."""
    env = os.environ if environ is None else environ
    passphrase = env.pop(PASSPHRASE_ENV, None)
    new_passphrase = env.pop(NEW_PASSPHRASE_ENV, None)
    return EnvPassphrases(passphrase or None, new_passphrase or None)


@contextmanager
def env_passphrases_taken(
    environ: MutableMapping[str, str] | None = None,
) -> Iterator[EnvPassphrases]:
    """``take_env_passphrases`` for the length of one CLI command. What was taken is put
    back afterwards, for a Python caller that runs ``cli.main`` more than once (the tests, a
    script); the ``portfolio`` process itself ends right there, so no child it starts while
    the command runs ever sees them."""
    env = os.environ if environ is None else environ
    taken = {name: env[name] for name in SECRET_ENV if name in env}
    values = take_env_passphrases(env)
    try:
        yield values
    finally:
        for name, value in taken.items():
            env.setdefault(name, value)


def _zero_core_limit() -> bool:
    try:
        import resource
    except ImportError:  # Windows: no rlimits; see docs/security.md
        return False
    try:
        _, hard = resource.getrlimit(resource.RLIMIT_CORE)
        resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
    except (OSError, ValueError):
        return False
    return True


def _prctl(option: int, value: int = 0) -> int:
    libc = ctypes.CDLL(None, use_errno=True)
    zero = ctypes.c_ulong(0)
    result: int = libc.prctl(ctypes.c_int(option), ctypes.c_ulong(value), zero, zero, zero)
    return result


def _not_dumpable() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        return _prctl(PR_SET_DUMPABLE, 0) == 0
    except (OSError, AttributeError):  # no libc to load, or no prctl in it
        return False


def is_dumpable() -> bool | None:
    """Linux only (None elsewhere): whether this process may still dump core."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return _prctl(PR_GET_DUMPABLE) != 0
    except (OSError, AttributeError):
        return None
