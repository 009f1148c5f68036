"""Comments under any Club post, for this app's views and for features' (shared reflections).

A view shows `discussion_context(post)` with the template club/includes/comments.html and,
on POST, calls `post_comment(...)`; a refused or invalid form comes back with her text.
"""

from django.contrib import messages
from django.utils.translation import gettext as _

from home.ratelimits import is_refused, limited, refuse

from .forms import CommentForm
from .services import add_comment, comments_on, posting_wait

REPLY_RATE = "club_reply"


def checked(request, form, scope):
    """True when `form` is valid and she is within the posting limit of `scope`."""
    if not form.is_valid():
        return False
    wait = posting_wait(request, scope)
    if wait:
        refuse(form, wait)
        return False
    return True


def with_form_status(response, *forms):
    """429 and Retry-After when a form was refused by a rate limit, 400 when one has errors."""
    bound = [form for form in forms if form is not None and form.is_bound]
    refused = [form for form in bound if is_refused(form)]
    if refused:
        return limited(response, max(form.retry_after for form in refused))
    if any(form.errors for form in bound):
        response.status_code = 400
    return response


def post_comment(request, post, *, url_name, title):
    """Handle her comment on `post`; returns the form (bound, and the comment when saved)."""
    form = CommentForm(request.POST)
    form.comment = None
    if checked(request, form, REPLY_RATE):
        form.comment = add_comment(
            post, request.user, form.cleaned_data["text"], url_name=url_name, title=title
        )
        messages.success(request, _("Your comment is published."))
    return form


def discussion_context(post, form=None):
    return {"comments": list(comments_on(post)), "comment_form": form or CommentForm()}
