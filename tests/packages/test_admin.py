"""Admin → Packages: an editor uploads a package; a refused one is a message on the form."""

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.storage import default_storage
from django.urls import reverse
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from courses.packages.models import LearningPackage
from home.members.roles import EDITORS

from .zips import scorm_files, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(User.objects.create_superuser("boss", "boss@x.test", "x"))
    return client


def stored_folders():
    return (
        set(default_storage.listdir("packages")[0]) if default_storage.exists("packages") else set()
    )


def post_package(client, file, **extra):
    data = {
        "title": "Budget basics",
        "language": "ru",
        "collection": Collection.get_first_root_node().pk,
        "package_file": file,
        **extra,
    }
    return client.post(reverse("wagtailsnippets_packages_learningpackage:add"), data)


def test_an_editor_uploads_a_scorm_package(admin_client):
    response = post_package(admin_client, upload(scorm_files()))
    assert response.status_code == 302
    package = LearningPackage.objects.get()
    assert (package.kind, package.launch, package.file_count) == ("scorm12", "index.html", 3)
    assert default_storage.exists(package.storage_path("sco.js"))
    listing = admin_client.get(reverse("wagtailsnippets_packages_learningpackage:list"))
    assert "Budget basics" in listing.content.decode()


def test_a_refused_upload_is_a_message_in_her_language_and_stores_nothing(admin_client):
    boss = User.objects.get(username="boss")
    UserProfile.get_for_user(boss).__class__.objects.filter(user=boss).update(
        preferred_language="ru"
    )
    folders_before = stored_folders()
    response = post_package(admin_client, upload(scorm_files(**{"../x.js": "x"})))
    assert response.status_code == 200
    assert "файл вне своей папки" in response.content.decode()
    assert not LearningPackage.objects.exists()
    assert stored_folders() == folders_before


def test_a_new_file_replaces_the_package_and_its_old_files(
    admin_client, django_capture_on_commit_callbacks
):
    post_package(admin_client, upload(scorm_files()))
    package = LearningPackage.objects.get()
    old_path = package.storage_path("sco.js")
    edit = reverse("wagtailsnippets_packages_learningpackage:edit", args=[package.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            edit,
            {
                "title": "Budget basics",
                "language": "ru",
                "collection": package.collection_id,
                "package_file": upload(scorm_files(script="// v2")),
            },
        )
    assert response.status_code == 302
    package.refresh_from_db()
    assert not default_storage.exists(old_path)
    with default_storage.open(package.storage_path("sco.js")) as stored:
        assert stored.read() == b"// v2"


def test_deleting_a_package_deletes_its_files(admin_client, django_capture_on_commit_callbacks):
    post_package(admin_client, upload(scorm_files()))
    package = LearningPackage.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        package.delete()
    assert not default_storage.exists(package.storage_path("index.html"))


def test_editors_may_manage_packages(client):
    editor = User.objects.create_user("editor", password="x")
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    listing = client.get(reverse("wagtailsnippets_packages_learningpackage:list"))
    assert listing.status_code == 200
    assert post_package(client, upload(scorm_files())).status_code == 302
