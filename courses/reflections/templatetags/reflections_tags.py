"""{% lesson_feedback page %}: the member's reflection status and her mentor's latest answer.
{% shared_reflections page %}: the reflections members shared with the Club on this lesson."""

from django import template
from django.db.models import OuterRef, Subquery
from django.template.loader import render_to_string
from django.utils.translation import get_language

from home import generations
from home.cache import shared_cached
from home.members.access import is_club_member

from ..lessons import lesson_tasks
from ..models import Feedback, Reflection
from ..sharing import shared_on_lesson

register = template.Library()


def _has_task(page):
    tasks = lesson_tasks(page)
    return bool(tasks["questions"] or tasks["stakeholder_maps"])


@register.inclusion_tag("reflections/tags/lesson_feedback.html", takes_context=True)
def lesson_feedback(context, page):
    """Her reflection (only what the status box shows) with her mentor's latest feedback,
    once answered, in one query."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or page is None or not is_club_member(user):
        return {"show": False}
    newest = Feedback.objects.filter(reflection=OuterRef("pk")).order_by("-created_at", "-pk")
    reflection = (
        Reflection.objects.filter(user=user, lesson_key=page.translation_key)
        .only("status", "answered_at")
        .annotate(
            feedback_text=Subquery(newest.values("text")[:1]),
            feedback_at=Subquery(newest.values("created_at")[:1]),
        )
        .first()
    )
    if reflection is None and not _has_task(page):
        return {"show": False}
    latest = None
    if reflection is not None and reflection.answered_at and reflection.feedback_at:
        latest = Feedback(text=reflection.feedback_text, created_at=reflection.feedback_at)
    url = page.get_url(request)
    return {
        "show": True,
        "reflection": reflection,
        "latest": latest,
        "reflection_url": url + "reflection/" if url else "",
        "request": request,
    }


@register.simple_tag(takes_context=True)
def shared_reflections(context, page):
    """For members only; nothing on a lesson without a reflection task or shared reflection.

    The same for every member: kept per lesson and language under the Club's generation,
    which sharing, a comment or a name change moves on (home/club/club_generation.py)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or page is None or not is_club_member(user):
        return ""
    return shared_cached(
        "shared-reflections",
        [page.translation_key, get_language()],
        lambda: _render_shared(page),
        generation=generations.CLUB,
    )


def _render_shared(page):
    reflections, more = shared_on_lesson(page.translation_key)
    if not reflections and not _has_task(page):
        return ""
    context = {"show": True, "reflections": reflections, "more": more}
    return render_to_string("reflections/tags/shared_reflections.html", context)
