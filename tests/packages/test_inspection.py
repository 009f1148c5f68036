"""Every refusal of an uploaded package, before anything is stored."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from courses.packages.inspection import H5P, SCORM12, SCORM2004, inspect_package

from .zips import MANIFEST_12, h5p_files, scorm_files, upload


@pytest.fixture(autouse=True)
def in_english():
    with translation.override("en"):
        yield


def refusal(file):
    with pytest.raises(ValidationError) as caught:
        inspect_package(file)
    return caught.value.code, caught.value.messages[0]


def test_a_scorm_12_package_is_read_with_its_launch_file():
    found = inspect_package(upload(scorm_files()))
    assert (found.kind, found.launch) == (SCORM12, "index.html")
    assert found.names == ["imsmanifest.xml", "index.html", "sco.js"]


def test_a_scorm_2004_package_is_told_apart():
    manifest = MANIFEST_12.format(launch="index.html").replace(">1.2<", ">2004 4th Edition<")
    found = inspect_package(upload({**scorm_files(), "imsmanifest.xml": manifest}))
    assert found.kind == SCORM2004


def test_an_h5p_activity_with_its_libraries_is_read():
    found = inspect_package(upload(h5p_files(), name="quiz.h5p"))
    assert (found.kind, found.launch) == (H5P, "")


@pytest.mark.parametrize(
    "name", ["../evil.html", "a/../../evil.js", "/etc/passwd.txt", "C:/x.js", "a\\..\\b.js"]
)
def test_a_path_escaping_the_folder_is_refused(name):
    code, message = refusal(upload(scorm_files(**{name: "x"})))
    assert code == "escaping_path"
    assert "outside its own folder" in message


def test_a_link_is_refused():
    code, _message = refusal(upload(scorm_files(**{"link.js": "/etc/passwd"}), links={"link.js"}))
    assert code == "escaping_path"


def test_a_package_without_a_manifest_is_refused():
    code, message = refusal(upload({"index.html": "<p>hi</p>"}))
    assert code == "no_manifest"
    assert "imsmanifest.xml" in message and "h5p.json" in message


def test_a_manifest_naming_a_missing_launch_file_is_refused():
    code, _message = refusal(upload(scorm_files(launch="start.html")))
    assert code == "no_launch_file"


def test_a_broken_manifest_is_refused():
    code, _message = refusal(upload({**scorm_files(), "imsmanifest.xml": "<manifest"}))
    assert code == "bad_manifest"


def test_a_manifest_with_entities_is_refused():
    bomb = '<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaa">]><manifest>&a;</manifest>'
    code, _message = refusal(upload({**scorm_files(), "imsmanifest.xml": bomb}))
    assert code == "bad_manifest"


def test_an_h5p_without_its_libraries_is_refused():
    code, message = refusal(upload(h5p_files(with_library=False), name="quiz.h5p"))
    assert code == "missing_libraries"
    assert "H5P.Demo-1.0" in message


def test_a_zip_bomb_is_refused(settings):
    settings.PACKAGE_MAX_UNPACKED_BYTES = 1_000_000
    # 5 MB of zeros compress to a few kilobytes.
    code, message = refusal(upload(scorm_files(**{"zeros.txt": b"\0" * 5_000_000})))
    assert code == "too_large_unpacked"
    assert "at most" in message


def test_too_many_files_are_refused(settings):
    settings.PACKAGE_MAX_FILES = 5
    files = scorm_files(**{f"page{n}.html": "x" for n in range(5)})
    assert refusal(upload(files))[0] == "too_many_files"


def test_an_oversized_upload_is_refused(settings):
    settings.PACKAGE_MAX_UPLOAD_BYTES = 100
    code, message = refusal(upload(scorm_files()))
    assert code == "too_large"
    assert "at most 100" in message


@pytest.mark.parametrize("name", ["run.exe", "hook.php", "install.sh", "README"])
def test_a_file_type_a_package_does_not_need_is_refused(name):
    code, message = refusal(upload(scorm_files(**{name: "x"})))
    assert code == "file_type"
    assert name in message


def test_a_file_that_is_not_a_zip_is_refused():
    code, _message = refusal(SimpleUploadedFile("package.zip", b"not a zip at all"))
    assert code == "not_zip"


def test_a_file_of_another_type_is_refused():
    code, _message = refusal(SimpleUploadedFile("slides.pptx", b"PK"))
    assert code == "file_type"


def test_a_refusal_is_in_the_editor_language():
    with translation.override("ky"):
        _code, message = refusal(upload(scorm_files(**{"../x.js": "x"})))
    assert message == "Пакетте өз папкасынан тышкары файл бар: «../x.js»."
