"""Editors: the tracks snippet, the course page forms and previews."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from home.models import Track

from .conftest import lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(User.objects.create_superuser("boss", "boss@x.test", "x"))
    return client


def test_tracks_are_listed_and_editable(admin_client, tracks):
    listing = admin_client.get(reverse("wagtailsnippets_home_track:list"))
    assert listing.status_code == 200
    assert "Ийкемдүү көндүмдөр" in listing.content.decode()
    edit = admin_client.get(reverse("wagtailsnippets_home_track:edit", args=[tracks["soft"].pk]))
    assert edit.status_code == 200
    assert 'name="colour"' in edit.content.decode()


def test_editors_group_may_change_tracks():
    from django.contrib.auth.models import Group

    editors = Group.objects.get(name="Editors")
    assert editors.permissions.filter(codename="change_track").exists()


def test_course_and_lesson_forms_and_previews(admin_client, catalogue, public_course):
    add = admin_client.get(
        reverse("wagtailadmin_pages:add", args=["courses", "coursepage", catalogue["ky"].pk])
    )
    assert add.status_code == 200
    assert 'name="members_only"' in add.content.decode()
    lesson = lessons_of(public_course)[0]
    assert admin_client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).status_code == 200
    for page in (public_course, lesson, catalogue["ky"]):
        preview = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
        assert preview.status_code == 200, page


def test_track_slug_is_unique_per_language(tracks):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Track.objects.create(locale=tracks["soft"].locale, slug="soft-skills", name="Again")
