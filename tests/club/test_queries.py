"""The directory and the initiatives list answer in the same number of queries, at most 15,
with 50 and with 5,000 members, in the same order."""

import pytest
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group, User
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.club.models import ClubProfile, Comment, Initiative, OfferOfHelp
from home.club.names import copy_sort_names
from home.members.choices import ClubRole, Oblast
from home.members.models import MemberProfile
from home.members.roles import MEMBERS

pytestmark = pytest.mark.django_db

LIMIT = 15
PAGES = [
    "/en/club/members/",
    "/en/club/members/?oblast=osh&track=budget&q=айгүл",
    "/en/club/initiatives/",
    "/en/club/initiatives/?status=idea&track=budget&q=угуу",
]


def grow(count, tracks):
    """`count` listed members in bulk, each with an initiative, an offer and a comment."""
    start = User.objects.count()
    password = make_password(None)
    users = User.objects.bulk_create(
        User(username=f"m{start + i}", email=f"m{start + i}@example.org", password=password)
        for i in range(count)
    )
    users = list(User.objects.filter(username__in=[u.username for u in users]))
    group = Group.objects.get(name=MEMBERS)
    User.groups.through.objects.bulk_create(
        User.groups.through(user_id=user.pk, group_id=group.pk) for user in users
    )
    oblasts, roles = list(Oblast.values), list(ClubRole.values)
    MemberProfile.objects.bulk_create(
        MemberProfile(
            user=user,
            full_name=f"Айгүл {user.pk}",
            role=roles[user.pk % len(roles)],
            oblast=oblasts[user.pk % len(oblasts)],
            municipality="Ат-Башы",
        )
        for user in users
    )
    profiles = ClubProfile.objects.bulk_create(
        ClubProfile(user=user, listed=True, about="Депутатмын.", show_email=True) for user in users
    )
    copy_sort_names()  # bulk_create skips save(), which copies her name
    ClubProfile.tracks.through.objects.bulk_create(
        ClubProfile.tracks.through(clubprofile_id=profile.pk, track_id=track.pk)
        for profile in profiles
        for track in tracks.values()
    )
    initiatives = Initiative.objects.bulk_create(
        Initiative(
            author=user,
            title=f"Угуу {user.pk}",
            problem="Көйгөй",
            goal="Максат",
            help_needed="Жардам",
            municipality="Ат-Башы",
            oblast=Oblast.OSH,
            track=tracks["budget"],
        )
        for user in users
    )
    OfferOfHelp.objects.bulk_create(
        OfferOfHelp(initiative=initiative, author=users[0], message="Жардам берем")
        for initiative in initiatives[1:]
    )
    Comment.objects.bulk_create(
        Comment(target=initiative, author=users[0], text="Жакшы") for initiative in initiatives
    )


def queries(client, url):
    # Warm the caches (content types, site root, the site chrome). Twice: the first request
    # of a fresh database creates the Club settings, which starts a new site generation.
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def test_constant_queries_at_50_and_5000_members(client, aigul, tracks, django_assert_num_queries):
    client.force_login(aigul)
    grow(50, tracks)
    small = {url: queries(client, url) for url in PAGES}
    assert max(small.values()) <= LIMIT, small
    grow(4950, tracks)
    assert User.objects.count() > 5000
    for url, expected in small.items():
        with django_assert_num_queries(expected):
            assert client.get(url).status_code == 200
    page = client.get("/en/club/members/").content.decode()
    assert page.count('class="card member-card"') == 24 and "5000 members" in page
    # Still in name order (the members were written in bulk, names copied in one UPDATE).
    first = MemberProfile.objects.filter(user__club_profile__listed=True).order_by("full_name")
    shown = [name.split("</h3>")[0] for name in page.split("<h3>")[1:]]
    assert shown == list(first.values_list("full_name", flat=True)[:24])
