"""Demo content of the Club space, seeded by `manage.py seed_demo` (idempotent).

Directory entries of five demo members, and two example initiatives with offers of help and
comments, each written in its author's language. Texts: home/club/demo_data/club.yaml. Skips
quietly when the members seed has not run.
"""

from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from home.members.demo import DEMO_MEMBER_USERNAMES
from home.seeding import LANGUAGE_CODES, load_demo_data, localized
from home.tracks import Track

from .attachments import providers
from .models import ClubProfile, Comment, Initiative, OfferOfHelp

DATA = Path(__file__).resolve().parent / "demo_data" / "club.yaml"
CONTACTS = ("show_telegram", "show_phone", "show_email")


def _in_her_language(user, value):
    code = getattr(getattr(user, "member_profile", None), "preferred_language", "") or "ky"
    return localized(value, code if code in LANGUAGE_CODES else "ky")


def _tracks(slugs):
    return list(Track.objects.filter(slug__in=slugs, locale__language_code="ky"))


def _directory(entries, members):
    for entry in entries:
        user = members.get(entry["member"])
        if user is None:
            continue
        profile, created = ClubProfile.objects.get_or_create(
            user=user,
            defaults={
                "listed": True,
                "about": _in_her_language(user, entry["about"]),
                **{name: entry.get(name, False) for name in CONTACTS},
            },
        )
        if created:
            profile.tracks.set(_tracks(entry["tracks"]))


def _first_attachment(user, key):
    provider = providers().get(key)
    choices = provider.choices(user) if provider else []
    return f"{key}:{choices[0][0]}" if choices else ""


def _initiative(plan, author, now):
    title = _in_her_language(author, plan["title"])
    existing = Initiative.objects.filter(author=author, title=title).first()
    if existing:
        return existing, False
    profile = author.member_profile
    initiative = Initiative.objects.create(
        author=author,
        title=title,
        problem=_in_her_language(author, plan["problem"]),
        goal=_in_her_language(author, plan["goal"]),
        help_needed=_in_her_language(author, plan["help_needed"]),
        municipality=profile.municipality,
        oblast=profile.oblast,
        track=Track.objects.filter(slug=plan["track"], locale__language_code="ky").first(),
        status=plan["status"],
        featured=plan["featured"],
        attachment=_first_attachment(author, plan["attach"]) if "attach" in plan else "",
        language=profile.preferred_language,
        created_at=now - timedelta(days=plan["days_ago"]),
    )
    return initiative, True


def _answers(initiative, plan, members, now):
    content_type = ContentType.objects.get_for_model(Initiative)
    for offer in plan["offers"]:
        user = members.get(offer["member"])
        if user is not None:
            OfferOfHelp.objects.create(
                initiative=initiative,
                author=user,
                message=_in_her_language(user, offer["message"]),
                created_at=now - timedelta(days=offer["days_ago"]),
            )
    for comment in plan["comments"]:
        user = members.get(comment["member"])
        if user is not None:
            Comment.objects.create(
                content_type=content_type,
                object_id=initiative.pk,
                author=user,
                text=_in_her_language(user, comment["text"]),
                created_at=now - timedelta(days=comment["days_ago"]),
            )


def seed(command):
    """Create this app's demo content once; running it twice changes nothing."""
    users = get_user_model().objects.select_related("member_profile")
    members = {u.username: u for u in users.filter(username__in=DEMO_MEMBER_USERNAMES)}
    if not members:
        command.stdout.write("club: demo members missing, skipped")
        return
    data = load_demo_data(DATA)
    _directory(data["directory"], members)
    now = timezone.now()
    for plan in data["initiatives"]:
        author = members.get(plan["author"])
        if author is None:
            continue
        initiative, created = _initiative(plan, author, now)
        if created:
            _answers(initiative, plan, members, now)
    command.stdout.write(f"club: directory and initiatives for {len(members)} members")
