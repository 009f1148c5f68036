"""Saving a course for offline: the list of files and its size, for members only where the
course is members-only; lessons send responsive images."""

import json

import pytest

from .conftest import lessons_of

pytestmark = pytest.mark.django_db


def _save_list(client, course):
    response = client.get(course.url + "offline/")
    return response, (json.loads(response.content) if response.status_code == 200 else None)


def test_the_list_has_the_course_its_lessons_images_and_documents(client, illustrated_course):
    course, image, document = illustrated_course
    response, data = _save_list(client, course)
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    lessons = lessons_of(course)
    assert data["urls"][: len(lessons) + 1] == [course.url] + [lesson.url for lesson in lessons]
    assert document.url in data["urls"]
    renditions = [url for url in data["urls"] if url.startswith("/media/images/")]
    assert len(renditions) == 2  # every width of the srcset
    # The files on the lesson page are the files in the list.
    html = client.get(lessons[0].url).content.decode()
    for url in renditions:
        assert url in html
    assert data["lessons"] == 3 and data["bytes"] > 5000
    assert data["size"] in data["question"]  # she is shown the size before she confirms


def test_the_list_has_each_lessons_printable_handout(client, illustrated_course):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    course, _image, checklist = illustrated_course
    handout = Document.objects.create(title="Budget hearing — handout")
    handout.file.save("handout.pdf", ContentFile(b"%PDF" + b"x" * 3000))
    lesson = lessons_of(course)[1]
    lesson.handout = handout
    lesson.save_revision().publish()
    _response, data = _save_list(client, course)
    assert handout.url in data["urls"] and checklist.url in data["urls"]
    assert data["urls"].index(checklist.url) < data["urls"].index(handout.url)  # reading order
    assert data["bytes"] > 5000 + 3000


def test_a_lesson_image_is_responsive_and_lazy(client, illustrated_course):
    course, _image, _document = illustrated_course
    html = client.get(lessons_of(course)[0].url).content.decode()
    img = html.split("<img ", 1)[1].split(">", 1)[0]
    assert 'srcset="' in img and " 480w, " in img and " 960w" in img
    assert 'width="960" height="640"' in img and 'loading="lazy"' in img
    assert 'alt="A hearing"' in img


def test_members_only_course_lists_nothing_for_others(client, outsider, private_course):
    response, _ = _save_list(client, private_course)
    assert response.status_code == 404
    client.force_login(outsider)
    response, _ = _save_list(client, private_course)
    assert response.status_code == 404
    for lesson in lessons_of(private_course):
        assert lesson.url not in response.content.decode()


def test_members_save_members_only_courses(member_client, private_course):
    response, data = _save_list(member_client, private_course)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert [lesson.url for lesson in lessons_of(private_course)] == data["urls"][1:]


def test_the_course_page_offers_saving_only_with_javascript(member_client, private_course):
    html = member_client.get(private_course.url).content.decode()
    assert f'data-offline-save="{private_course.url}offline/"' in html
    assert '<section class="offline-save" hidden' in html  # offline.js shows it


def test_mark_complete_forms_can_wait_in_the_offline_queue(member_client, private_course):
    html = member_client.get(lessons_of(private_course)[0].url).content.decode()
    assert "data-offline-queue" in html and 'action="' in html
