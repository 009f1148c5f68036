"""A course saved for offline takes its packages and their players; a lesson with a package
costs the same queries however many attempts and packages there are."""

import json

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.packages.models import PackageAttempt

from .conftest import lessons_of, make_package, place
from .zips import h5p_files, scorm_files

pytestmark = pytest.mark.django_db


def save_list(client, course):
    response = client.get(course.url + "offline/")
    assert response.status_code == 200
    return json.loads(response.content)["urls"]


def test_saving_a_course_takes_its_packages_and_players(
    member_client, private_course, private_lesson, scorm_package
):
    h5p = make_package(h5p_files(), name="quiz.h5p")
    second = place(lessons_of(private_course)[1], h5p)
    urls = save_list(member_client, private_course)
    folder = f"/packages/{private_lesson.pk}/{scorm_package.folder}/"
    for name in ("imsmanifest.xml", "index.html", "sco.js"):
        assert folder + name in urls
    assert reverse("packages:runtime", args=[private_lesson.pk, scorm_package.pk]) in urls
    assert f"/packages/{second.pk}/{h5p.folder}/" in urls  # the H5P player page
    assert f"/packages/{second.pk}/{h5p.folder}/content/content.json" in urls
    for static in (
        "/static/vendor/scorm-again/scorm12.min.js",
        "/static/packages/player.js",
        "/static/vendor/h5p-standalone/main.bundle.js",
        "/static/vendor/h5p-standalone/frame.bundle.js",
        "/static/vendor/h5p-standalone/styles/h5p.css",
    ):
        assert static in urls
    # Everything listed answers (the lesson's package files, her state, the players).
    for url in urls:
        if url.startswith(("/packages/", "/static/")):
            assert member_client.get(url).status_code == 200, url


def count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_a_lesson_with_a_package_costs_the_same_queries_at_two_sizes(
    member_client, member, public_course, public_lesson, scorm_package
):
    small = count(member_client, public_lesson.url)
    for number in range(20):
        user = User.objects.create_user(f"learner{number}")
        PackageAttempt.objects.create(
            user=user, package=scorm_package, lesson_key=public_lesson.translation_key
        )
        make_package(scorm_files(), title=f"Other {number}")
    assert count(member_client, public_lesson.url) == small
    runtime = reverse("packages:runtime", args=[public_lesson.pk, scorm_package.pk])
    assert count(member_client, runtime) <= 8
