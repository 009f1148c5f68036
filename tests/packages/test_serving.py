"""A package's files: from their own path, with their own CSP, to readers of the lesson."""

import pytest
from django.urls import reverse

from .conftest import lessons_of, make_package, place
from .zips import scorm_files

pytestmark = pytest.mark.django_db


def file_url(lesson, package, name):
    return reverse("packages:file", args=[lesson.pk, package.folder, name])


def test_the_lesson_frames_the_package_in_a_sandbox(client, public_lesson, scorm_package):
    page = client.get(public_lesson.url).content.decode()
    assert "data-package-player" in page
    assert 'sandbox="allow-scripts allow-same-origin' in page
    assert file_url(public_lesson, scorm_package, "index.html") in page
    assert "vendor/scorm-again/scorm12.min.js" in page


def test_a_file_is_served_with_the_package_csp(client, public_lesson, scorm_package):
    response = client.get(file_url(public_lesson, scorm_package, "sco.js"))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"window.parent.API")
    assert response["Content-Type"].startswith(("application/javascript", "text/javascript"))
    policy = response["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in policy and "nonce" not in policy
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "private" in response["Cache-Control"]


def test_the_site_policy_lets_lessons_frame_their_packages(client, public_lesson):
    policy = client.get(public_lesson.url)["Content-Security-Policy"]
    frame_src = next(part for part in policy.split(";") if "frame-src" in part)
    assert "'self'" in frame_src


def test_members_only_packages_stay_members_only(client, outsider, private_lesson, scorm_package):
    url = file_url(private_lesson, scorm_package, "index.html")
    assert client.get(url).status_code == 302  # to sign in
    client.force_login(outsider)
    assert client.get(url).status_code == 403


def test_a_member_reads_a_members_only_package(member_client, private_lesson, scorm_package):
    url = file_url(private_lesson, scorm_package, "index.html")
    assert member_client.get(url).status_code == 200


def test_a_package_not_in_the_lesson_is_not_served(client, public_course, public_lesson):
    other = make_package(scorm_files(), title="Other")
    second = lessons_of(public_course)[1]
    assert client.get(file_url(public_lesson, other, "index.html")).status_code == 404
    place(second, other)
    assert client.get(file_url(second, other, "index.html")).status_code == 200


def test_missing_files_and_escapes_answer_404(client, public_lesson, scorm_package):
    assert client.get(file_url(public_lesson, scorm_package, "nope.js")).status_code == 404
    escaping = f"/packages/{public_lesson.pk}/{scorm_package.folder}/a/../../x.js"
    assert client.get(escaping).status_code == 404


def test_an_unpublished_lesson_serves_nothing(client, public_lesson, scorm_package):
    public_lesson.unpublish()
    assert client.get(file_url(public_lesson, scorm_package, "index.html")).status_code == 404
