"""Synthetic data at the Club's imagined scale, written with bulk inserts into a throwaway DB.

5,000 members, 40 lessons (Kyrgyz), 200,000 lesson completions (every member × every lesson),
2,000 reflections (with their mentor's feedback), every member's answers to a knowledge check,
1,000 library items. Pages are copied from the demo content so every
template renders realistic blocks.
"""

import random
import time
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from home.cache import bump_site_generation

SCALE = {
    "members": 5000,
    "lessons": 40,
    "progress": 200_000,
    "reflections": 2000,
    "library": 1000,
    "initiatives": 2000,
}
PASSWORD = "bench-pass-2026"
PREFIX = "bench-"
YEAR = 365 * 86400


def _copy_page(template, parent, title, slug, **overrides):
    """A new live sibling of `template` under `parent`, same field values (no revisions)."""
    model = type(template)
    values = {}
    for field in model._meta.concrete_fields:
        if field.model is model and not field.primary_key and field.name != "page_ptr":
            values[field.attname] = getattr(template, field.attname)
    values.update(overrides)
    page = model(title=title, slug=slug, locale=parent.locale, live=True, **values)
    parent.add_child(instance=page)
    return page


def make_members(count):
    from home.members.choices import ClubRole, Oblast
    from home.members.models import MemberProfile
    from home.members.roles import MEMBERS

    User = get_user_model()
    password = make_password(PASSWORD)
    rng = random.Random(9)
    User.objects.bulk_create(
        [
            User(
                username=f"{PREFIX}{i:05d}",
                email=f"{PREFIX}{i:05d}@example.org",
                first_name="Айгүл",
                last_name=f"Бенч{i}",
                password=password,
            )
            for i in range(count)
        ],
        batch_size=1000,
    )
    users = list(User.objects.filter(username__startswith=PREFIX).order_by("pk"))
    group = Group.objects.get(name=MEMBERS)
    through = User.groups.through
    through.objects.bulk_create(
        [through(user_id=u.pk, group_id=group.pk) for u in users], batch_size=2000
    )
    oblasts, roles = list(Oblast.values), list(ClubRole.values)
    MemberProfile.objects.bulk_create(
        [
            MemberProfile(
                user=u,
                full_name=f"{u.first_name} {u.last_name}",
                role=rng.choice(roles),
                oblast=rng.choice(oblasts),
                municipality="Бенч а/ө",
                preferred_language="ky",
            )
            for u in users
        ],
        batch_size=1000,
    )
    return users


def make_lessons(total):
    """Enough live Kyrgyz lessons for `total`, in one extra course copied from the demo."""
    from courses.models import CoursePage, LessonPage

    ky = Locale.objects.get(language_code="ky")
    lessons = list(LessonPage.objects.live().filter(locale=ky).order_by("path"))
    if not lessons:
        raise LookupError("no demo lesson to copy")
    missing = total - len(lessons)
    if missing > 0:
        template_course = CoursePage.objects.filter(locale=ky).first()
        course = _copy_page(
            template_course, template_course.get_parent(), "Бенч курсу", "bench-course"
        )
        template_lesson = lessons[0]
        for i in range(missing):
            _copy_page(template_lesson, course, f"Бенч сабагы {i + 1}", f"bench-lesson-{i + 1}")
        lessons = list(LessonPage.objects.live().filter(locale=ky).order_by("path"))
    return lessons[:total]


def make_progress(users, lessons, limit):
    from courses.models import Enrollment, LessonCompletion

    course_of = {lesson.pk: lesson.get_parent().translation_key for lesson in lessons}
    now = timezone.now()
    rows, enrolments = [], set()
    for user in users:
        for lesson in lessons:
            if len(rows) >= limit:
                break
            rows.append(
                LessonCompletion(
                    user_id=user.pk,
                    lesson_key=lesson.translation_key,
                    course_key=course_of[lesson.pk],
                    completed_at=now,
                )
            )
            enrolments.add((user.pk, course_of[lesson.pk]))
    LessonCompletion.objects.bulk_create(rows, batch_size=5000, ignore_conflicts=True)
    Enrollment.objects.bulk_create(
        # Every third member completed the courses she started.
        [
            Enrollment(user_id=u, course_key=c, completed_at=now if u % 3 == 0 else None)
            for u, c in enrolments
        ],
        batch_size=5000,
        ignore_conflicts=True,
    )
    return len(rows)


# Of every ten reflections: three waiting, one resubmitted, one sent back, four answered, one draft.
STATUS_MIX = (
    ["submitted"] * 3 + ["resubmitted", "revision_requested"] + ["feedback_given"] * 4 + ["draft"]
)


def make_reflections(users, lessons, count, start=0, mentor=None):
    """`count` reflections after the first `start`, each of another (member, lesson) pair.

    Statuses as in STATUS_MIX, submitted over the last year; answered ones have the mentor's
    feedback with its waiting time, as the reports read them.
    """
    from courses.reflections.models import Feedback, Reflection

    rng = random.Random(start)
    now = timezone.now()
    course_of = {lesson.pk: lesson.get_parent().translation_key for lesson in lessons}
    rows, waits = [], []
    for i in range(start, start + count):
        # A different pair for every i below len(users) × len(lessons) (for these sizes).
        lesson = lessons[(i + i // len(users)) % len(lessons)]
        status = STATUS_MIX[i % len(STATUS_MIX)]
        submitted = None if status == "draft" else now - timedelta(seconds=rng.randrange(YEAR))
        wait = rng.randrange(3600, 14 * 86400)
        answered = submitted + timedelta(seconds=wait) if status != "draft" else None
        if status in ("submitted", "draft"):
            answered = None
        rows.append(
            Reflection(
                user_id=users[(i * 7) % len(users)].pk,
                lesson_key=lesson.translation_key,
                course_key=course_of[lesson.pk],
                language="ky",
                status=status,
                answers=[{"question": "Эмне үйрөндүңүз?", "answer": "Бюджеттик угуу " * 20}],
                submitted_at=submitted,
                answered_at=answered,
            )
        )
        waits.append(wait if answered else None)
    Reflection.objects.bulk_create(rows, batch_size=1000)
    Feedback.objects.bulk_create(
        [
            Feedback(
                reflection_id=row.pk,
                mentor=mentor,
                text="Жакшы иш.",
                asks_revision=row.status == "revision_requested",
                created_at=row.answered_at,
                response_seconds=wait,
            )
            for row, wait in zip(rows, waits, strict=True)
            if wait is not None
        ],
        batch_size=1000,
    )
    return Reflection.objects.count()


def make_check_attempts(users, lessons):
    """One attempt per member at every knowledge check of the first lesson that has one,
    each question right two times out of three."""
    from courses.checks import checks_in
    from courses.models import CheckAttempt, QuestionResult

    lesson, checks = next(((les, checks_in(les)) for les in lessons if checks_in(les)), (None, []))
    if lesson is None:
        return 0
    course_key = lesson.get_parent().translation_key
    attempts = CheckAttempt.objects.bulk_create(
        [
            CheckAttempt(
                user_id=user.pk,
                lesson_key=lesson.translation_key,
                course_key=course_key,
                check_id=check.id,
                score=67,
                passed=True,
            )
            for user in users
            for check in checks
        ],
        batch_size=1000,
    )
    questions = {check.id: check.questions for check in checks}
    QuestionResult.objects.bulk_create(
        [
            QuestionResult(attempt=attempt, question_id=question.id, correct=n % 3 != 0)
            for attempt in attempts
            for n, question in enumerate(questions[attempt.check_id])
        ],
        batch_size=5000,
    )
    return QuestionResult.objects.count()


def make_library(count):
    from library.models import LibraryIndexPage, LibraryItemPage

    ky = Locale.objects.get(language_code="ky")
    index = LibraryIndexPage.objects.filter(locale=ky).first()
    template = LibraryItemPage.objects.filter(locale=ky).first()
    existing = LibraryItemPage.objects.count()
    for i in range(max(0, count - existing)):
        _copy_page(template, index, f"Бенч тажрыйбасы {i + 1}", f"bench-practice-{i + 1}")
    return LibraryItemPage.objects.count()


def make_club(users, count):
    """Every member listed in the Club's directory (two tracks each); `count` initiatives, each
    with an offer of help and a comment."""
    from home.club.models import ClubProfile, Comment, Initiative, OfferOfHelp
    from home.club.names import copy_sort_names
    from home.members.choices import Oblast
    from home.models import Track

    tracks = list(Track.objects.filter(locale__language_code="ky")[:2])
    ClubProfile.objects.bulk_create(
        [ClubProfile(user_id=u.pk, listed=True, about="Депутатмын. " * 10) for u in users],
        batch_size=1000,
        ignore_conflicts=True,
    )
    profiles = ClubProfile.objects.filter(user__username__startswith=PREFIX)
    copy_sort_names(profiles)  # bulk_create skips save(), which copies her name
    ClubProfile.tracks.through.objects.bulk_create(
        [
            ClubProfile.tracks.through(clubprofile_id=profile.pk, track_id=track.pk)
            for profile in profiles
            for track in tracks
        ],
        batch_size=5000,
        ignore_conflicts=True,
    )
    oblasts = list(Oblast.values)
    initiatives = Initiative.objects.bulk_create(
        [
            Initiative(
                author_id=users[i % len(users)].pk,
                title=f"Бенч демилгеси {i + 1}",
                problem="Аялдар бюджеттик угууга келбейт. " * 5,
                goal="Ар бир айылдан 30 аял келсин.",
                help_needed="Чакыруунун үлгүсү керек.",
                municipality="Бенч а/ө",
                oblast=oblasts[i % len(oblasts)],
                track=tracks[i % len(tracks)] if tracks else None,
            )
            for i in range(count)
        ],
        batch_size=1000,
    )
    OfferOfHelp.objects.bulk_create(
        [
            OfferOfHelp(initiative=item, author_id=users[(i + 1) % len(users)].pk, message="Жардам")
            for i, item in enumerate(initiatives)
        ],
        batch_size=1000,
    )
    Comment.objects.bulk_create(
        [
            Comment(target=item, author_id=users[(i + 2) % len(users)].pk, text="Жакшы ой")
            for i, item in enumerate(initiatives)
        ],
        batch_size=1000,
    )
    return Initiative.objects.count()


def demo_mentor():
    from home.members import demo

    return get_user_model().objects.filter(username=demo.MENTOR_USERNAME).first()


def generate(scale=SCALE, log=print):
    """Fill the database; returns {what: how many} and prints the time each step took."""
    done = {}
    steps = [
        ("members", lambda: len(users_box.setdefault("u", make_members(scale["members"])))),
        ("lessons", lambda: len(lessons_box.setdefault("l", make_lessons(scale["lessons"])))),
        ("progress", lambda: make_progress(users_box["u"], lessons_box["l"], scale["progress"])),
        (
            "reflections",
            lambda: make_reflections(
                users_box["u"], lessons_box["l"], scale["reflections"], mentor=demo_mentor()
            ),
        ),
        ("check answers", lambda: make_check_attempts(users_box["u"], lessons_box["l"])),
        ("library", lambda: make_library(scale["library"])),
        ("initiatives", lambda: make_club(users_box["u"], scale["initiatives"])),
    ]
    users_box, lessons_box = {}, {}
    for name, step in steps:
        started = time.perf_counter()
        try:
            with transaction.atomic():
                done[name] = step()
        except Exception as exc:  # noqa: BLE001 - an app not built yet must not stop the bench
            done[name] = f"n/a ({type(exc).__name__}: {exc})"[:120]
        log(f"  generated {name}: {done[name]} in {time.perf_counter() - started:.1f} s")
    bump_site_generation()  # pages were added without publishing: as publishing would
    return done
