"""Who may read lessons: public courses for all, members-only courses for Club members."""

import pytest

from .conftest import lessons_of

pytestmark = pytest.mark.django_db


def test_public_course_lessons_are_readable_by_anyone(client, public_course):
    lesson = lessons_of(public_course)[0]
    response = client.get(lesson.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "3 сабактын 1-сабагы" in html  # "Lesson 1 of 3"
    assert "complete/" not in html  # only members track progress
    assert "/ky/accounts/login/?next=" in html


def test_course_overview_is_a_preview_for_visitors(client, private_course):
    response = client.get(private_course.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert private_course.summary in html
    assert "/accounts/login/" in html
    for lesson in lessons_of(private_course):
        assert lesson.title in html
        assert f'href="{lesson.url}"' not in html


def test_members_only_lesson_sends_visitors_to_sign_in(client, private_course):
    lesson = lessons_of(private_course)[0]
    response = client.get(lesson.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/ky/accounts/login/?next=")
    assert lesson.url in response["Location"].replace("%2F", "/")


def test_members_only_lesson_is_refused_to_signed_in_non_members(client, outsider, private_course):
    client.force_login(outsider)
    response = client.get(lessons_of(private_course)[0].url)
    assert response.status_code == 403
    assert private_course.url in response.content.decode()


def test_members_read_members_only_lessons(member_client, private_course):
    response = member_client.get(lessons_of(private_course)[0].url)
    assert response.status_code == 200
    assert "complete/" in response.content.decode()


def test_unpublished_lesson_is_not_found(member_client, public_course):
    lesson = lessons_of(public_course)[0]
    lesson.unpublish()
    assert member_client.get(lesson.url).status_code == 404


def test_lesson_blocks_render_with_the_reflection_link(member_client, public_course):
    lesson = lessons_of(public_course)[0]
    lesson.body = [
        ("heading", "Stakeholders"),
        ("practical_task", {"title": "Do it", "instructions": "<p>Go</p>"}),
        ("reflection_prompt", {"intro": "Think", "questions": ["What went well?"]}),
        (
            "stakeholder_map",
            {
                "instructions": "<p>Map them</p>",
                "example_stakeholders": [
                    {
                        "name": "Aiyl okmotu",
                        "level": "local",
                        "kind": "state",
                        "interests": "Programmes delivered",
                        "influence": "high",
                        "cooperation": "Joint planning",
                    }
                ],
            },
        ),
        ("quote", {"text": "Speak up", "attribution": "Club"}),
        ("callout", {"kind": "tip", "title": "Tip", "text": "<p>Ask early</p>"}),
    ]
    lesson.save_revision().publish()
    html = member_client.get(lesson.url).content.decode()
    assert "What went well?" in html
    assert "Aiyl okmotu" in html
    assert "<td>Жергиликтүү</td>" in html  # choice labels, translated (Kyrgyz lesson)
    assert "<td>Жогору</td>" in html
    assert html.count(f'href="{lesson.url}reflection/"') >= 2
    assert "Муну кийинки сабакка чейин аткарыңыз" in html
