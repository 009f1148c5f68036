"""Reports → Translation status: an editor sees where every page and snippet stands in each
language, acts on it from there, and the board costs the same queries at any size."""

import re

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from courses.models import CourseIndexPage, CoursePage, LessonPage
from home.members.roles import EDITORS, MENTORS
from home.models import Track
from home.seeding import ensure_child_page
from home.translation_board import INDEX
from tests.permissions_cache import read_permissions_again
from tests.shown import shown

BOARD = "/admin/translation-status/"


def person(username, group):
    user = User.objects.create_user(username=username, password="x")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor_client(client, db):
    client.force_login(person("editor", EDITORS))
    return client


@pytest.fixture
def course(home_pages):
    """A course in Kyrgyz, with its index and itself already published in Russian."""
    index = ensure_child_page(home_pages["ky"], CourseIndexPage, "courses", title="Курстар")
    track = Track.objects.create(locale=locale("ky"), slug="budget", name="Кесиптик билим")
    course = CoursePage(title="Бюджет", slug="budget", summary="Бюджет жөнүндө", track=track)
    index.add_child(instance=course)
    course.save_revision().publish()
    for page in (index, course):
        page.copy_for_translation(locale("ru")).save_revision().publish()
    return course


def add_lesson(course, number):
    lesson = LessonPage(
        title=f"Сабак {number}",
        slug=f"lesson-{number}",
        intro="Киришүү",
        body=[("text", "<p>Биринчи абзац.</p><p>Экинчи абзац.</p>")],
    )
    course.add_child(instance=lesson)
    lesson.save_revision().publish()
    return lesson


def locale(code):
    return Locale.objects.get(language_code=code)


def submit(client, page, code):
    """ "Translate this page" into `code`, as the editor does it."""
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    response = client.post(url, {"locales": [locale(code).pk]})
    assert response.status_code == 302
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale(code)
    )


def translate(translation, how_many=None):
    """Translate `how_many` of the source's untranslated segments (all when None), leaving the
    page's slug to be made from its translated title, as editors do; returns how many
    segments the board counts."""
    segments = (
        StringSegment.objects.filter(source=translation.source)
        .exclude(context__path="slug")
        .order_by("order")
    )
    todo = [
        segment
        for segment in segments
        if not StringTranslation.objects.filter(
            translation_of=segment.string, context=segment.context, locale=translation.target_locale
        ).exists()
    ]
    for segment in todo[:how_many]:
        StringTranslation.objects.create(
            translation_of=segment.string,
            context=segment.context,
            locale=translation.target_locale,
            data=f"RU {segment.string.data}",
        )
    return segments.count()


def cell_html(response, page, code):
    """The board's cell of `page`'s row in language `code`, as rendered."""
    html = response.content.decode()
    row = html[html.index(f"/admin/pages/{page.pk}/edit/") :]
    found = re.search(rf'<td data-language="{code}" data-state="(\w+)">(.*?)</td>', row, re.S)
    return found.group(1), " ".join(found.group(2).split())


def publish(translation, on_commit):
    """ "Publish" in the translation editor (wagtail-localize publishes once committed)."""
    with on_commit(execute=True):
        translation.save_target(publish=True)


def percent_translated(response, percent):
    """ "40 % translated" in the language the admin speaks to the editor."""
    language = re.search(r'<html[^>]* lang="([\w-]+)"', response.content.decode()).group(1)
    return shown("%(percent)s %% translated", language, percent=percent)


def test_a_lesson_goes_from_missing_to_live(
    editor_client, course, django_capture_on_commit_callbacks
):
    lesson = add_lesson(course, 1)

    board = editor_client.get(BOARD)
    assert board.status_code == 200
    state, html = cell_html(board, lesson, "en")
    assert state == "missing"
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[lesson.pk])
    assert f'href="{submit_url}?select_locale=en"' in html
    assert cell_html(board, lesson, "ky")[0] == "source"

    translation = submit(editor_client, lesson, "ru")
    total = translate(translation, 2)
    board = editor_client.get(BOARD)
    state, html = cell_html(board, lesson, "ru")
    assert state == "in_progress"
    assert percent_translated(board, 100 * 2 // total) in html
    russian = translation.get_target_instance()
    assert f'href="/admin/pages/{russian.pk}/edit/"' in html  # wagtail-localize's editor

    translate(translation)
    publish(translation, django_capture_on_commit_callbacks)
    assert cell_html(editor_client.get(BOARD), lesson, "ru")[0] == "live"

    lesson.intro = "Жаңы киришүү"
    lesson.save_revision().publish()
    state, html = cell_html(editor_client.get(BOARD), lesson, "ru")
    assert state == "out_of_date"
    update_url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    assert f'href="{update_url}"' in html  # "Sync translated pages" brings the change

    editor_client.post(update_url, {})
    board = editor_client.get(BOARD)
    state, html = cell_html(board, lesson, "ru")
    assert state == "out_of_date"
    assert percent_translated(board, 100 * (total - 1) // total) in html  # the new intro waits

    translate(translation)
    publish(translation, django_capture_on_commit_callbacks)
    assert cell_html(editor_client.get(BOARD), lesson, "ru")[0] == "live"
    assert cell_html(editor_client.get(BOARD), lesson, "en")[0] == "missing"


def test_a_translation_waits_for_its_texts_not_for_its_slug(
    editor_client, course, django_capture_on_commit_callbacks
):
    """Left untranslated, the slug is made from the translated title: once every text is
    translated the translation is a draft, then live, never "in progress" for its slug."""
    lesson = add_lesson(course, 1)
    translation = submit(editor_client, lesson, "ru")
    translate(translation)
    slug = StringSegment.objects.get(source=translation.source, context__path="slug")
    assert not StringTranslation.objects.filter(
        translation_of=slug.string, locale=locale("ru")
    ).exists()
    assert cell_html(editor_client.get(BOARD), lesson, "ru")[0] == "draft"

    publish(translation, django_capture_on_commit_callbacks)
    assert translation.get_target_instance().slug == "ru-sabak-1"  # from "RU Сабак 1"
    assert cell_html(editor_client.get(BOARD), lesson, "ru")[0] == "live"


def test_filters_and_counts(editor_client, course):
    first, second = add_lesson(course, 1), add_lesson(course, 2)
    translate(submit(editor_client, first, "en"))

    missing = editor_client.get(BOARD, {"language": "en", "state": "missing"})
    titles = [row.title for row in missing.context["object_list"]]
    assert second.title in titles and first.title not in titles
    shown = set(re.findall(r'<td data-language="(\w+)"', missing.content.decode()))
    assert shown == {"en"}  # only the chosen language's column

    lessons = editor_client.get(BOARD, {"type": "courses.lessonpage"})
    assert {row.title for row in lessons.context["object_list"]} == {first.title, second.title}
    summary = {code: counts for code, _name, counts in lessons.context["summary"]}
    english = {state: count for state, count, _url in summary["en"]}
    assert english["missing"] == 1
    assert english["in_progress"] + english["draft"] + english["live"] == 1
    assert english["source"] == 0
    assert {state: count for state, count, _url in summary["ky"]}["source"] == 2
    link = next(url for state, _count, url in summary["en"] if state == "missing")
    assert link.endswith("?type=courses.lessonpage&language=en&state=missing")

    tracks = editor_client.get(BOARD, {"type": "home.track"}).context["object_list"]
    assert [(row.title, row.cells["ru"].state) for row in tracks] == [("Кесиптик билим", "missing")]


def test_a_mentor_without_the_permission_is_refused(client, db, home_pages):
    mentor = person("saliya", MENTORS)
    client.force_login(mentor)
    response = client.get(BOARD)
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert BOARD not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_editors_find_the_board_in_the_reports_menu(editor_client, home_pages):
    assert reverse(INDEX) in editor_client.get(reverse("wagtailadmin_home")).content.decode()


def add_content(course, first, last):
    """Lessons `first`..`last`, each sent into Russian with one segment translated, and a track each
    with its Russian copy."""
    for number in range(first, last + 1):
        lesson = add_lesson(course, number)
        source = TranslationSource.get_or_create_from_instance(lesson)[0]
        translation = Translation.objects.create(source=source, target_locale=locale("ru"))
        translate(translation, 1)
        track = Track.objects.create(locale=locale("ky"), slug=f"t{number}", name=f"Багыт {number}")
        track.copy_for_translation(locale("ru")).save()


# Session, user, permissions (4); the locales; the translations with their progress; the
# pages; one per translatable snippet model, then its titles for the page shown; the admin
# menu and its permission checks (6).
BOARD_QUERIES = 16  # the admin request reads her member profile language once


@pytest.mark.parametrize("lessons", [3, 15])
def test_the_board_costs_the_same_queries_at_any_size(
    editor_client, course, lessons, django_assert_num_queries
):
    add_content(course, 1, lessons)
    read_permissions_again(User.objects.get(username="editor"))
    with django_assert_num_queries(BOARD_QUERIES):
        response = editor_client.get(BOARD)
    assert len(response.context["object_list"]) > lessons
