"""Every demo lesson shows a picture drawn for it, with alt text, and offers a one-page handout."""

import io
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from pypdf import PdfReader
from wagtail.images import get_image_model

from courses import demo
from courses.models import LessonPage

pytestmark = pytest.mark.django_db

PICTURES = Path(demo.__file__).resolve().parent / "demo_data" / "pictures"


def test_the_pictures_are_small_self_contained_svg():
    files = sorted(PICTURES.glob("*.svg"))
    assert files
    for path in files:
        svg = path.read_text(encoding="utf-8")
        assert len(svg.encode()) < 8 * 1024, path.name
        assert "viewBox=" in svg, path.name
        assert not re.search(r"(href|src)=\"(?!#)|<script|url\((?!#)", svg), path.name


@pytest.fixture
def seeded(demo_site, seed_command):
    """The shared demo site (tests/shared_seed.py): its courses' pictures and handouts."""
    return seed_command


def test_every_lesson_has_a_picture_with_alt_text_and_a_one_page_handout(seeded, client):
    client.force_login(User.objects.create_superuser("boss", "boss@example.org", "x"))
    lessons = LessonPage.objects.live().select_related("locale", "handout")
    assert lessons.count() >= 12 * 3
    for lesson in lessons:
        code = lesson.locale.language_code
        images = [block.value for block in lesson.body if block.block_type == "image"]
        assert images, f"{code} {lesson.slug}: no picture"
        assert all(image["alt_text"] and image["image"] for image in images)
        assert lesson.handout is not None, f"{code} {lesson.slug}: no handout"
        with lesson.handout.open_file() as file:
            pdf = PdfReader(io.BytesIO(file.read()))
        assert len(pdf.pages) == 1, f"{code} {lesson.slug}: handout of {len(pdf.pages)} pages"
        assert lesson.title.split()[0] in pdf.pages[0].extract_text()

        html = client.get(lesson.url).content.decode()
        picture = images[0]
        assert f'alt="{picture["alt_text"]}"'.replace("'", "&#x27;") in html
        assert ".svg" in html
        assert lesson.handout.url in html


def test_pictures_are_reused_and_per_language(seeded):
    count = get_image_model().objects.count()
    demo.seed(seeded)
    assert get_image_model().objects.count() == count  # found again by the file's hash
    titles = {
        code: LessonPage.objects.get(slug="stakeholder-map", locale__language_code=code)
        for code in ("ky", "ru", "en")
    }
    files = {
        code: next(b.value["image"] for b in page.body if b.block_type == "image").file.name
        for code, page in titles.items()
    }
    assert len(set(files.values())) == 3  # the words on the grid are in the lesson's language


def test_lesson_page_names_the_handout_format_and_size(seeded, client):
    lesson = LessonPage.objects.get(slug="budget-cycle", locale__language_code="en")
    html = client.get(lesson.url).content.decode()
    assert re.search(r"Download the handout \(PDF, \d+ KB\)", html)
