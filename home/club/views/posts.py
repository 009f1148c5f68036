"""Her own answers (withdraw an offer, delete a comment) and reports of any Club post."""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from ..discussion import checked, with_form_status
from ..forms import ReportForm
from ..gate import members_only, posted
from ..models import Comment, OfferOfHelp
from ..posts import ClubPost
from ..services import report_post

REPORT_RATE = "club_report"


def confirm_delete(request, post, *, back_url, done_url, question, done):
    """GET: ask; POST: delete her post and go on to `done_url`."""
    if request.method == "POST":
        post.delete()
        messages.success(request, done)
        return redirect(done_url)
    context = {"post": post, "question": question, "back_url": back_url}
    return TemplateResponse(request, "club/confirm_delete.html", context)


def back_to(request, post, default):
    """Where "Cancel" and "done" lead: the post she answered, or `default` once it is hidden
    from her (she may still take her own words back)."""
    if post is not None and post.is_visible_to(request.user):
        return post.club_url()
    return reverse(default)


@members_only
@require_http_methods(["GET", "POST"])
def offer_delete(request, pk):
    offer = get_object_or_404(OfferOfHelp.objects.select_related("initiative"), pk=pk)
    if offer.author_id != request.user.pk:
        raise Http404
    back = back_to(request, offer.initiative, "club:initiatives")
    return confirm_delete(
        request,
        offer,
        back_url=back,
        done_url=back,
        question=_("Withdraw your offer of help?"),
        done=_("Your offer of help was withdrawn."),
    )


@members_only
@require_http_methods(["GET", "POST"])
def comment_delete(request, pk):
    comment = get_object_or_404(Comment, pk=pk, author=request.user)
    back = back_to(request, comment.target, "club:home")
    return confirm_delete(
        request,
        comment,
        back_url=back,
        done_url=back.split("#")[0],
        question=_("Delete your comment?"),
        done=_("Your comment was deleted."),
    )


def reportable_post(request, content_type_id, pk):
    """The Club post she may see and report, or 404 (anything that is not a Club post too)."""
    try:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
    except ContentType.DoesNotExist:
        model = None
    if model is None or not issubclass(model, ClubPost):
        raise Http404
    post = model._default_manager.filter(pk=pk).first()
    if post is None or not post.is_visible_to(request.user):
        raise Http404
    return post


@members_only
@require_http_methods(["GET", "POST"])
def report(request, content_type_id, pk):
    post = reportable_post(request, content_type_id, pk)
    form = ReportForm(posted(request))
    if request.method == "POST" and checked(request, form, REPORT_RATE):
        _report, created = report_post(
            post, request.user, form.cleaned_data["reason"], form.cleaned_data["details"]
        )
        if created:
            messages.success(request, _("Thank you. An editor will read your report."))
        else:
            messages.info(request, _("You have already reported this post."))
        return redirect(post.club_url() or "club:home")
    context = {"form": form, "post": post}
    return with_form_status(TemplateResponse(request, "club/report_form.html", context), form)
