"""The Club's front page, the members' directory and her own directory entry."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from home.members.models import MemberProfile

from ..discussion import with_form_status
from ..forms import ClubProfileForm
from ..gate import members_only, posted
from ..listing import directory_context, initiative_cards, with_initiative_tracks
from ..models import ClubProfile, Initiative
from ..panels import club_panels

FEATURED_ON_HOME = 3
LATEST_ON_HOME = 5


def club_profile_of(user):
    profile = ClubProfile.objects.filter(user=user).prefetch_related("tracks").first()
    return profile or ClubProfile(user=user)


@members_only
def club_home(request):
    visible = initiative_cards(Initiative.objects.filter(hidden=False))
    featured = list(visible.filter(featured=True)[:FEATURED_ON_HOME])
    latest = list(visible.filter(featured=False)[:LATEST_ON_HOME])
    with_initiative_tracks(featured + latest)
    context = {
        "featured": featured,
        "latest": latest,
        "club_profile": ClubProfile.objects.filter(user=request.user).first(),
        "panels": club_panels(request),
    }
    return TemplateResponse(request, "club/home.html", context)


@members_only
def directory(request):
    return TemplateResponse(request, "club/directory.html", directory_context(request))


def _next_url(request):
    url = request.POST.get("next") or request.GET.get("next") or ""
    allowed = url_has_allowed_host_and_scheme(url, {request.get_host()}, request.is_secure())
    return url if allowed and url.startswith("/") else ""


@members_only
@require_http_methods(["GET", "POST"])
def profile(request):
    """Her directory entry: listed or not, about her, interests, how members may reach her."""
    club_profile = club_profile_of(request.user)
    member_profile = MemberProfile.objects.filter(user=request.user).first()
    form = ClubProfileForm(posted(request), instance=club_profile, member_profile=member_profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        if form.instance.listed:
            messages.success(request, _("Saved. Members can find you in the directory."))
        else:
            messages.success(request, _("Saved. You are not shown in the directory."))
        return redirect(_next_url(request) or "club:profile")
    context = {"form": form, "member_profile": member_profile, "next": _next_url(request)}
    return with_form_status(TemplateResponse(request, "club/profile.html", context), form)
