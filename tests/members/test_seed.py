"""The members demo seed is idempotent and creates the accounts the other apps expect."""

import pytest
from django.contrib.auth.models import User

from home.members import demo
from home.members.access import is_editor, is_mentor

pytestmark = pytest.mark.django_db


def test_seed_twice(seed_command):
    demo.seed(seed_command)
    demo.seed(seed_command)
    mentor = User.objects.get(username=demo.MENTOR_USERNAME)
    assert mentor.member_profile.full_name == "Салия Акулова"
    assert is_mentor(mentor)
    assert is_editor(User.objects.get(username=demo.EDITOR_USERNAME))
    members = User.objects.filter(username__in=demo.DEMO_MEMBER_USERNAMES)
    assert members.count() == len(demo.DEMO_MEMBER_USERNAMES) >= 5
    oblasts = set(members.values_list("member_profile__oblast", flat=True))
    assert {"jalal-abad", "issyk-kul", "naryn", "osh"} <= oblasts
