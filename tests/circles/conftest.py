"""Circles tests: the reflections tests' people and courses, and circles made directly."""

from datetime import date

from courses.circles.models import Circle, CircleCourse
from tests.reflections.conftest import courses, english_admin, people  # noqa: F401 (fixtures)

CIRCLES = "/admin/club-circles/"


def make_circle(name, oblast, mentors, members, course_pages=(), starts_on=None, **extra):
    circle = Circle.objects.create(
        name=name, oblast=oblast, starts_on=starts_on or date(2026, 9, 1), **extra
    )
    circle.mentors.set(mentors)
    circle.members.set(members)
    circle.save()  # a cluster's many-to-many relations are written when it is saved
    for course in course_pages:
        CircleCourse.objects.create(circle=circle, course_key=course.translation_key)
    return circle
