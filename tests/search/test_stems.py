"""The Kyrgyz stemmer on the words of the demo content: every form of a noun found there
comes back to the noun, so a search for one form finds the others."""

from pathlib import Path

import pytest
import yaml

from home.search.stems import index_text, kyrgyz_stem, query_stems, words

ROOT = Path(__file__).resolve().parents[2]
DEMO_FILES = [
    p
    for app in ("courses", "library", "news", "home")
    for p in (ROOT / app / "demo_data").rglob("*.yaml")
]


def _kyrgyz_texts(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "ky" and isinstance(value, str):
                yield value
            else:
                yield from _kyrgyz_texts(value)
    elif isinstance(node, list):
        for value in node:
            yield from _kyrgyz_texts(value)


@pytest.fixture(scope="module")
def demo_words():
    found = set()
    for path in DEMO_FILES:
        for text in _kyrgyz_texts(yaml.safe_load(path.read_text(encoding="utf-8"))):
            found.update(word.lower() for word in words(text))
    assert len(found) > 1000  # the demo content really is read
    return found


# Nouns of the demo content, and the forms of them it uses (each checked to be there).
NOUNS = {
    "документ": {"документтерди", "документтер"},
    "кадам": {"кадамдар", "кадамы", "кадамдан", "кадамда", "кадамдарын", "кадамдары", "кадамын"},
    "бакча": {"бакчалар", "бакчанын", "бакчадагы", "бакчага", "бакчалардын", "бакчадан"},
    "инновация": {"инновациялар", "инновациялык"},
    "бюджет": {"бюджеттин", "бюджетти", "бюджетке", "бюджеттик"},
    "аймак": {"аймагы", "аймагынын", "аймактарда"},
    "депутат": {"депутаттар", "депутаттардын", "депутаттары"},
    "муниципалитет": {"муниципалитеттин", "муниципалитеттер"},
}


@pytest.mark.parametrize("noun", list(NOUNS))
def test_every_demo_form_of_a_noun_comes_back_to_it(demo_words, noun):
    forms = {word for word in demo_words if word in NOUNS[noun]}
    assert forms, f"none of {NOUNS[noun]} is in the demo content"
    assert {form: kyrgyz_stem(form) for form in forms} == dict.fromkeys(forms, noun)
    assert kyrgyz_stem(noun) == noun


@pytest.mark.parametrize(
    "word", ["жана", "бала", "жер", "иш", "мүчө", "кызматчы", "балык", "саламаттык"]
)
def test_short_words_and_word_endings_are_not_cut_to_nothing(word):
    stem = kyrgyz_stem(word)
    assert word.startswith(stem[:-1]) and len(stem) >= min(3, len(word))


def test_agent_nouns_keep_their_ending():
    # -чы is not the possessive: кызматчы (an official), кызматчылар (officials).
    assert kyrgyz_stem("кызматчы") == kyrgyz_stem("кызматчылар") == "кызматчы"


def test_the_index_holds_the_words_and_their_stems():
    text = index_text(["<p>Бакчалардын документтери</p>"], "ky")
    assert set(text.split()) == {"бакчалардын", "бакча", "документтери", "документ"}


def test_russian_and_english_lose_their_endings():
    assert query_stems("Документы муниципалитетов", "ru") == ["документ", "муниципалитет"]
    assert query_stems("budget hearings", "en") == ["budget", "hearing"]
    assert query_stems("кадам кадамдар" + " сөз" * 20, "ky") == ["кадам", "сөз"]
