"""The words of the check, in plain Dutch (B1) and English, side by side.

Every function returns a ``(nl, en)`` pair. The result stores both, so a saved check reads
the same in either language later. Sentences are short and say what to do, for people who
are not computer or policy people.
"""

from __future__ import annotations

from datetime import date

from portfolio_app.domain.enums import ActionKind

Text = tuple[str, str]

MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

DISCLAIMER: Text = (
    "Deze check is een hulpmiddel, geen oordeel van een professional. Wil je erover praten? "
    "Een loopbaanbegeleider helpt je graag verder.",
    "This check is guidance, not a professional judgement. Want to talk it through? "
    "A career counsellor can help you further.",
)

ACTION_PHRASES: dict[ActionKind, Text] = {
    ActionKind.OPLEIDING: ("volg er een opleiding voor", "take a course in it"),
    ActionKind.WERKPLEKLEREN: ("leer het op de werkvloer", "learn it on the job"),
    ActionKind.EVC_TRAJECT: (
        "laat het erkennen met een EVC-traject",
        "have it recognised through an EVC procedure",
    ),
    ActionKind.BEWIJS_VERZAMELEN: ("verzamel er bewijs voor", "gather evidence for it"),
    ActionKind.LOOPBAANBEGELEIDING: (
        "bespreek het met een loopbaanbegeleider",
        "talk it through with a career counsellor",
    ),
}

GOALS: dict[ActionKind, Text] = {
    ActionKind.OPLEIDING: ("Volg een opleiding in '{x}'", "Take a course in '{x}'"),
    ActionKind.WERKPLEKLEREN: ("Leer '{x}' op de werkvloer", "Learn '{x}' on the job"),
    ActionKind.EVC_TRAJECT: (
        "Laat '{x}' erkennen met een EVC-traject",
        "Have '{x}' recognised through an EVC procedure",
    ),
    ActionKind.BEWIJS_VERZAMELEN: ("Verzamel bewijs voor '{x}'", "Gather evidence for '{x}'"),
    ActionKind.LOOPBAANBEGELEIDING: (
        "Bespreek '{x}' met een loopbaanbegeleider",
        "Talk '{x}' through with a career counsellor",
    ),
}

GAP_REASONS: dict[str, Text] = {
    "missing": ("Nog niet in je portfolio.", "Not in your portfolio yet."),
    "match": (
        "Je hebt een verwante competentie ('{other}'), niet precies deze.",
        "You have a related competence ('{other}'), not exactly this one.",
    ),
    "evidence": (
        "Je hebt het, maar nog zonder bewijs.",
        "You have it, but without evidence yet.",
    ),
    "recency": (
        "Je gebruikte het lang niet meer (laatst in {year}).",
        "You have not used it for a long time (last in {year}).",
    ),
    "level": ("Je niveau is nog laag ({level}).", "Your level is still low ({level})."),
}

NOT_WANTED: Text = ("Je zegt dat je dit niet meer wilt doen.", "You say you no longer want to.")


def short(name: str, limit: int = 120) -> str:
    """A name as a message quotes it: long enough to recognise, never a whole page."""
    name = " ".join(name.split())
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def month_year(day: date) -> Text:
    return f"{MONTHS_NL[day.month - 1]} {day.year}", f"{MONTHS_EN[day.month - 1]} {day.year}"


def percent(value: float) -> str:
    return f"{round(value * 100)}%"


def both(template: Text, **fields: object) -> Text:
    return template[0].format(**fields), template[1].format(**fields)


def join(*parts: Text) -> Text:
    return " ".join(p[0] for p in parts if p[0]), " ".join(p[1] for p in parts if p[1])


def summary(
    target: str,
    essential_met: int,
    essential_total: int,
    coverage: float,
    first_gap: tuple[str, ActionKind] | None,
    closing: Text | None,
) -> Text:
    """Two or three sentences: where you stand, what to do first, and one thing to know."""
    if essential_total:
        first = both(
            (
                "Voor {t} heb je {m} van de {n} belangrijkste competenties al goed in je "
                "portfolio (samen {p} van wat gevraagd wordt).",
                "For {t} your portfolio already shows {m} of the {n} most important "
                "competences well ({p} of what is asked in all).",
            ),
            t=target,
            m=essential_met,
            n=essential_total,
            p=percent(coverage),
        )
    else:
        first = both(
            ("Je portfolio dekt {p} van wat {t} vraagt.", "Your portfolio covers {p} of {t}."),
            t=target,
            p=percent(coverage),
        )
    if first_gap is None:
        second: Text = ("Je portfolio past goed bij dit doel.", "Your portfolio fits this goal.")
    else:
        name, action = first_gap
        nl_action, en_action = ACTION_PHRASES[action]
        second = (f"Begin met '{name}': {nl_action}.", f"Start with '{name}': {en_action}.")
    return join(first, second, closing or ("", ""))


SHORTAGE_CLOSING: Text = (
    "Goed nieuws: {t} is een knelpuntberoep, er is veel vraag naar.",
    "Good news: {t} is a shortage occupation, it is much in demand.",
)
EVC_CLOSING: Text = (
    "Je kunt je competenties laten erkennen met een EVC-traject.",
    "You can have your competences recognised through an EVC procedure.",
)
LOW_FIT_CLOSING: Text = (
    "Twijfel je of dit bij je past, praat er dan over met een loopbaanbegeleider.",
    "If you are not sure this suits you, talk it over with a career counsellor.",
)
NOTHING_TO_COMPARE: Text = (
    "'{t}' heeft nog geen competenties in de competentietaal, dus er valt niets te vergelijken.",
    "'{t}' has no competences in the competence language yet, so there is nothing to compare.",
)
