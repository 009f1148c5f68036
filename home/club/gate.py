"""The Club space's one gate: members only, and never kept by a shared cache."""

from django.utils.translation import gettext_lazy as _

from home.members import access

REASON = _("The Club's space is open to members of the Club only.")

#: The members-only gate (home/members/access.py), saying why in the Club space's words.
members_only = access.members_only(reason=REASON)


def posted(request):
    """The submitted form data on POST (even when empty), None on GET: binds a form."""
    return request.POST if request.method == "POST" else None
