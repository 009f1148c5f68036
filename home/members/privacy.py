"""Privacy, as Moodle's privacy API does: export and erase a member's personal data.

Every app holding personal data registers a Wagtail hook:
- "register_member_data_export": fn(user) -> (section_name, JSON-serialisable data)
- "register_member_data_erasure": fn(user) -> None, for data not linked to the User by
  a cascading foreign key (e.g. a mailing-list subscription by email).
"""

from importlib import import_module

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail import hooks
from wagtail.models import ModelLogEntry

from .models import MemberProfile, MembershipApplication


def account_section(user):
    data = {
        "username": user.get_username(),
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
        "groups": sorted(user.groups.values_list("name", flat=True)),
    }
    return "account", data


def profile_section(user):
    profile = MemberProfile.objects.filter(user=user).first()
    if profile is None:
        return "profile", None
    return "profile", {
        "full_name": profile.full_name,
        "role": profile.role,
        "oblast": profile.oblast,
        "municipality": profile.municipality,
        "preferred_language": profile.preferred_language,
        "phone": profile.phone,
        "telegram_username": profile.telegram_username,
        "notify_feedback": profile.notify_feedback,
        "notify_events": profile.notify_events,
        "notify_news": profile.notify_news,
        "notify_new_courses": profile.notify_new_courses,
        "notify_course_nudge": profile.notify_course_nudge,
        "notify_reflection_digest": profile.notify_reflection_digest,
        "created_at": profile.created_at.isoformat(),
        "updated_at": profile.updated_at.isoformat(),
    }


def applications_section(user):
    rows = MembershipApplication.objects.filter(user=user).order_by("submitted_at")
    return "membership_applications", [
        {
            "full_name": a.full_name,
            "email": a.email,
            "phone": a.phone,
            "role": a.role,
            "oblast": a.oblast,
            "municipality": a.municipality,
            "motivation": a.motivation,
            "preferred_language": a.preferred_language,
            "consent": a.consent,
            "status": a.status,
            "submitted_at": a.submitted_at.isoformat(),
            "decided_at": a.decided_at.isoformat() if a.decided_at else None,
        }
        for a in rows
    ]


def collect_member_data(user):
    """Everything the site holds about `user`, section by section."""
    export = {"exported_at": timezone.now().isoformat(), "sections": {}}
    for fn in [account_section, *hooks.get_hooks("register_member_data_export")]:
        name, data = fn(user)
        export["sections"][name] = data
    return export


def erase_member(user):
    """Delete the account and, through cascades and erasure hooks, her personal data.

    Kept after deletion (and why) — see templates/members/delete_account.html:
    - content she published as an editor (pages, documents) stays, as the Club's
      publications; their revision author becomes empty;
    - counts in anonymous aggregate reports (no name attached) stay as numbers;
    - server logs and database backups roll over on their own schedule.
    """
    with transaction.atomic():
        for fn in hooks.get_hooks("register_member_data_erasure"):
            fn(user)
        # Her applications, also those by the same email never linked to the account.
        applications = MembershipApplication.objects.filter(user=user)
        if user.email:
            applications = applications | MembershipApplication.objects.filter(
                email__iexact=user.email
            )
        erase_admin_history(MembershipApplication, applications.values_list("pk", flat=True))
        applications.delete()
        erase_admin_history(
            MemberProfile, MemberProfile.objects.filter(user=user).values_list("pk", flat=True)
        )
        _erase_sign_in_records(user.get_username())
        _end_sessions(user)
        user.delete()


def erase_admin_history(model, pks):
    """Wagtail's admin history keeps each object's name (her full name) in `label`."""
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(model),
        object_id__in=[str(pk) for pk in pks],
    ).delete()


def _erase_sign_in_records(username):
    """django-axes keeps failed/successful sign-ins by username and IP address."""
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        model.objects.filter(username=username).delete()


def _end_sessions(user):
    """Sign her out on every device: delete each stored session that names her.

    Engines that keep sessions in the database (db, cached_db) can be searched; the others
    (cache, signed cookies) cannot, and their sessions end anyway with the account they name.
    """
    store_class = import_module(settings.SESSION_ENGINE).SessionStore
    if not hasattr(store_class, "get_model_class"):
        return
    sessions = store_class.get_model_class().objects.only("session_key", "session_data")
    for session in sessions.iterator():
        if str(session.get_decoded().get(SESSION_KEY)) == str(user.pk):
            store_class(session.session_key).delete()
