"""The demo courses each have a knowledge check in ky, ru and en, answerable in any language."""

import pytest

from courses.checks import checks_in
from courses.models import CoursePage, LessonPage

pytestmark = pytest.mark.django_db


def test_every_demo_course_has_a_translated_check_with_shared_ids(demo_site):
    for course in CoursePage.objects.filter(locale__language_code="ky"):
        ky_lessons = LessonPage.objects.child_of(course)
        checked = [lesson for lesson in ky_lessons if checks_in(lesson)]
        assert checked, f"{course.slug} has no knowledge check"
        for lesson in checked:
            source = checks_in(lesson)[0]
            assert all(len(q.correct_ids) >= 1 for q in source.questions)
            for code in ("ru", "en"):
                translation = LessonPage.objects.get(
                    translation_key=lesson.translation_key, locale__language_code=code
                )
                check = checks_in(translation)[0]
                # The same ids (answers count in every language), the texts of that language.
                assert check.id == source.id
                assert [q.id for q in check.questions] == [q.id for q in source.questions]
                assert [o.id for o in check.questions[0].options] == [
                    o.id for o in source.questions[0].options
                ]
                assert check.questions[0].text != source.questions[0].text
                assert translation.check_required == lesson.check_required
    budget = LessonPage.objects.get(locale__language_code="en", slug="budget-cycle")
    assert budget.check_required and budget.pass_mark == 100
    assert checks_in(budget)[0].questions[0].text == "Who approves the local budget?"
