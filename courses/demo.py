"""Demo content of the courses app, called by `manage.py seed_demo` (must be idempotent).

Three translated tracks, the catalogue in ky/ru/en and one module per track with real
lessons (courses/demo_content/), mentored by the Club's mentor when the members seed has
created her account.
"""

from django.contrib.auth import get_user_model

from home.models import Track
from home.seeding import (
    LANGUAGE_CODES,
    ensure_snippet_translation,
    ensure_translated_page,
    get_locale,
    home_pages,
)

from .access import can_track_progress
from .demo_content import COURSES, TRACKS
from .models import CourseIndexPage, CoursePage, LessonPage
from .progress import mark_complete

MENTOR_USERNAME = "saliya"  # home.members.demo.MENTOR_USERNAME

CATALOGUE_TEXTS = {
    "ky": {
        "title": "Курстар",
        "intro": "<p>Үч багыт боюнча модулдар: ийкемдүү көндүмдөр, өнөктөштүк жана "
        "коалициялар, кесиптик билим. Ар бир сабак практикалык тапшырма жана рефлексия "
        "менен аяктайт.</p>",
    },
    "ru": {
        "title": "Курсы",
        "intro": "<p>Модули трёх направлений: гибкие навыки, партнёрства и коалиции, "
        "профессиональные знания. Каждый урок заканчивается практическим заданием и "
        "рефлексией.</p>",
    },
    "en": {
        "title": "Courses",
        "intro": "<p>Modules in three tracks: soft skills, partnerships and coalitions, "
        "professional knowledge. Every lesson ends with a practical task and a "
        "reflection.</p>",
    },
}


def _mentor_username():
    try:
        from home.members.demo import MENTOR_USERNAME as name
    except ImportError:
        name = MENTOR_USERNAME
    return name


def _first_demo_member():
    try:
        from home.members.demo import DEMO_MEMBER_USERNAMES
    except ImportError:
        return None
    if not DEMO_MEMBER_USERNAMES:
        return None
    return get_user_model().objects.filter(username=DEMO_MEMBER_USERNAMES[0]).first()


def ensure_demo_progress(courses_by_slug):
    """The first demo member has done lesson 1 of the public-speaking module: her
    dashboard then shows a progress bar and "continue where you left off"."""
    member = _first_demo_member()
    course = courses_by_slug.get("public-speaking", {}).get("ky")
    if member is None or course is None or not can_track_progress(member):
        return
    first = LessonPage.objects.live().child_of(course).order_by("path").first()
    if first is not None:
        mark_complete(member, first, course)


def ensure_tracks():
    """The three tracks in Kyrgyz with their Russian and English translations."""
    tracks = {}
    for data in TRACKS:
        shared = {key: data[key] for key in ("colour", "icon", "sort_order")}
        track, _created = Track.objects.get_or_create(
            locale=get_locale("ky"), slug=data["slug"], defaults={**shared, **data["ky"]}
        )
        for code in LANGUAGE_CODES[1:]:
            ensure_snippet_translation(track, code, **data[code])
        tracks[data["slug"]] = track
    return tracks


def ensure_catalogue():
    return ensure_translated_page(
        home_pages(), CourseIndexPage, "courses", CATALOGUE_TEXTS, show_in_menus=True
    )


def ensure_course(catalogues, data, track, mentor):
    courses = ensure_translated_page(
        catalogues,
        CoursePage,
        data["slug"],
        data["texts"],
        track=track,
        mentor=mentor,
        members_only=data["members_only"],
        level=data["level"],
        estimated_minutes=data["estimated_minutes"],
    )
    for lesson in data["lessons"]:
        ensure_translated_page(
            courses,
            LessonPage,
            lesson["slug"],
            lesson["texts"],
            estimated_minutes=lesson["estimated_minutes"],
        )
    return courses


def seed(command):
    """Create or update this app's demo content; running it twice changes nothing."""
    tracks = ensure_tracks()
    catalogues = ensure_catalogue()
    mentor = get_user_model().objects.filter(username=_mentor_username()).first()
    courses = {}
    for data in COURSES:
        courses[data["slug"]] = ensure_course(catalogues, data, tracks[data["track"]], mentor)
    ensure_demo_progress(courses)
    command.stdout.write(
        f"Courses: {len(COURSES)} modules in {len(LANGUAGE_CODES)} languages"
        + ("" if mentor else " (no mentor account yet)")
    )
