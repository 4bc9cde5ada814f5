"""The one error hierarchy of the core.

Every error a user can meet carries its own plain message in Dutch and English and the exit
status the CLI uses for it, so the CLI prints one line and the GUI shows one dialog, and no
front end has to guess what went wrong (the Borg way). Messages are short B1-level sentences
that say what happened and, where possible, what to do next.

Messages never contain passphrases. They may name a file the user chose, but the log only
records the error's class, never its message (see ``portfolio_app.logs``).
"""

from __future__ import annotations

from typing import ClassVar


class ExitCode:
    """CLI exit statuses; documented in the README."""

    GENERAL = 1
    USAGE = 2
    AUTH = 3
    IN_USE = 4
    NOT_FOUND = 5
    INVALID = 6
    STORAGE = 7
    TOO_LARGE = 8


class PortfolioError(Exception):
    """Base of every error the user may see.

    Subclasses set ``nl``/``en`` templates (``str.format`` fields filled from keyword
    arguments) or pass ready-made texts.
    """

    exit_code: ClassVar[int] = ExitCode.GENERAL
    nl: ClassVar[str] = "Er ging iets mis."
    en: ClassVar[str] = "Something went wrong."

    def __init__(self, nl: str | None = None, en: str | None = None, **fields: object) -> None:
        nl_text = nl if nl is not None else type(self).nl
        en_text = en if en is not None else (nl_text if nl is not None else type(self).en)
        # Only templates are formatted: a ready-made text may hold braces from a file name.
        self._nl = nl_text.format(**fields) if fields else nl_text
        self._en = en_text.format(**fields) if fields else en_text
        super().__init__(self._nl)

    def message(self, lang: str = "nl") -> str:
        return self._en if lang == "en" else self._nl


class WrongPassphrase(PortfolioError):
    exit_code = ExitCode.AUTH
    nl = "De wachtzin klopt niet. Er is niets aan je portfolio veranderd."
    en = "The passphrase is not correct. Nothing in your portfolio was changed."


class WeakPassphrase(PortfolioError):
    exit_code = ExitCode.INVALID


class PassphraseMismatch(PortfolioError):
    exit_code = ExitCode.INVALID
    nl = "De twee wachtzinnen zijn niet gelijk."
    en = "The two passphrases are not the same."


class NoPassphrase(PortfolioError):
    exit_code = ExitCode.AUTH
    nl = "Geef je wachtzin in (of zet PORTFOLIO_PASSPHRASE voor scripts)."
    en = "Enter your passphrase (or set PORTFOLIO_PASSPHRASE for scripts)."


class VaultInUse(PortfolioError):
    exit_code = ExitCode.IN_USE
    nl = (
        "Dit portfolio is al geopend in een ander venster of programma. "
        "Sluit het daar eerst en probeer opnieuw."
    )
    en = (
        "This portfolio is already open in another window or program. "
        "Close it there first and try again."
    )


class VaultNotFound(PortfolioError):
    exit_code = ExitCode.NOT_FOUND
    nl = "Er is geen portfolio op {path}. Maak er een met 'portfolio init'."
    en = "There is no portfolio at {path}. Create one with 'portfolio init'."


class VaultExists(PortfolioError):
    exit_code = ExitCode.INVALID
    nl = "Er bestaat al een portfolio op {path}. Er is niets overschreven."
    en = "A portfolio already exists at {path}. Nothing was overwritten."


class VaultCorrupt(PortfolioError):
    exit_code = ExitCode.STORAGE
    nl = (
        "Het portfoliobestand is beschadigd of is geen portfolio. "
        "Zet een reservekopie terug via Instellingen of 'portfolio restore'."
    )
    en = (
        "The portfolio file is damaged or is not a portfolio. "
        "Restore a backup in Settings or with 'portfolio restore'."
    )


class VaultTooNew(PortfolioError):
    exit_code = ExitCode.STORAGE
    nl = (
        "Dit portfolio werd gemaakt met een nieuwere versie van de app (schema {found}). "
        "Werk de app bij om het te openen."
    )
    en = (
        "This portfolio was made with a newer version of the app (schema {found}). "
        "Update the app to open it."
    )


class VaultLocked(PortfolioError):
    exit_code = ExitCode.AUTH
    nl = "Het portfolio is vergrendeld. Ontgrendel het eerst."
    en = "The portfolio is locked. Unlock it first."


class StorageFull(PortfolioError):
    exit_code = ExitCode.STORAGE
    nl = (
        "De schijf is vol. Je laatste wijziging is niet bewaard; alles wat al bewaard was, "
        "is er nog. Maak ruimte vrij en probeer opnieuw."
    )
    en = (
        "The disk is full. Your last change was not saved; everything saved before is still "
        "there. Free some space and try again."
    )


class StorageReadOnly(PortfolioError):
    exit_code = ExitCode.STORAGE
    nl = (
        "Er kan niet geschreven worden in de map van je portfolio (alleen-lezen). "
        "Je laatste wijziging is niet bewaard; de rest is veilig."
    )
    en = (
        "The portfolio's folder cannot be written to (read-only). "
        "Your last change was not saved; the rest is safe."
    )


class NotFound(PortfolioError):
    exit_code = ExitCode.NOT_FOUND
    nl = "{what} is niet gevonden."
    en = "{what} was not found."


class InvalidInput(PortfolioError):
    """Input the user can correct: a bad field, a malformed file."""

    exit_code = ExitCode.INVALID


class TooLarge(PortfolioError):
    exit_code = ExitCode.TOO_LARGE
    nl = "Het bestand {name} is te groot ({size}). Het maximum is {limit}."
    en = "The file {name} is too large ({size}). The maximum is {limit}."


def human_size(n: int) -> str:
    """Sizes as people read them, with a Dutch decimal comma."""
    if n < 1000:
        return f"{n} bytes"
    size = n / 1000
    unit = "kB"
    for bigger in ("MB", "GB"):
        if size < 1000:
            break
        size /= 1000
        unit = bigger
    return f"{size:.1f} {unit}".replace(".", ",")


# -- storage: damaged files, failed backups (issue 12) -----------------------------------

RESTORE_HINT_NL = (
    "Zet een reservekopie terug: in de app met 'Reservekopie terugzetten', in een terminal "
    "met 'portfolio backups' en 'portfolio restore PAD'."
)
RESTORE_HINT_EN = (
    "Restore a backup: in the app with 'Restore a backup', in a terminal with "
    "'portfolio backups' and 'portfolio restore PATH'."
)


class StorageError(PortfolioError):
    """A read or write failed for a reason that has no plainer name (the fallback)."""

    exit_code = ExitCode.STORAGE
    nl = "De gegevens konden niet bewaard of gelezen worden. Er is niets verloren."
    en = "The data could not be saved or read. Nothing was lost."


class VaultDamaged(VaultCorrupt):
    """The vault file is cut short, or some of its pages fail SQLCipher's or SQLite's own
    checks. Never turned into a new portfolio and never backed up; the backups are kept."""

    nl = (
        "Je portfoliobestand is beschadigd ({what}). Je reservekopieën blijven bewaard: van "
        "een beschadigd bestand wordt geen reservekopie gemaakt. " + RESTORE_HINT_NL
    )
    en = (
        "Your portfolio file is damaged ({what}). Your backups are kept: no backup is made "
        "of a damaged file. " + RESTORE_HINT_EN
    )

    def __init__(self, what_nl: str, what_en: str) -> None:
        self.what = (what_nl, what_en)
        super().__init__(type(self).nl.format(what=what_nl), type(self).en.format(what=what_en))


class BackupFailed(PortfolioError):
    """Today's automatic backup could not be made (a full disk, a read-only folder). The
    portfolio can still be read and exported; writing waits until a backup succeeds."""

    exit_code = ExitCode.STORAGE

    def __init__(self, cause: PortfolioError) -> None:
        self.cause = cause
        if isinstance(cause, StorageFull):
            why_nl, why_en = "de schijf is vol", "the disk is full"
        elif isinstance(cause, StorageReadOnly):
            why_nl, why_en = "de map is alleen-lezen", "the folder is read-only"
        else:
            why_nl = "het bestand kon niet geschreven worden"
            why_en = "the file could not be written"
        super().__init__(
            f"Er kon vandaag geen reservekopie gemaakt worden: {why_nl}. Je kan je portfolio "
            "wel bekijken en exporteren. Wijzigen kan weer zodra er een reservekopie gemaakt "
            "kan worden; maak ruimte vrij en probeer opnieuw.",
            f"Today's backup could not be made: {why_en}. You can still view and export your "
            "portfolio. Changes are possible again once a backup can be made; free some space "
            "and try again.",
        )
