"""Demo circles, seeded by `manage.py seed_demo` (idempotent): two circles in different
oblasts, led by the demo mentor, three demo members each, a demo course, a start date and two
upcoming meetings. Texts: courses/circles/demo_data/circles.yaml. Skips quietly when the
members or courses seeds have not run.
"""

from datetime import datetime, time, timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.utils import timezone

from courses.models import CoursePage
from home.members.demo import MENTOR_USERNAME
from home.seeding import load_demo_data, localized

from .models import Circle, CircleCourse, CircleMeeting

DATA = Path(__file__).resolve().parent / "demo_data" / "circles.yaml"


def _course_keys(slugs):
    pages = CoursePage.objects.filter(locale__language_code="ky", slug__in=slugs)
    return dict(pages.values_list("slug", "translation_key"))


def _at(today, days, hour):
    """`days` from today at `hour` o'clock in the site's time zone (Asia/Bishkek)."""
    day = today + timedelta(days=days)
    return timezone.make_aware(datetime.combine(day, time(hour)))


def ensure_circle(data, mentor, people, course_key, today):
    texts = localized(data, data["language"])
    circle = Circle.objects.filter(name=texts["name"]).first() or Circle(name=texts["name"])
    circle.oblast = data["oblast"]
    circle.starts_on = today + timedelta(days=data["starts_in_days"])
    circle.schedule = texts["schedule"]
    circle.meets_online = data["meets_online"]
    circle.place = texts["place"]
    circle.mentors.set([mentor])
    circle.members.set([people[name] for name in data["members"] if name in people])
    circle.save()
    CircleCourse.objects.get_or_create(circle=circle, course_key=course_key)
    for meeting in texts["meetings"]:
        CircleMeeting.objects.update_or_create(
            circle=circle,
            topic=meeting["topic"],
            defaults={"starts_at": _at(today, meeting["in_days"], meeting["hour"])},
        )
    return circle


def seed(command):
    """Create or update the demo circles; running it twice changes nothing."""
    data = load_demo_data(DATA)["circles"]
    users = get_user_model().objects
    mentor = users.filter(username=MENTOR_USERNAME).first()
    names = {name for circle in data for name in circle["members"]}
    people = {user.username: user for user in users.filter(username__in=names)}
    keys = _course_keys({circle["course"] for circle in data})
    if mentor is None or not people or not keys:
        command.stdout.write("circles: demo members or courses missing, skipped")
        return
    today = timezone.localdate()
    circles = [
        ensure_circle(circle, mentor, people, keys[circle["course"]], today)
        for circle in data
        if circle["course"] in keys
    ]
    command.stdout.write(f"Circles: {len(circles)} demo circles led by the demo mentor")
