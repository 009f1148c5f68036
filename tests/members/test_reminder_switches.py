"""Her reminder switches on the account page: shown, saved, and in her data export."""

import json

import pytest

from home.members.models import MemberProfile

from .test_account import profile_data

pytestmark = pytest.mark.django_db
SWITCHES = ("notify_new_courses", "notify_course_nudge", "notify_reflection_digest")


def test_the_account_page_shows_and_saves_every_reminder_switch(client, member):
    client.force_login(member)
    page = client.get("/en/account/").content.decode()
    for name in ("notify_events", *SWITCHES):
        assert f'name="{name}"' in page
    client.post("/en/account/", profile_data(notify_course_nudge="on"))
    profile = MemberProfile.objects.get(user=member)
    assert profile.notify_course_nudge
    assert not profile.notify_new_courses and not profile.notify_reflection_digest
    exported = json.loads(client.get("/en/account/export/").content)["sections"]
    assert exported["profile"]["notify_course_nudge"] is True
