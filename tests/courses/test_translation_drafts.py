"""Translations never leak: "Translate this page" makes a draft in the other language, which
visitors never see until an editor publishes it; a live translation keeps its published text
while its update waits; its slug comes from its translated title; every segment of the
translation editor says what it is."""

import json
import re
from html import unescape
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.core.management.base import CommandError
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from courses.models import CoursePage, LessonPage
from home.management.commands.patch_localize_js import patched_script
from home.models import Track
from tests.admin_language import set_admin_language

from .conftest import translate_course
from .learning import add_check

pytestmark = pytest.mark.django_db

RUSSIAN_INTRO = "Русское введение к уроку"


@pytest.fixture
def russian_lesson(public_course):
    """A lesson with a knowledge check, live in the Russian course only."""
    course = translate_course(public_course, "ru", "RU")
    lesson = LessonPage(title="Бюджет айыл аймака", slug="byudzhet", intro=RUSSIAN_INTRO)
    course.add_child(instance=lesson)
    return add_check(lesson)


def translate_into_kyrgyz(client, lesson):
    ky = Locale.objects.get(language_code="ky")
    url = reverse("wagtail_localize:submit_page_translation", args=[lesson.pk])
    response = client.post(url, {"locales": [ky.pk]})
    assert response.status_code == 302
    return LessonPage.objects.get(translation_key=lesson.translation_key, locale=ky)


def translate_every_segment(lesson, user, skip=("slug",)):
    """What the editor does in the translation editor: every segment in Kyrgyz."""
    translation = Translation.objects.get(
        source__object_id=lesson.translation_key, target_locale__language_code="ky"
    )
    for segment in StringSegment.objects.filter(source=translation.source):
        if segment.context.path in skip:
            continue
        text = "Айыл аймагынын бюджети" if segment.context.path == "title" else None
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            data=text or f"Кыргызча: {segment.string.data}",
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            last_translated_by=user,
        )
    return translation


@pytest.fixture
def publish(admin_client, django_capture_on_commit_callbacks):
    """The editor's "Publish" in the translation editor (wagtail-localize publishes on commit)."""

    def publish_in_translation_editor(page):
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        with django_capture_on_commit_callbacks(execute=True):
            assert admin_client.post(url, {"action": "publish"}).status_code == 302
        page.refresh_from_db()
        return page

    return publish_in_translation_editor


def test_a_translation_is_a_draft_no_visitor_sees(
    admin_client, admin_user, client, russian_lesson, publish
):
    kyrgyz = translate_into_kyrgyz(admin_client, russian_lesson)

    assert not kyrgyz.live
    assert client.get(f"/ky/courses/speaking/{kyrgyz.slug}/").status_code == 404
    course = client.get("/ky/courses/speaking/").content.decode()
    assert russian_lesson.title not in course
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"/ky/courses/speaking/{kyrgyz.slug}/" not in sitemap

    translate_every_segment(russian_lesson, admin_user)
    kyrgyz = publish(kyrgyz)

    assert kyrgyz.live
    page = client.get(f"/ky/courses/speaking/{kyrgyz.slug}/").content.decode()
    assert "Кыргызча: " + RUSSIAN_INTRO in page
    assert RUSSIAN_INTRO not in page.replace("Кыргызча: " + RUSSIAN_INTRO, "")
    assert "Айыл аймагынын бюджети" in client.get("/ky/courses/speaking/").content.decode()


def test_the_slug_comes_from_the_translated_title(
    admin_client, admin_user, russian_lesson, publish
):
    kyrgyz = translate_into_kyrgyz(admin_client, russian_lesson)
    assert kyrgyz.slug == "byudzhet"  # the source's, until the title is translated

    translate_every_segment(russian_lesson, admin_user)
    kyrgyz = publish(kyrgyz)
    assert kyrgyz.slug == "ayyl-aymagynyn-byudzheti"
    assert kyrgyz.url.endswith("/ky/courses/speaking/ayyl-aymagynyn-byudzheti/")


def test_a_slug_the_editor_translated_is_kept(admin_client, admin_user, russian_lesson, publish):
    kyrgyz = translate_into_kyrgyz(admin_client, russian_lesson)
    translation = translate_every_segment(russian_lesson, admin_user, skip=())
    StringTranslation.objects.filter(context__path="slug", locale=translation.target_locale).update(
        data="budjet"
    )
    kyrgyz = publish(kyrgyz)
    assert kyrgyz.slug == "budjet"


def test_an_update_waits_while_the_live_translation_keeps_its_text(
    admin_client, admin_user, client, russian_lesson, publish
):
    kyrgyz = translate_into_kyrgyz(admin_client, russian_lesson)
    translate_every_segment(russian_lesson, admin_user)
    kyrgyz = publish(kyrgyz)
    url = f"/ky/courses/speaking/{kyrgyz.slug}/"

    russian_lesson.intro = "Новое русское введение"
    russian_lesson.save_revision().publish()
    source = Translation.objects.get(
        source__object_id=russian_lesson.translation_key, target_locale=kyrgyz.locale
    ).source
    sync = reverse("wagtail_localize:update_translations", args=[source.pk])
    form = admin_client.get(sync).content.decode()
    assert 'type="checkbox" name="publish_translations"' not in form
    admin_client.post(sync, {"publish_translations": "on"})
    page = client.get(url).content.decode()
    assert "Кыргызча: " + RUSSIAN_INTRO in page and "Новое русское введение" not in page

    # Submitting the course's subtree again, or any update saved as a draft, waits too.
    Translation.objects.get(source=source, target_locale=kyrgyz.locale).save_target(
        user=admin_user, publish=False
    )
    kyrgyz.refresh_from_db()
    assert kyrgyz.live and kyrgyz.has_unpublished_changes
    assert kyrgyz.intro == "Кыргызча: " + RUSSIAN_INTRO
    page = client.get(url).content.decode()
    assert "Новое русское введение" not in page
    assert "Новое русское введение" in kyrgyz.get_latest_revision_as_object().intro


def editor_props(client, page):
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    return json.loads(unescape(re.search(r'data-props="([^"]*)"', html)[1]))


def test_every_segment_of_a_knowledge_check_says_what_it_is(
    admin_client, admin_user, russian_lesson
):
    set_admin_language(admin_user, "en")
    kyrgyz = translate_into_kyrgyz(admin_client, russian_lesson)
    segments = editor_props(admin_client, kyrgyz)["segments"]
    labels = {
        segment["source"]: segment["location"]["subField"]
        for segment in segments
        if segment["location"]["field"] == "Knowledge check"
    }
    assert labels["Check: the local budget"] == "Title"
    assert labels["Who approves the budget of the aiyl aimak?"] == "Question"
    assert labels["The local kenesh"] == "Question › Answer"
    assert labels["Yes: at a session."] == "Question › Answer › Feedback"
    assert labels["The kenesh approves the budget at an open session."] == "Question › Explanation"

    set_admin_language(admin_user, "ru")
    segments = editor_props(admin_client, kyrgyz)["segments"]
    labels = {segment["source"]: segment["location"]["subField"] for segment in segments}
    assert labels["Yes: at a session."] == "Вопрос › Ответ › Пояснение"


def test_each_translated_segment_is_dated_in_the_admin_language(
    admin_client, admin_user, russian_lesson
):
    """wagtail-localize writes "Translated manually on 7 December 2026" with English month
    names whatever the admin's language."""
    set_admin_language(admin_user, "ky")
    kyrgyz = translate_into_kyrgyz(admin_client, russian_lesson)
    translate_every_segment(russian_lesson, admin_user)
    comments = [
        translation["comment"]
        for translation in editor_props(admin_client, kyrgyz)["initialStringTranslations"]
    ]
    assert comments
    english_months = re.compile(
        "January|February|March|April|May|June|July|August|September|October|November|December"
    )
    assert not [comment for comment in comments if english_months.search(comment)]
    assert all(comment.endswith("кол менен которулган") for comment in comments)
    assert all(
        re.search(r"\d{4}-жылдын \d{1,2}-", comment) for comment in comments
    )  # 2026-жылдын 7-декабры


def test_a_changed_wagtail_localize_script_fails_loudly():
    with pytest.raises(CommandError, match="no longer has the English words"):
        patched_script("title:`${r.locale.displayName}`")


def test_the_translation_editor_header_is_not_english():
    """The script the site serves (make install writes it: patch_localize_js)."""
    path = finders.find("wagtail_localize/js/wagtail-localize.js")
    script = Path(path).read_text(encoding="utf-8")
    assert "} translation`" not in script
    assert 'gettext("Translation: %(source)s → %(target)s")' in script
    assert '"More actions")' not in script.replace('gettext("More actions")', "")


def test_translating_a_course_keeps_its_tracks_translation(admin_client, public_course, tracks):
    """The course's track is translated already (not through wagtail-localize): submitting
    the course must not overwrite its Kyrgyz name with the Russian one."""
    russian = translate_course(public_course, "ru", "RU")
    course = CoursePage(title="Новый курс", slug="novyi", summary="Кратко", track=russian.track)
    russian.get_parent().add_child(instance=course)
    course.save_revision().publish()
    en = Locale.objects.get(language_code="en")
    url = reverse("wagtail_localize:submit_page_translation", args=[course.pk])
    assert admin_client.post(url, {"locales": [en.pk]}).status_code == 302

    assert Track.objects.get(pk=tracks["soft"].get_translation(en).pk).name == "Soft skills"
    assert not course.get_translation(en).live
