"""The encrypted store: one SQLCipher file per portfolio, its key, lock, schema and
repositories. Start at ``Portfolio``."""

from portfolio_app.vault.keystore import (
    forget_passphrase,
    keyring_available,
    recall_passphrase,
    remember_passphrase,
)
from portfolio_app.vault.passphrase import RULE_EN, RULE_NL, Strength, assess
from portfolio_app.vault.portfolio import ChangeEvent, Portfolio

__all__ = [
    "RULE_EN",
    "RULE_NL",
    "ChangeEvent",
    "Portfolio",
    "Strength",
    "assess",
    "forget_passphrase",
    "keyring_available",
    "recall_passphrase",
    "remember_passphrase",
]
