"""Initiatives: the list, one initiative with its offers of help and comments, her own posts."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from home.members.models import MemberProfile

from ..attachments import render_attachment
from ..discussion import REPLY_RATE, checked, discussion_context, post_comment, with_form_status
from ..forms import InitiativeForm, OfferForm
from ..gate import members_only, posted
from ..listing import initiatives_context
from ..models import Initiative
from ..services import create_initiative, offer_help
from ..tracks import localize, localized_tracks
from .posts import confirm_delete

INITIATIVE_RATE = "club_initiative"


@members_only
def initiative_list(request):
    return TemplateResponse(request, "club/initiatives.html", initiatives_context(request))


def visible_initiative(request, pk, open_for_answers=False):
    queryset = Initiative.objects.select_related("author__member_profile", "track")
    initiative = get_object_or_404(queryset, pk=pk)
    if not initiative.is_visible_to(request.user) or (open_for_answers and initiative.hidden):
        raise Http404
    return initiative


def render_initiative(request, initiative, offer_form=None, comment_form=None):
    """The initiative page; a form she sent back with errors keeps her text."""
    offers = list(initiative.offers.filter(hidden=False).select_related("author__member_profile"))
    track = localize([initiative.track], localized_tracks())[0] if initiative.track else None
    context = {
        "initiative": initiative,
        "track": track,
        "offers": offers,
        "my_offer": next((o for o in offers if o.author_id == request.user.pk), None),
        "offer_form": offer_form or OfferForm(),
        "is_author": initiative.author_id == request.user.pk,
        "attachment": render_attachment(request, initiative),
        "comment_action": reverse("club:comment", args=[initiative.pk]),
        **discussion_context(initiative, comment_form),
    }
    response = TemplateResponse(request, "club/initiative_detail.html", context)
    return with_form_status(response, offer_form, comment_form)


@members_only
def initiative_detail(request, pk):
    return render_initiative(request, visible_initiative(request, pk))


def _where_she_works(user):
    profile = MemberProfile.objects.filter(user=user).first()
    return {"oblast": profile.oblast, "municipality": profile.municipality} if profile else {}


@members_only
@require_http_methods(["GET", "POST"])
def initiative_new(request):
    form = InitiativeForm(
        posted(request), author=request.user, initial=_where_she_works(request.user)
    )
    if request.method == "POST" and checked(request, form, INITIATIVE_RATE):
        initiative = create_initiative(form, request.user, get_language())
        messages.success(request, _("Your initiative is published. Members can now offer help."))
        return redirect(initiative)
    response = TemplateResponse(request, "club/initiative_form.html", {"form": form})
    return with_form_status(response, form)


def _her_initiative(request, pk):
    return get_object_or_404(Initiative, pk=pk, author=request.user)


@members_only
@require_http_methods(["GET", "POST"])
def initiative_edit(request, pk):
    initiative = _her_initiative(request, pk)
    form = InitiativeForm(posted(request), instance=initiative, author=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your initiative is saved."))
        return redirect(initiative)
    context = {"form": form, "initiative": initiative}
    return with_form_status(TemplateResponse(request, "club/initiative_form.html", context), form)


@members_only
@require_http_methods(["GET", "POST"])
def initiative_delete(request, pk):
    initiative = _her_initiative(request, pk)
    return confirm_delete(
        request,
        initiative,
        back_url=initiative.get_absolute_url(),
        done_url=reverse("club:initiatives"),
        question=_("Delete your initiative? Its offers of help and comments are deleted with it."),
        done=_("Your initiative was deleted."),
    )


@members_only
@require_POST
def offer(request, pk):
    initiative = visible_initiative(request, pk, open_for_answers=True)
    if initiative.author_id == request.user.pk:
        messages.error(request, _("This is your own initiative."))
        return redirect(initiative)
    form = OfferForm(request.POST)
    if checked(request, form, REPLY_RATE):
        offer, created = offer_help(initiative, request.user, form.cleaned_data["message"])
        if created:
            messages.success(request, _("Thank you! The author is told that you can help."))
        else:
            messages.info(request, _("You have already offered help with this initiative."))
        return redirect(f"{initiative.get_absolute_url()}#offer-{offer.pk}")
    return render_initiative(request, initiative, offer_form=form)


@members_only
@require_POST
def comment(request, pk):
    initiative = visible_initiative(request, pk, open_for_answers=True)
    form = post_comment(request, initiative, url_name="club:initiative", title=initiative.title)
    if form.comment is not None:
        return redirect(f"{initiative.get_absolute_url()}#comment-{form.comment.pk}")
    return render_initiative(request, initiative, comment_form=form)
