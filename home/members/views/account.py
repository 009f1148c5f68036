"""The member's own account page: her profile, password, data export and deletion."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from home.cache import private_view
from home.ratelimits import refuse, render_form, retry_after

from .. import email_change
from ..forms import ProfileForm
from ..language import set_language_cookie
from ..models import MemberProfile


def _profile_of(user):
    try:
        return user.member_profile
    except MemberProfile.DoesNotExist:
        return MemberProfile(user=user, full_name=user.get_full_name())


def _within_email_change_limits(request, form):
    """Every attempt to change the address counts (a wrong password too): no password
    guessing and no mail flood from one session or address."""
    if not form.changes_email():
        return True
    key = email_change.rate_limit_key(request.user)
    wait = retry_after(request, email_change.RATE_LIMIT, key)
    if wait:
        refuse(form, wait)
    return not wait


@private_view
@login_required
def account(request):
    profile = _profile_of(request.user)
    if request.method == "POST":
        form = ProfileForm(request.POST, instance=profile, user=request.user)
        if _within_email_change_limits(request, form) and form.is_valid():
            profile = form.save()
            if form.new_email:
                email_change.request_change(request.user, form.new_email)
            language = profile.preferred_language
            with translation.override(language):
                messages.success(request, _("Your profile is saved."))
                if form.new_email:
                    messages.info(request, _email_pending_message(request.user, form.new_email))
                url = reverse("members:account")
            return set_language_cookie(redirect(url), language)
    else:
        form = ProfileForm(instance=profile, user=request.user)
    return render_form(request, "members/account.html", form, {"profile": profile})


def _email_pending_message(user, new_email):
    days = email_change.LINK_DAYS
    return ngettext(
        "We sent a confirmation link to %(new)s. Your email changes when you open it "
        "(within %(days)d day); until then it stays %(old)s.",
        "We sent a confirmation link to %(new)s. Your email changes when you open it "
        "(within %(days)d days); until then it stays %(old)s.",
        days,
    ) % {"new": new_email, "days": days, "old": user.email}


@private_view
@require_http_methods(["GET", "POST"])
def confirm_email(request, token):
    """The link from the new address: GET shows what will change, POST changes it (a mail
    scanner opening the link changes nothing)."""
    try:
        if request.method == "POST":
            user = email_change.confirm(token)
            messages.success(request, _("Your email is now %(email)s.") % {"email": user.email})
            if request.user.is_authenticated:
                return redirect("members:account")
            return redirect("login")
        _user, new_email = email_change.read_token(token)
    except email_change.LinkRefused as refused:
        context = {"error": refused.message}
        return render(request, "members/confirm_email.html", context, status=400)
    return render(request, "members/confirm_email.html", {"new_email": new_email})
