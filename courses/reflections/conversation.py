"""The conversation on a reflection once her mentor has answered it.

The member asks on her reflection page, a reviewer in scope replies on the review page; the
reflection's status never changes. Each message is emailed to the other side through the
outbox, in the recipient's language. Her message goes to the reviewer who last wrote to her
(a reply, else the feedback) while she may still review it, else to the course's mentor:
the person she is talking with, not every editor who could read it.
"""

import logging

from django.apps import apps
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.users.models import UserProfile

from home.club.discussion import checked
from home.emails import preferred_language, send_member_email
from home.members.models import member_name

from .forms import MessageForm
from .lessons import absolute, reflection_link
from .models import Feedback, ReflectionMessage
from .scope import reviewable_reflections

logger = logging.getLogger(__name__)

RATE_SCOPE = "reflection_message"


def is_open(reflection):
    """A conversation starts with her mentor's feedback."""
    return reflection is not None and reflection.pk is not None and reflection.answered_at


def thread_queryset():
    return ReflectionMessage.objects.select_related("author", "author__member_profile")


def named(thread):
    """The messages in order, each with `author_name` as the Club names people."""
    thread = list(thread)
    for message in thread:
        message.author_name = member_name(message.author) if message.author else _("A mentor")
    return thread


def unread_replies():
    """Exists: the reflection has a reviewer's message she has not seen yet."""
    return Exists(
        ReflectionMessage.objects.filter(
            reflection=OuterRef("pk"), by_member=False, read_at__isnull=True
        )
    )


def mark_read(reflection, by_member):
    """The other side's messages on `reflection` are now seen."""
    reflection.messages.filter(by_member=not by_member, read_at__isnull=True).update(
        read_at=timezone.now()
    )


def unanswered_messages_for(user):
    """Members' messages waiting for a reply from `user`: the last word on a reflection she
    may review is the member's."""
    later = ReflectionMessage.objects.filter(
        reflection=OuterRef("reflection"), pk__gt=OuterRef("pk")
    )
    return (
        ReflectionMessage.objects.filter(
            by_member=True, reflection__in=reviewable_reflections(user).values("pk")
        )
        .exclude(Exists(later))
        .order_by("created_at", "pk")
    )


def may_review(user, reflection):
    return (
        user is not None
        and user.is_active
        and reviewable_reflections(user).filter(pk=reflection.pk).exists()
    )


def mentors_to_tell(reflection):
    """Who receives her message (see the module's docstring)."""
    last_reply = (
        reflection.messages.filter(by_member=False, author__isnull=False)
        .select_related("author")
        .last()
    )
    last_feedback = (
        Feedback.objects.filter(reflection=reflection, mentor__isnull=False)
        .select_related("mentor")
        .last()
    )
    written = [
        (item.created_at, person)
        for item, person in (
            (last_reply, last_reply and last_reply.author),
            (last_feedback, last_feedback and last_feedback.mentor),
        )
        if item is not None
    ]
    if written:
        latest = max(written, key=lambda pair: pair[0])[1]
        if may_review(latest, reflection):
            return [latest]
    course_page = apps.get_model("courses", "CoursePage")  # by name: see scope.py
    mentors = course_page.objects.filter(translation_key=reflection.course_key).values("mentor")
    return list(get_user_model().objects.filter(pk__in=mentors, is_active=True))


def reviewer_language(user):
    """Her member profile's language, else the admin language she chose, else the site's."""
    profile = getattr(user, "member_profile", None)
    if profile is not None and profile.preferred_language:
        return profile.preferred_language
    chosen = UserProfile.objects.filter(user=user).values_list("preferred_language", flat=True)
    language = chosen.first() or ""
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def _email(recipient, context, language):
    if not recipient.email:
        return
    try:
        send_member_email(
            recipient,
            "reflections/emails/message",
            context,
            language=language,
        )
    except OSError:  # the message is saved all the same; the outbox retries
        logger.exception("Could not email a message on a reflection")


def notify(message, request=None):
    """Email the other side, each recipient in her own language."""
    reflection = message.reflection
    if message.by_member:
        url = absolute(reverse("reflections_review:detail", args=[reflection.pk]))
        for mentor in mentors_to_tell(reflection):
            language = reviewer_language(mentor)
            title, _url = reflection_link(reflection, language, request)
            _email(
                mentor,
                {
                    "message": message,
                    "member_name": member_name(reflection.user),
                    "lesson_title": title,
                    "url": url + "#conversation",
                },
                language,
            )
        return
    member = reflection.user
    profile = getattr(member, "member_profile", None)
    if not member.is_active or not getattr(profile, "notify_feedback", True):
        return
    language = preferred_language(member)
    title, url = reflection_link(reflection, language, request)
    _email(
        member,
        {
            "message": message,
            "lesson_title": title,
            "url": url + "#conversation" if url else "",
            "to_member": True,
        },
        language,
    )


def add_message(reflection, author, body, by_member, request=None):
    message = ReflectionMessage.objects.create(
        reflection=reflection, author=author, body=body, by_member=by_member
    )
    notify(message, request)
    return message


def post_message(request, reflection, by_member):
    """Handle a posted message; returns the form (bound, `.message` set when saved)."""
    form = MessageForm(request.POST)
    form.message = None
    if checked(request, form, RATE_SCOPE):
        form.message = add_message(
            reflection, request.user, form.cleaned_data["body"], by_member, request
        )
        messages.success(request, _("Your message was sent."))
    return form
