"""An editor's SVG is stored without scripts; an uploaded image opened on its own runs nothing."""

import re
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.images import get_image_model

from home.views import MEDIA_CONTENT_SECURITY_POLICY

README = Path(__file__).resolve().parents[2] / "README.md"

HOSTILE_SVG = """<?xml version="1.0" encoding="utf-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     width="120" height="60" viewBox="0 0 120 60" onload="alert('onload')">
  <script>alert(document.cookie)</script>
  <a href="javascript:alert('link')"><rect width="120" height="60" fill="#7a2e5c"
     onclick="alert('click')"/></a>
  <foreignObject width="10" height="10"><iframe src="https://evil.example/"/></foreignObject>
  <text x="10" y="35" fill="#fff">Кеңеш</text>
</svg>""".encode()

RUNS_SOMETHING = re.compile(rb"<script|\bon[a-z]+\s*=|javascript:|foreignObject|<iframe", re.I)


def svg_upload(content=HOSTILE_SVG, name="drawing.svg"):
    return SimpleUploadedFile(name, content, content_type="image/svg+xml")


def stored_bytes(image):
    with image.file.open("rb") as handle:
        return handle.read()


def test_the_admin_upload_stores_the_drawing_without_what_runs(admin_client, collection):
    assert RUNS_SOMETHING.search(HOSTILE_SVG)
    response = admin_client.post(
        "/admin/images/add/",
        {"title": "Map", "file": svg_upload(), "collection": collection},
    )
    assert response.status_code == 302
    image = get_image_model().objects.get()
    stored = stored_bytes(image)
    assert RUNS_SOMETHING.search(stored) is None
    assert "Кеңеш".encode() in stored and b"<rect" in stored  # the drawing itself is kept
    assert (image.width, image.height) == (120, 60)


def test_the_multiple_upload_stores_a_clean_svg_too(admin_client, collection):
    response = admin_client.post(
        "/admin/images/multiple/add/",
        {"files[]": svg_upload(), "collection": collection},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.json()["success"] is True
    assert RUNS_SOMETHING.search(stored_bytes(get_image_model().objects.get())) is None


def test_a_rendition_of_the_uploaded_svg_is_clean(admin_client, collection):
    admin_client.post(
        "/admin/images/add/", {"title": "Map", "file": svg_upload(), "collection": collection}
    )
    rendition = get_image_model().objects.get().get_rendition("width-60")
    with rendition.file.open("rb") as handle:
        assert RUNS_SOMETHING.search(handle.read()) is None


def test_an_svg_that_is_no_xml_is_a_form_error(admin_client, collection):
    response = admin_client.post(
        "/admin/images/add/",
        {
            "title": "Bad",
            "file": svg_upload(b"<svg xmlns='http://www.w3.org/2000/svg'><g>"),
            "collection": collection,
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not get_image_model().objects.exists()


def test_an_uploaded_image_opened_by_its_url_runs_nothing(client, db, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "old.svg").write_bytes(HOSTILE_SVG)  # one stored before the filter
    response = client.get("/media/images/old.svg")
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert policy == MEDIA_CONTENT_SECURITY_POLICY
    assert "sandbox" in policy and "script-src" not in policy


def test_the_nginx_snippet_gives_media_the_same_policy():
    """README → Security: nginx serves /media/images/ in production; the same header."""
    snippet = README.read_text()
    block = re.search(r"location /media/ \{(.*?)\}", snippet, re.S)
    assert block, "README has the nginx location for /media/"
    assert f'add_header Content-Security-Policy "{MEDIA_CONTENT_SECURITY_POLICY}" always;' in (
        block.group(1)
    )
