"""200 realistic search queries for the keystroke benchmark.

About half are written by hand: what a Flemish user types into the competence field (Dutch
occupation and skill names, some English ESCO wording, and typos such as "heftruk" or
"samewerken"). The rest are drawn, with a fixed seed, from the language itself: the first
words of Dutch occupation labels and English skill labels, a quarter of them with one typo,
so that the set follows the vocabulary the search actually holds.
"""

from __future__ import annotations

import random

from portfolio_app.language import CompetenceLanguage

HANDWRITTEN = [
    q.strip()
    for q in """
heftruk, heftruckchauffeur, reachtruck, samewerken, samenwerken, verpleegkundige, verpleeg,
zorgkundige, logopedist, werfleider, kinderbegeleider, kok, keukenhulp, slager, uitbener, gids,
mentor, woningcontroleur, elektricien, lasser, loodgieter, schilder, schrijnwerker, metselaar,
dakwerker, chauffeur, vrachtwagenchauffeur, buschauffeur, magazijnier, magazijnmedewerker,
orderpicker, kassier, verkoper, boekhouder, accountant, secretaresse, receptionist, onthaal,
klantendienst, callcenter, programmeur, ontwikkelaar, webdesigner, netwerkbeheerder, helpdesk,
leerkracht, kleuterleider, opvoeder, maatschappelijk werker, psycholoog, kinesitherapeut,
ergotherapeut, apotheker, tandarts, huisarts, poetshulp, schoonmaker, glazenwasser, tuinier,
hovenier, bakker, beenhouwer, barman, ober, cooperatie, coöperatie, hygiene, hygiëne,
digitale vaardigheden, excel, rekenblad, tekstverwerking, communiceren, klantgericht, plannen,
organiseren, leidinggeven, stressbestendig, flexibel, nederlands, frans, engels, duits, spaans,
forklift, operate forklift, manage staff, teamwork, customer service, project management,
communicate with customers, python, javascript, data analysis, cooking, food safety, first aid,
verplegkundige, logopedie, kinesist, electricien, programeren, boekhouding, accountancy,
vorkheftruck, ehbo, haccp, autocad, plc, lassen, solderen, heftruck besturen,
voorraad bijhouden, orders picken, eerste hulp, klanten helpen, veilig werken,
kinderen verzorgen, zorg voor ouderen, manage a team, work in teams, drive a truck, speak dutch
""".split(",")
]


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word
    at = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("drop", "swap", "double"))
    if kind == "drop":
        return word[:at] + word[at + 1 :]
    if kind == "swap":
        return word[: at - 1] + word[at] + word[at - 1] + word[at + 1 :]
    return word[:at] + word[at] + word[at:]


def queries(language: CompetenceLanguage, count: int = 200, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    found = list(dict.fromkeys(HANDWRITTEN))
    dutch = sorted(o.label_nl for o in language.occupations() if o.label_nl)
    skills = {uri for essential, _ in language.occupation_profiles().values() for uri in essential}
    english = sorted(c.label_en for c in language.concepts(sorted(skills)).values() if c.label_en)
    pools = [p for p in (dutch, english) if p]
    while len(found) < count and pools:
        label = rng.choice(rng.choice(pools))
        words = label.split()[: rng.choice((1, 1, 2))]
        query = " ".join(words)
        if rng.random() < 0.25:
            query = _typo(query, rng)
        if query not in found:
            found.append(query)
    return found[:count]
