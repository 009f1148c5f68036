"""A reflection shared with the Club: read and discuss it; share it or stop sharing it."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.gate import CONFLICT
from home.club.discussion import discussion_context, post_comment, with_form_status
from home.club.gate import members_only

from .lessons import page_in_language
from .models import Reflection
from .sharing import NotShareable, set_shared, stakeholder_map
from .views import lesson_reflection


def _visible(request, pk):
    """A reflection shared with the Club, else 404 (drafts and unshared ones, for everyone)."""
    reflection = get_object_or_404(Reflection.objects.select_related("user__member_profile"), pk=pk)
    if not reflection.is_visible_to(request.user):
        raise Http404
    return reflection


def _render(request, reflection, comment_form=None):
    context = {
        "reflection": reflection,
        "lesson": page_in_language(reflection.lesson_key, get_language()),
        "is_author": reflection.user_id == request.user.pk,
        "comment_action": reverse("reflections:shared_comment", args=[reflection.pk]),
        **stakeholder_map(reflection),
        **discussion_context(reflection, comment_form),
    }
    response = TemplateResponse(request, "reflections/shared_reflection.html", context)
    return with_form_status(response, comment_form)


@members_only
def shared_reflection(request, pk):
    return _render(request, _visible(request, pk))


@members_only
@require_POST
def shared_comment(request, pk):
    reflection = _visible(request, pk)
    lesson = page_in_language(reflection.lesson_key, get_language())
    form = post_comment(
        request,
        reflection,
        url_name="reflections:shared",
        title=lesson.title if lesson else _("Reflection"),
    )
    if form.comment is not None:
        return redirect(f"{reflection.club_url()}#comment-{form.comment.pk}")
    return _render(request, reflection, form)


@members_only
@require_POST
def share(request, pk):
    """Her choice, from her reflection page: share with the Club, or stop sharing."""
    reflection = get_object_or_404(Reflection, pk=pk, user=request.user)
    sharing = request.POST.get("share") == "on"
    lesson = page_in_language(reflection.lesson_key, get_language())
    try:
        set_shared(reflection, sharing)
    except NotShareable:
        message = _("You can share a reflection once your mentor has answered it.")
        if lesson is None:
            raise Http404 from None
        return lesson_reflection(request, lesson.specific, refused_with=(message, CONFLICT))
    if sharing:
        messages.success(request, _("Your reflection is shared with the Club's members."))
    else:
        messages.success(request, _("Your reflection is no longer shared."))
    return redirect(lesson.get_url(request) + "reflection/" if lesson else reverse("club:home"))
