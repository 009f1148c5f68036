"""Fixtures of the members tests."""

import pytest
from django.contrib.auth.models import Group, User

from home.members.choices import ClubRole, Oblast
from home.members.models import MemberProfile, MembershipApplication, OblastAssignment
from home.members.roles import EDITORS, MEMBERS, REGIONAL_COORDINATORS

PASSWORD = "Kenesh-2026-strong!"


def make_member(username, *, language="ky", oblast=Oblast.OSH, group=MEMBERS, **profile):
    user = User.objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=group))
    MemberProfile.objects.create(
        user=user,
        full_name=profile.pop("full_name", username.title()),
        role=profile.pop("role", ClubRole.DEPUTY),
        oblast=oblast,
        preferred_language=language,
        **profile,
    )
    if group == REGIONAL_COORDINATORS:
        # Her scope is what editors assign, not her own profile.
        OblastAssignment.objects.create(user=user, oblast=oblast)
    return user


def make_application(full_name="Чолпон", email="c@example.org", **fields):
    """A pending application to join the Club, every required answer filled in."""
    answers = {
        "phone": "+996555000000",
        "role": "deputy",
        "oblast": "osh",
        "municipality": "Ош",
        "motivation": "…",
        "consent": True,
    }
    answers.update(fields)
    return MembershipApplication.objects.create(full_name=full_name, email=email, **answers)


@pytest.fixture
def member(db):
    return make_member("aigul", full_name="Айгүл Токтогулова", phone="+996555101201")


@pytest.fixture
def other_member(db):
    return make_member("gulnara", language="ru", full_name="Гульнара Исмаилова")


@pytest.fixture
def editor(db):
    return make_member("editor", group=EDITORS, full_name="Айпери Садыкова")
