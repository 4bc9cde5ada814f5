"""What to say when an occupation search finds nothing, with the two ways forward.

The GUI (the occupation field of the check and of "Voeg toe uit een beroep") and the CLI
show the same words: that nothing was found, that the job can still be kept as a goal in
free text (an action-plan goal: the check cannot count it, since the app does not know that
occupation's competences), and that the full ESCO download may know it, with where to get
it. Short B1 sentences; the query is quoted as typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from portfolio_app.language.attribution import esco_download_hint


@dataclass(frozen=True)
class NothingFound:
    message: str  # "Geen beroep gevonden voor 'x'."
    free_text_offer: str  # the button or menu text for keeping it as free text
    free_text_goal: str  # the action-plan goal that button makes
    free_text_note: str  # what free text means for the check
    import_offer: str  # the button text for the ESCO import
    import_hint: str  # one sentence: where to download ESCO and how to import it

    def lines(self) -> list[str]:
        """All of it as plain lines, for a terminal or a label."""
        return [
            self.message,
            f"- {self.free_text_offer}: {self.free_text_note}",
            f"- {self.import_offer}: {self.import_hint}",
        ]


def nothing_found(query: str, lang: str = "nl") -> NothingFound:
    """The message for an occupation search on ``query`` that found nothing."""
    shown = " ".join(query.split())
    if lang == "en":
        return NothingFound(
            message=f"No occupation found for '{shown}'. Check the spelling or try another "
            "word for the job.",
            free_text_offer=f"Keep '{shown}' as a goal in free text",
            free_text_goal=f"Work as {shown}",
            free_text_note="it goes into your action plan; the competence check cannot count "
            "it, because the app does not know that job's competences.",
            import_offer="Import ESCO",
            import_hint=esco_download_hint("en"),
        )
    return NothingFound(
        message=f"Geen beroep gevonden voor '{shown}'. Kijk de schrijfwijze na of probeer "
        "een ander woord voor de job.",
        free_text_offer=f"Bewaar '{shown}' als doel in vrije tekst",
        free_text_goal=f"Werken als {shown}",
        free_text_note="het komt in je actieplan; de competentiecheck kan er niet mee "
        "rekenen, want de app kent de competenties van die job niet.",
        import_offer="ESCO importeren",
        import_hint=esco_download_hint("nl"),
    )
