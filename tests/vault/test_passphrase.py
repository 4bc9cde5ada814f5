"""The passphrase rule: zxcvbn with Dutch words, recent years and the user's own profile."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from portfolio_app.domain import Profile
from portfolio_app.errors import ExitCode, WeakPassphrase
from portfolio_app.vault import Portfolio
from portfolio_app.vault.passphrase import (
    MIN_LENGTH,
    assess,
    common_words,
    profile_words,
    require_acceptable,
)
from tests.conftest import PASSPHRASE

# Rated "Goed" by the old home-made estimator (issue 12).
ISSUE_EXAMPLES = ["Password1234", "wachtwoord12", "qwertyuiop12", "Welkom2024!!", "abcdabcdabcd"]

AN = Profile(
    given_name="An",
    family_name="Van den Broeck",
    city="Sint-Niklaas",
    emails=["an.vandenbroeck@telenet.be"],
    birth_date=date(1985, 3, 12),
)


@pytest.mark.parametrize("passphrase", ISSUE_EXAMPLES)
def test_the_issue_examples_are_weak(passphrase: str) -> None:
    strength = assess(passphrase)
    assert not strength.acceptable
    assert strength.score <= 1
    assert strength.hint_nl.startswith("Zwak: ") and strength.hint_en.startswith("Weak: ")
    with pytest.raises(WeakPassphrase):
        require_acceptable(passphrase)


@pytest.mark.parametrize(
    "passphrase",
    [
        "azertyuiop12",  # the Belgian keyboard row zxcvbn does not know
        "Geheim123456",
        "zomerwinterlente",  # three words from the Dutch list
        "Vlaanderen2025",
        "aaaaaaaaaaaaaaaaaaaa",
        "x" * 200,  # longer than zxcvbn takes
    ],
)
def test_dutch_words_keyboards_and_years_are_weak(passphrase: str) -> None:
    assert not assess(passphrase, today=date(2025, 6, 1)).acceptable


@pytest.mark.parametrize(
    "passphrase",
    [
        PASSPHRASE,  # "paars fietsje leest graag", the example on screen
        "dit is een voorbeeldportfolio",  # the demo's
        "groene tafel zingt luid",
        "kat hond huis fiets",  # four everyday words, spaces and all
        "Mijn kat heet Minoes",
    ],
)
def test_four_dutch_words_are_good(passphrase: str) -> None:
    strength = assess(passphrase)
    assert strength.acceptable and strength.score >= 3
    assert strength.hint_nl in ("Goed. Een extra woord maakt hem nog sterker.", "Sterk.")
    require_acceptable(passphrase)


def test_twelve_characters_at_least() -> None:
    short = assess("kathondvis!")
    assert len("kathondvis!") == MIN_LENGTH - 1
    assert not short.acceptable and short.hint_nl == "Nog 1 teken te kort."
    assert assess("abc").hint_en == "9 characters too short."
    with pytest.raises(WeakPassphrase) as raised:
        require_acceptable("kort")
    assert raised.value.exit_code == ExitCode.INVALID
    assert raised.value.message("nl").startswith("Nog 8 tekens te kort. Kies een wachtzin")


@pytest.mark.parametrize(
    "passphrase",
    [
        "VanDenBroeck1985",
        "an.vandenbroeck!",
        "SintNiklaas2025",
        "BroeckNiklaas!!",
        "an.vandenbroeck@telenet.be",
    ],
)
def test_the_users_own_profile_is_weak(passphrase: str) -> None:
    words = profile_words(AN)
    assert assess(passphrase).acceptable  # fine for a stranger's portfolio ...
    strength = assess(passphrase, words)  # ... not for An's
    assert not strength.acceptable
    assert "naam, woonplaats of e-mailadres" in strength.hint_nl
    assert "name, town or e-mail address" in strength.hint_en


def test_profile_words() -> None:
    words = profile_words(AN)
    for expected in ("an", "vandenbroeck", "broeck", "sintniklaas", "niklaas", "telenet"):
        assert expected in words
    assert "an.vandenbroeck@telenet.be" in words and "12031985" in words and "1985" in words
    assert profile_words(Profile()) == []


def test_the_refusal_says_why_in_both_languages() -> None:
    with pytest.raises(WeakPassphrase) as raised:
        require_acceptable("qwertyuiop12")
    nl, en = raised.value.message("nl"), raised.value.message("en")
    assert nl.startswith("Deze wachtzin is te zwak: ") and "minstens 12 tekens" in nl
    assert en.startswith("This passphrase is too weak: ") and "at least 12 characters" in en
    assert "qwertyuiop" not in nl  # no part of the passphrase is shown back


def test_the_dutch_list_is_bundled_and_clean() -> None:
    words = common_words()
    assert {"wachtwoord", "welkom", "geheim", "zomer", "azerty"} <= set(words)
    assert all(w == w.lower().strip() and " " not in w for w in words)
    assert len(words) == len(set(words)) > 150


def test_passwd_refuses_the_users_own_name(vault_path: Path) -> None:
    with Portfolio.open(vault_path, PASSPHRASE) as portfolio:
        portfolio.profile.save(AN)
        with pytest.raises(WeakPassphrase):
            portfolio.change_passphrase(PASSPHRASE, "VanDenBroeck1985")
        portfolio.change_passphrase(PASSPHRASE, "groene tafel zingt luid")
    with pytest.raises(WeakPassphrase):
        Portfolio.create(vault_path.with_name("nieuw.vault"), "Welkom2024!!")
