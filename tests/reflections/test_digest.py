"""The mentor's weekly digest of reflections waiting for her feedback, within her scope."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.utils import translation

from courses.reflections.models import Reflection, Status
from home.reminders import run_reminders

pytestmark = pytest.mark.django_db
BISHKEK = ZoneInfo("Asia/Bishkek")
TUESDAY = datetime.datetime(2026, 12, 1, 10, 0, tzinfo=BISHKEK)
MONDAY_EARLY = datetime.datetime(2026, 12, 7, 8, 0, tzinfo=BISHKEK)


@pytest.fixture
def waiting(courses, people):
    for lesson, status in (
        (courses["lesson"], Status.SUBMITTED),
        (courses["lesson2"], Status.RESUBMITTED),
    ):
        Reflection.objects.create(
            user=people["member"],
            lesson_key=lesson.translation_key,
            course_key=courses["course"].translation_key,
            status=status,
        )
    Reflection.objects.create(  # answered already: not waiting
        user=people["other_member"],
        lesson_key=courses["lesson"].translation_key,
        course_key=courses["course"].translation_key,
        status=Status.FEEDBACK_GIVEN,
    )


def _to(address):
    return [m for m in mail.outbox if m.to == [address]]


def test_each_reviewer_gets_her_scope_once_a_week_in_her_language(people, waiting):
    run_reminders(now=TUESDAY)
    (digest,) = _to(people["mentor"].email)
    assert digest.subject.startswith("2")
    with translation.override("ru"):
        assert translation.gettext("Hello!") in digest.body
    assert "/admin/club/reflections/" in digest.body
    assert _to(people["coordinator"].email)  # follows the Osh member
    assert not _to(people["other_mentor"].email)  # nothing waits in her course
    assert not _to(people["other_coordinator"].email)  # Naryn: nobody waiting
    assert not _to(people["member"].email)

    sent = len(mail.outbox)
    run_reminders(now=TUESDAY + datetime.timedelta(days=3))  # same week
    assert len(mail.outbox) == sent
    run_reminders(now=MONDAY_EARLY)  # next week, before 09:00 in Bishkek
    assert len(mail.outbox) == sent
    run_reminders(now=MONDAY_EARLY + datetime.timedelta(hours=1))
    assert len(_to(people["mentor"].email)) == 2


def test_a_mentor_who_switched_the_digest_off_gets_none(people, waiting):
    profile = people["mentor"].member_profile
    profile.notify_reflection_digest = False
    profile.save()
    run_reminders(now=TUESDAY)
    assert not _to(people["mentor"].email) and _to(people["coordinator"].email)
