"""Demo packages made in the project, built from their sources by `manage.py seed_demo`.

courses/packages/demo_data/scorm-speech/ is a small SCORM 1.2 activity, h5p-choice/ an H5P
activity with its own small library; their texts (<name>.yaml, ky/ru/en) are written into
their files, one package per language, and each is placed in a lesson of the public-speaking
module. Idempotent: each language's package has a fixed folder, and a lesson gets its block
once.
"""

import html
import io
import json
import uuid
import zipfile
from pathlib import Path
from string import Template

from django.core.files.uploadedfile import SimpleUploadedFile

from home.seeding import LANGUAGE_CODES, get_locale, load_demo_data, translated_texts

from ..models import CoursePage, LessonPage
from .blocks import PACKAGE_BLOCK, package_ids
from .inspection import inspect_package
from .models import LearningPackage
from .storage import store_package

DATA = Path(__file__).resolve().parent / "demo_data"
DEMO_PACKAGES = ["scorm-speech.yaml", "h5p-choice.yaml"]
# How a text is written into a file of each kind.
ESCAPES = {
    ".html": html.escape,
    ".xml": html.escape,
    ".json": lambda text: json.dumps(text, ensure_ascii=False)[1:-1],
}


def build_zip(source, texts, language):
    """The package's zip: the files of `source`, its pages and data filled with `texts`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(source.rglob("*")):
            if path.is_dir():
                continue
            content = path.read_bytes()
            escape = ESCAPES.get(path.suffix)
            if escape:
                values = {name: escape(value) for name, value in texts.items()}
                values["language"] = language
                content = Template(content.decode()).safe_substitute(values).encode()
            archive.writestr(path.relative_to(source).as_posix(), content)
    return buffer.getvalue()


def ensure_package(name, file_name, code, texts):
    folder = uuid.uuid5(uuid.NAMESPACE_URL, f"club-demo-package:{name}:{code}")
    package = LearningPackage.objects.filter(folder=folder).first()
    if package is not None:
        return package
    file = SimpleUploadedFile(file_name, build_zip(DATA / name, texts, code))
    package = LearningPackage(title=texts["title"], language=code, folder=folder)
    store_package(package, file, inspect_package(file))
    package.save()
    return package


def place_in_lesson(package, course_slug, lesson_slug, code):
    course = CoursePage.objects.filter(slug=course_slug, locale=get_locale(code)).first()
    if course is None:
        return False
    lesson = LessonPage.objects.child_of(course).filter(slug=lesson_slug).first()
    if lesson is None or package.pk in package_ids(lesson):
        return False
    lesson.body.append((PACKAGE_BLOCK, {"package": package, "height": 480}))
    lesson.save_revision().publish()
    return True


def seed(command):
    for data_file in DEMO_PACKAGES:
        data = load_demo_data(DATA / data_file)
        texts = translated_texts(data["texts"], *data["texts"])
        for code in LANGUAGE_CODES:
            package = ensure_package(data["source"], data["file"], code, texts[code])
            place_in_lesson(package, data["course"], data["lesson"], code)
    command.stdout.write(
        f"Packages: a SCORM and an H5P activity in {len(LANGUAGE_CODES)} languages"
    )
