"""The members demo seed is idempotent and creates the accounts the other apps expect."""

import pytest
from django.contrib.auth.models import User

from courses.reflections.scope import is_reviewer
from home.members import demo
from home.members.access import follows_all_members

pytestmark = pytest.mark.django_db


def test_seed_twice(seed_command):
    demo.seed(seed_command)
    demo.seed(seed_command)
    mentor = User.objects.get(username=demo.MENTOR_USERNAME)
    assert mentor.member_profile.full_name == "Салия Акулова"
    assert is_reviewer(mentor) and not follows_all_members(mentor)
    assert follows_all_members(User.objects.get(username=demo.EDITOR_USERNAME))
    coordinator = User.objects.get(username=demo.COORDINATOR_USERNAME)
    assert list(coordinator.oblast_assignments.values_list("oblast", flat=True)) == ["jalal-abad"]
    members = User.objects.filter(username__in=demo.DEMO_MEMBER_USERNAMES)
    assert members.count() == len(demo.DEMO_MEMBER_USERNAMES) >= 5
    oblasts = set(members.values_list("member_profile__oblast", flat=True))
    assert {"jalal-abad", "issyk-kul", "naryn", "osh"} <= oblasts
