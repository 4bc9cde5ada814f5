"""The passphrase rule, explained to the user, and the strength rating behind it.

The vault's key is derived from the passphrase by SQLCipher 4 (PBKDF2-HMAC-SHA512, 256,000
iterations; see docs/security.md), so the passphrase is the only thing between a stolen laptop
and a whole career's personal data. The rule is simple enough to explain in one sentence: at
least 12 characters, and not easy to guess. A sentence of four short words passes and is easy
to remember.

"Easy to guess" is measured by zxcvbn (Dropbox's estimator, the ``zxcvbn`` package): it counts
how many guesses an attacker who tries common passwords, words, names, keyboard rows, repeats,
sequences and dates first would need. Its lists are English, so it is given Dutch and Flemish
words (``resources/passphrase/common_nl.txt``), recent years (its own idea of "recent" stops
in 2017), and, when known, the user's own name, town and e-mail address. A passphrase is
refused below 10^10 guesses: zxcvbn's top score, which its authors call strong protection
when the attacker holds the file and must pay a slow hash for every guess, which is exactly
the stolen-laptop case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files
from typing import Any

from zxcvbn import zxcvbn

from portfolio_app.domain.profile import Profile
from portfolio_app.errors import WeakPassphrase

MIN_LENGTH = 12
GOOD_LOG10 = 10.0
"""Fewer guesses than 10^10 is weak, and refused."""
STRONG_LOG10 = 14.0
RATED_LENGTH = 72
"""zxcvbn refuses longer input (its time grows fast with the length); a longer passphrase is
rated on its first 72 characters, which can only make the rating stricter."""

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

_ADVICE = (
    "Voeg er een paar gewone woorden aan toe die niet bij elkaar horen.",
    "Add a few ordinary words that do not belong together.",
)
_REASONS: dict[str, tuple[str, str]] = {
    "profile": (
        "je naam, woonplaats of e-mailadres zit erin, en wie je kent, raadt dat snel.",
        "it holds your name, town or e-mail address, which anyone who knows you guesses fast.",
    ),
    "word": (
        "er zit een woord in dat veel mensen in een wachtwoord gebruiken.",
        "it holds a word that many people use in a password.",
    ),
    "password": (
        "er zit een bekend wachtwoord of een veelgebruikt woord in.",
        "it holds a well-known password or a very common word.",
    ),
    "spatial": (
        "toetsen naast elkaar (zoals azerty of qwerty) zijn makkelijk te raden.",
        "keys next to each other (like azerty or qwerty) are easy to guess.",
    ),
    "repeat": (
        "herhalingen (zoals abcabc) zijn makkelijk te raden.",
        "repeats (like abcabc) are easy to guess.",
    ),
    "sequence": (
        "reeksen (zoals abcd of 1234) zijn makkelijk te raden.",
        "sequences (like abcd or 1234) are easy to guess.",
    ),
    "date": (
        "jaartallen en datums zijn makkelijk te raden.",
        "years and dates are easy to guess.",
    ),
    "short": ("te makkelijk te raden.", "too easy to guess."),
}


@dataclass(frozen=True)
class Strength:
    """Score 0 (very weak) .. 4 (strong), whether it meets the rule, and one hint."""

    score: int
    acceptable: bool
    hint_nl: str
    hint_en: str
    why_nl: str = ""  # what makes it weak, for the refusal
    why_en: str = ""

    def hint(self, lang: str = "nl") -> str:
        return self.hint_en if lang == "en" else self.hint_nl


@cache
def common_words() -> tuple[str, ...]:
    """The bundled Dutch list, most likely first."""
    text = (files("portfolio_app.resources") / "passphrase" / "common_nl.txt").read_text(
        encoding="utf-8"
    )
    words = (line.strip().lower() for line in text.splitlines())
    return tuple(dict.fromkeys(w for w in words if w and not w.startswith("#")))


def _years(today: date) -> list[str]:
    """This year first, back to 2010, and a few ahead; zxcvbn knows 1900-2019 itself."""
    return [str(y) for y in range(today.year + 3, 2009, -1)]


def profile_words(profile: Profile) -> list[str]:
    """What anyone who knows the user tries first: their names, town, e-mail address (and
    its parts) and birth date, as zxcvbn's extra "user inputs"."""
    words: list[str] = []
    for value in (profile.given_name, profile.family_name, profile.city):
        parts = [p for p in re.split(r"[\s\-'’.]+", value.strip().lower()) if p]
        words += parts
        if len(parts) > 1:
            words.append("".join(parts))  # "Van den Broeck" -> "vandenbroeck"
    if profile.given_name and profile.family_name:
        words.append((profile.given_name + profile.family_name).replace(" ", "").lower())
    for email in profile.emails:
        local, _, domain = email.lower().partition("@")
        words += [email.lower(), local, *re.split(r"[._+\-]+", local), domain.split(".")[0]]
    if profile.birth_date is not None:
        born = profile.birth_date
        words += [f"{born:%d%m%Y}", f"{born:%d%m%y}", f"{born:%Y%m%d}", f"{born:%Y}"]
    return list(dict.fromkeys(w for w in words if len(w) >= 2))


def _too_short(passphrase: str) -> Strength:
    missing = MIN_LENGTH - len(passphrase)
    return Strength(
        0 if len(passphrase) < 8 else 1,
        False,
        f"Nog {missing} teken{'s' if missing != 1 else ''} te kort.",
        f"{missing} character{'s' if missing != 1 else ''} too short.",
    )


def _reason(sequence: Iterable[dict[str, Any]], own: int) -> tuple[str, str]:
    """Why it is weak, from the longest pattern zxcvbn found (as its own feedback does)."""
    found = [m for m in sequence if m.get("pattern") != "bruteforce"]
    if not found:
        return _REASONS["short"]
    match = max(found, key=lambda m: len(m["token"]))
    pattern = match["pattern"]
    if pattern == "dictionary":
        if match.get("dictionary_name") != "user_inputs":
            return _REASONS["password"]
        if match["rank"] <= own:
            return _REASONS["profile"]
        return _REASONS["date" if match["matched_word"].isdigit() else "word"]
    if pattern == "regex" or pattern == "date":
        return _REASONS["date"]
    return _REASONS.get(pattern, _REASONS["short"])


def assess(passphrase: str, user_inputs: Sequence[str] = (), today: date | None = None) -> Strength:
    """Rate ``passphrase``; ``user_inputs`` are the user's own words (``profile_words``)."""
    if len(passphrase) < MIN_LENGTH:
        return _too_short(passphrase)
    own = list(dict.fromkeys(w.lower() for w in user_inputs if w))
    inputs = own + [w for w in (*common_words(), *_years(today or date.today())) if w not in own]
    result = zxcvbn(passphrase[:RATED_LENGTH], user_inputs=inputs)
    guesses = float(result["guesses_log10"])
    if guesses < GOOD_LOG10:
        reason_nl, reason_en = _reason(result["sequence"], len(own))
        return Strength(
            0 if guesses < 6 else 1,
            False,
            f"Zwak: {reason_nl} {_ADVICE[0]}",
            f"Weak: {reason_en} {_ADVICE[1]}",
            reason_nl,
            reason_en,
        )
    if guesses < STRONG_LOG10:
        return Strength(
            3,
            True,
            "Goed. Een extra woord maakt hem nog sterker.",
            "Good. One more word makes it stronger still.",
        )
    return Strength(4, True, "Sterk.", "Strong.")


def require_acceptable(passphrase: str, user_inputs: Sequence[str] = ()) -> None:
    """Refuse a passphrase that is too short or too easy to guess (``WeakPassphrase``)."""
    strength = assess(passphrase, user_inputs)
    if strength.acceptable:
        return
    if strength.why_nl:
        raise WeakPassphrase(
            f"Deze wachtzin is te zwak: {strength.why_nl} {RULE_NL}",
            f"This passphrase is too weak: {strength.why_en} {RULE_EN}",
        )
    raise WeakPassphrase(f"{strength.hint_nl} {RULE_NL}", f"{strength.hint_en} {RULE_EN}")
