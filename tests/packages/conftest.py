"""Packages in lessons: the course fixtures of tests/courses, and a package placed in a lesson."""

import pytest

from courses.packages.inspection import inspect_package
from courses.packages.models import LearningPackage
from courses.packages.storage import store_package
from tests.courses.conftest import (  # noqa: F401 - fixtures
    catalogue,
    lessons_of,
    member,
    member_client,
    outsider,
    private_course,
    public_course,
    tracks,
)

from .zips import scorm_files, upload


def make_package(files, name="package.zip", title="Budget game", language="ky"):
    file = upload(files, name=name)
    package = LearningPackage(title=title, language=language)
    store_package(package, file, inspect_package(file))
    package.save()
    return package


def place(lesson, package, height=600):
    lesson.body = [("text", "<p>Play it</p>"), ("package", {"package": package, "height": height})]
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson


@pytest.fixture
def scorm_package(db):
    return make_package(scorm_files())


@pytest.fixture
def private_lesson(private_course, scorm_package):  # noqa: F811 - the imported fixture
    return place(lessons_of(private_course)[0], scorm_package)


@pytest.fixture
def public_lesson(public_course, scorm_package):  # noqa: F811 - the imported fixture
    return place(lessons_of(public_course)[0], scorm_package)
