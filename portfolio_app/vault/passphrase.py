"""The passphrase rule, explained to the user, and a strength estimate for the meter.

The vault's key is derived from the passphrase by SQLCipher 4 (PBKDF2-HMAC-SHA512, 256,000
iterations; see docs/security.md), so the passphrase is the only thing between a stolen laptop
and a whole career's personal data. The rule is deliberately simple enough to explain in one
sentence: at least 12 characters, not a well-known password, not one character repeated.
A sentence of four short words passes and is easy to remember.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from portfolio_app.errors import WeakPassphrase

MIN_LENGTH = 12

RULE_NL = (
    "Kies een wachtzin van minstens 12 tekens, bijvoorbeeld vier woorden die je onthoudt "
    "(zoals 'paars fietsje leest graag'). Schrijf hem ergens veilig op: wie hem vergeet, "
    "kan het portfolio niet meer openen."
)
RULE_EN = (
    "Choose a passphrase of at least 12 characters, for instance four words you will remember "
    "(like 'purple bike reads gladly'). Write it down somewhere safe: if you forget it, the "
    "portfolio cannot be opened again."
)

_COMMON = {
    "wachtwoord",
    "wachtwoord123",
    "password",
    "password123",
    "123456789012",
    "azertyuiop",
    "qwertyuiop",
    "welkom123",
    "portfolio",
    "portfolio123",
    "iloveyou",
    "vlaanderen",
    "belgie123",
    "admin12345",
}


@dataclass(frozen=True)
class Strength:
    """Score 0 (very weak) .. 4 (strong), whether it meets the rule, and one hint."""

    score: int
    acceptable: bool
    hint_nl: str
    hint_en: str

    def hint(self, lang: str = "nl") -> str:
        return self.hint_en if lang == "en" else self.hint_nl


def estimate_bits(passphrase: str) -> float:
    """A rough entropy estimate: character pool times length, with runs and repeats
    counted once, so 'aaaaaaaaaaaa' or 'abcabcabcabc' scores low."""
    if not passphrase:
        return 0.0
    pool = 0
    if re.search(r"[a-z]", passphrase):
        pool += 26
    if re.search(r"[A-Z]", passphrase):
        pool += 26
    if re.search(r"[0-9]", passphrase):
        pool += 10
    if re.search(r"[^A-Za-z0-9]", passphrase):
        pool += 33
    distinct = len(set(passphrase))
    effective_length = min(len(passphrase), distinct * 3)
    return effective_length * math.log2(max(pool, 2))


def assess(passphrase: str) -> Strength:
    lowered = passphrase.lower().strip()
    bits = estimate_bits(passphrase)
    if len(passphrase) < MIN_LENGTH:
        missing = MIN_LENGTH - len(passphrase)
        return Strength(
            0 if len(passphrase) < 8 else 1,
            False,
            f"Nog {missing} teken{'s' if missing != 1 else ''} te kort.",
            f"{missing} character{'s' if missing != 1 else ''} too short.",
        )
    if lowered in _COMMON or len(set(passphrase)) <= 3:
        return Strength(
            0,
            False,
            "Te makkelijk te raden. Kies een zin die alleen jij kent.",
            "Too easy to guess. Choose a sentence only you know.",
        )
    if bits < 50:
        return Strength(
            2,
            True,
            "Aanvaardbaar. Een extra woord maakt hem veel sterker.",
            "Acceptable. One more word makes it much stronger.",
        )
    if bits < 80:
        return Strength(3, True, "Goed.", "Good.")
    return Strength(4, True, "Sterk.", "Strong.")


def require_acceptable(passphrase: str) -> None:
    strength = assess(passphrase)
    if not strength.acceptable:
        raise WeakPassphrase(
            f"{strength.hint_nl} {RULE_NL}",
            f"{strength.hint_en} {RULE_EN}",
        )
