"""Documents: size and type limits with a clear admin error; members-only downloads."""

import pytest
from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from home.members.roles import CLUB_GROUPS
from library.documents import members_only_collection

pytestmark = pytest.mark.django_db
Document = get_document_model()


@pytest.fixture
def admin_client(client):
    admin = User.objects.create_superuser("root", "root@club.test", "x" * 12)
    client.force_login(admin)
    return client


def make_document(title, collection):
    document = Document(title=title, collection=collection)
    document.file.save(f"{title}.txt", ContentFile(b"Club"), save=False)
    document.save()
    return document


def test_migration_restricts_the_collection_to_the_club_groups():
    collection = members_only_collection()
    assert collection is not None
    restrictions = list(collection.get_view_restrictions())
    assert [r.restriction_type for r in restrictions] == ["groups"]
    assert {group.name for group in restrictions[0].groups.all()} == set(CLUB_GROUPS)


def test_members_only_document_sends_anonymous_visitors_to_sign_in(client):
    document = make_document("secret", members_only_collection())
    response = client.get(document.url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_members_only_document_refuses_accounts_outside_the_club(outsider_client):
    document = make_document("secret", members_only_collection())
    response = outsider_client.get(document.url, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 403
    assert not response.streaming
    assert "For Club members" in response.content.decode()
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("group", CLUB_GROUPS)
def test_members_only_document_downloads_for_every_club_group(client, group):
    user = User.objects.create_user(f"user-{len(group)}", "u@club.test", "x" * 12)
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    document = make_document("secret", members_only_collection())
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Club"


def test_members_only_item_refuses_documents_for_any_signed_in_account(library):
    from library.models import LibraryItemPage

    collection = Collection.get_first_root_node().add_child(name="Signed-in only")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    page = LibraryItemPage.objects.get(locale__language_code="en", slug="mentoring-circles")
    page.resources = [("document", {"document": make_document("notes", collection), "title": ""})]
    with pytest.raises(ValidationError):
        page.full_clean()


def test_seed_restricts_a_collection_left_with_a_sign_in_restriction(home_pages):
    from library import demo
    from tests.shared_seed import QuietCommand

    collection = members_only_collection()
    CollectionViewRestriction.objects.filter(collection=collection).delete()
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    with translation.override("en"):
        demo.seed(QuietCommand())
    restrictions = list(members_only_collection().get_view_restrictions())
    assert [r.restriction_type for r in restrictions] == ["groups"]
    assert {group.name for group in restrictions[0].groups.all()} == set(CLUB_GROUPS)


def test_public_document_downloads_anonymously(client):
    document = make_document("open", Collection.get_first_root_node())
    response = client.get(document.url)
    assert response.status_code == 200


def test_demo_documents_sit_in_the_right_collections(client, library):
    secret = Document.objects.get(title="Quota analysis: questions for discussion")
    assert secret.collection == members_only_collection()
    assert client.get(secret.url).status_code == 302
    template = Document.objects.get(title="Stakeholder map template")
    assert client.get(template.url).status_code == 200
    html = client.get("/ru/library/stakeholder-mapping/").content.decode()
    assert "Шаблон карты заинтересованных сторон" in html
    assert template.url in html


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
def test_admin_refuses_a_too_large_document_with_a_clear_error(admin_client):
    upload = SimpleUploadedFile("big.pdf", b"%PDF" + b"0" * 4096, content_type="application/pdf")
    response = admin_client.post(
        "/admin/documents/add/",
        {"title": "Big", "file": upload, "collection": Collection.get_first_root_node().pk},
    )
    assert response.status_code == 200
    assert not Document.objects.filter(title="Big").exists()
    assert "Бул файл өтө чоң" in response.content.decode()  # the admin speaks Kyrgyz by default


def test_admin_refuses_a_forbidden_file_type_with_a_clear_error(admin_client):
    upload = SimpleUploadedFile("virus.exe", b"MZ" + b"0" * 64)
    response = admin_client.post(
        "/admin/documents/add/",
        {"title": "Exe", "file": upload, "collection": Collection.get_first_root_node().pk},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200
    assert not Document.objects.filter(title="Exe").exists()
    html = response.content.decode()
    assert "error-message" in html
    assert "exe" in html and "csv, docx, odt, pdf, pptx, rtf, txt, xlsx, zip" in html


def test_admin_accepts_an_allowed_document(admin_client):
    upload = SimpleUploadedFile("plan.pdf", b"%PDF-1.4 club", content_type="application/pdf")
    response = admin_client.post(
        "/admin/documents/add/",
        {"title": "Plan", "file": upload, "collection": members_only_collection().pk},
    )
    assert response.status_code == 302
    assert Document.objects.get(title="Plan").collection == members_only_collection()


def test_members_only_item_refuses_documents_anyone_can_download(library):
    from library.models import LibraryItemPage

    page = LibraryItemPage.objects.get(locale__language_code="en", slug="mentoring-circles")
    open_document = make_document("handout", Collection.get_first_root_node())
    page.resources = [("document", {"document": open_document, "title": "Handout"})]
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "handout" in str(error.value)
    page.resources = [
        ("document", {"document": make_document("inner", members_only_collection()), "title": ""})
    ]
    page.full_clean()
