"""Thin views: event registration (routes of EventPage) and the mailing list."""

import logging
from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Locale

from home.emails import preferred_language, send_member_email
from home.members.access import is_club_member
from home.ratelimits import limited, render_form, retry_after, too_many_attempts, within_limits

from . import mailing
from .forms import SubscribeForm
from .models.records import RegistrationStatus
from .registration import RegistrationError, cancel, register

logger = logging.getLogger(__name__)


def members_post(view):
    """For the event routes: POST by a signed-in Club member, never cached, within the
    "event_registration" rate limit; a RegistrationError becomes a message on the event page."""

    @never_cache
    @wraps(view)
    def wrapped(request, page):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not request.user.is_authenticated:
            return redirect_to_login(page.get_url(request))
        if not is_club_member(request.user):
            messages.error(request, _("Only Club members can register for events."))
            return redirect(page.get_url(request))
        wait = retry_after(request, "event_registration", email=request.user.email)
        if wait:
            messages.error(request, too_many_attempts(wait))
            return limited(page.render(request), wait)
        try:
            return view(request, page)
        except RegistrationError as error:
            messages.error(request, str(error))
            return redirect(page.get_url(request))

    return wrapped


def _notify(registration, page, template):
    """Email the member in her language, naming the event in that language."""
    user = registration.user
    if not user.email:
        return
    language = preferred_language(user)
    event = page
    locale = Locale.objects.filter(language_code=language).first()
    if locale and locale != page.locale:
        event = (page.get_translation_or_none(locale) or page).specific
    context = {
        "event": event,
        "registration": registration,
        "waiting": registration.status == RegistrationStatus.WAITING,
    }

    def send():
        try:
            send_member_email(
                user,
                f"news/emails/{template}",
                context,
            )
        except Exception:  # a mail server failure must not undo the registration
            logger.exception("Could not send the %s email to user %s", template, user.pk)

    transaction.on_commit(send)


@members_post
def register_view(request, page):
    registration, created = register(request.user, page)
    if not created:
        messages.error(request, _("You are already registered for this event."))
    elif registration.status == RegistrationStatus.WAITING:
        messages.success(request, _("The event is full: you are on the waiting list."))
        _notify(registration, page, "registered")
    else:
        messages.success(request, _("You are registered. A confirmation is on its way by email."))
        _notify(registration, page, "registered")
    return redirect(page.get_url(request))


@members_post
def cancel_view(request, page):
    cancelled, promoted = cancel(request.user, page)
    if cancelled:
        messages.success(request, _("Your registration is cancelled."))
    else:
        messages.error(request, _("You were not registered for this event."))
    if promoted is not None:
        _notify(promoted, page, "promoted")
    return redirect(page.get_url(request))


@never_cache
def subscribe(request):
    form = SubscribeForm(request.POST or None)
    if (
        request.method == "POST"
        and form.is_valid()
        and within_limits(request, "mailing_list", form)
    ):
        mailing.request_subscription(form.cleaned_data["email"], translation.get_language())
        return render(request, "news/subscribe_sent.html", {"email": form.cleaned_data["email"]})
    return render_form(request, "news/subscribe.html", form)


@never_cache
def confirm(request, token):
    subscription = mailing.confirm_subscription(token)
    status = 200 if subscription else 400
    return render(
        request, "news/subscribe_confirmed.html", {"subscription": subscription}, status=status
    )


@never_cache
@csrf_exempt  # the signed token is the credential; mail clients POST here (RFC 8058)
def unsubscribe(request, token):
    email = mailing.read_token(token, mailing.UNSUBSCRIBE_SALT)
    if email is None:
        return render(request, "news/unsubscribe.html", {"invalid": True}, status=400)
    if request.method == "POST":
        mailing.unsubscribe(token)
        return render(request, "news/unsubscribe.html", {"done": True, "email": email})
    return render(request, "news/unsubscribe.html", {"email": email})
