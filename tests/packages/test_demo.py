"""The demo SCORM and H5P activities: built from their sources by the seed, in ky/ru/en,
each in a lesson."""

import json

import pytest
from django.core.files.storage import default_storage

from courses.models import LessonPage
from courses.packages import demo
from courses.packages.blocks import package_ids
from courses.packages.models import LearningPackage

pytestmark = pytest.mark.django_db


def test_the_seed_builds_the_demo_package_in_each_language(demo_site, seed_command, client):
    demo.seed(seed_command)  # again, on the seeded demo site: idempotent
    assert LearningPackage.objects.count() == 6
    packages = {p.language: p for p in LearningPackage.objects.filter(kind="scorm12")}
    assert set(packages) == {"ky", "ru", "en"}
    with default_storage.open(packages["ru"].storage_path("index.html")) as page:
        text = page.read().decode()
    assert "Подготовка к сессии: три шага" in text and 'lang="ru"' in text
    for code, package in packages.items():
        lesson = LessonPage.objects.get(slug="session-and-hearing", locale__language_code=code)
        assert package_ids(lesson) == {package.pk}
        assert len([b for b in lesson.body if b.block_type == "package"]) == 1
        assert "data-package-player" in client.get(lesson.url).content.decode()
    h5p = LearningPackage.objects.get(kind="h5p", language="ky")
    with default_storage.open(h5p.storage_path("content/content.json")) as content:
        assert json.loads(content.read())["question"].startswith("Сизге каршы пикир айтышты")
    lesson = LessonPage.objects.get(slug="objections-and-pressure", locale__language_code="ky")
    assert package_ids(lesson) == {h5p.pk}
    player = client.get(f"/packages/{lesson.pk}/{h5p.folder}/")
    assert player.status_code == 200
    assert "vendor/h5p-standalone/main.bundle.js" in player.content.decode()
