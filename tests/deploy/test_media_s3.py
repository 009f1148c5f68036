"""Media in an S3 bucket, run against moto's in-process S3 emulation (not a real bucket).

The storage is the one cms/settings/base.py builds when MEDIA_S3_BUCKET is set
(cms/settings/storage.py), so uploads, image links, document downloads and backups go through
django-storages and boto3 exactly as in production; only the bucket is emulated.
"""

import io
import json
import re

import boto3
import pytest
import requests
from django.contrib.auth.models import Group, User
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from moto import mock_aws
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from cms.settings.storage import s3_media_storage
from home.documents import create_document
from home.members.roles import MEMBERS
from home.seeding import ensure_child_page
from tests.admin_language import set_admin_language

BUCKET = "club-media"
REGION = "eu-central-1"
PUBLIC_DOMAIN = "media.club.example.kg"
# The bucket policy README.md asks for: anyone may read images, nobody documents.
PUBLIC_IMAGES = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": [
                f"arn:aws:s3:::{BUCKET}/{folder}/*" for folder in ("images", "original_images")
            ],
        }
    ],
}


def use_bucket(settings, bucket=BUCKET, domain=""):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": s3_media_storage(bucket, "", REGION, "club-key", "club-secret", domain),
    }


@pytest.fixture
def s3(settings):
    """An empty emulated bucket with README's policy, the site's media storage for the test;
    a boto3 client on it."""
    with mock_aws():
        client = boto3.client(
            "s3",
            region_name=REGION,
            aws_access_key_id="club-key",
            aws_secret_access_key="club-secret",
        )
        client.create_bucket(
            Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION}
        )
        client.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(PUBLIC_IMAGES))
        use_bucket(settings)
        yield client


def bucket_objects(s3):
    """Every object in the bucket: {key: bytes}."""
    listed = s3.list_objects_v2(Bucket=BUCKET).get("Contents", [])
    return {o["Key"]: s3.get_object(Bucket=BUCKET, Key=o["Key"])["Body"].read() for o in listed}


def png(size=(320, 200)):
    out = io.BytesIO()
    PILImage.new("RGB", size, (180, 40, 90)).save(out, "PNG")
    return out.getvalue()


def member_client(client):
    user = User.objects.create_user("aizada", "aizada@club.test", "x" * 12)
    user.groups.add(Group.objects.get_or_create(name=MEMBERS)[0])
    client.force_login(user)
    return client


# --- Images ---------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("domain", ["", PUBLIC_DOMAIN])
def test_an_uploaded_image_and_its_rendition_are_in_the_bucket_under_plain_links(
    s3, settings, client, home_pages, domain
):
    from news import demo
    from news.models import NewsPage

    use_bucket(settings, domain=domain)
    client.force_login(User.objects.create_superuser("editor", "editor@club.test", "x"))
    picture = png()
    response = client.post(
        "/admin/images/add/",
        {
            "title": "Budget hearing",
            "file": SimpleUploadedFile("hearing.png", picture, content_type="image/png"),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    image = get_image_model().objects.get(title="Budget hearing")
    assert bucket_objects(s3) == {image.file.name: picture}
    assert image.file.name.startswith("original_images/hearing")

    news = demo._indexes(home_pages)["news"]["en"]
    page = ensure_child_page(news, NewsPage, "hearing", title="Hearing", intro="Held.", image=image)
    client.logout()
    html = client.get(page.url).content.decode()

    rendition = image.renditions.get(filter_spec="width-800")
    stored = bucket_objects(s3)
    assert set(stored) >= {image.file.name, rendition.file.name}
    assert stored[rendition.file.name].startswith(b"\x89PNG")
    assert rendition.file.name.startswith("images/")
    src = re.search(r'<figure class="news-figure"><img [^>]*src="([^"]+)"', html).group(1)
    if domain:
        assert src == f"https://{PUBLIC_DOMAIN}/{rendition.file.name}"
    else:
        assert re.fullmatch(
            rf"https://{BUCKET}\.s3\.[\w.-]*amazonaws\.com/{rendition.file.name}", src
        )
        # Fetched as a browser would, without credentials (moto answers for the bucket).
        fetched = requests.get(src, timeout=5)
        assert fetched.status_code == 200
        assert fetched.content == stored[rendition.file.name]
    # Unsigned: the cached page and her phone keep the same link.
    assert "?" not in src and "X-Amz-" not in html


# --- Documents ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_members_only_document_in_the_bucket_streams_to_members_only(s3, client):
    content = b"%PDF-1.4 members' notes on the 2026 budget"
    document = create_document("Notes", "notes.pdf", content, members_only=True)
    assert bucket_objects(s3) == {document.file.name: content}
    assert document.file.name.startswith("documents/")

    anonymous = client.get(document.url)
    assert anonymous.status_code == 302
    assert "/accounts/login/" in anonymous["Location"]

    member = member_client(client).get(document.url)
    # Streamed by the site after its check: never a redirect to a (signed) bucket link.
    assert member.status_code == 200 and member.streaming
    assert b"".join(member.streaming_content) == content
    assert member["Content-Length"] == str(len(content))
    # Nor can anyone skip the check by the bucket's own link to the file.
    direct = requests.get(document.file.storage.url(document.file.name), timeout=5)
    assert direct.status_code == 403 and content not in direct.content


@pytest.mark.django_db
def test_a_public_document_in_the_bucket_downloads_for_anyone(s3, client):
    content = b"%PDF-1.4 open budget hearings, step by step"
    document = create_document("Guide", "guide.pdf", content)
    response = client.get(document.url)
    assert response.status_code == 200 and response.streaming
    assert b"".join(response.streaming_content) == content


# --- Backup and restore ---------------------------------------------------------------------


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_restore_puts_objects_deleted_from_the_bucket_back_byte_for_byte(s3, tmp_path, client):
    image = get_image_model()(title="Map")
    image.file = ImageFile(io.BytesIO(png((64, 48))), name="map.png")
    image.save()
    rendition = image.get_rendition("fill-32x32")
    document = create_document("Notes", "notes.pdf", b"%PDF notes", members_only=True)
    before = bucket_objects(s3)
    assert set(before) == {image.file.name, rendition.file.name, document.file.name}

    call_command("backup", str(tmp_path / "backup.tar.gz"), verbosity=0)
    # Disaster: the original and the document gone from the bucket; the rendition is kept
    # and must not come back a second time under another name.
    s3.delete_objects(
        Bucket=BUCKET,
        Delete={"Objects": [{"Key": image.file.name}, {"Key": document.file.name}]},
    )
    call_command("restore", str(tmp_path / "backup.tar.gz"), interactive=False, verbosity=0)

    assert bucket_objects(s3) == before
    restored = get_document_model().objects.get(title="Notes")
    download = member_client(client).get(restored.url)
    assert b"".join(download.streaming_content) == b"%PDF notes"


# --- A broken bucket ------------------------------------------------------------------------

STORAGE_REFUSED = "The file could not be saved: the media storage did not accept it."


@pytest.fixture
def editor_with_a_missing_bucket(s3, settings, client):
    """The site is set to a bucket that does not exist (deleted, or a mistyped name)."""
    use_bucket(settings, bucket="club-media-gone")
    editor = User.objects.create_superuser("editor", "editor@club.test", "x")
    set_admin_language(editor, "en")
    client.force_login(editor)
    return client


def upload(name="hearing.png"):
    return SimpleUploadedFile(name, png(), content_type="image/png")


# Autocommit, as the site runs: inside a test's transaction the failed save would have marked
# it for rollback, and the editor's language could not be read any more.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_upload_the_bucket_refuses_is_a_message_on_the_form(editor_with_a_missing_bucket):
    client = editor_with_a_missing_bucket
    collection = Collection.get_first_root_node().pk
    data = {"title": "Hearing", "file": upload(), "collection": collection}
    response = client.post("/admin/images/add/", data, follow=True)
    assert response.status_code == 200
    assert response.request["PATH_INFO"] == "/admin/images/add/"  # the form again
    assert STORAGE_REFUSED in response.content.decode()
    assert not get_image_model().objects.exists()

    several = client.post(
        "/admin/images/multiple/add/",
        {"files[]": upload(), "collection": collection},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert several.json()["success"] is False
    assert several.json()["error_message"].startswith(STORAGE_REFUSED)
    assert not get_image_model().objects.exists()
