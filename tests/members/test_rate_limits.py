"""Limits on joining, password resets and failed sign-ins, per address and per email."""

import pytest
from django.conf import settings
from django.core import mail
from django.test import RequestFactory, override_settings

from home.members.models import MembershipApplication
from home.ratelimits import client_ip

from .conftest import PASSWORD, make_member
from .test_joining import application_data

pytestmark = pytest.mark.django_db

RESET = "/en/accounts/password/reset/"
LOGIN = "/en/accounts/login/"


def allowed(scope, kind):
    """How many attempts the configured rate lets through."""
    return int(settings.CLUB_RATE_LIMITS[scope][kind].split("/")[0])


def test_join_from_one_address_is_limited_and_keeps_what_she_typed(client, editor):
    for number in range(allowed("join", "ip")):
        response = client.post(
            "/en/join/", application_data(email=f"spam{number}@example.org"), REMOTE_ADDR="10.1.1.1"
        )
        assert response.status_code == 302
    sent = len(mail.outbox)

    response = client.post(
        "/en/join/",
        application_data(full_name="Айзада Бекова", email="aizada@example.org"),
        REMOTE_ADDR="10.1.1.1",
    )
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    body = response.content.decode()
    assert "Too many attempts. Please try again in about" in body
    assert 'value="Айзада Бекова"' in body and 'value="aizada@example.org"' in body
    assert "Мен жергиликтүү бюджет боюнча үйрөнгүм келет." in body
    assert not MembershipApplication.objects.filter(email="aizada@example.org").exists()
    assert len(mail.outbox) == sent  # no email to the editors

    # Another address is not affected.
    response = client.post(
        "/en/join/", application_data(email="aizada@example.org"), REMOTE_ADDR="10.1.1.2"
    )
    assert response.status_code == 302


def test_taken_addresses_cannot_be_probed_from_one_address(client):
    """Issue 25 #4: 21 posts with taken addresses answered "already exists" 18 times, no 429."""
    taken = [make_member(f"member{number}").email for number in range(7)]
    answers = []
    for attempt in range(21):
        response = client.post(
            "/en/join/", application_data(email=taken[attempt % 7]), REMOTE_ADDR="10.9.0.1"
        )
        assert "already" not in response.content.decode()
        answers.append(response.status_code)
    limit = allowed("join", "ip")
    assert answers == [302] * limit + [429] * (21 - limit)
    assert len(mail.outbox) == limit  # one note to each owner, none once refused
    assert not MembershipApplication.objects.exists()


def test_invalid_join_forms_count_too(client):
    """Every post counts, so a broken form is no free probe; her input is kept when refused."""
    for number in range(allowed("join", "ip")):
        response = client.post("/en/join/", application_data(consent="", email=f"c{number}@x.kg"))
        assert response.status_code == 200
    response = client.post("/en/join/", application_data())
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert 'value="Чолпон Асанова"' in response.content.decode()
    assert not MembershipApplication.objects.exists()


def test_password_reset_for_one_email_is_limited_from_any_address(client, member):
    for number in range(allowed("password_reset", "email")):
        response = client.post(
            RESET, {"email": "aigul@example.org"}, REMOTE_ADDR=f"10.2.0.{number + 1}"
        )
        assert response.status_code == 302
    sent = len(mail.outbox)
    assert sent == allowed("password_reset", "email")

    response = client.post(RESET, {"email": "AIGUL@example.org"}, REMOTE_ADDR="10.2.1.1")
    assert response.status_code == 429
    body = response.content.decode()
    assert "Too many attempts" in body and 'value="AIGUL@example.org"' in body
    assert len(mail.outbox) == sent


def test_password_reset_from_one_address_is_limited(client):
    for number in range(allowed("password_reset", "ip")):
        response = client.post(RESET, {"email": f"x{number}@example.org"})
        assert response.status_code == 302
    response = client.post(RESET, {"email": "someone-else@example.org"})
    assert response.status_code == 429
    assert 'value="someone-else@example.org"' in response.content.decode()


def test_failed_sign_ins_from_one_address_are_limited(client, member):
    # Different usernames, so django-axes (per username) never steps in.
    for number in range(allowed("sign_in", "ip")):
        response = client.post(LOGIN, {"username": f"guess{number}", "password": "x"})
        assert response.status_code == 200
    # Even the right password is not checked now.
    response = client.post(LOGIN, {"username": "aigul", "password": PASSWORD})
    assert response.status_code == 429
    body = response.content.decode()
    assert "Too many attempts" in body and 'value="aigul"' in body
    assert "didn&#x27;t match" not in body
    assert "_auth_user_id" not in client.session


def test_successful_sign_ins_do_not_count(client, member):
    """A training room full of members signing in from one address is not refused."""
    for _attempt in range(allowed("sign_in", "ip") + 2):
        response = client.post(LOGIN, {"username": "aigul", "password": PASSWORD})
        assert response.status_code == 302
        client.logout()


def test_forwarded_for_is_ignored_unless_behind_the_proxy(client):
    for number in range(allowed("password_reset", "ip")):
        client.post(
            RESET, {"email": f"y{number}@example.org"}, HTTP_X_FORWARDED_FOR=f"10.3.0.{number}"
        )
    response = client.post(RESET, {"email": "z@example.org"}, HTTP_X_FORWARDED_FOR="10.3.9.9")
    assert response.status_code == 429


@override_settings(SECURE_BEHIND_PROXY=True)
def test_behind_the_proxy_the_address_it_appended_counts(client):
    limit = allowed("password_reset", "ip")
    # Women behind one proxy (REMOTE_ADDR) each count for themselves.
    for number in range(limit + 2):
        response = client.post(
            RESET, {"email": f"w{number}@example.org"}, HTTP_X_FORWARDED_FOR=f"10.4.0.{number}"
        )
        assert response.status_code == 302
    # A client writing its own leftmost address cannot escape its real one.
    for number in range(limit):
        client.post(
            RESET,
            {"email": f"v{number}@example.org"},
            HTTP_X_FORWARDED_FOR=f"1.2.3.{number}, 10.4.1.1",
        )
    response = client.post(
        RESET, {"email": "u@example.org"}, HTTP_X_FORWARDED_FOR="9.9.9.9, 10.4.1.1"
    )
    assert response.status_code == 429


@pytest.mark.parametrize(
    ("behind_proxy", "forwarded", "expected"),
    [
        (False, "203.0.113.7", "192.0.2.1"),
        (True, "198.51.100.1, 203.0.113.7", "203.0.113.7"),
        (True, "not-an-address", "192.0.2.1"),
        (True, "", "192.0.2.1"),
    ],
)
def test_client_ip(behind_proxy, forwarded, expected):
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.1", HTTP_X_FORWARDED_FOR=forwarded)
    with override_settings(SECURE_BEHIND_PROXY=behind_proxy):
        assert client_ip(request) == expected


def test_a_second_member_is_not_limited_by_the_first_ones_email(client, member):
    make_member("cholpon")
    for _attempt in range(allowed("password_reset", "email") + 1):
        client.post(RESET, {"email": "aigul@example.org"}, REMOTE_ADDR="10.5.0.1")
    response = client.post(RESET, {"email": "cholpon@example.org"}, REMOTE_ADDR="10.5.0.2")
    assert response.status_code == 302


ADMIN_RESET = "/admin/password_reset/"
ADMIN_LOGIN = "/admin/login/"
# The admin speaks the browser's language (it has no Kyrgyz of its own).
ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}


def test_wagtails_password_reset_stops_where_ours_does(client, member):
    """Issue 25 #2: /admin/password_reset/ sent a reset email on every post."""
    limit = allowed("password_reset", "email")
    for number in range(limit):
        response = client.post(
            ADMIN_RESET, {"email": "aigul@example.org"}, REMOTE_ADDR=f"10.6.0.{number + 1}"
        )
        assert response.status_code == 302
    assert len(mail.outbox) == limit

    response = client.post(
        ADMIN_RESET, {"email": "aigul@example.org"}, REMOTE_ADDR="10.6.1.1", **ENGLISH
    )
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    body = response.content.decode()
    assert "Too many attempts. Please try again in about" in body
    assert 'value="aigul@example.org"' in body
    assert len(mail.outbox) == limit  # no email
    assert "no-store" in response["Cache-Control"]


def test_both_reset_doors_share_one_budget_per_email_and_per_address(client, member):
    limit = allowed("password_reset", "email")
    for number in range(limit):
        door = RESET if number % 2 else ADMIN_RESET
        response = client.post(
            door, {"email": "aigul@example.org"}, REMOTE_ADDR=f"10.7.0.{number + 1}"
        )
        assert response.status_code == 302
    for door in (RESET, ADMIN_RESET):
        response = client.post(door, {"email": "aigul@example.org"}, REMOTE_ADDR="10.7.1.1")
        assert response.status_code == 429
    assert len(mail.outbox) == limit

    # Per address: the public form's posts use up the admin's budget from that address.
    for number in range(allowed("password_reset", "ip")):
        client.post(RESET, {"email": f"p{number}@example.org"}, REMOTE_ADDR="10.7.2.1")
    response = client.post(ADMIN_RESET, {"email": "q@example.org"}, REMOTE_ADDR="10.7.2.1")
    assert response.status_code == 429


def test_wagtails_sign_in_stops_failures_from_one_address(client, editor):
    """Issue 25 #2: 25 failed admin sign-ins with distinct usernames all answered 200."""
    for number in range(allowed("sign_in", "ip")):
        response = client.post(ADMIN_LOGIN, {"username": f"guess{number}", "password": "x"})
        assert response.status_code == 200
    # Even the right password is not checked now.
    response = client.post(ADMIN_LOGIN, {"username": "editor", "password": PASSWORD}, **ENGLISH)
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    body = response.content.decode()
    assert "Too many attempts. Please try again in about" in body
    assert 'value="editor"' in body
    assert "_auth_user_id" not in client.session


def test_public_and_admin_sign_in_share_one_budget(client, editor):
    limit = allowed("sign_in", "ip")
    for number in range(limit):
        door = LOGIN if number % 2 else ADMIN_LOGIN
        assert client.post(door, {"username": f"g{number}", "password": "x"}).status_code == 200
    for door in (LOGIN, ADMIN_LOGIN):
        response = client.post(door, {"username": "editor", "password": PASSWORD})
        assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    # Another address signs in at the admin as usual.
    response = client.post(
        ADMIN_LOGIN, {"username": "editor", "password": PASSWORD}, REMOTE_ADDR="10.8.0.1"
    )
    assert response.status_code == 302


def test_wagtails_bare_front_end_sign_in_is_no_door_of_its_own(client, member):
    """Wagtail's /_util/login/ is Django's LoginView without any limit: it only redirects."""
    response = client.post("/en/_util/login/", {"username": "aigul", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == LOGIN
    assert "_auth_user_id" not in client.session
    response = client.get("/en/_util/login/?next=/en/account/")
    assert response["Location"] == LOGIN + "?next=/en/account/"
