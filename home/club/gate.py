"""The Club space's one gate: members only, and never kept by a shared cache."""

from functools import wraps

from django.utils.translation import gettext_lazy as _

from home.cache import private_view
from home.members.access import members_only_refusal

REASON = _("The Club's space is open to members of the Club only.")


def members_only(view):
    """Visitors are sent to sign in (and back); signed-in non-members get the 403 page."""

    @private_view
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        refusal = members_only_refusal(request, REASON)
        if refusal is not None:
            return refusal
        return view(request, *args, **kwargs)

    return wrapped


def posted(request):
    """The submitted form data on POST (even when empty), None on GET: binds a form."""
    return request.POST if request.method == "POST" else None
