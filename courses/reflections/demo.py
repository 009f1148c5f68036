"""Demo content of the reflections app, called by `manage.py seed_demo` (must be idempotent).

Submitted reflections and mentor feedback for the demo members, each in her own language:
one answered, one waiting for the demo mentor (so she can answer it in the admin), one sent
back for revision, one stakeholder map and one draft. Skips quietly when the members or
courses seeds have not run.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from .lessons import lesson_tasks
from .models import Feedback, Reflection, StakeholderEntry, Status

ANSWERS = {
    "ky": [
        "Айыл өкмөтү менен жолугушуу уюштуруп, бюджеттик угууга аялдарды чакырдым.",
        "Кийинки жолу чакырууну эртерээк таратып, жаштарды да тартам.",
        "Кеңештеги кесиптештерим менен алдын ала сүйлөшүү пайдалуу болду.",
    ],
    "ru": [
        "Я провела встречу с айыл окмоту и пригласила женщин на бюджетные слушания.",
        "В следующий раз разошлю приглашения раньше и привлеку молодёжь.",
        "Полезно было заранее обсудить вопрос с коллегами по кенешу.",
    ],
    "en": [
        "I met the aiyl okmotu and invited women to the budget hearing.",
        "Next time I will send the invitations earlier and involve young people.",
        "Talking to my fellow deputies beforehand helped a lot.",
    ],
}
FEEDBACK = {
    "ky": "Абдан жакшы! Угууга канча киши келгенин жана кандай сунуштар айтылганын да жазыңыз.",
    "ru": "Очень хорошо! Допишите, пожалуйста, сколько человек пришло и какие предложения прозвучали.",
    "en": "Very good! Please add how many people came and which proposals were made.",
}
REVISION = {
    "ky": "Жакшы башталыш. Кайсы чечимдерди өзүңүз кабыл алганыңызды так жазып бериңизчи.",
    "ru": "Хорошее начало. Опишите, пожалуйста, конкретнее, какие решения вы приняли сами.",
    "en": "A good start. Please describe more precisely which decisions you took yourself.",
}
ROWS = {
    "ru": [
        (
            "Айыл окмоту",
            "local",
            "state",
            "Сбалансированный бюджет",
            "high",
            "medium",
            "Совместные слушания",
        ),
        (
            "Совет женщин села",
            "local",
            "informal",
            "Безопасные улицы",
            "low",
            "high",
            "Сбор подписей",
        ),
        (
            "ПРООН",
            "national",
            "international",
            "Участие граждан",
            "medium",
            "high",
            "Гранты и тренинги",
        ),
    ],
}

# username -> (lesson number among the reflective lessons, state, needs a stakeholder map)
PLAN = [
    ("aigul", 0, Status.FEEDBACK_GIVEN, False),
    ("gulnara", 0, Status.SUBMITTED, False),
    ("nurzhan", 1, Status.REVISION_REQUESTED, False),
    ("elena", 0, Status.SUBMITTED, True),
    ("asel", 1, Status.DRAFT, False),
]


def _lessons():
    """Kyrgyz lessons with a reflection prompt, and those with a stakeholder map."""
    from courses.models import LessonPage

    prompts, maps = [], []
    for lesson in LessonPage.objects.live().filter(locale__language_code="ky").order_by("path"):
        tasks = lesson_tasks(lesson)
        if tasks["stakeholder_maps"]:
            maps.append(lesson)
        elif tasks["questions"]:
            prompts.append(lesson)
    return prompts, maps


def _in_language(lesson, code):
    translated = lesson.get_translations(inclusive=True).filter(locale__language_code=code)
    return (translated.first() or lesson).specific


def _record_progress(user, lesson):
    """She did the lesson she reflects on: her enrolment and that lesson's completion."""
    from courses.models import Enrollment, LessonCompletion

    course_key = lesson.get_parent().translation_key
    Enrollment.objects.get_or_create(user=user, course_key=course_key)
    LessonCompletion.objects.get_or_create(
        user=user, lesson_key=lesson.translation_key, defaults={"course_key": course_key}
    )


def seed(command):
    """Create or update this app's demo content; running it twice changes nothing."""
    try:
        from home.members.demo import DEMO_MEMBER_USERNAMES, MENTOR_USERNAME
    except ImportError:
        command.stdout.write("reflections: no demo members, skipped")
        return
    users = get_user_model().objects.select_related("member_profile")
    mentor = users.filter(username=MENTOR_USERNAME).first()
    members = {u.username: u for u in users.filter(username__in=DEMO_MEMBER_USERNAMES)}
    prompts, maps = _lessons()
    if mentor is None or not members or not prompts:
        command.stdout.write("reflections: demo members or lessons missing, skipped")
        return
    now = timezone.now()
    for offset, (username, number, status, wants_map) in enumerate(PLAN):
        user = members.get(username)
        choices = maps if wants_map and maps else prompts
        if user is None:
            continue
        lesson = choices[min(number, len(choices) - 1)]
        profile = getattr(user, "member_profile", None)
        code = getattr(profile, "preferred_language", "") or "ky"
        local = _in_language(lesson, code)
        questions = lesson_tasks(local)["questions"]
        texts = ANSWERS.get(code, ANSWERS["ky"])
        submitted_at = now - timedelta(days=6 - offset)
        reflection, created = Reflection.objects.get_or_create(
            user=user,
            lesson_key=lesson.translation_key,
            defaults={
                "course_key": lesson.get_parent().translation_key,
                "language": code,
                "status": status,
                "answers": [
                    {"question": q, "answer": texts[i % len(texts)]}
                    for i, q in enumerate(questions)
                ],
                "submitted_at": None if status == Status.DRAFT else submitted_at,
            },
        )
        if not created:
            continue
        _record_progress(user, lesson)
        if lesson_tasks(local)["stakeholder_maps"]:
            StakeholderEntry.objects.bulk_create(
                StakeholderEntry(
                    reflection=reflection,
                    position=i,
                    stakeholder=row[0],
                    level=row[1],
                    kind=row[2],
                    interests=row[3],
                    influence=row[4],
                    interest=row[5],
                    cooperation=row[6],
                )
                for i, row in enumerate(ROWS.get(code, ROWS["ru"]))
            )
        if status in (Status.FEEDBACK_GIVEN, Status.REVISION_REQUESTED):
            answered_at = submitted_at + timedelta(days=1, hours=3)
            asks = status == Status.REVISION_REQUESTED
            Feedback.objects.create(
                reflection=reflection,
                mentor=mentor,
                text=(REVISION if asks else FEEDBACK).get(code, FEEDBACK["ky"]),
                asks_revision=asks,
                created_at=answered_at,
                response_seconds=int((answered_at - submitted_at).total_seconds()),
            )
            Reflection.objects.filter(pk=reflection.pk).update(answered_at=answered_at)
    command.stdout.write(f"reflections: demo reflections for {len(members)} members")
