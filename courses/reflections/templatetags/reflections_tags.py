"""{% lesson_feedback page %}: the member's reflection status and her mentor's latest answer.
{% shared_reflections page %}: the reflections members shared with the Club on this lesson."""

from django import template
from django.db.models import OuterRef, Subquery

from home.members.access import is_club_member

from ..lessons import lesson_tasks
from ..models import Feedback, Reflection
from ..sharing import shared_on_lesson

register = template.Library()


@register.inclusion_tag("reflections/tags/lesson_feedback.html", takes_context=True)
def lesson_feedback(context, page):
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or page is None or not is_club_member(user):
        return {"show": False}
    # Her reflection (one per member and lesson), only what the status box shows, with the
    # mentor's latest feedback beside it: one query.
    latest = Feedback.objects.filter(reflection=OuterRef("pk")).order_by("-created_at", "-pk")
    reflection = (
        Reflection.objects.filter(user=user, lesson_key=page.translation_key)
        .only("status", "answered_at")
        .annotate(
            latest_text=Subquery(latest.values("text")[:1]),
            latest_at=Subquery(latest.values("created_at")[:1]),
        )
        .first()
    )
    tasks = lesson_tasks(page)
    has_task = bool(tasks["questions"] or tasks["stakeholder_maps"])
    if reflection is None and not has_task:
        return {"show": False}
    latest = None
    if reflection is not None and reflection.answered_at and reflection.latest_at is not None:
        latest = {"text": reflection.latest_text, "created_at": reflection.latest_at}
    url = page.get_url(request)
    return {
        "show": True,
        "reflection": reflection,
        "latest": latest,
        "reflection_url": url + "reflection/" if url else "",
        "request": request,
    }


@register.inclusion_tag("reflections/tags/shared_reflections.html", takes_context=True)
def shared_reflections(context, page):
    """For members only; nothing on a lesson without a reflection task or shared reflection."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or page is None or not is_club_member(user):
        return {"show": False}
    reflections, more = shared_on_lesson(page.translation_key)
    tasks = lesson_tasks(page)
    if not reflections and not (tasks["questions"] or tasks["stakeholder_maps"]):
        return {"show": False}
    return {"show": True, "reflections": reflections, "more": more, "request": request}
