"""One word per idea: the forms the glossary retires appear in no catalogue and no demo text.

The lists come from /work/shared/reference/glossary.md ("not …" and "Slips found in today's
texts"), and the names from the Club's concept; each language is checked on its own texts
(the `ky` values of the demo data files, the Kyrgyz catalogue's translations, and so on).
"""

from pathlib import Path

import polib
import pytest
import yaml
from django.apps import apps
from django.conf import settings

from home.seeding import LANGUAGE_CODES

EVERY_LANGUAGE = [
    "Peer-to-Peer",  # the concept's platform is «Равный — равному» ("Peer to Peer")
    "club@amuca.kg",  # the concept's only email is academylgca@gmail.com
    "women_deputies_club",  # the concept names no Telegram address
]
BANNED = {
    "ky": [
        "насаатчы",  # ментор
        "Эскирээктер",  # Мурункулар
        "сабак аяктады",  # Сабакты өттүңүз
        "отчёт",  # отчет: one spelling in Kyrgyz
        "Айыл аймактын",  # айыл аймагынын
        "Өз кирешелерди",  # өз кирешелерин
        "Сиздин муниципалитетте",  # муниципалитетиңизде
        "суралганына",  # суралганын
        "утулат же уттурулат",
        "Айлананы жабыңыз",
        "тууган ресурсу",
        "алдына жөнөтүлдү",  # Пикириңиз жөнөтүлдү: …
        "иштетүүсүнө",
    ],
    "ru": [
        # Клуб депутатов-женщин местных кенешей, in every case
        "Клуб женщин-депутатов",
        "Клуба женщин-депутатов",
        "Клубу женщин-депутатов",
        "Клубом женщин-депутатов",
        "Клубе женщин-депутатов",
        "успеваемост",  # прогресс
        "наставник прочитал",  # наставница прочитала
        "получают низкую поддержку",  # им не хватает поддержки
        "кандидатки",  # кандидатка в депутаты / женщины-кандидаты
        "Peer-to-Peer",
    ],
    "en": [],
}
# Whole translations the glossary fixes for one interface string.
EXACT = {
    ("Tip", "ky"): "Пайдалуу кеңеш",  # «Кеңеш» alone is also the council
    ("Older", "ky"): "Мурункулар",
    ("Newer", "ky"): "Кийинкилер",
    ("Older", "ru"): "Более ранние",
    ("Newer", "ru"): "Более новые",
}


def catalogue(code):
    return polib.pofile(
        str(Path(settings.BASE_DIR) / "locale" / code / "LC_MESSAGES" / "django.po")
    )


def translations(entry):
    return [entry.msgstr, *entry.msgstr_plural.values()]


def demo_texts(value, code):
    """Every text of one language in a demo data tree (shared values count for every language)."""
    if isinstance(value, list):
        return [text for item in value for text in demo_texts(item, code)]
    if isinstance(value, dict):
        if value.keys() & set(LANGUAGE_CODES):
            return [str(value.get(code, ""))]
        return [text for item in value.values() for text in demo_texts(item, code)]
    return [value] if isinstance(value, str) else []


def demo_files():
    for app in apps.get_app_configs():
        yield from sorted((Path(app.path) / "demo_data").rglob("*.yaml"))


def found(texts, code):
    """The banned forms in these texts, as written or with the first letter's case changed
    (a slug such as `peer-to-peer-platform` is no text)."""
    words = BANNED[code] + EVERY_LANGUAGE
    forms = {
        form: word
        for word in words
        for form in (word, word[:1].upper() + word[1:], word[:1].lower() + word[1:])
    }
    return sorted({word for text in texts for form, word in forms.items() if form in text})


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_catalogue_uses_the_glossary(code):
    entries = [entry for entry in catalogue(code) if not entry.obsolete]
    problems = [
        f"{entry.msgid!r}: {word}" for entry in entries for word in found(translations(entry), code)
    ]
    problems += [
        f"{entry.msgid!r} is {entry.msgstr!r}, the glossary says {EXACT[entry.msgid, code]!r}"
        for entry in entries
        if (entry.msgid, code) in EXACT and entry.msgstr != EXACT[entry.msgid, code]
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_demo_content_uses_the_glossary(code):
    problems = []
    for path in demo_files():
        with path.open(encoding="utf-8") as file:
            data = yaml.safe_load(file)
        for word in found(demo_texts(data, code), code):
            problems.append(f"{path.relative_to(settings.BASE_DIR)}: {word}")
    assert not problems, "\n".join(problems)
