"""Creating members: approving an application or inviting by email."""

import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.permission_policies import ModelPermissionPolicy

from home.emails import preferred_language, send_email, send_member_email

from .models import MemberProfile, MembershipApplication
from .roles import MEMBERS


class MemberAlreadyExists(Exception):
    """An account with this email exists already."""


def unique_username(email):
    User = get_user_model()
    base = re.sub(r"[^a-z0-9_.-]", "", email.split("@")[0].lower())[:24] or "member"
    username, number = base, 1
    while User.objects.filter(username=username).exists():
        number += 1
        username = f"{base}{number}"
    return username


def set_password_url(user, language):
    uidb64 = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    with translation.override(language):
        return reverse("members:set_password", kwargs={"uidb64": uidb64, "token": token})


def send_welcome_email(user):
    profile = user.member_profile
    send_member_email(
        user,
        "members/emails/welcome",
        {
            "profile": profile,
            "set_password_path": set_password_url(user, profile.preferred_language),
        },
    )


@transaction.atomic
def create_member(*, email, full_name, role, oblast, municipality="", phone="", language="ky"):
    """A new active account without a usable password, in the Members group."""
    User = get_user_model()
    if User.objects.filter(email__iexact=email).exists():
        raise MemberAlreadyExists(email)
    user = User(username=unique_username(email), email=email.lower(), is_active=True)
    user.set_unusable_password()
    user.save()
    MemberProfile.objects.create(
        user=user,
        full_name=full_name,
        role=role,
        oblast=oblast,
        municipality=municipality,
        phone=phone,
        preferred_language=language,
    )
    user.groups.add(Group.objects.get_or_create(name=MEMBERS)[0])
    return user


def approve_application(application, decided_by):
    """Create the account, put her in Members and email her a set-password link."""
    with transaction.atomic():
        user = create_member(
            email=application.email,
            full_name=application.full_name,
            role=application.role,
            oblast=application.oblast,
            municipality=application.municipality,
            phone=application.phone,
            language=application.preferred_language,
        )
        application.status = MembershipApplication.Status.APPROVED
        application.user = user
        application.decided_by = decided_by
        application.decided_at = timezone.now()
        application.save()
    send_welcome_email(user)
    return user


def decline_application(application, decided_by):
    application.status = MembershipApplication.Status.DECLINED
    application.decided_by = decided_by
    application.decided_at = timezone.now()
    application.save()
    send_email(
        "members/emails/declined",
        {"application": application},
        to=[application.email],
        language=application.preferred_language,
    )


def notify_editors_of_application(application):
    """Tell everyone who may decide on applications, each in her own language, that one waits."""
    editors = (
        ModelPermissionPolicy(MembershipApplication)
        .users_with_permission("change")
        .filter(is_active=True)
        .exclude(email="")
        .select_related("member_profile")
        .distinct()
    )
    review_path = reverse("club_applications:review", args=(application.pk,))
    for editor in editors:
        send_member_email(
            editor,
            "members/emails/new_application",
            {
                "application": application,
                "review_url": settings.WAGTAILADMIN_BASE_URL + review_path,
            },
        )


def invite_member(*, email, full_name, role, oblast, language, municipality=""):
    user = create_member(
        email=email,
        full_name=full_name,
        role=role,
        oblast=oblast,
        municipality=municipality,
        language=language,
    )
    send_welcome_email(user)
    return user


def receive_application(form, language):
    """Save a new application and tell the editors; the page she sees next is the same either way.

    An address that already has an account, or an application waiting for review, gets an
    email saying so instead (in its owner's language): only she learns it, not whoever typed it.
    Returns the new application, or None.
    """
    email = form.cleaned_data["email"]
    user = (
        get_user_model()
        .objects.filter(email__iexact=email)
        .select_related("member_profile")
        .order_by("pk")
        .first()
    )
    waiting = MembershipApplication.objects.filter(
        email__iexact=email, status=MembershipApplication.Status.PENDING
    ).first()
    if user is not None:
        _send_join_again(user.email, preferred_language(user), has_account=True)
        return None
    if waiting is not None:
        _send_join_again(waiting.email, waiting.preferred_language, has_account=False)
        return None
    application = form.save(commit=False)
    application.preferred_language = language
    application.consent = True
    application.save()
    notify_editors_of_application(application)
    return application


def _send_join_again(email, language, *, has_account):
    """Tell the owner of an address that someone tried to join with it, and what she can do."""
    with translation.override(language):  # her language's URLs
        context = {
            "has_account": has_account,
            "login_url": settings.SITE_BASE_URL + reverse("login"),
            "reset_url": settings.SITE_BASE_URL + reverse("password_reset"),
        }
    send_email("members/emails/join_again", context, to=[email], language=language)
