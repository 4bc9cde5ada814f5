"""The other-gender forms of a Dutch job word, for search.

ESCO's Dutch labels name most occupations in one form ("boekhouder", "bakker") and list
only some feminine forms as alternative labels; people type their own ("boekhoudster",
"bakster", "tuinvrouw", "receptioniste"). Rather than list every form, search tries the
regular counterparts of a word that finds nothing strong:

- -ster → -er, with Dutch spelling: "boekhoudster" → "boekhouder", "bakster" → "bakker"
  (a short vowel doubles the consonant), "aankoopster" → "aankoper" (a long vowel in an
  open syllable is written once), and -der ("bestuurster" → "bestuurder");
- -vrouw ↔ -man, -euse → -eur, -rice → -eur, -in → "" ("kelnerin"), -es → ""
  ("onderwijzeres") or a doubled vowel ("lerares" → "leraar"), -iste/-ente/-ante → without
  the -e ("receptioniste", "assistente");
- and the way back for -er/-man words, so "poetsman" finds "poetsvrouw".

Only whole folded words are turned; the forms that exist are kept by the caller (a form
that starts no word of the language is dropped).
"""

from __future__ import annotations

_VOWELS = "aeiou"


def _single_vowel(stem: str) -> str:
    """'aankoop' -> 'aankop': a doubled vowel before the last consonant, written once."""
    if len(stem) >= 3 and stem[-1] not in _VOWELS and stem[-2] == stem[-3] in _VOWELS:
        return stem[:-2] + stem[-1]
    return stem


def _doubled_consonant(stem: str) -> str:
    """'bak' -> 'bakk': a short vowel before the last consonant keeps it short."""
    if (
        len(stem) >= 2
        and stem[-1] not in _VOWELS
        and stem[-1] not in "wjh"
        and stem[-2] in _VOWELS
        and (len(stem) < 3 or stem[-3] not in _VOWELS)
    ):
        return stem + stem[-1]
    return stem


def gender_forms(word: str) -> list[str]:
    """Other-gender forms of one folded word, most likely first; [] when none apply."""
    found: list[str] = []
    if word.endswith("ster") and len(word) > 6:
        stem = word[:-4]
        found += [stem + "er", _doubled_consonant(stem) + "er", _single_vowel(stem) + "er"]
        found.append(stem + "der")
    if word.endswith("vrouw") and len(word) > 6:
        found.append(word[:-5] + "man")
    if word.endswith("man") and len(word) > 5:
        found.append(word[:-3] + "vrouw")
    if word.endswith("euse") and len(word) > 6:
        found.append(word[:-4] + "eur")
    if word.endswith("rice") and len(word) > 7:
        found.append(word[:-4] + "eur")
    if word.endswith(("iste", "ente", "ante")) and len(word) > 6:
        found.append(word[:-1])
    if word.endswith("in") and len(word) > 7 and word[-3] not in _VOWELS:
        found.append(word[:-2])
    if word.endswith("es") and len(word) > 6 and word[-3] not in _VOWELS:
        stem = word[:-2]
        found += [stem, stem[:-1] + stem[-2] + stem[-1] if stem[-2] in _VOWELS else stem]
    if word.endswith("er") and len(word) > 5:
        stem = word[:-2]
        if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
            stem = stem[:-1]  # bakker -> bak
        found += [stem + "ster", word + "es"]
    return [form for form in dict.fromkeys(found) if form != word]
