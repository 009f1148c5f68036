"""One word per idea: the forms the glossary retires appear in no catalogue and no demo text.

The lists come from /work/shared/reference/glossary.md ("not …" and "Slips found in today's
texts"), and the names from the Club's concept; each language is checked on its own texts
(the `ky` values of the demo data files, the Kyrgyz catalogue's translations, and so on).

Three kinds of rule:
- BANNED / PATTERNS: a form that is wrong wherever it stands (a regular expression where a
  word has several endings, or where a right form contains the wrong one: «наставница»
  contains «наставник», «женщина-кандидат в депутаты» contains «кандидат в депутаты»);
- MEANINGS: in a catalogue, the English msgid tells what an entry means, so a word that is
  right for one idea and wrong for another is checked by meaning: «катышуучу» is the event's
  participant (right) but not the Club's member, «жооп» is an answer (right) but not the
  mentor's feedback, «тандоо» is a choice (right) but not a filter;
- ACRONYM: the Kyrgyz acronym БАЖБА only after the academy's full name in the same text.
Exceptions are few and said where they are: QUOTES (the concept's own words, quoted) and
PLACES (a form right in one file, wrong elsewhere).
"""

import re
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
    "saliya_akulova",  # the mentor keeps only what the concept says of her: no Telegram
    "meet.jit.si",  # demo meeting links are made up: they point at example.org
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
        "жетишкендик",  # progress: прогресс
        "soft skills көндүм",  # жеке көндүмдөр (soft skills), not the English glued on
        "а/ө",  # айыл аймагы, written out
        "Тюп",  # Түп
        "дарекке каршы",  # word for word from «адресно»
        "бир барактык баракча",  # бир барактык маалымат
        "орношкон чектөөчү",  # the garbled sentence of for-candidates
        "Телеграм-группа",  # Telegram тобу
        "сессияга чыгам",  # сессияда сүйлөйм
        "кызыкчылыгы ачылат",  # кызыкчылыгы билинет
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
        "лист ожидания",  # список ожидания
        "стейкхолдер",  # заинтересованные стороны
        "стейколдер",
    ],
    "en": [],
}
# Regular expressions, for words with several endings or hidden inside right forms.
PATTERNS = {
    "ky": [
        r",\s+жана\b",  # no comma before «жана»
        r"клуб\w*\s+катышуучу",  # the Club's members are мүчөлөр (катышуучу: an event's)
        r"ментор\w*\s+жооб",  # the mentor's feedback is пикир (жооп: an answer, a reply)
    ],
    "ru": [
        r"наставник(?!ц)",  # the Club's mentor is a woman: наставница, наставнице, …
        r"ментор",  # наставница
        r"(?<!-)кандидат в депутаты",  # кандидатка в депутаты; «женщина-кандидат» is right
        r"участники",  # the Club's women: участницы
    ],
    "en": [
        r"Club of Women Deputies(?! of Local Keneshes)",  # the short name: Women Deputies' Club
    ],
}
# In a catalogue, what an English msgid means decides the word: (msgid, [wrong], [required]).
MEANINGS = {
    "ky": [
        (r"\bmembers?\b(?!.*participant)", [r"катышуучу"], []),
        # the mentor's feedback; not a quiz answer's own "Feedback" (түшүндүрмө, an
        # explanation), nor a reply or an answer in the same sentence (жооп is right there)
        (r"^(?!feedback$)(?!.*\b(answer|repl)).*feedback", [r"жооп", r"жооб"], [r"пикир"]),
        (r"progress", [r"жетишкендик"], []),
        (r"\bfilter", [r"тандоо"], [r"чыпка"]),
    ],
    "ru": [],
    "en": [],
}
ACRONYM = {"ky": ("БАЖБА", "борбордук азиянын жергиликтүү башкаруу академия")}
# The concept's own words, quoted in «»: not rewritten into the glossary's forms.
QUOTES = {
    "ru": [
        "Телеграм-группа будет администрироваться ментором Клуба и желающими участницами с "
        "каждого из 4-х пилотных областей",
    ],
}
# Forms right in these files only: the 18 July 2022 discussion had a mixed audience (the
# concept's «Участники»: international organisations, state bodies, deputies, NGOs, experts).
PLACES = {
    r"участники": [
        "news/demo_data/events/concept-discussion-2022-07-18.yaml",
        "news/demo_data/news/concept-discussed-in-bishkek.yaml",
    ],
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


def unquoted(text, code):
    for quote in QUOTES.get(code, []):
        text = text.replace(quote, "")
    return " ".join(text.split())  # a folded YAML line break is a space


def found(texts, code, place=""):
    """The banned forms in these texts, as written or with the first letter's case changed
    (a slug such as `peer-to-peer-platform` is no text)."""
    texts = [unquoted(text, code) for text in texts]
    words = BANNED[code] + EVERY_LANGUAGE
    forms = {
        form: word
        for word in words
        for form in (word, word[:1].upper() + word[1:], word[:1].lower() + word[1:])
    }
    problems = {word for text in texts for form, word in forms.items() if form in text}
    problems |= {
        pattern
        for pattern in PATTERNS[code]
        if place not in PLACES.get(pattern, [])
        for text in texts
        if re.search(pattern, text, re.IGNORECASE)
    }
    if code in ACRONYM:
        acronym, full_name = ACRONYM[code]
        problems |= {
            f"{acronym} before «{full_name}…»"
            for text in texts
            if acronym in text and full_name not in text.lower()[: text.index(acronym)]
        }
    return sorted(problems)


def wrong_meanings(entry, code):
    """Words wrong for what this catalogue entry means (read from its English msgid)."""
    problems = []
    for meaning, wrong, required in MEANINGS[code]:
        if not re.search(meaning, entry.msgid, re.IGNORECASE):
            continue
        for text in filter(None, translations(entry)):
            problems += [w for w in wrong if re.search(w, text, re.IGNORECASE)]
            problems += [f"no {r}" for r in required if not re.search(r, text, re.IGNORECASE)]
    return problems


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_catalogue_uses_the_glossary(code):
    entries = [entry for entry in catalogue(code) if not entry.obsolete]
    problems = [
        f"{entry.msgid!r}: {word}" for entry in entries for word in found(translations(entry), code)
    ]
    problems += [
        f"{entry.msgid!r}: {word}" for entry in entries for word in wrong_meanings(entry, code)
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
        place = str(path.relative_to(settings.BASE_DIR))
        for word in found(demo_texts(data, code), code, place):
            problems.append(f"{place}: {word}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("ky", "Клубдун катышуучулары сабакты өтүштү."),
        ("ky", "Менторуңуздун жообу"),
        ("ky", "БАЖБА семинар өткөрдү."),
        ("ky", "Ноокат а/ө"),
        ("ky", "Бюджет, жана план."),
        ("ru", "Наставник ответил на рефлексию."),
        ("ru", "Отправить наставнику"),
        ("ru", "Ментор Клуба"),
        ("ru", "Кандидат в депутаты из Ат-Башы."),
        ("ru", "Участники: депутаты."),
        ("ru", "Вы попали в лист ожидания."),
        ("ru", "Карта стейкхолдеров"),
        ("en", "The Club of Women Deputies meets online."),
    ],
)
def test_the_rules_catch_the_forms_the_glossary_retires(code, text):
    assert found([text], code)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("ky", "Иш-чаранын катышуучулары топтордо иштешти."),
        (
            "ky",
            "Борбордук Азиянын жергиликтүү башкаруу академиясы (БАЖБА) клубду колдойт; "
            "БАЖБАнын дареги — Шевченко көч., 114.",
        ),
        ("ru", "Ваша наставница прочитала; отправить наставнице."),
        ("ru", "женщина-кандидат в депутаты; кандидатка в депутаты"),
        ("ru", QUOTES["ru"][0]),
        ("en", "The Club of Women Deputies of Local Keneshes, or the Women Deputies' Club."),
    ],
)
def test_the_rules_let_the_glossary_forms_pass(code, text):
    assert not found([text], code)


def test_a_catalogue_entry_is_read_by_its_meaning():
    member = polib.POEntry(msgid="Invite a member", msgstr="Катышуучуну чакыруу")
    participant = polib.POEntry(msgid="Participants", msgstr="Катышуучулар")
    feedback = polib.POEntry(msgid="Your feedback", msgstr="Сиздин жообуңуз")
    answer = polib.POEntry(msgid="Right answer", msgstr="Туура жооп")
    assert wrong_meanings(member, "ky") and wrong_meanings(feedback, "ky")
    assert not wrong_meanings(participant, "ky") and not wrong_meanings(answer, "ky")
