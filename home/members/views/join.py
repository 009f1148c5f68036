"""The public "Join the Club" application form."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from home.cache import private_view
from home.ratelimits import refuse, render_form, retry_after

from ..forms import JoinForm
from ..services import receive_application


@private_view
def join(request):
    if request.user.is_authenticated:
        messages.info(request, _("You already have an account in the Club."))
        return redirect("members:account")
    if request.method == "POST":
        form = JoinForm(request.POST)
        # Every post counts, valid or not: the form is no free probe of who has applied.
        wait = retry_after(request, "join", request.POST.get("email", ""))
        if wait:
            refuse(form, wait)
        elif form.is_valid():
            receive_application(form, get_language())
            return redirect("members:join_thanks")
    else:
        form = JoinForm()
    return render_form(request, "members/join.html", form)


def join_thanks(request):
    return render(request, "members/join_thanks.html")
