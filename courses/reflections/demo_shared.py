"""Demo of shared reflections, seeded by `manage.py seed_demo` after the reflections (idempotent).

The demo member's answered reflection is shared with the Club, and two members comment on it
in their own languages. Texts: courses/reflections/demo_data/shared.yaml. Skips quietly when
the reflection is not there.
"""

from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from home.club.models import Comment
from home.seeding import LANGUAGE_CODES, load_demo_data, localized

from .models import Reflection, Status

DATA = Path(__file__).resolve().parent / "demo_data" / "shared.yaml"


def _language(user):
    code = getattr(getattr(user, "member_profile", None), "preferred_language", "")
    return code if code in LANGUAGE_CODES else "ky"


def seed(command):
    """Share the reflection once and add the comments once; a second run changes nothing."""
    data = load_demo_data(DATA)
    reflection = Reflection.objects.filter(
        user__username=data["author"], status=Status.FEEDBACK_GIVEN
    ).first()
    if reflection is None:
        command.stdout.write("reflections: no answered demo reflection to share, skipped")
        return
    now = timezone.now()
    if reflection.shared_at is None:
        reflection.shared_at = now - timedelta(days=data["shared_days_ago"])
        reflection.save(update_fields=["shared_at"])
    users = get_user_model().objects.select_related("member_profile")
    members = {
        u.username: u for u in users.filter(username__in=[c["member"] for c in data["comments"]])
    }
    content_type = ContentType.objects.get_for_model(Reflection)
    for comment in data["comments"]:
        user = members.get(comment["member"])
        if user is None:
            continue
        Comment.objects.get_or_create(
            content_type=content_type,
            object_id=reflection.pk,
            author=user,
            defaults={
                "text": localized(comment["text"], _language(user)),
                "created_at": now - timedelta(days=comment["days_ago"]),
            },
        )
    command.stdout.write("reflections: one reflection shared with the Club")
