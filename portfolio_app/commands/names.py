"""What a user types on the command line, turned into a competence, a leerbewijs or an
experience.

A competence is looked for first among the user's own competences (its label as ``competence
list`` shows it, its concept URI, or its short id), then in the competence language (a URI, or
a name that is exactly the label of a concept), as ``competence add`` does. A name that fits
more than one is refused with the candidates, as the check does with its target: linking the
wrong competence silently would mislead more than asking. A leerbewijs or experience is its
short id (the first characters ``list`` shows), its title, or a part of the title that no
other one has.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from portfolio_app.domain import CompetenceClaim, ConceptRef, Experience, Leerbewijs
from portfolio_app.domain.links import competence_key, reference
from portfolio_app.errors import InvalidInput, NotFound

if TYPE_CHECKING:
    from portfolio_app.language import CompetenceLanguage, Concept

_HEX = re.compile(r"^[0-9a-f]{4,}$")
Item = TypeVar("Item", Leerbewijs, Experience)


class AmbiguousName(InvalidInput):
    """A name that fits several competences (or items); the message lists them."""

    def __init__(self, text: str, options: Sequence[str], hint_nl: str, hint_en: str) -> None:
        names = "; ".join(options)
        super().__init__(
            f"'{text}' past bij meer dan één: {names}. {hint_nl}",
            f"'{text}' fits more than one: {names}. {hint_en}",
        )
        self.options = list(options)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def claimed_competence(claims: Sequence[CompetenceClaim], text: str) -> ConceptRef | None:
    """The competence of the user's own claims that ``text`` names, or None."""
    wanted = _fold(text)
    found = [
        c
        for c in claims
        if _fold(c.label) == wanted
        or c.concept_uri == text.strip()
        or (_HEX.match(wanted) and c.id.startswith(wanted))
    ]
    by_key: dict[str, CompetenceClaim] = {}
    for claim in found:
        by_key.setdefault(competence_key(claim), claim)  # two claims of one concept: one
    if len(by_key) > 1:
        options = [f"{c.label} ({c.id[:8]})" for c in by_key.values()]
        raise AmbiguousName(
            text,
            options,
            "Geef de sleutel uit 'portfolio competence list'.",
            "Give the key from 'portfolio competence list'.",
        )
    return reference(next(iter(by_key.values()))) if by_key else None


def find_concept(language: CompetenceLanguage, text: str) -> Concept | None:
    """The concept with this URI, or whose label is exactly ``text``; None when no label is.
    A URI the language does not hold, or a label of several concepts, is refused."""
    name = text.strip()
    if ":" in name and " " not in name:
        concept = language.concept(name)
        if concept is None:
            raise InvalidInput(
                f"{name} staat niet in de competentietaal. Zoek met 'portfolio language search'.",
                f"{name} is not in the competence language. "
                "Search with 'portfolio language search'.",
            )
        return concept
    # Exactly a preferred label (score 1.0): not an alternative label or another form.
    hits = [h for h in language.search(name, limit=10, kinds={"concept"}) if h.score == 1.0]
    exact = list(dict.fromkeys(h.uri for h in hits))
    if len(exact) > 1:
        options = [f"{h.label} ({h.uri})" for h in hits]
        raise AmbiguousName(
            name,
            list(dict.fromkeys(options)),
            "Geef de URI.",
            "Give the URI.",
        )
    return language.concept(exact[0]) if exact else None


def near_names(language: CompetenceLanguage, text: str) -> list[str]:
    """Up to three labels close to ``text``, for a "Bedoelde je" line."""
    hits = language.search(text.strip(), limit=6, kinds={"concept"})
    # A label that shares one word of several ("besturen") is not what was meant.
    return [h.label for h in hits if h.match != "partial"][:3]


def resolve_competence(
    claims: Sequence[CompetenceClaim],
    language: Callable[[], CompetenceLanguage],
    text: str,
    lang: str,
) -> ConceptRef:
    """A competence to link: one of the user's own, or one of the competence language.

    ``language`` opens the language only when the claims do not answer (opening it the first
    time builds it, which takes a moment)."""
    name = text.strip()
    if not name:
        raise InvalidInput("Geef de naam van een competentie.", "Give the name of a competence.")
    own = claimed_competence(claims, name)
    if own is not None:
        return own
    opened = language()
    concept = find_concept(opened, name)
    if concept is not None:
        return ConceptRef(uri=concept.uri, label=concept.label(lang))
    near = near_names(opened, name)
    maybe_nl = f" Bedoelde je: {', '.join(near)}?" if near else ""
    maybe_en = f" Did you mean: {', '.join(near)}?" if near else ""
    raise NotFound(
        f"Geen competentie '{name}' gevonden, niet bij je competenties en niet in de "
        f"competentietaal.{maybe_nl} Een eigen omschrijving voeg je eerst toe met: "
        f'portfolio competence add "{name}" --free',
        f"No competence '{name}' found, neither among your competences nor in the competence "
        f"language.{maybe_en} Add a description of your own first with: "
        f'portfolio competence add "{name}" --free',
    )


ITEM_WORDS: dict[str, tuple[str, str, str]] = {
    "leerbewijs": ("leerbewijs", "proof of learning", "leerbewijs"),
    "experience": ("ervaring", "experience", "experience"),
}


def resolve_item(items: Sequence[Item], text: str, kind: str) -> Item:
    """A leerbewijs or experience by its short id, its title, or a part of its title that
    only one has."""
    nl, en, command = ITEM_WORDS[kind]
    key = text.strip()
    found = [i for i in items if key and i.id.startswith(key.lower())]
    if not found:
        found = [i for i in items if key and _fold(i.title) == _fold(key)]
    if not found:  # "Magazijnier" for "Magazijnier – Colruyt", when only one title has it
        found = [i for i in items if key and _fold(key) in _fold(i.title)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFound(
            f"Geen {nl} gevonden met sleutel of titel '{key}'. "
            f"Kijk na met 'portfolio {command} list'.",
            f"No {en} found with key or title '{key}'. Check with 'portfolio {command} list'.",
        )
    raise AmbiguousName(
        key,
        [f"{i.id[:8]} {i.title}" for i in found],
        "Geef meer tekens van de sleutel.",
        "Give more characters of the key.",
    )
