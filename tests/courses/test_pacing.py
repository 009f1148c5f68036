"""Pacing: lessons in order, release dates, prerequisites; visitors still read public lessons."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from courses.models import CheckAttempt, CoursePage, Enrollment, LessonCompletion, LessonPage
from tests.shown import shown

from .conftest import add_course, lessons_of, translate_course
from .learning import answer_url, answers, checked_lesson

# What the Kyrgyz lessons of these tests say when they are locked.
AFTER_LESSON = shown(
    "This lesson opens when you complete the lesson “%(title)s”.", title="%(title)s"
)
OPENS_ON = shown("This lesson opens on %(date)s.", date="{}").split("{}")[0]

pytestmark = pytest.mark.django_db


def complete(client, lesson):
    return client.post(lesson.url + "complete/", follow=True)


def done_keys(member):
    return set(LessonCompletion.objects.filter(user=member).values_list("lesson_key", flat=True))


def set_fields(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save()
    return type(page).objects.get(pk=page.pk)


def test_lessons_in_order(member_client, member, public_course):
    set_fields(public_course, lessons_in_order=True)
    first, second, _third = lessons_of(public_course)
    html = member_client.get(second.url).content.decode()
    assert AFTER_LESSON % {"title": first.title} in html
    assert f'action="{second.url}complete/"' not in html

    response = complete(member_client, second)  # a crafted POST
    assert AFTER_LESSON.split("%(title)s")[0] in response.content.decode()
    assert done_keys(member) == set()

    complete(member_client, first)
    complete(member_client, second)
    assert done_keys(member) == {first.translation_key, second.translation_key}
    course_html = member_client.get(public_course.url).content.decode()
    assert AFTER_LESSON % {"title": second.title} not in course_html


def test_a_lesson_opening_on_a_date(member_client, member, public_course):
    lesson = set_fields(
        lessons_of(public_course)[0], opens_on=timezone.localdate() + timedelta(days=10)
    )
    html = member_client.get(lesson.url).content.decode()
    assert OPENS_ON in html
    assert "Lesson text" in html  # a public course: she still reads it
    assert OPENS_ON in member_client.get(public_course.url).content.decode()
    complete(member_client, lesson)
    assert done_keys(member) == set()
    # Visitors read public lessons as before, without any lock.
    visitor = Client().get(lesson.url).content.decode()
    assert "Lesson text" in visitor and OPENS_ON not in visitor

    set_fields(lesson, opens_on=timezone.localdate())
    complete(member_client, lesson)
    assert done_keys(member) == {lesson.translation_key}


def test_a_check_of_a_closed_lesson_cannot_be_answered(member_client, member, public_course):
    lesson = checked_lesson(public_course)
    lesson = set_fields(lesson, opens_on=timezone.localdate() + timedelta(days=3))
    html = member_client.get(lesson.url).content.decode()
    assert "disabled" in html and shown("You can answer once the lesson opens.") in html
    response = member_client.post(answer_url(lesson), answers(lesson), follow=True)
    assert OPENS_ON in response.content.decode()
    assert not CheckAttempt.objects.exists()


def test_a_lesson_opening_days_after_she_starts(member_client, member, public_course):
    lesson = set_fields(lessons_of(public_course)[1], opens_after_days=7)
    html = member_client.get(lesson.url).content.decode()
    assert (
        shown(
            "This lesson opens %(days)d day after you start the course.",
            plural="This lesson opens %(days)d days after you start the course.",
            number=7,
            days=7,
        )
        in html
    )
    member_client.post(public_course.url + "start/")
    enrollment = Enrollment.objects.get(user=member)
    opens = timezone.localdate(enrollment.started_at) + timedelta(days=7)
    assert OPENS_ON in member_client.get(lesson.url).content.decode()
    complete(member_client, lesson)
    assert done_keys(member) == set()

    Enrollment.objects.filter(pk=enrollment.pk).update(
        started_at=enrollment.started_at - timedelta(days=7)
    )
    assert opens - timedelta(days=7) <= timezone.localdate()
    complete(member_client, lesson)
    assert done_keys(member) == {lesson.translation_key}


def test_a_members_only_lesson_hides_its_text_until_it_opens(member_client, private_course):
    lesson = set_fields(
        lessons_of(private_course)[0], opens_on=timezone.localdate() + timedelta(days=2)
    )
    html = member_client.get(lesson.url).content.decode()
    assert OPENS_ON in html and "Lesson text" not in html


def test_prerequisites(catalogue, tracks, member_client, member, public_course):
    advanced = add_course(catalogue["ky"], "advanced", tracks["soft"], lessons=2, title="Next")
    advanced.prerequisites.add(public_course)
    advanced.save()
    russian = translate_course(advanced, "ru", "RU")  # set on the source, counts in ru too

    for page, language in ((advanced, "ky"), (russian, "ru")):
        html = member_client.get(page.url).content.decode()
        locked = shown(
            "This course opens when you have finished %(titles)s.", language, titles="{}"
        )
        assert locked.split("{}")[0] in html
        assert f'href="{public_course.url}"' in html or "/courses/speaking/" in html
    member_client.post(advanced.url + "start/")
    assert not Enrollment.objects.filter(course_key=advanced.translation_key).exists()
    complete(member_client, lessons_of(advanced)[0])
    complete(member_client, lessons_of(russian)[0])
    assert done_keys(member) == set()

    for lesson in lessons_of(public_course):
        complete(member_client, lesson)
    assert Enrollment.objects.get(course_key=public_course.translation_key).completed_at
    complete(member_client, lessons_of(advanced)[0])
    assert done_keys(member) >= {lessons_of(advanced)[0].translation_key}


def test_editors_choose_prerequisites_of_the_same_language(admin_client, public_course, catalogue):
    russian = translate_course(public_course, "ru", "RU")
    other = add_course(catalogue["ky"], "other", public_course.track, lessons=1, title="Other")
    other.prerequisites.add(public_course)
    other.save()
    html = admin_client.get(f"/admin/pages/{public_course.pk}/edit/").content.decode()
    assert 'name="prerequisites"' in html
    assert f'value="{other.pk}"' in html and f'value="{russian.pk}"' not in html
    assert f'value="{public_course.pk}"' not in html  # never itself
    form_class = CoursePage.get_edit_handler().get_form_class()
    form = form_class(instance=public_course, for_user=None, data={"prerequisites": [other.pk]})
    form.is_valid()
    assert "prerequisites" in form.errors  # a course requiring it cannot be its prerequisite
    assert LessonPage.objects.exists()
