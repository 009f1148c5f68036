"""The member's reflection page, served at a lesson's `reflection/` route.

A refused action comes back as this page with her text and a 4xx status (courses/gate.py):
403 on a lesson not open yet, 409 once her mentor has answered (the reflection is closed, or
no conversation is open yet), 400 for errors in what she wrote. A fetch() (autosave) gets
{"ok": false, "error": ...} with the same status.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db.models import Prefetch
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from courses.gate import CONFLICT, INVALID, KINDS, LOCKED, lesson_lock_for, refusal
from home.cache import private_view
from home.club.discussion import with_form_status
from home.members.access import is_club_member

from . import conversation, services
from .forms import AnswersForm, MessageForm, StakeholderFormSet
from .lessons import course_of, lesson_tasks
from .models import Reflection, Status
from .svg import stakeholder_grid

ACTIONS = ("draft", "submit", "add_row", "autosave")


def _is_fetch(request):
    return request.headers.get("X-Requested-With") == "fetch"


def _row_initial(reflection):
    if reflection is None or reflection.pk is None:
        return []
    return list(
        reflection.stakeholders.values(
            "stakeholder", "level", "kind", "interests", "influence", "interest", "cooperation"
        )
    )


@private_view
def lesson_reflection(request, lesson_page, refused_with=None):
    """GET: show the prompt and/or the stakeholder map; POST: save a draft, autosave, submit.

    `refused_with` (message, status): another action on it was refused (sharing it too
    early); the page as saved answers, with the message and that status."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not is_club_member(request.user):
        raise Http404
    tasks = lesson_tasks(lesson_page)
    questions = tasks["questions"]
    has_map = bool(tasks["stakeholder_maps"])
    if not questions and not has_map:
        raise Http404

    reflection = (
        Reflection.objects.filter(user=request.user, lesson_key=lesson_page.translation_key)
        .annotate(unread_replies=conversation.unread_replies())
        .prefetch_related("feedback", Prefetch("messages", conversation.thread_queryset()))
        .first()
    )
    message_form = None
    lock = lesson_lock_for(request.user, lesson_page)
    if request.method == "POST" and request.POST.get("action") == "message":
        if not conversation.is_open(reflection):
            message = _("You can write to your mentor once she has answered.")
            return _refused(request, lesson_page, tasks, reflection, lock, message, CONFLICT)
        message_form = conversation.post_message(request, reflection, by_member=True)
        if message_form.message is not None:
            return redirect(request.path + "#conversation")
    editable = reflection is None or reflection.is_editable
    answers_form = AnswersForm(questions=questions, initial=AnswersForm.initial_from(reflection))
    formset = StakeholderFormSet(prefix="rows", initial=_row_initial(reflection))
    if refused_with is not None:
        message, status = refused_with
        messages.error(request, message)
        response = _page(request, lesson_page, tasks, reflection, answers_form, formset, lock)
        return refusal(response, status)

    if request.method == "POST" and message_form is None:
        if lock is not None:
            return _refused(request, lesson_page, tasks, reflection, lock, lock.message, LOCKED)
        action = request.POST.get("action")
        if action not in ACTIONS:
            action = "draft"
        if not editable:
            return _refused(request, lesson_page, tasks, reflection, lock, _closed(), CONFLICT)
        submit = action == "submit"
        answers_form = AnswersForm(
            request.POST,
            questions=questions,
            require_all=submit,
            initial=AnswersForm.initial_from(reflection),
        )
        formset = StakeholderFormSet(request.POST, prefix="rows")
        answers_ok = answers_form.is_valid()
        rows_ok = formset.is_valid() if has_map else True
        rows = formset.rows() if has_map and rows_ok else None
        if submit and has_map and rows_ok and not rows:
            rows_ok = False
            formset._non_form_errors = formset.error_class(
                [_("Please add at least one stakeholder before you submit.")]
            )

        if action == "autosave":
            return _autosave(request, lesson_page, reflection, answers_form, rows, has_map)

        if answers_ok and rows_ok:
            if reflection is None:
                reflection = services.get_or_create_reflection(
                    request.user, lesson_page.translation_key, _course_key(lesson_page)
                )
            try:
                services.save(
                    reflection,
                    answers=answers_form.answers() if questions else None,
                    rows=rows,
                    submit=submit,
                    language=get_language(),
                )
            except services.ReflectionClosed:
                reflection.refresh_from_db()
                return _refused(request, lesson_page, tasks, reflection, lock, _closed(), CONFLICT)
            if submit:
                messages.success(request, _("Thank you! Your reflection was sent to your mentor."))
            elif action == "add_row":
                messages.success(request, _("Saved. A new empty row was added below."))
                return redirect(request.path + "#stakeholders")
            else:
                messages.success(request, _("Your draft was saved."))
            return redirect(request.path)
        messages.error(request, _("Please correct the errors below. Your text has been kept."))

    response = _page(
        request, lesson_page, tasks, reflection, answers_form, formset, lock, 200, message_form
    )
    if request.method == "POST" and message_form is None:
        return refusal(response, INVALID)
    return response


def _closed():
    """The sentence refusing a change once her mentor has answered."""
    return _("Your mentor has already answered: this reflection is closed.")


def _refused(request, lesson_page, tasks, reflection, lock, message, status):
    """A refused action: nothing is saved and the page comes back with `message` and the
    text she sent (her answers, her rows, her message); a fetch() gets it as JSON."""
    if _is_fetch(request):
        response = JsonResponse({"ok": False, "error": message}, status=status)
        response["X-Refused"] = KINDS[status]
        return response
    messages.error(request, message)
    answers_form = AnswersForm(
        request.POST, questions=tasks["questions"], initial=AnswersForm.initial_from(reflection)
    )
    formset = StakeholderFormSet(request.POST, prefix="rows")
    message_form = MessageForm(request.POST) if request.POST.get("action") == "message" else None
    response = _page(
        request, lesson_page, tasks, reflection, answers_form, formset, lock, 200, message_form
    )
    response.context_data["unsent"] = (
        answers_form if not response.context_data["editable"] else None
    )
    return refusal(response, status)


def _page(
    request,
    lesson_page,
    tasks,
    reflection,
    answers_form,
    formset,
    lock=None,
    status=200,
    message_form=None,
):
    """Her reflection page; while `lock` keeps the lesson closed it has nothing to send. After
    feedback, the conversation with her mentor under it (`message_form` as she sent it)."""
    has_map = bool(tasks["stakeholder_maps"])
    editable = reflection is None or reflection.is_editable
    feedback = list(reflection.feedback.all()) if reflection and reflection.pk else []
    saved_rows = _row_initial(reflection) if has_map else []
    context = {
        "page": lesson_page,
        "lesson": lesson_page,
        "tasks": tasks,
        "reflection": reflection,
        "status": reflection.status if reflection else Status.DRAFT,
        "editable": editable,
        "lock": lock,
        "answers_form": answers_form,
        "formset": formset if has_map else None,
        "feedback": feedback,
        "saved_rows": saved_rows,
        "grid": stakeholder_grid(saved_rows) if saved_rows else "",
        "autosave": editable
        and lock is None
        and (reflection is None or reflection.status in (Status.DRAFT, Status.REVISION_REQUESTED)),
        "conversation": conversation.is_open(reflection),
    }
    if context["conversation"]:
        context["thread"] = conversation.named(reflection.messages.all())
        context["message_form"] = message_form or MessageForm()
        if reflection.unread_replies:
            conversation.mark_read(reflection, by_member=True)
    response = TemplateResponse(
        request, "reflections/lesson_reflection.html", context, status=status
    )
    return with_form_status(response, message_form) if message_form is not None else response


def _course_key(lesson_page):
    course = course_of(lesson_page)
    return course.translation_key if course else lesson_page.translation_key


def _autosave(request, lesson_page, reflection, answers_form, rows, has_map):
    """Save what is valid without changing the state; the browser keeps its own copy."""
    if reflection is not None and reflection.status not in (
        Status.DRAFT,
        Status.REVISION_REQUESTED,
    ):
        return JsonResponse({"ok": False, "error": _("Use the buttons to save.")}, status=409)
    if not answers_form.is_valid():
        errors = [str(e) for errs in answers_form.errors.values() for e in errs]
        return JsonResponse({"ok": False, "error": " ".join(errors)}, status=400)
    if reflection is None:
        reflection = services.get_or_create_reflection(
            request.user, lesson_page.translation_key, _course_key(lesson_page), get_language()
        )
    try:
        services.autosave(
            reflection,
            answers=answers_form.answers() if answers_form.questions else None,
            rows=rows if has_map else None,
        )
    except services.ReflectionClosed:
        return JsonResponse({"ok": False, "error": _("Use the buttons to save.")}, status=409)
    return JsonResponse(
        {"ok": True, "saved": reflection.updated_at.isoformat(), "rows_saved": rows is not None}
    )
