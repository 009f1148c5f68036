"""Views of the courses app: start a course, complete a lesson, the member dashboard."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from .access import can_read_course, can_track_progress
from .dashboard import dashboard_context
from .progress import enroll, mark_complete, progress_for, undo_complete


def _refuse(request, page):
    """None if the member may track progress on this course, else the refusal."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(page.get_url(request))
    course = page if not hasattr(page, "course") else page.course
    if not can_track_progress(request.user) or not can_read_course(request.user, course):
        return TemplateResponse(
            request,
            "courses/members_only.html",
            {
                "page": page,
                "course": course,
                "reason": _("Only Club members can track their progress."),
            },
            status=403,
        )
    return None


def _back(request, default):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return HttpResponseRedirect(target)
    return HttpResponseRedirect(default)


def _never_cached(response):
    add_never_cache_headers(response)
    return response


def start_course(request, course):
    """POST course/start/: enrol, then go to the first lesson not done yet."""
    refusal = _refuse(request, course)
    if refusal is not None:
        return _never_cached(refusal)
    enroll(request.user, course)
    progress = progress_for(request.user, course)
    lesson = progress.next_lesson or (progress.lessons[0] if progress.lessons else None)
    target = (lesson or course).get_url(request)
    return _never_cached(HttpResponseRedirect(target))


def complete_lesson(request, lesson):
    """POST lesson/complete/: mark done (idempotent), or undo it with undo=1."""
    refusal = _refuse(request, lesson)
    if refusal is not None:
        return _never_cached(refusal)
    course = lesson.course
    if request.POST.get("undo"):
        undo_complete(request.user, lesson, course)
        messages.info(request, _("The lesson is marked as not done."))
    else:
        _completion, created = mark_complete(request.user, lesson, course)
        if created:
            messages.success(request, _("Well done: the lesson is complete."))
    return _never_cached(_back(request, lesson.get_url(request)))


@never_cache
@login_required
def dashboard(request):
    return TemplateResponse(request, "courses/dashboard.html", dashboard_context(request))
