"""The demo SCORM activity: built from its sources by the seed, in ky/ru/en, in a lesson."""

import pytest
from django.core.files.storage import default_storage

from courses import demo as course_demo
from courses.models import LessonPage
from courses.packages import demo
from courses.packages.blocks import package_ids
from courses.packages.models import LearningPackage

pytestmark = pytest.mark.django_db


def test_the_seed_builds_the_demo_package_in_each_language(home_pages, seed_command, client):
    course_demo.seed(seed_command)
    demo.seed(seed_command)
    demo.seed(seed_command)  # idempotent
    packages = {p.language: p for p in LearningPackage.objects.all()}
    assert set(packages) == {"ky", "ru", "en"}
    assert {p.kind for p in packages.values()} == {"scorm12"}
    with default_storage.open(packages["ru"].storage_path("index.html")) as page:
        text = page.read().decode()
    assert "Подготовка к сессии: три шага" in text and 'lang="ru"' in text
    for code, package in packages.items():
        lesson = LessonPage.objects.get(slug="session-and-hearing", locale__language_code=code)
        assert package_ids(lesson) == {package.pk}
        assert len([b for b in lesson.body if b.block_type == "package"]) == 1
        assert "data-package-player" in client.get(lesson.url).content.decode()
