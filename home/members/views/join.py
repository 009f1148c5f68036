"""The public "Join the Club" application form."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from home.ratelimits import render_form, within_limits

from ..forms import JoinForm
from ..services import notify_editors_of_application


@never_cache
def join(request):
    if request.user.is_authenticated:
        messages.info(request, _("You already have an account in the Club."))
        return redirect("members:account")
    if request.method == "POST":
        form = JoinForm(request.POST)
        if form.is_valid() and within_limits(request, "join", form):
            application = form.save(commit=False)
            application.preferred_language = get_language()
            application.consent = True
            application.save()
            notify_editors_of_application(application)
            return redirect("members:join_thanks")
    else:
        form = JoinForm()
    return render_form(request, "members/join.html", form)


def join_thanks(request):
    return render(request, "members/join_thanks.html")
