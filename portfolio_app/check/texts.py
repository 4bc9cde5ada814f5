"""The words of the check, in plain Dutch (B1) and English, side by side.

Every function returns a ``(nl, en)`` pair. The result stores both, so a saved check reads
the same in either language later. Sentences are short and say what to do, for people who
are not computer or policy people. Numbers in sentences come from ``Tally``, the one count
of a check, never from a count of their own.
"""

from __future__ import annotations

from portfolio_app.domain.check_result import EvidenceStrength, Tally
from portfolio_app.domain.enums import ActionKind

# part of the check's wording too (``texts.join``), shared with the rights in the core
from portfolio_app.texts import Text as Text
from portfolio_app.texts import join as join
from portfolio_app.texts import month_year as month_year

DISCLAIMER: Text = (
    "Deze check is een hulpmiddel, geen oordeel van een professional. Wil je erover praten? "
    "Een loopbaanbegeleider helpt je graag verder.",
    "This check is guidance, not a professional judgement. Want to talk it through? "
    "A career counsellor can help you further.",
)

LEVEL_ASKED_TEXT: Text = ("zelfstandig (niveau 2)", "independently (level 2)")

ACTION_PHRASES: dict[ActionKind, Text] = {
    ActionKind.ZELF_NAGAAN: (
        "ga na of je het al kunt, en voeg het dan toe",
        "check whether you can already do it, then add it",
    ),
    ActionKind.OPLEIDING: ("volg er een opleiding voor", "take a course in it"),
    ActionKind.WERKPLEKLEREN: ("leer het op de werkvloer", "learn it on the job"),
    ActionKind.EVC_TRAJECT: (
        "laat het erkennen met een EVC-traject",
        "have it recognised through an EVC procedure",
    ),
    ActionKind.BEWIJS_VERZAMELEN: (
        "voeg bewijs toe, zoals een attest, een werkgeversverklaring of een beschreven ervaring",
        "add evidence, such as a certificate, an employer's statement or a described experience",
    ),
    ActionKind.LOOPBAANBEGELEIDING: (
        "bespreek het met een loopbaanbegeleider",
        "talk it through with a career counsellor",
    ),
    ActionKind.HERNIEUWEN: ("hernieuw je leerbewijs", "renew your proof of learning"),
}

GOALS: dict[ActionKind, Text] = {
    ActionKind.ZELF_NAGAAN: (
        "Ga na of je '{x}' al kunt en voeg het toe",
        "Check whether you can already do '{x}' and add it",
    ),
    ActionKind.OPLEIDING: ("Volg een opleiding in '{x}'", "Take a course in '{x}'"),
    ActionKind.WERKPLEKLEREN: ("Leer '{x}' op de werkvloer", "Learn '{x}' on the job"),
    ActionKind.EVC_TRAJECT: (
        "Laat '{x}' erkennen met een EVC-traject",
        "Have '{x}' recognised through an EVC procedure",
    ),
    ActionKind.BEWIJS_VERZAMELEN: ("Voeg bewijs toe voor '{x}'", "Add evidence for '{x}'"),
    ActionKind.LOOPBAANBEGELEIDING: (
        "Bespreek '{x}' met een loopbaanbegeleider",
        "Talk '{x}' through with a career counsellor",
    ),
    ActionKind.HERNIEUWEN: ("Hernieuw je leerbewijs '{x}'", "Renew your proof of learning '{x}'"),
}

STRENGTH_WORDS: dict[EvidenceStrength, Text] = {
    EvidenceStrength.DOCUMENT: ("met een document", "with a document"),
    EvidenceStrength.JUDGEMENT: (
        "met een oordeel van iemand anders",
        "with someone else's judgement",
    ),
    EvidenceStrength.EXPERIENCE: ("met een beschreven ervaring", "with a described experience"),
    EvidenceStrength.OWN: ("alleen je eigen inschatting", "your own estimate only"),
    EvidenceStrength.NONE: ("niets", "nothing"),
}

NOT_WANTED: Text = ("Je zegt dat je dit niet meer wilt doen.", "You say you no longer want to.")


def short(name: str, limit: int = 120) -> str:
    """A name as a message quotes it: long enough to recognise, never a whole page."""
    name = " ".join(name.split())
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def percent(value: float) -> str:
    return f"{round(value * 100)}%"


def both(template: Text, **fields: object) -> Text:
    return template[0].format(**fields), template[1].format(**fields)


def _list(parts: list[Text]) -> Text:
    if len(parts) <= 1:
        return parts[0] if parts else ("", "")
    nl = ", ".join(p[0] for p in parts[:-1]) + " en " + parts[-1][0]
    en = ", ".join(p[1] for p in parts[:-1]) + " and " + parts[-1][1]
    return nl, en


def strength_breakdown(counts: Tally) -> Text:
    """'2 met een document en 1 met een beschreven ervaring'."""
    parts = []
    for strength in (
        EvidenceStrength.DOCUMENT,
        EvidenceStrength.JUDGEMENT,
        EvidenceStrength.EXPERIENCE,
    ):
        n = counts.by_strength.get(strength, 0)
        if n:
            words = STRENGTH_WORDS[strength]
            parts.append((f"{n} {words[0]}", f"{n} {words[1]}"))
    return _list(parts)


def said_and_shown(counts: Tally, which: Text, target: str | None = None) -> Text:
    """The two answers in one sentence: how many the person says they can at the level
    asked, and how many of those the portfolio shows, with what."""
    if target:
        said: Text = (
            f"Voor {target} zeg je {counts.said} van de {counts.total} {which[0]} te kunnen, "
            "op het gevraagde niveau",
            f"For {target} you say you can do {counts.said} of the {counts.total} {which[1]} "
            "at the level asked",
        )
    else:
        said = (
            f"Je zegt {counts.said} van de {counts.total} {which[0]} te kunnen, op het "
            "gevraagde niveau",
            f"You say you can do {counts.said} of the {counts.total} {which[1]} at the level asked",
        )
    if not counts.said:
        return f"{said[0]}.", f"{said[1]}."
    if counts.shown == 0:
        shown: Text = (
            "je portfolio toont er nog geen van aan: ze zijn nog te bewijzen",
            "your portfolio does not show any of them yet: they are still to be proven",
        )
    elif counts.shown == counts.said:
        detail = strength_breakdown(counts)
        shown = (
            f"je portfolio toont ze allemaal aan: {detail[0]}",
            f"your portfolio shows all of them: {detail[1]}",
        )
    else:
        detail = strength_breakdown(counts)
        rest = counts.to_prove
        shown = (
            f"je portfolio toont er {counts.shown} van aan ({detail[0]}) en "
            f"{rest} {'is' if rest == 1 else 'zijn'} nog te bewijzen",
            f"your portfolio shows {counts.shown} of them ({detail[1]}) and "
            f"{rest} {'is' if rest == 1 else 'are'} still to be proven",
        )
    return f"{said[0]}; {shown[0]}.", f"{said[1]}; {shown[1]}."


ESSENTIAL_WORDS: Text = ("belangrijkste (essentiële) competenties", "essential competences")
ALL_WORDS: Text = ("competenties", "competences")

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
ALL_SHOWN: Text = (
    "Je portfolio toont alles wat dit doel vraagt.",
    "Your portfolio shows everything this goal asks for.",
)


def first_step(name: str, action: ActionKind, renew: str = "") -> Text:
    if action is ActionKind.HERNIEUWEN and renew:
        return (
            f"Begin met je leerbewijs '{renew}': hernieuw het.",
            f"Start with your proof of learning '{renew}': renew it.",
        )
    nl_action, en_action = ACTION_PHRASES[action]
    return f"Begin met '{name}': {nl_action}.", f"Start with '{name}': {en_action}."
