"""Requests the site cannot read get a plain 400 page; broken image uploads get a form error."""

import io
import random

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form, get_image_multi_form

from home.image_forms import ClubImageForm
from tests.junk import FUZZ

pytestmark = pytest.mark.django_db

LOGIN = "/en/accounts/login/"


def post_in_charset(client, url=LOGIN, charset="latin-1", token=""):
    return client.generic(
        "POST",
        url,
        f"csrfmiddlewaretoken={token}&username=a%E9&password=b".encode(),
        content_type=f"application/x-www-form-urlencoded; charset={charset}",
    )


@pytest.fixture
def browser(home_pages):
    """A client that passes the CSRF check as a browser does, so the check reads the form."""
    client = Client(enforce_csrf_checks=True)
    client.get(LOGIN)
    client.token = client.cookies["csrftoken"].value
    return client


@pytest.mark.parametrize("charset", ["latin-1", "utf-16", "ISO-8859-5"])
def test_a_form_posted_in_another_charset_gets_a_plain_400_page(browser, charset):
    response = post_in_charset(browser, charset=charset, token=browser.token)
    assert response.status_code == 400
    html = response.content.decode()
    assert "The site could not read this request" in html
    assert 'href="/en/"' in html


def test_the_400_page_speaks_the_language_of_the_url(browser):
    response = post_in_charset(browser, url="/ru/accounts/login/", token=browser.token)
    assert response.status_code == 400
    assert '<html lang="ru">' in response.content.decode()


def test_without_csrf_token_or_cookie_no_server_error(browser):
    # The cookie but no token: the CSRF check reads the form, which cannot be read.
    assert post_in_charset(browser).status_code == 400
    # Not even the cookie: the CSRF failure page, before anything reads the form.
    assert post_in_charset(Client(enforce_csrf_checks=True)).status_code == 403


def test_an_unknown_charset_is_read_as_utf8(browser):
    response = post_in_charset(browser, charset="foo", token=browser.token)
    assert response.status_code == 200  # the sign-in form again, with its error
    assert 'name="username"' in response.content.decode()


# --- Images ---------------------------------------------------------------------------------


def image_bytes(fmt="PNG", size=(64, 48)):
    """A photo-like image: noise, so the pixel data is as long as a real photo's."""
    out = io.BytesIO()
    PILImage.frombytes("RGB", size, random.Random(1).randbytes(size[0] * size[1] * 3)).save(
        out, fmt
    )
    return out.getvalue()


PNG = image_bytes()
# Cut off inside the header, right after it, and halfway through the pixel data.
BROKEN_PNGS = [PNG[:20], PNG[:33], PNG[:60], PNG[: len(PNG) // 2]]
BROKEN_IDS = ["in-header", "after-header", "in-pixels-start", "in-pixels-half"]


def upload(name, content):
    return SimpleUploadedFile(name, content, content_type="image/png")


@pytest.mark.parametrize("content", BROKEN_PNGS, ids=BROKEN_IDS)
def test_a_truncated_png_is_a_form_error_in_the_admin(admin_client, collection, content):
    response = admin_client.post(
        "/admin/images/add/",
        {"title": "Cut", "file": upload("cut.png", content), "collection": collection},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize("content", BROKEN_PNGS, ids=BROKEN_IDS)
def test_a_truncated_png_is_an_error_in_the_multiple_upload(admin_client, collection, content):
    response = admin_client.post(
        "/admin/images/multiple/add/",
        {"files[]": upload("cut.png", content), "collection": collection},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    data = response.json()
    assert data["success"] is False and data["error_message"]
    assert not get_image_model().objects.exists()


def test_a_whole_png_is_still_accepted(admin_client, collection):
    response = admin_client.post(
        "/admin/images/add/",
        {"title": "Whole", "file": upload("whole.png", PNG), "collection": collection},
    )
    assert response.status_code == 302
    assert get_image_model().objects.get().width == 64


def test_the_multiple_upload_edit_form_has_no_file_field():
    model = get_image_model()
    assert issubclass(get_image_form(model), ClubImageForm)
    assert "file" not in get_image_multi_form(model)().fields


SAMPLES = {
    "png": PNG,
    "jpg": image_bytes("JPEG"),
    "gif": image_bytes("GIF"),
    "webp": image_bytes("WEBP"),
}


@FUZZ
@given(
    extension=st.sampled_from(sorted(SAMPLES)),
    cut=st.integers(min_value=0, max_value=400),
    noise=st.binary(max_size=16),
)
def test_any_damaged_image_is_valid_or_a_form_error(extension, cut, noise):
    """Cut anywhere and garbage appended: the field answers, it never raises anything else."""
    content = SAMPLES[extension][:cut] + noise
    field = get_image_form(get_image_model())().fields["file"]
    try:
        field.clean(upload(f"damaged.{extension}", content))
    except ValidationError as error:
        assert error.messages
