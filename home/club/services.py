"""What members do in the Club space: post, offer help, comment, report; and who is told.

The author of an initiative (or of any post members comment on) gets an email in her own
language, unless she switched these emails off in her Club profile. An email that cannot be
sent never undoes what the other member posted.
"""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction

from home.emails import send_member_email
from home.members.models import member_name
from home.ratelimits import retry_after

from .models import ClubProfile, Comment, OfferOfHelp, Report

logger = logging.getLogger(__name__)


def posting_wait(request, scope):
    """Seconds before she may post under `scope` again (0: go ahead); counts this attempt.

    Counted per client address and per member account (the limiter's "email" key).
    """
    return retry_after(request, scope, email=f"member-{request.user.pk}")


def wants_replies(user):
    profile = ClubProfile.objects.filter(user=user).only("notify_replies").first()
    return profile is None or profile.notify_replies


def notify_author(author, actor, kind, context):
    """Email `author` that `actor` answered her post (`kind`: "offer" or "comment")."""
    if author is None or author.pk == actor.pk or not author.is_active or not author.email:
        return
    if not wants_replies(author):
        return
    try:
        send_member_email(
            author,
            f"club/emails/{kind}",
            {"author_name": member_name(author), "actor_name": member_name(actor), **context},
        )
    except OSError:  # SMTP errors are OSErrors: her answer is saved all the same
        logger.exception("Could not email the author of a Club post")


def create_initiative(form, author, language):
    initiative = form.save(commit=False)
    initiative.author = author
    initiative.language = language
    initiative.save()
    return initiative


def offer_help(initiative, author, message):
    """Her offer (one per member and initiative). Returns (offer, created)."""
    try:
        with transaction.atomic():
            offer = OfferOfHelp.objects.create(
                initiative=initiative, author=author, message=message
            )
    except IntegrityError:
        return OfferOfHelp.objects.get(initiative=initiative, author=author), False
    notify_author(
        initiative.author,
        author,
        "offer",
        {
            "title": initiative.title,
            "text": message,
            "url_name": "club:initiative",
            "pk": initiative.pk,
        },
    )
    return offer, True


def add_comment(post, author, text, *, url_name, title):
    """A comment on `post` (an initiative, or a feature's post); its author is told.

    `url_name` is the view that shows `post` (its only argument the post's pk), `title` what
    the email calls the post.
    """
    comment = Comment.objects.create(target=post, author=author, text=text)
    notify_author(
        post.club_author(),
        author,
        "comment",
        {"title": title, "text": text, "url_name": url_name, "pk": post.pk},
    )
    return comment


def comments_on(post):
    """Visible comments on `post`, oldest first, with their authors' names (one query)."""
    return (
        Comment.objects.filter(
            content_type=ContentType.objects.get_for_model(post), object_id=post.pk, hidden=False
        )
        .select_related("author__member_profile")
        .order_by("created_at", "pk")
    )


def report_post(post, reporter, reason, details):
    """Her report of `post` (one per member and post). Returns (report, created)."""
    content_type = ContentType.objects.get_for_model(post)
    try:
        with transaction.atomic():
            report = Report.objects.create(
                content_type=content_type,
                object_id=post.pk,
                reporter=reporter,
                reason=reason,
                details=details,
            )
    except IntegrityError:
        return Report.objects.get(
            content_type=content_type, object_id=post.pk, reporter=reporter
        ), False
    return report, True
