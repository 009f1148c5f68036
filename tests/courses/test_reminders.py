"""A new course in her tracks, and the nudge back to a course she left (off by default)."""

import datetime

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.utils import timezone, translation

from courses.models import Enrollment, LessonCompletion
from home.club.models import ClubProfile
from home.members.choices import ClubRole, Oblast
from home.members.models import MemberProfile
from home.models import ClubSettings
from home.reminders import run_reminders
from home.seeding import get_locale

from .conftest import add_course, lessons_of, translate_course

pytestmark = pytest.mark.django_db


def _profile(user, language, **switches):
    return MemberProfile.objects.create(
        user=user,
        full_name=user.username,
        role=ClubRole.DEPUTY,
        oblast=Oblast.OSH,
        preferred_language=language,
        **switches,
    )


def _follows(user, *tracks):
    profile, _created = ClubProfile.objects.get_or_create(user=user)
    profile.tracks.add(*tracks)


def test_a_new_course_is_announced_once_to_members_of_its_track_in_their_language(
    catalogue, tracks, member
):
    _profile(member, "ru")
    _follows(member, tracks["soft"].get_translation(get_locale("ru")))
    budget_fan = User.objects.create_user("budget", "budget@x.test", "x")
    _profile(budget_fan, "en")
    _follows(budget_fan, tracks["budget"])
    off = User.objects.create_user("off", "off@x.test", "x")
    _profile(off, "ky", notify_new_courses=False)
    _follows(off, tracks["soft"])

    course = add_course(catalogue["ky"], "speaking", tracks["soft"], lessons=1, title="Sözdü")
    course.save_revision().publish()
    translate_course(course, "ru", "RU")
    run_reminders()
    run_reminders()
    (email,) = mail.outbox
    assert email.to == ["aigul@x.test"] and "RU Sözdü" in email.subject
    with translation.override("ru"):
        assert translation.gettext("Hello!") in email.body
    assert "Гибкие навыки" in email.body and "/ru/" in email.body


def test_an_old_course_is_not_announced(catalogue, tracks, member):
    _follows(member, tracks["soft"])
    course = add_course(catalogue["ky"], "old", tracks["soft"], lessons=1)
    course.save_revision().publish()
    run_reminders(now=timezone.now() + datetime.timedelta(days=8))
    assert not mail.outbox


def test_the_nudge_is_off_by_default_then_once_per_quiet_spell(public_course, member):
    _profile(member, "ky")
    public_course.save_revision().publish()
    enrollment = Enrollment.objects.create(user=member, course_key=public_course.translation_key)
    Enrollment.objects.filter(pk=enrollment.pk).update(
        started_at=timezone.now() - datetime.timedelta(days=20)
    )
    run_reminders()
    assert not mail.outbox  # 0 days in Club settings: off

    settings = ClubSettings.for_default_site()
    settings.inactivity_nudge_days = 14
    settings.save()
    run_reminders()
    run_reminders()
    (email,) = mail.outbox
    assert email.to == [member.email] and public_course.title in email.subject

    # She comes back, completes a lesson, then stays away again: one more nudge later.
    lesson = lessons_of(public_course)[0]
    LessonCompletion.objects.create(
        user=member, lesson_key=lesson.translation_key, course_key=public_course.translation_key
    )
    run_reminders()
    assert len(mail.outbox) == 1
    run_reminders(now=timezone.now() + datetime.timedelta(days=15))
    assert len(mail.outbox) == 2


def test_no_nudge_when_switched_off_or_the_course_is_gone(public_course, member):
    _profile(member, "ky", notify_course_nudge=False)
    public_course.save_revision().publish()
    Enrollment.objects.create(user=member, course_key=public_course.translation_key)
    settings = ClubSettings.for_default_site()
    settings.inactivity_nudge_days = 1
    settings.save()
    later = timezone.now() + datetime.timedelta(days=3)
    run_reminders(now=later)
    assert not mail.outbox
    MemberProfile.objects.filter(user=member).update(notify_course_nudge=True)
    public_course.delete()
    assert run_reminders(now=later) == {}
