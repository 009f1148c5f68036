"""The mentor's weekly digest: how many reflections wait for her feedback, in her scope.

Once per ISO week (Asia/Bishkek), from Monday 09:00 on (a later run in the week sends it if the
scheduler was down), to every active reviewer with something waiting; nothing when none waits.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.utils import timezone

from home.reminders import Reminder, already_sent, wants

from .models import AWAITING_FEEDBACK
from .scope import reviewable_reflections

DIGEST = "reflection_digest"
SEND_FROM_HOUR = 9


def _reviewers():
    permission = Permission.objects.filter(
        content_type__app_label="reflections", codename="review_reflection"
    ).first()
    if permission is None:
        return get_user_model().objects.none()
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(groups__permissions=permission) | Q(user_permissions=permission))
        .distinct()
        .select_related("member_profile")
    )


def mentor_digests(now):
    local = timezone.localtime(now)
    if local.weekday() == 0 and local.hour < SEND_FROM_HOUR:
        return
    year, week, _day = local.isocalendar()
    key = f"{year}-W{week:02d}"
    sent = already_sent(DIGEST, {key})
    for user in _reviewers():
        if (user.pk, key) in sent or not wants(user, "notify_reflection_digest"):
            continue
        count = reviewable_reflections(user).filter(status__in=AWAITING_FEEDBACK).count()
        if count:
            yield Reminder(
                DIGEST,
                user,
                key,
                "reflections/emails/digest",
                {"count": count},
            )
