"""Runs inside the live site (`manage.py shell -c`): the people the circle journey needs.

The demo data has only one member in the coordinator's oblast besides herself, and the other
journeys use the demo members; so this journey gets three members of its own in her oblast,
and, outside the demo mentor's scope, a member of another oblast in a circle the mentor does
not lead (not enrolled in any course: nothing of hers reaches the mentor through a course).
Every name says it is an example. Idempotent: a second call finds the same rows.
"""

import json

PASSWORD = "journey-circle-2026"
OBLAST = "jalal-abad"
OTHER_OBLAST = "naryn"
MEMBERS = [
    ("journey_circle_1", "Айжамал Мисалова (мисал)"),
    ("journey_circle_2", "Бактыгүл Мисалова (мисал)"),
    ("journey_circle_3", "Венера Мисалова (мисал)"),
]
OUTSIDER = ("journey_outsider", "Гүлзат Башкаоблусова (мисал)")
OUTSIDE_CIRCLE = "Нарын тобу — башка насаатчы (мисал)"


def _member(username, full_name, oblast):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from home.members.models import MemberProfile
    from home.members.roles import MEMBERS as MEMBERS_GROUP

    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": f"{username}@example.org"}
    )
    if created:
        user.set_password(PASSWORD)
        user.save(update_fields=["password"])
    user.groups.add(Group.objects.get(name=MEMBERS_GROUP))
    MemberProfile.objects.get_or_create(
        user=user,
        defaults={"full_name": full_name, "role": "deputy", "oblast": oblast},
    )
    return user


def _outside_circle(outsider):
    """A circle of another oblast, led by the demo editor, not by the demo mentor."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from courses.circles.models import Circle
    from home.members.demo import EDITOR_USERNAME

    circle, _ = Circle.objects.get_or_create(
        name=OUTSIDE_CIRCLE,
        defaults={"oblast": OTHER_OBLAST, "starts_on": timezone.localdate()},
    )
    circle.mentors.add(get_user_model().objects.get(username=EDITOR_USERNAME))
    circle.members.add(outsider)
    return circle


def main(lesson_key):
    from django.contrib.auth import get_user_model

    from courses.models import LessonPage
    from home.members.demo import MENTOR_USERNAME

    members = [_member(username, name, OBLAST) for username, name in MEMBERS]
    outsider = _member(*OUTSIDER, OTHER_OBLAST)
    course = LessonPage.objects.filter(translation_key=lesson_key).first().get_parent()
    titles = type(course.specific).objects.filter(translation_key=course.translation_key)
    data = {
        "password": PASSWORD,
        "members": [
            {"pk": user.pk, "username": user.username, "name": name}
            for user, (_, name) in zip(members, MEMBERS, strict=True)
        ],
        "mentor_pk": get_user_model().objects.get(username=MENTOR_USERNAME).pk,
        "course_key": str(course.translation_key),
        "course_titles": sorted(titles.values_list("title", flat=True)),
        "outsider": OUTSIDER[1],
        "outside_circle": _outside_circle(outsider).pk,
    }
    print("CIRCLE" + json.dumps(data))
