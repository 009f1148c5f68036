"""Word stems for the site search, in Kyrgyz, Russian and English.

No Snowball stemmer exists for Kyrgyz, and the database search backend stems no language at
all on SQLite. So the Club indexes, next to each page's text, its words and their stems
(`search_stems`, an AutocompleteField) and searches the stems of the query as prefixes:

- Kyrgyz is agglutinative: a noun takes plural, possessive and case endings in that order
  (бакча-лар-ы-нын). `kyrgyz_stem` strips them from the end, one layer at a time (case,
  possessive, plural, then the derivations -лык and -луу), every harmonic variant of each
  ending, and puts back the final к/п that softens before a vowel (аймагы → аймак). It never
  leaves fewer than three letters, nor a stem without a vowel.
- Russian and English get a light ending strip (документов → документ, hearings → hearing).
- The page's own words are indexed as they are too, and every query word is looked for as a
  prefix, so a stem that strips too little or too much still finds the longer forms.
"""

import re
from functools import lru_cache

from django.utils.html import strip_tags

WORD = re.compile(r"\w+")
MIN_STEM = 3
VOWELS = set("аеёиоөуүыэюяaeiouy")


def _variants(*templates):
    """Every harmonic variant of an ending: А is а/е/о/ө, Ы is ы/и/у/ү (the same letter
    wherever it stands in one ending)."""
    forms = []
    for template in templates:
        expanded = [template]
        for letter, options in (("А", "аеоө"), ("Ы", "ыиуү")):
            if letter in template:
                expanded = [form.replace(letter, option) for form in expanded for option in options]
        forms.extend(expanded)
    return sorted(set(forms), key=len, reverse=True)


# Endings, layer by layer from the end of the word.
CASE_ENDINGS = _variants(
    "дАн",
    "тАн",
    "нАн",  # ablative
    "дАгЫ",
    "тАгЫ",
    "ндАгЫ",  # locative + relative (-дагы)
    "дА",
    "тА",
    "ндА",  # locative
    "нЫн",
    "дЫн",
    "тЫн",  # genitive
    "гА",
    "кА",
    "нА",  # dative
    "нЫ",
    "дЫ",
    "тЫ",  # accusative
)
POSSESSIVE_ENDINGS = _variants("ЫбЫз", "бЫз", "ЫңЫз", "ңЫз", "сЫн", "Ың", "сЫ", "Ын")
PLURAL_ENDINGS = _variants("лАр", "дАр", "тАр")
DERIVED_ENDINGS = _variants("лЫк", "дЫк", "тЫк", "лЫЫ", "дЫЫ", "тЫЫ")
SOFTENED = {"г": "к", "б": "п"}

RUSSIAN_ENDINGS = sorted(
    [
        "ами",
        "ями",
        "ого",
        "его",
        "ому",
        "ему",
        "ыми",
        "ими",
        "ах",
        "ях",
        "ам",
        "ям",
        "ом",
        "ем",
        "ой",
        "ей",
        "ий",
        "ый",
        "ая",
        "яя",
        "ое",
        "ее",
        "ые",
        "ие",
        "ых",
        "их",
        "ов",
        "ев",
        "ую",
        "юю",
        "а",
        "я",
        "ы",
        "и",
        "е",
        "у",
        "ю",
        "о",
        "ь",
    ],
    key=len,
    reverse=True,
)
ENGLISH_ENDINGS = ["ing", "ies", "es", "ed", "s"]


def _fits(stem):
    return len(stem) >= MIN_STEM and any(letter in VOWELS for letter in stem)


def _strip(word, endings):
    for ending in endings:
        if word.endswith(ending) and _fits(word[: -len(ending)]):
            return word[: -len(ending)]
    return word


def _strip_single_vowel(word):
    """The possessive of the third person after a consonant: кадам-ы. Not -чы/-чу (the agent
    nouns: кызматчы) nor after a vowel (then it is part of the word)."""
    if len(word) > MIN_STEM and word[-1] in "ыиуү" and word[-2] not in VOWELS | {"ч"}:
        stem = word[:-1]
        if _fits(stem):
            return stem[:-1] + SOFTENED.get(stem[-1], stem[-1])
    return word


def kyrgyz_stem(word):
    word = _strip(word.lower(), CASE_ENDINGS)
    possessive = _strip(word, POSSESSIVE_ENDINGS)
    if possessive == word:
        possessive = _strip_single_vowel(word)
    elif possessive[-1] in SOFTENED:
        possessive = possessive[:-1] + SOFTENED[possessive[-1]]
    word = _strip(possessive, PLURAL_ENDINGS)
    return _strip(word, DERIVED_ENDINGS)


def russian_stem(word):
    return _strip(word.lower().replace("ё", "е"), RUSSIAN_ENDINGS)


def english_stem(word):
    return _strip(word.lower(), ENGLISH_ENDINGS)


STEMMERS = {"ky": kyrgyz_stem, "ru": russian_stem, "en": english_stem}


@lru_cache(maxsize=65536)
def stem(word, language):
    """Cached: a page's text repeats its words, and every save of a page indexes it again."""
    return STEMMERS.get(language, str.lower)(word)


def words(text):
    return WORD.findall(strip_tags(text or ""))


def query_stems(query, language, limit=8):
    """The stems of the first `limit` words of a query, each once, in order."""
    stems = []
    for word in words(query)[:limit]:
        found = stem(word, language)
        if found not in stems:
            stems.append(found)
    return stems


def index_text(texts, language):
    """The words of `texts` and their stems, each once: what `search_stems` indexes."""
    found = set()
    for text in texts:
        for word in words(text):
            found.add(word.lower())
            found.add(stem(word, language))
    return " ".join(sorted(found))
