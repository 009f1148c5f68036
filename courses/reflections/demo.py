"""Demo content of the reflections app, seeded by `manage.py seed_demo` (idempotent).

Submitted reflections and mentor feedback for the demo members, each in her own language and
each answering the questions of the lesson the plan names:
one answered, one waiting for the demo mentor (so she can answer it in the admin), one sent
back for revision, one stakeholder map and one draft. Skips quietly when the members or
courses seeds have not run. Texts and plan: courses/reflections/demo_data/reflections.yaml.
"""

from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.utils import timezone

from courses.models import Enrollment, LessonCompletion, LessonPage
from home.members.demo import DEMO_MEMBER_USERNAMES, MENTOR_USERNAME
from home.seeding import LANGUAGE_CODES, load_demo_data, localized

from .lessons import lesson_tasks
from .models import Feedback, Reflection, StakeholderEntry, Status

DATA = Path(__file__).resolve().parent / "demo_data" / "reflections.yaml"


def _lessons(slugs):
    """The Kyrgyz lessons the plan names, by slug (a lesson not seeded is left out)."""
    lessons = LessonPage.objects.live().filter(locale__language_code="ky", slug__in=slugs)
    return {lesson.slug: lesson for lesson in lessons}


def _in_language(lesson, code):
    translated = lesson.get_translations(inclusive=True).filter(locale__language_code=code)
    return (translated.first() or lesson).specific


def _record_progress(user, lesson):
    """She did the lesson she reflects on: her enrolment and that lesson's completion."""
    course_key = lesson.get_parent().translation_key
    Enrollment.objects.get_or_create(user=user, course_key=course_key)
    LessonCompletion.objects.get_or_create(
        user=user, lesson_key=lesson.translation_key, defaults={"course_key": course_key}
    )


def _give_feedback(reflection, mentor, texts, submitted_at):
    asks = reflection.status == Status.REVISION_REQUESTED
    answered_at = submitted_at + timedelta(days=1, hours=3)
    Feedback.objects.create(
        reflection=reflection,
        mentor=mentor,
        text=texts["revision" if asks else "feedback"],
        asks_revision=asks,
        created_at=answered_at,
        response_seconds=int((answered_at - submitted_at).total_seconds()),
    )
    Reflection.objects.filter(pk=reflection.pk).update(answered_at=answered_at)


def seed(command):
    """Create or update this app's demo content; running it twice changes nothing."""
    users = get_user_model().objects.select_related("member_profile")
    mentor = users.filter(username=MENTOR_USERNAME).first()
    members = {u.username: u for u in users.filter(username__in=DEMO_MEMBER_USERNAMES)}
    data = load_demo_data(DATA)
    lessons = _lessons([plan["lesson"] for plan in data["plan"]])
    if mentor is None or not members or not lessons:
        command.stdout.write("reflections: demo members or lessons missing, skipped")
        return
    now = timezone.now()
    for offset, plan in enumerate(data["plan"]):
        user = members.get(plan["member"])
        lesson = lessons.get(plan["lesson"])
        if user is None or lesson is None:
            continue
        profile = getattr(user, "member_profile", None)
        code = getattr(profile, "preferred_language", "") or "ky"
        texts = localized(data, code if code in LANGUAGE_CODES else "ky")
        local = _in_language(lesson, code)
        questions = lesson_tasks(local)["questions"]
        submitted_at = now - timedelta(days=6 - offset)
        reflection, created = Reflection.objects.get_or_create(
            user=user,
            lesson_key=lesson.translation_key,
            defaults={
                "course_key": lesson.get_parent().translation_key,
                "language": code,
                "status": plan["status"],
                "answers": [
                    {"question": question, "answer": answer}
                    for question, answer in zip(
                        questions, texts["answers"][plan["lesson"]], strict=True
                    )
                ],
                "submitted_at": None if plan["status"] == Status.DRAFT else submitted_at,
            },
        )
        if not created:
            continue
        _record_progress(user, lesson)
        if lesson_tasks(local)["stakeholder_maps"]:
            StakeholderEntry.objects.bulk_create(
                StakeholderEntry(reflection=reflection, position=i, **row)
                for i, row in enumerate(texts["stakeholders"])
            )
        if reflection.status in (Status.FEEDBACK_GIVEN, Status.REVISION_REQUESTED):
            _give_feedback(reflection, mentor, texts, submitted_at)
    command.stdout.write(f"reflections: demo reflections for {len(members)} members")
