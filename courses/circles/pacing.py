"""Pacing by circle: a member learning a course with her circle starts when the circle does.

courses/pacing.py opens a lesson some days after the start; for a member in a circle taking
that course, the start is the circle's start date (the earliest, if she is in several).
"""

from django.db.models import Min

from .models import CircleCourse


def circle_start(user, course_key):
    """The date her circle for this course starts, or None when she is in no such circle."""
    links = CircleCourse.objects.filter(course_key=course_key, circle__members=user)
    return links.aggregate(start=Min("circle__starts_on"))["start"]
