"""Demo content of the courses app, seeded by `manage.py seed_demo` (must be idempotent).

Three translated tracks, the catalogue in ky/ru/en and one module per track with real
lessons, mentored by the Club's mentor when the members seed has created her account.
Texts: courses/demo_data/ (tracks.yaml, catalogue.yaml, courses/<slug>.yaml); the lessons'
pictures, drawn as SVG for them: courses/demo_data/pictures/; each module's cover, drawn in
its track's colour: courses/demo_data/covers/<slug>.svg.
"""

from pathlib import Path

from django.contrib.auth import get_user_model

from home.members.demo import DEMO_MEMBER_USERNAMES, MENTOR_USERNAME
from home.models import Track
from home.seeding import (
    LANGUAGE_CODES,
    ensure_picture,
    ensure_snippet_translation,
    ensure_translated_page,
    get_locale,
    home_pages,
    load_demo_data,
    load_demo_folder,
    translated_texts,
    with_pictures,
)

from .access import can_track_progress
from .handouts import ensure_handout
from .models import CourseIndexPage, CoursePage, LessonPage
from .progress import mark_complete

DATA = Path(__file__).resolve().parent / "demo_data"
PICTURES = DATA / "pictures"
COVERS = DATA / "covers"


def ensure_demo_progress(courses_by_slug):
    """The first demo member has done lesson 1 of the public-speaking module: her
    dashboard then shows a progress bar and "continue where you left off"."""
    member = get_user_model().objects.filter(username=DEMO_MEMBER_USERNAMES[0]).first()
    course = courses_by_slug.get("public-speaking", {}).get("ky")
    if member is None or course is None or not can_track_progress(member):
        return
    first = LessonPage.objects.live().child_of(course).order_by("path").first()
    if first is not None:
        mark_complete(member, first, course)


def ensure_tracks():
    """The three tracks in Kyrgyz with their Russian and English translations."""
    tracks = {}
    for data in load_demo_data(DATA / "tracks.yaml"):
        texts = translated_texts(data, "name", "description")
        shared = {key: data[key] for key in ("colour", "icon", "sort_order")}
        track, _created = Track.objects.get_or_create(
            locale=get_locale("ky"), slug=data["slug"], defaults={**shared, **texts["ky"]}
        )
        for code in LANGUAGE_CODES[1:]:
            ensure_snippet_translation(track, code, **texts[code])
        tracks[data["slug"]] = track
    return tracks


def ensure_catalogue():
    texts = translated_texts(load_demo_data(DATA / "catalogue.yaml"), "title", "intro")
    return ensure_translated_page(
        home_pages(), CourseIndexPage, "courses", texts, show_in_menus=True
    )


def ensure_course(catalogues, data, track, mentor):
    courses = ensure_translated_page(
        catalogues,
        CoursePage,
        data["slug"],
        translated_texts(data, "title", "summary", "learning_outcomes"),
        track=track,
        mentor=mentor,
        members_only=data["members_only"],
        level=data["level"],
        estimated_minutes=data["estimated_minutes"],
        hours=data.get("hours"),
        cover_image=ensure_picture(COVERS / f"{data['slug']}.svg"),
    )
    for lesson in data["lessons"]:
        texts = translated_texts(lesson, "title", "intro", "body")
        for code, fields in texts.items():
            fields["body"] = with_pictures(fields["body"], PICTURES, code)
            fields["handout"] = ensure_handout(fields, code, lesson["slug"], data["members_only"])
        ensure_translated_page(
            courses,
            LessonPage,
            lesson["slug"],
            texts,
            estimated_minutes=lesson["estimated_minutes"],
            check_required=lesson.get("check_required", False),
            pass_mark=lesson.get("pass_mark", 80),
        )
    return courses


def seed(command):
    """Create or update this app's demo content; running it twice changes nothing."""
    tracks = ensure_tracks()
    catalogues = ensure_catalogue()
    mentor = get_user_model().objects.filter(username=MENTOR_USERNAME).first()
    courses = {}
    for data in load_demo_folder(DATA / "courses"):
        courses[data["slug"]] = ensure_course(catalogues, data, tracks[data["track"]], mentor)
    ensure_demo_progress(courses)
    command.stdout.write(
        f"Courses: {len(courses)} modules in {len(LANGUAGE_CODES)} languages"
        + ("" if mentor else " (no mentor account yet)")
    )
