"""The member dashboard panel and the privacy export of this app."""

from django.db.models import F, OuterRef, Subquery
from django.template.loader import render_to_string
from django.utils.translation import get_language

from home.cache import keys_digest, shared_cached
from home.members.access import is_club_member

from .lessons import pages_by_key
from .models import Feedback, Reflection, ReflectionMessage

PANEL_LIMIT = 20


def dashboard_panel(request):
    """'Your reflections and latest feedback', with "your mentor replied on …" above them for
    the replies she has not read: one query for her rows, their latest feedback and unread
    reply; the lessons' pages come from the shared cache (the same for everyone)."""
    user = request.user
    if not is_club_member(user):
        return None
    latest = Feedback.objects.filter(reflection=OuterRef("pk")).order_by("-created_at", "-pk")
    unread = ReflectionMessage.objects.filter(
        reflection=OuterRef("pk"), by_member=False, read_at__isnull=True
    ).order_by("-created_at")
    reflections = list(
        Reflection.objects.filter(user=user)
        .annotate(
            feedback_text=Subquery(latest.values("text")[:1]),
            feedback_at=Subquery(latest.values("created_at")[:1]),
            reply_at=Subquery(unread.values("created_at")[:1]),
        )
        # Unread replies first, so none falls below the panel's limit.
        .order_by(F("reply_at").desc(nulls_last=True), "-updated_at")[:PANEL_LIMIT]
    )
    language = get_language()
    keys = {reflection.lesson_key for reflection in reflections if reflection.lesson_key}
    lessons = (
        shared_cached(
            "pages-by-key",
            [language, keys_digest(keys)],
            lambda: pages_by_key(keys, language),
        )
        if keys
        else {}
    )
    rows = [
        {
            "reflection": reflection,
            "lesson": lessons.get(reflection.lesson_key),
            "feedback": {"text": reflection.feedback_text, "created_at": reflection.feedback_at}
            if reflection.feedback_at
            else None,
        }
        for reflection in reflections
    ]
    replies = [row for row in rows if row["reflection"].reply_at]
    return render_to_string(
        "reflections/dashboard_panel.html", {"rows": rows, "replies": replies}, request=request
    )


def export_member_data(user):
    """Section "reflections" of the member's data download: her texts and the answers."""
    data = []
    reflections = (
        Reflection.objects.filter(user=user)
        .prefetch_related("feedback", "stakeholders", "messages")
        .order_by("created_at")
    )
    for reflection in reflections:
        data.append(
            {
                "lesson_key": str(reflection.lesson_key),
                "course_key": str(reflection.course_key),
                "status": reflection.status,
                "language": reflection.language,
                "answers": reflection.answers,
                "created_at": reflection.created_at.isoformat(),
                "submitted_at": reflection.submitted_at.isoformat()
                if reflection.submitted_at
                else None,
                "shared_with_the_club_at": reflection.shared_at.isoformat()
                if reflection.shared_at
                else None,
                "stakeholders": [
                    {
                        "stakeholder": row.stakeholder,
                        "level": row.level,
                        "type": row.kind,
                        "interests": row.interests,
                        "influence": row.influence,
                        "interest": row.interest,
                        "possible_cooperation": row.cooperation,
                    }
                    for row in reflection.stakeholders.all()
                ],
                "feedback": [
                    {
                        "text": item.text,
                        "asks_revision": item.asks_revision,
                        "created_at": item.created_at.isoformat(),
                    }
                    for item in reflection.feedback.all()
                ],
                "conversation": [
                    {
                        "from": "member" if item.by_member else "mentor",
                        "text": item.body,
                        "created_at": item.created_at.isoformat(),
                    }
                    for item in reflection.messages.all()
                ],
            }
        )
    return "reflections", data


def erase_messages(user):
    """Her messages wherever she wrote them; those on her reflections go with them."""
    ReflectionMessage.objects.filter(author=user).delete()
