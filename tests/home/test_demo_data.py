"""The demo texts are data files that translators review: every field in ky, ru and en."""

from pathlib import Path

import pytest
from django.apps import apps

from home.seeding import LANGUAGE_CODES, demo_seeders, load_demo_data, localized

# Values every language shares: settings, choices, keys, dates and people's own data.
SHARED = {
    "order", "slug", "track", "tracks", "tags", "members_only", "level", "estimated_minutes",
    "colour", "icon", "sort_order", "kind", "oblast", "year", "format", "date",
    "days_from_today", "start", "end", "capacity", "meeting_url", "registration_open",
    "site_name", "type", "before_next_session", "influence", "interest", "plan.member",
    "plan.lesson", "plan.status", "plan.stakeholder_map",
    # One trilingual file, shown under a translated label.
    "document.title", "document.filename", "document.content", "document.members_only",
    "club_settings.phone", "club_settings.email", "club_settings.telegram_url",
    "club_settings.mailing_list_url", "links.url", "picture",
    # Demo accounts: people's names and profiles are not translated.
    "administrator", "password", "staff", "members",
    # The Club space: who wrote what (usernames), and choices.
    "member", "author", "status", "attach",
    # Circles: the language a circle's texts are stored in, its course, days and hours.
    "circles.language", "circles.course", "starts_in_days", "meets_online", "in_days", "hour",
    # Conversations on reflections: which lesson, whose side, when.
    "threads.lesson", "messages.by", "messages.hours_ago",
    # Learning packages: the source folder built into the file, the lesson that holds it.
    "source", "file", "course", "lesson",
}  # fmt: skip


def data_files():
    for app in apps.get_app_configs():
        yield from sorted((Path(app.path) / "demo_data").rglob("*.yaml"))


def problems(value, path=""):
    """Where a data tree has a text in fewer than three languages, or an untranslated one."""
    if isinstance(value, list):
        return [found for item in value for found in problems(item, path)]
    if isinstance(value, dict) and value.keys() & set(LANGUAGE_CODES):
        texts = [value.get(code) for code in LANGUAGE_CODES]
        complete = len(value) == len(LANGUAGE_CODES) and all(texts)
        return [] if complete else [f"{path}: needs non-empty ky, ru and en, has {value!r}"]
    if isinstance(value, dict):
        return [
            found
            for key, item in value.items()
            if not {key, f"{path.rpartition('.')[2]}.{key}"} & SHARED
            for found in problems(item, f"{path}.{key}".lstrip("."))
        ]
    if isinstance(value, str) and value:  # (an empty text is no text, in any language)
        return [f"{path}: {value[:40]!r} is in one language only"]
    return []


def test_apps_register_their_seeders_base_layer_first():
    """seed_demo names no app: each registers itself, and the order keeps dependencies."""
    assert [seeder.__module__ for seeder in demo_seeders()] == [
        "home.demo",
        "home.members.demo",
        "courses.demo",
        "courses.packages.demo",
        "courses.reflections.demo",
        "courses.reflections.demo_conversation",
        "courses.circles.demo",
        "library.demo",
        "news.demo",
        "home.club.demo",
        "courses.reflections.demo_shared",
        "home.search.indexing",  # last: the searchable pages indexed with their stems
    ]


def test_every_app_has_demo_data_files():
    root = Path(apps.get_app_config("home").path).parent
    folders = {path.relative_to(root).parts[0] for path in data_files()}
    assert folders == {"home", "courses", "library", "news"}


@pytest.mark.parametrize("path", list(data_files()), ids=lambda path: path.name)
def test_every_translatable_field_has_kyrgyz_russian_and_english(path):
    data = load_demo_data(path)
    assert problems(data) == []
    for code in LANGUAGE_CODES:
        localized(data, code)  # the loader accepts it in every language


def test_a_missing_or_empty_translation_is_reported(tmp_path):
    lesson = {
        "slug": "budget-cycle",
        "title": {"ky": "Бюджеттик цикл", "ru": "Бюджетный цикл"},
        "body": [{"type": "heading", "value": {"ky": "Этаптар", "ru": "Этапы", "en": ""}}],
        "intro": "Only in English",
    }
    assert len(problems(lesson)) == 3
    broken = tmp_path / "budget-cycle.yaml"
    broken.write_text("title:\n  ky: Бюджеттик цикл\n  ru: Бюджетный цикл\n", encoding="utf-8")
    with pytest.raises(ValueError, match="budget-cycle.yaml: a demo text needs exactly ky, ru"):
        load_demo_data(broken)
