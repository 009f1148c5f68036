"""Demo circles: two circles in different oblasts, led by the demo mentor, three members and
a course each, two upcoming meetings, texts in the circle's language marked as examples;
seeding twice changes nothing."""

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from courses.circles import demo
from courses.circles.models import Circle, CircleCourse, CircleMeeting
from home.members.demo import MENTOR_USERNAME


def snapshot():
    return sorted(
        (c.name, c.oblast, c.starts_on, c.place, tuple(sorted(m.username for m in c.members.all())))
        for c in Circle.objects.prefetch_related("members")
    ), sorted(CircleMeeting.objects.values_list("circle__name", "topic", "starts_at"))


def test_demo_circles_once(seed_command, demo_site):
    circles = list(Circle.objects.prefetch_related("mentors", "members"))
    assert len(circles) == 2
    assert len({circle.oblast for circle in circles}) == 2
    for circle in circles:
        assert [m.username for m in circle.mentors.all()] == [MENTOR_USERNAME]
        assert circle.members.count() == 3
        assert "(мисал)" in circle.name or "(пример)" in circle.name
        upcoming = CircleMeeting.objects.filter(circle=circle, starts_at__gt=timezone.now())
        assert upcoming.count() == 2
        assert all(
            topic.startswith(("Мисал", "Пример"))
            for topic in upcoming.values_list("topic", flat=True)
        )
    assert CircleCourse.objects.count() == 2
    before = snapshot()
    demo.seed(seed_command)
    assert snapshot() == before

    client = Client()
    client.force_login(circles[0].members.first())
    html = client.get(reverse("home:dashboard")).content.decode()
    assert circles[0].name in html


def test_demo_circles_skip_without_accounts(seed_command, db):
    demo.seed(seed_command)
    assert not Circle.objects.exists()
