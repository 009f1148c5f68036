"""The member's own account page: her profile, password, data export and deletion."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from home.cache import private_view

from ..forms import ProfileForm
from ..language import set_language_cookie
from ..models import MemberProfile


def _profile_of(user):
    try:
        return user.member_profile
    except MemberProfile.DoesNotExist:
        return MemberProfile(user=user, full_name=user.get_full_name())


@private_view
@login_required
def account(request):
    profile = _profile_of(request.user)
    if request.method == "POST":
        form = ProfileForm(request.POST, instance=profile, user=request.user)
        if form.is_valid():
            profile = form.save()
            language = profile.preferred_language
            with translation.override(language):
                messages.success(request, _("Your profile is saved."))
                url = reverse("members:account")
            return set_language_cookie(redirect(url), language)
    else:
        form = ProfileForm(instance=profile, user=request.user)
    return render(request, "members/account.html", {"form": form, "profile": profile})
