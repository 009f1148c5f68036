"""Demo conversations after feedback, seeded by `manage.py seed_demo` (idempotent).

Runs after the demo reflections: a thread that already has messages is left as it is, and
a member, lesson or reflection that was not seeded is skipped quietly.
Texts: courses/reflections/demo_data/conversation.yaml.
"""

from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.utils import timezone

from courses.models import LessonPage
from home.members.demo import MENTOR_USERNAME
from home.seeding import LANGUAGE_CODES, load_demo_data, localized

from .models import Reflection, ReflectionMessage

DATA = Path(__file__).resolve().parent / "demo_data" / "conversation.yaml"


def seed(command):
    data = load_demo_data(DATA)
    users = get_user_model().objects.select_related("member_profile")
    mentor = users.filter(username=MENTOR_USERNAME).first()
    if mentor is None:
        return
    now = timezone.now()
    seeded = 0
    for thread in data["threads"]:
        reflection = (
            Reflection.objects.filter(
                user__username=thread["member"],
                lesson_key__in=_lesson_keys(thread["lesson"]),
                answered_at__isnull=False,
            )
            .select_related("user__member_profile")
            .first()
        )
        if reflection is None or reflection.messages.exists():
            continue
        profile = getattr(reflection.user, "member_profile", None)
        code = getattr(profile, "preferred_language", "") or "ky"
        texts = localized(thread["messages"], code if code in LANGUAGE_CODES else "ky")
        ReflectionMessage.objects.bulk_create(
            ReflectionMessage(
                reflection=reflection,
                author=reflection.user if message["by"] == "member" else mentor,
                by_member=message["by"] == "member",
                body=message["text"],
                created_at=now - timedelta(hours=message["hours_ago"]),
            )
            for message in texts
        )
        seeded += 1
    command.stdout.write(f"reflections: {seeded} demo conversations")


def _lesson_keys(slug):
    return LessonPage.objects.filter(slug=slug).values("translation_key")
