"""No invented fact is presented as real in the demo content.

The rule (issue 30): a real person or body named in the Club's concept keeps only what the
concept says of them; demo people, contacts, links and stories are fictional and marked as
examples where a member sees them. Checked on the demo data files themselves.
"""

import re
from pathlib import Path

import pytest
import yaml
from django.conf import settings

from home.seeding import LANGUAGE_CODES

from .test_glossary import demo_files, demo_texts

BASE = Path(settings.BASE_DIR)
EXAMPLE_WORD = {"ky": "Мисал", "ru": "Пример", "en": "Example"}
# The only phone number the concept gives: the academy's.
AMUCA_PHONE = "+996 312 976530"
PHONE = re.compile(r"\+996[\s\d()-]{8,}\d")
MENTOR = {"ky": "Салия Акулова", "ru": "Салия Акулова", "en": "Saliya Akulova"}


def load(relative):
    with (BASE / relative).open(encoding="utf-8") as file:
        return yaml.safe_load(file)


def accounts():
    data = load("home/members/demo_data/accounts.yaml")
    return data["staff"] + data["members"]


def test_the_mentor_keeps_only_her_name():
    [mentor] = [account for account in accounts() if account.get("label") == "mentor"]
    assert (mentor["first_name"], mentor["last_name"]) == ("Салия", "Акулова")
    assert not {"phone", "telegram_username", "municipality", "is_example"} & mentor.keys()


def test_every_other_demo_person_is_an_example_with_fictional_contacts():
    others = [account for account in accounts() if account.get("label") != "mentor"]
    assert others and all(account.get("is_example") for account in others)
    assert not any(account.get("phone") for account in others)
    handles = [account["telegram_username"] for account in others if "telegram_username" in account]
    assert handles and all(handle.startswith("example_") for handle in handles)


def test_no_demo_text_gives_a_phone_number_but_the_academys():
    found = {
        f"{path.relative_to(BASE)}: {number}"
        for path in demo_files()
        for number in PHONE.findall(path.read_text(encoding="utf-8"))
        if number.strip() != AMUCA_PHONE
    }
    assert not found, found


@pytest.mark.parametrize("path", sorted((BASE / "news/demo_data/events").glob("*.yaml")))
def test_an_upcoming_session_is_an_example_and_not_in_the_mentors_name(path):
    event = load(path)
    if "days_from_today" not in event:  # a dated event: the concept's own 18 July 2022
        return
    assert event["meeting_url"].startswith("https://meet.example.org/")
    for code in LANGUAGE_CODES:
        assert event["title"][code].startswith(EXAMPLE_WORD[code])
        assert not any(MENTOR[code] in text for text in demo_texts(event, code))


def test_news_of_the_sessions_is_marked_as_an_example():
    news = load("news/demo_data/news/new-online-sessions.yaml")
    for code in LANGUAGE_CODES:
        assert news["title"][code].startswith(EXAMPLE_WORD[code])


def test_the_library_claims_no_test_it_did_not_run():
    library = load("library/demo_data/library.yaml")
    assert "tried in municipalities" not in library["intro"]["en"]
    for slug in ("learning-in-action", "public-spaces-for-women"):
        item = load(f"library/demo_data/items/{slug}.yaml")
        assert not item["oblast"] and "municipality" not in item
