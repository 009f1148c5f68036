"""Course trees for the courses tests: tracks, a catalogue, courses with lessons, members."""

import io

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from pypdf import PdfReader
from wagtail.documents.models import Document
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

from courses.models import Certificate, CourseIndexPage, CoursePage, LessonPage
from home.members.models import MemberProfile
from home.members.roles import MEMBERS
from home.models import Track
from home.seeding import ensure_child_page, get_locale
from tests.shared_seed import SHARED, define_layer


def make_track(slug, names, sort_order=0):
    """A track in Kyrgyz with its ru/en translations; names = {"ky": ..., "ru": ..., "en": ...}."""
    track = Track.objects.create(
        locale=get_locale("ky"), slug=slug, name=names["ky"], sort_order=sort_order
    )
    for code in ("ru", "en"):
        translation = track.copy_for_translation(get_locale(code))
        translation.name = names[code]
        translation.save()
    return track


def add_course(index, slug, track, lessons=3, members_only=False, title=None):
    course = CoursePage(
        title=title or f"Course {slug}",
        slug=slug,
        track=track,
        summary=f"Summary of {slug}",
        members_only=members_only,
        estimated_minutes=90,
    )
    index.add_child(instance=course)
    for number in range(1, lessons + 1):
        lesson = LessonPage(
            title=f"{course.title} lesson {number}",
            slug=f"lesson-{number}",
            intro="Intro",
            body=[("text", "<p>Lesson text</p>")],
        )
        course.add_child(instance=lesson)
    return course


def translate_course(course, code, prefix):
    """Copy a course and its lessons into `code` (titles prefixed), published."""
    locale = Locale.objects.get(language_code=code)
    copy = course.copy_for_translation(locale, copy_parents=True)
    copy.title = f"{prefix} {course.title}"
    copy.save_revision().publish()
    for lesson in LessonPage.objects.child_of(course).order_by("path"):
        lesson_copy = lesson.copy_for_translation(locale)
        lesson_copy.title = f"{prefix} {lesson.title}"
        lesson_copy.save_revision().publish()
    copy.refresh_from_db()
    return copy


def make_tracks():
    return {
        "soft": make_track(
            "soft-skills", {"ky": "Ийкемдүү көндүмдөр", "ru": "Гибкие навыки", "en": "Soft skills"}
        ),
        "budget": make_track(
            "budget",
            {
                "ky": "Кесиптик билим",
                "ru": "Профессиональные знания",
                "en": "Professional knowledge",
            },
            sort_order=2,
        ),
    }


@pytest.fixture
def tracks(home_pages):
    return SHARED.shared("tracks") or make_tracks()


def make_catalogue(ky_home):
    ky = ensure_child_page(ky_home, CourseIndexPage, "courses", title="Курстар")
    pages = {"ky": ky}
    for code, title in (("ru", "Курсы"), ("en", "Courses")):
        copy = ky.copy_for_translation(get_locale(code), copy_parents=False)
        copy.title = title
        copy.save_revision().publish()
        pages[code] = copy
    return pages


@pytest.fixture
def catalogue(home_pages):
    """The course index in every language, keyed by code."""
    return SHARED.shared("catalogue") or make_catalogue(home_pages["ky"])


def make_public_course(catalogue, tracks):
    return add_course(catalogue["ky"], "speaking", tracks["soft"], lessons=3, title="Sözdü")


@pytest.fixture
def public_course(catalogue, tracks):
    return SHARED.shared("public_course") or make_public_course(catalogue, tracks)


def _shared_course_tree(with_public_course):
    from home.seeding import home_pages

    data = {"tracks": make_tracks(), "catalogue": make_catalogue(home_pages()["ky"])}
    if with_public_course:
        data["public_course"] = make_public_course(data["catalogue"], data["tracks"])
    return data


COVERS = [f"{__name__}:tracks", f"{__name__}:catalogue"]
define_layer(
    "courses: tracks and catalogue",
    level=1,
    covers=COVERS,
    build=lambda: _shared_course_tree(with_public_course=False),
)
define_layer(
    "courses: tracks, catalogue and a public course",
    level=1,
    covers=[*COVERS, f"{__name__}:public_course"],
    build=lambda: _shared_course_tree(with_public_course=True),
)


@pytest.fixture
def private_course(catalogue, tracks):
    return add_course(
        catalogue["ky"], "budget", tracks["budget"], lessons=3, members_only=True, title="Byudzhet"
    )


def _user(username, group=None):
    user = User.objects.create_user(username=username, password="x", email=f"{username}@x.test")
    if group:
        user.groups.add(Group.objects.get_or_create(name=group)[0])
    return user


@pytest.fixture
def member(db):
    return _user("aigul", MEMBERS)


@pytest.fixture
def outsider(db):
    return _user("visitor")


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


def lessons_of(course):
    return list(LessonPage.objects.child_of(course).order_by("path"))


@pytest.fixture
def illustrated_course(public_course):
    """The first lesson gets an image and a handout."""
    image = get_image_model().objects.create(
        title="hearing", file=get_test_image_file(size=(1200, 800))
    )
    document = Document.objects.create(title="Checklist")
    document.file.save("checklist.txt", ContentFile(b"x" * 5000))
    lesson = lessons_of(public_course)[0]
    lesson.body = [
        ("image", {"image": image, "alt_text": "A hearing", "caption": ""}),
        ("document", {"document": document, "title": ""}),
    ]
    lesson.save_revision().publish()
    return public_course, image, document


# Certificates (tests/courses/test_certificates.py, test_certificate_design.py)
NAME = "Жаңыл Өмүрбекова-Үсөнова"


@pytest.fixture
def named_member(member):
    MemberProfile.objects.create(user=member, full_name=NAME, oblast="naryn", role="deputy")
    return member


@pytest.fixture
def mentor(db):
    user = User.objects.create_user("saliya", first_name="Салия", last_name="Акулова")
    MemberProfile.objects.create(user=user, full_name="Салия Акулова", oblast="osh", role="deputy")
    return user


def finish(client, course):
    for lesson in lessons_of(course):
        client.post(lesson.url + "complete/")


def pdf_text(response):
    assert response["Content-Type"] == "application/pdf"
    assert "no-cache" in response["Cache-Control"]
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


@pytest.fixture
def certified(member_client, named_member, mentor, public_course):
    public_course.mentor = mentor
    public_course.save_revision().publish()
    translate_course(public_course, "ru", "RU")
    translate_course(public_course, "en", "EN")
    finish(member_client, public_course)
    return Certificate.objects.get(user=named_member)
