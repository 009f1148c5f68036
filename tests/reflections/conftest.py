"""A small course tree (ky, with a ru lesson) and one account per role, for the reflections tests."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from home.members.choices import ClubRole, Oblast
from home.members.models import MemberProfile, OblastAssignment
from home.members.roles import EDITORS, MEMBERS, MENTORS, REGIONAL_COORDINATORS
from tests.admin_language import set_admin_language
from tests.shared_seed import SHARED, define_layer

LESSON_BODY = [
    {"type": "text", "value": "Read, then act."},
    {
        "type": "reflection_prompt",
        "value": {
            "intro": "Think about the hearing you organised.",
            "questions": ["What decisions did you take?", "What would you do better?"],
        },
    },
    {
        "type": "stakeholder_map",
        "value": {"instructions": "<p>List your stakeholders.</p>", "example_stakeholders": []},
    },
]


def make_user(django_user_model, username, group, oblast=Oblast.OSH, language="ky", **extra):
    user = django_user_model.objects.create_user(
        username=username, email=f"{username}@example.org", password="x", **extra
    )
    user.groups.add(Group.objects.get_or_create(name=group)[0])
    MemberProfile.objects.create(
        user=user,
        full_name=f"{username.title()} Full",
        role=ClubRole.DEPUTY,
        oblast=oblast,
        preferred_language=language,
    )
    if group == REGIONAL_COORDINATORS:
        # Her scope is what editors assign, not her own profile.
        OblastAssignment.objects.create(user=user, oblast=oblast)
    return user


#: One account per role: (username, group, oblast, language).
PEOPLE = {
    "member": ("aigul", MEMBERS, Oblast.OSH, "ru"),
    "other_member": ("gulnara", MEMBERS, Oblast.OSH, "ky"),
    "mentor": ("saliya", MENTORS, Oblast.OTHER, "ru"),
    "other_mentor": ("mentor2", MENTORS, Oblast.OTHER, "en"),
    "coordinator": ("coord", REGIONAL_COORDINATORS, Oblast.OSH, "ru"),
    "other_coordinator": ("coord2", REGIONAL_COORDINATORS, Oblast.NARYN, "ru"),
    "editor": ("editor", EDITORS, Oblast.OTHER, "en"),
}


def make_people():
    user_model = get_user_model()
    return {role: make_user(user_model, *account) for role, account in PEOPLE.items()}


@pytest.fixture
def people(db):
    """One account per role; shared by the tests asking for the same (tests/shared_seed.py)."""
    return SHARED.shared("people") or make_people()


@pytest.fixture
def english_admin(people):
    """Wagtail's admin speaks each user's admin language; the reports' tests read English."""
    for user in people.values():
        set_admin_language(user, "en")


def make_course(parent, slug, mentor, lessons=1):
    from courses.models import CoursePage, LessonPage
    from home.models import Track

    track, _created = Track.objects.get_or_create(
        slug="budgets", locale=parent.locale, defaults={"name": "Budgets"}
    )
    course = CoursePage(
        title=f"Course {slug}", slug=slug, summary="About", mentor=mentor, track=track
    )
    parent.add_child(instance=course)
    course.save_revision().publish()
    pages = []
    for index in range(lessons):
        lesson = LessonPage(
            title=f"Lesson {slug} {index}", slug=f"lesson-{index}", body=LESSON_BODY
        )
        course.add_child(instance=lesson)
        lesson.save_revision().publish()
        pages.append(lesson)
    return course, pages


def make_courses(ky_home, people):
    """A course index in Kyrgyz: a course of two lessons (mentor) and one of one (other mentor)."""
    from courses.models import CourseIndexPage

    index = CourseIndexPage(title="Courses", slug="courses")
    ky_home.add_child(instance=index)
    index.save_revision().publish()
    course, lessons = make_course(index, "budget", people["mentor"], lessons=2)
    other_course, other_lessons = make_course(index, "gender", people["other_mentor"])
    return {
        "index": index,
        "course": course,
        "lesson": lessons[0],
        "lesson2": lessons[1],
        "other_course": other_course,
        "other_lesson": other_lessons[0],
    }


@pytest.fixture
def courses(home_pages, people):
    return SHARED.shared("courses") or make_courses(home_pages["ky"], people)


def _shared_people_and_courses(with_courses):
    from home.seeding import home_pages

    data = {"people": make_people()}
    if with_courses:
        data["courses"] = make_courses(home_pages()["ky"], data["people"])
    return data


define_layer(
    "reflections: people",
    level=0,
    covers=[f"{__name__}:people"],
    build=lambda: _shared_people_and_courses(with_courses=False),
)
define_layer(
    "reflections: people and courses",
    level=1,
    covers=[f"{__name__}:people", f"{__name__}:courses"],
    build=lambda: _shared_people_and_courses(with_courses=True),
)


def reflection_url(lesson):
    return lesson.url + "reflection/"


def answer_data(action="draft", answers=("We held a hearing.", "Invite more people."), rows=()):
    data = {
        "action": action,
        "rows-TOTAL_FORMS": str(len(rows) + 1),
        "rows-INITIAL_FORMS": "0",
        "rows-MIN_NUM_FORMS": "0",
        "rows-MAX_NUM_FORMS": "30",
    }
    for index, answer in enumerate(answers):
        data[f"answer_{index}"] = answer
    for index, row in enumerate(rows):
        for key, value in row.items():
            data[f"rows-{index}-{key}"] = value
    return data


ROW = {
    "stakeholder": "Aiyl okmotu",
    "level": "local",
    "kind": "state",
    "interests": "A balanced budget",
    "influence": "high",
    "interest": "medium",
    "cooperation": "Joint hearings",
}
