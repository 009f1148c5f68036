"""Shared reflections: after her mentor's feedback a member may share a reflection with the Club.

Sharing is her choice and she can stop it at any time. Members read shared reflections under
their lesson and on the Club's front page, and comment on them with the Club's comments
(home/club). Her stakeholder maps can also be attached to her initiatives in the Club.
"""

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from home.club.listing import visible_comment_count
from home.members.access import is_club_member

from .lessons import pages_by_key
from .models import Reflection
from .svg import stakeholder_grid

PANEL_LIMIT = 5
STAKEHOLDER_FIELDS = (
    "stakeholder",
    "level",
    "kind",
    "interests",
    "influence",
    "interest",
    "cooperation",
)


class NotShareable(Exception):
    """Only a reflection her mentor has answered (and not sent back) can be shared."""


def set_shared(reflection, shared):
    if shared and not reflection.can_be_shared:
        raise NotShareable
    reflection.shared_at = timezone.now() if shared else None
    reflection.save(update_fields=["shared_at", "updated_at"])


#: What a card shows: her name, her answers' excerpt, the day she shared it, its lesson.
CARD_FIELDS = (
    "language",
    "answers",
    "lesson_key",
    "shared_at",
    "user__username",
    "user__first_name",
    "user__last_name",
    "user__member_profile__full_name",
    "user__member_profile__is_example",  # the «Example» badge beside a demo author's name
)


def shared_cards(reflections):
    """Shared reflections ready for a list: author's name and visible comments (one query,
    only the columns a card shows)."""
    return (
        reflections.shared()
        .select_related("user__member_profile")
        .only(*CARD_FIELDS)
        .annotate(comment_count=visible_comment_count(Reflection))
        .order_by("-shared_at", "-pk")
    )


#: Shared reflections shown under a lesson: the latest; a popular lesson's page stays light.
LESSON_LIMIT = 6


def shared_on_lesson(lesson_key):
    """(the latest LESSON_LIMIT shared reflections, whether there are more), one query."""
    cards = list(shared_cards(Reflection.objects.filter(lesson_key=lesson_key))[: LESSON_LIMIT + 1])
    return cards[:LESSON_LIMIT], len(cards) > LESSON_LIMIT


def stakeholder_map(reflection):
    """{"rows", "grid"} of her map, for read-only display ({} when she has none)."""
    rows = list(reflection.stakeholders.all())
    if not rows:
        return {}
    values = [{name: getattr(row, name) for name in STAKEHOLDER_FIELDS} for row in rows]
    return {"rows": rows, "grid": stakeholder_grid(values)}


def club_panel(request):
    """On the Club's front page: the latest shared reflections and their lessons."""
    if not is_club_member(request.user):
        return None
    reflections = list(shared_cards(Reflection.objects.all())[:PANEL_LIMIT])
    lessons = pages_by_key([r.lesson_key for r in reflections], get_language())
    for reflection in reflections:
        reflection.lesson = lessons.get(reflection.lesson_key)
    context = {"reflections": reflections}
    return render_to_string("reflections/club_panel.html", context, request=request)


class StakeholderMapAttachment:
    """What the Club's initiative form may attach: the stakeholder map of one of her
    reflections (home/club/attachments.py)."""

    key = "stakeholder_map"
    label = _("The stakeholder map of one of your reflections")

    def choices(self, user):
        reflections = list(
            Reflection.objects.filter(user=user, stakeholders__isnull=False)
            .distinct()
            .order_by("-updated_at")
        )
        lessons = pages_by_key([r.lesson_key for r in reflections], get_language())
        return [
            (reflection.pk, getattr(lessons.get(reflection.lesson_key), "title", "") or "—")
            for reflection in reflections
        ]

    def render(self, request, object_id, owner):
        reflection = Reflection.objects.filter(pk=object_id, user=owner).first()
        shown = stakeholder_map(reflection) if reflection else {}
        if not shown:
            return ""
        lesson = pages_by_key([reflection.lesson_key], get_language()).get(reflection.lesson_key)
        context = {**shown, "lesson": lesson}
        return render_to_string("reflections/club_stakeholder_map.html", context, request=request)


def attachment_provider():
    return StakeholderMapAttachment()
