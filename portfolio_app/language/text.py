"""Text folding shared by the index builder and the queries.

Search and suggest only work if the words stored at build time and the words a user types go
through the very same folding, so it lives in one place: lower case, accents off
("coöperatie" and "cooperatie" meet), punctuation as word breaks.

The stemmer is a deliberately light one for Dutch (and it does little harm to English): it
only strips the endings that make a sentence about work differ from a label ("gewerkt",
"heftrucks", "klanten" against "werken", "heftruck", "klant"). A full Snowball stemmer would
add a dependency and conflate more than suggest needs.
"""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^0-9a-z]+")

# Words that say nothing about a competence. Dutch first, then the English ones that occur in
# ESCO labels and in sentences written in English.
STOPWORDS = frozenset(
    """
    aan al alle alles als altijd ander andere bij ben binnen ook dan dat de deze die dit doe
    doen door dus een eens en er ge gedaan geen geweest had heb hebben heeft hem het hier hij
    hoe hun ik in is ja je jij jou jouw jullie kan kon kunnen maar me meer men met mij mijn
    moet na naar niet niets nog nu of om omdat onder ons onze ook op over per reeds rond
    sinds te tegen toch toen tot u uit uw van veel voor vaak want waren was wat we wel werd
    wie wij wil word worden wordt ze zal zij zich zijn zo zoals zonder zou zowel
    jaar jaren maand maanden week weken dag dagen lang eerst daarna vooral heel zeer erg
    een twee drie vier vijf zes zeven acht negen tien elke iedere soms meestal vroeger
    gewerkt werken werkte werkten werk job jobs taak taken baan functie bedrijf firma
    a an and are as at be by for from has have i in is it its of on or the to was were with
    my me we our you your their this that these those
    """.split()
)

_SUFFIXES = ("heden", "ingen", "ende", "ing", "ers", "en", "er", "es", "te", "de", "e", "s", "t")


def fold(text: str) -> str:
    """Lower case without accents or punctuation, words separated by single spaces."""
    folded = text.casefold()
    if not folded.isascii():
        # Accents come apart from their letters and drop out with everything else outside
        # a-z, which the next line would remove anyway.
        folded = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode("ascii")
    return _NON_WORD.sub(" ", folded).strip()


def words(text: str) -> list[str]:
    folded = fold(text)
    return folded.split() if folded else []


def stem(word: str) -> str:
    """A folded word cut back to a shared root, never below four letters, so that
    "magazijnen", "magazijn" and "magazijnier" stay apart from unrelated short words."""
    if len(word) > 6 and word.startswith("ge") and word.endswith(("d", "t")):
        word = word[2:]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    # Dutch doubles a consonant before an ending ("pakken" -> "pakk"): undo it.
    if len(word) > 4 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    return word


def content_stems(text: str) -> list[tuple[str, str]]:
    """(stem, original folded word) for every word that may name a competence."""
    return [
        (stem(word), word)
        for word in words(text)
        if word not in STOPWORDS and len(word) >= 3 and not word.isdigit()
    ]
