"""Limits on the public forms that send email or create records (join, password reset, mailing
list, event registration), on failed sign-ins (the Club's and Wagtail's admin doors share one
budget) and on visitors' knowledge-check answers: per client address and per email address.

The rates live in settings.CLUB_RATE_LIMITS so operators can tune them. django-ratelimit counts
in the "ratelimit" cache, which every worker shares: Redis when REDIS_URL is set, otherwise a
table of the database (home/ratelimit_cache.py). A refused form comes back as she sent it, with
one error saying when she can try again, HTTP 429 and Retry-After; nothing is sent or saved.
"""

import ipaddress
import math

from django.conf import settings
from django.core.exceptions import ValidationError
from django.forms.forms import NON_FIELD_ERRORS
from django.forms.utils import ErrorDict
from django.shortcuts import render
from django.utils.translation import ngettext
from django_ratelimit.core import get_usage

RATE_LIMITED = "rate_limited"


def client_ip(request):
    """The visitor's address, for django-ratelimit and django-axes.

    Behind the site's own reverse proxy (SECURE_BEHIND_PROXY) it is the last address of
    X-Forwarded-For, the one the proxy appended; addresses before it are whatever the client
    chose to send. Without the setting the header is ignored: anyone can write it.
    """
    remote = request.META.get("REMOTE_ADDR") or "0.0.0.0"
    if settings.SECURE_BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")[-1].strip()
        try:
            return str(ipaddress.ip_address(forwarded))
        except ValueError:
            pass
    return remote


def retry_after(request, scope, email="", count=True, about=""):
    """Seconds until this visitor may try `scope` again (0: go ahead).

    With `count` the attempt is counted first (one atomic increment per rate, so a burst of
    parallel requests cannot slip through); without it the counts are only read. `about`
    counts separately per thing within the scope (one knowledge check among many).
    """
    email = (email or "").strip().lower()
    wait = 0
    for kind, rate in settings.CLUB_RATE_LIMITS.get(scope, {}).items():
        if kind == "email" and not email:
            continue
        value = email if kind == "email" else client_ip(request)
        usage = get_usage(
            request,
            group=f"club:{scope}:{kind}:{about}" if about else f"club:{scope}:{kind}",
            key=lambda _group, _request, value=value: value,
            rate=rate,
            increment=count,
        )
        if usage is None:  # limits switched off, or the cache is down (fail open)
            continue
        over = usage["count"] > usage["limit"] if count else usage["count"] >= usage["limit"]
        if over:
            wait = max(wait, usage["time_left"], 1)
    return wait


def too_many_attempts(seconds):
    minutes = max(1, math.ceil(seconds / 60))
    return ngettext(
        "Too many attempts. Please try again in about %(minutes)d minute.",
        "Too many attempts. Please try again in about %(minutes)d minutes.",
        minutes,
    ) % {"minutes": minutes}


def refuse(form, seconds):
    """Keep her data bound to `form` and add the error; the form is not processed."""
    if form._errors is None:  # refused before validation (sign-in): nothing she sent is used
        form._errors = ErrorDict()
        form.cleaned_data = {}
    form.add_error(None, ValidationError(too_many_attempts(seconds), code=RATE_LIMITED))
    form.retry_after = seconds


def is_refused(form):
    return form.is_bound and form.has_error(NON_FIELD_ERRORS, RATE_LIMITED)


def within_limits(request, scope, form, email_field="email"):
    """For a valid form: count the submission; over a limit, refuse the form and say False."""
    wait = retry_after(request, scope, form.cleaned_data.get(email_field, ""))
    if wait:
        refuse(form, wait)
    return not wait


def limited(response, seconds):
    """HTTP 429 and Retry-After on the response to a refused attempt (`seconds` > 0)."""
    if seconds:
        response.status_code = 429
        response["Retry-After"] = str(seconds)
    return response


def render_form(request, template_name, form, context=None):
    """Render a form page for a function view; 429 when the form was refused."""
    response = render(request, template_name, {"form": form, **(context or {})})
    return limited(response, getattr(form, "retry_after", 0))


class RateLimitedFormMixin:
    """For a FormView: count each accepted submission under `rate_limit` (a key of
    settings.CLUB_RATE_LIMITS), per client address and per the form's email field.

    With `rate_limit_failures` (sign-in) only failed submissions count, and a visitor over the
    limit is refused before her form is even checked.
    """

    rate_limit = ""
    rate_limit_email_field = "email"
    rate_limit_failures = False

    def post(self, request, *args, **kwargs):
        if self.rate_limit_failures:
            wait = retry_after(request, self.rate_limit, count=False)
            if wait:
                form = self.get_form()
                refuse(form, wait)
                return self.form_invalid(form)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        if not self.rate_limit_failures and not within_limits(
            self.request, self.rate_limit, form, self.rate_limit_email_field
        ):
            return self.form_invalid(form)
        return super().form_valid(form)

    def form_invalid(self, form):
        if self.rate_limit_failures and not is_refused(form):
            retry_after(self.request, self.rate_limit)
        return limited(super().form_invalid(form), getattr(form, "retry_after", 0))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rate_limited"] = is_refused(context["form"])
        return context
