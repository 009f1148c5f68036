"""The demo content: three translated tracks, one module per track, real lessons."""

import pytest
from django.contrib.auth.models import User

from courses import demo
from courses.models import CourseIndexPage, CoursePage, LessonPage
from home.models import Track

pytestmark = pytest.mark.django_db


def test_seed_creates_translated_tracks_courses_and_lessons(demo_site, seed_command, client):
    """On the shared demo site (seeded once, tests/shared_seed.py), seeding the courses again
    adds nothing."""
    mentor = User.objects.get(username="saliya")
    demo.seed(seed_command)  # idempotent

    assert Track.objects.count() == 9
    assert set(Track.objects.filter(slug="partnerships").values_list("name", flat=True)) == {
        "Өнөктөштүк жана коалициялар",
        "Партнёрства и коалиции",
        "Partnerships and coalitions",
    }
    assert CourseIndexPage.objects.live().count() == 3
    for code in ("ky", "ru", "en"):
        courses = CoursePage.objects.live().filter(locale__language_code=code)
        assert courses.count() == 7
        assert {course.track.localized.slug for course in courses} == {
            "soft-skills",
            "partnerships",
            "professional-knowledge",
        }
        for course in courses:
            assert course.mentor == mentor
            lessons = LessonPage.objects.live().child_of(course)
            assert lessons.count() >= 3
            kinds = {block.block_type for lesson in lessons for block in lesson.body}
            assert {"practical_task", "reflection_prompt"} <= kinds

    english = CoursePage.objects.get(locale__language_code="en", slug="partnerships-and-coalitions")
    assert english.members_only
    assert "Building partnerships" in english.title
    mapping = LessonPage.objects.get(locale__language_code="ru", slug="stakeholder-map")
    assert "stakeholder_map" in {block.block_type for block in mapping.body}

    # The catalogue page lists the public modules to visitors in every language.
    html = client.get("/ru/courses/").content.decode()
    assert "Местный бюджет" in html
    assert "Инклюзивное планирование и управление" in html
    assert "Построение партнёрств" not in html  # members only
