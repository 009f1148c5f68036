"""Demo accounts of the members app, seeded by `manage.py seed_demo` (must be idempotent).

The accounts and their profiles are data: home/members/demo_data/accounts.yaml. Their
passwords are printed: development machines only (seed_demo checks
settings.DEMO_CONTENT_ALLOWED before calling us).
"""

from pathlib import Path

from django.contrib.auth.models import Group

from home.seeding import ensure_user, load_demo_data

from .models import MemberProfile, OblastAssignment
from .roles import EDITORS, MEMBERS, MENTORS, REGIONAL_COORDINATORS

ACCOUNTS = load_demo_data(Path(__file__).resolve().parent / "demo_data" / "accounts.yaml")
STAFF = {account["label"]: account for account in ACCOUNTS["staff"]}
MENTOR_USERNAME = STAFF["mentor"]["username"]
EDITOR_USERNAME = STAFF["editor"]["username"]
COORDINATOR_USERNAME = STAFF["regional coordinator"]["username"]
DEMO_MEMBER_USERNAMES = [account["username"] for account in ACCOUNTS["members"]]
# Printed on the console by seed_demo; never used outside development.
DEMO_PASSWORD = ACCOUNTS["password"]

# What a demo profile has unless its data file says otherwise.
PROFILE_DEFAULTS = {"municipality": "", "phone": "", "telegram_username": "", "is_example": False}

# The data file names groups by these keys; the group names themselves are labels.
GROUPS = {
    "members": MEMBERS,
    "mentors": MENTORS,
    "editors": EDITORS,
    "regional_coordinators": REGIONAL_COORDINATORS,
}


def _ensure_account(command, label, account):
    """A demo user with her profile and Club groups; looked up by username, so idempotent."""
    profile = dict(account)
    username = profile.pop("username")
    first, last = profile.pop("first_name"), profile.pop("last_name")
    groups = profile.pop("groups", ["members"])
    coordinated = profile.pop("coordinates", [])
    profile.pop("label", None)
    user = ensure_user(
        command,
        label,
        username,
        f"{username}@example.org",
        DEMO_PASSWORD,
        first_name=first,
        last_name=last,
    )
    user.groups.add(*(Group.objects.get_or_create(name=GROUPS[key])[0] for key in groups))
    # Written over on every run, so a demo database seeded before a fix loses what the data
    # file no longer says (an invented phone, say); a field left out of the file is empty.
    MemberProfile.objects.update_or_create(
        user=user, defaults={**PROFILE_DEFAULTS, "full_name": f"{first} {last}", **profile}
    )
    for oblast in coordinated:
        OblastAssignment.objects.get_or_create(user=user, oblast=oblast)
    return user


def seed(command):
    """Create or update this app's demo accounts; running it twice changes nothing."""
    for account in ACCOUNTS["staff"]:
        _ensure_account(command, account["label"], account)
    for account in ACCOUNTS["members"]:
        _ensure_account(command, "member", account)
