"""One way to ask "may she?" (home/permissions.py): the same answer for one person and for
the list of people holding a permission, with one rule for deactivated accounts and
superusers."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group, User

from home.permissions import groups_with_permission, may, permission_rows, users_with_permission

pytestmark = pytest.mark.django_db

REVIEW = "reflections.review_reflection"


@pytest.fixture
def people():
    reviewers = Group.objects.create(name="Anything at all")
    reviewers.permissions.add(*permission_rows(REVIEW))
    second = Group.objects.create(name="Another group holding it")
    second.permissions.add(*permission_rows(REVIEW))

    def user(name, **extra):
        return User.objects.create_user(name, password="x", **extra)

    through_groups = user("mentor")
    through_groups.groups.add(reviewers, second)
    direct = user("direct")
    direct.user_permissions.add(*permission_rows(REVIEW))
    gone = user("gone", is_active=False)
    gone.groups.add(reviewers)
    return {
        "through two groups": through_groups,
        "given directly": direct,
        "superuser": user("admin", is_superuser=True),
        "deactivated": gone,
        "deactivated superuser": user("old-admin", is_superuser=True, is_active=False),
        "nothing": user("member"),
    }


def test_one_person_and_the_list_agree(people):
    holders = list(users_with_permission(REVIEW))
    for who, user in people.items():
        assert may(user, REVIEW) == (user in holders), who
    assert {user.username for user in holders} == {"mentor", "direct", "admin"}
    assert len(holders) == 3  # each once, though "mentor" holds it through two groups


def test_a_visitor_may_nothing():
    assert not may(AnonymousUser(), REVIEW)


def test_groups_are_found_by_what_they_hold_not_their_name(people):
    Group.objects.create(name="Reviewers in name only")
    names = set(groups_with_permission(REVIEW).values_list("name", flat=True))
    assert {"Anything at all", "Another group holding it"} <= names
    assert "Reviewers in name only" not in names
    assert len(names) == groups_with_permission(REVIEW).count()  # each group once
