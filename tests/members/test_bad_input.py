"""Junk sent to the members' forms and URLs: never a server error, her saved data untouched."""

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import User
from hypothesis import given
from hypothesis import strategies as st

from home.members.models import MemberProfile, MembershipApplication
from tests.junk import (
    FUZZ,
    JUNK,
    LONG_TEXT,
    encode,
    every_junk_value,
    get,
    junk_pairs,
    junk_values,
    post,
)

from .conftest import PASSWORD
from .test_account import profile_data
from .test_joining import application_data

pytestmark = pytest.mark.django_db

APPLICATION = application_data()
PROFILE = profile_data()
PROFILE_FIELDS = [name for name in PROFILE if name != "email"]


@pytest.fixture(autouse=True)
def no_rate_limits(settings):
    """Rate limits would soon answer 429 to everything: let the forms see every example."""
    settings.RATELIMIT_ENABLE = False


def saved_profile(user):
    profile = MemberProfile.objects.select_related("user").get(user=user)
    return {name: getattr(profile, name) for name in PROFILE_FIELDS} | {"email": profile.user.email}


def assert_clean_text(values):
    for value in values:
        if isinstance(value, str):
            assert "\x00" not in value


@FUZZ
@given(pairs=junk_pairs(APPLICATION), language=st.sampled_from(["ky", "ru", "en"]))
def test_join_form(client, pairs, language):
    response = post(client, f"/{language}/join/", pairs)
    assert response.status_code in (200, 302)
    for application in MembershipApplication.objects.values():
        assert_clean_text(application.values())
        assert len(application["full_name"]) <= 150


@FUZZ
@given(pairs=junk_pairs({"username": "aigul", "password": "wrong", "next": "/en/account/"}))
def test_sign_in_form(client, member, pairs):
    response = post(client, "/en/accounts/login/", pairs)
    assert response.status_code in (200, 302, 429)
    assert User.objects.get(pk=member.pk).check_password(PASSWORD)


@FUZZ
@given(pairs=junk_pairs({"email": "aigul@example.org"}))
def test_password_reset_form(client, member, pairs):
    assert post(client, "/en/accounts/password/reset/", pairs).status_code in (200, 302)
    assert User.objects.get(pk=member.pk).check_password(PASSWORD)


@FUZZ
@given(pairs=junk_pairs(PROFILE))
def test_account_form_keeps_her_profile_unless_saved(client, member, pairs):
    client.force_login(member)
    before = saved_profile(member)
    response = post(client, "/en/account/", pairs)
    after = saved_profile(member)
    if response.status_code == 200:  # refused: the form again, nothing changed
        assert after == before
    else:
        assert response.status_code == 302
        assert_clean_text(after.values())
        sent = {name.decode() for name, _value in pairs}
        for name in PROFILE_FIELDS:
            if name not in sent and not name.startswith("notify_"):  # a checkbox left out: off
                assert after[name] == before[name]


@FUZZ
@given(
    pairs=junk_pairs(
        {"old_password": "wrong", "new_password1": "Ala-Too-2026!", "new_password2": "x"}
    )
)
def test_password_change_form(client, member, pairs):
    client.force_login(member)
    response = post(client, "/en/accounts/password/change/", pairs)
    assert response.status_code == 200
    assert User.objects.get(pk=member.pk).check_password(PASSWORD)


@FUZZ
@given(pairs=junk_pairs({"password": "wrong", "confirm": "on"}))
def test_delete_account_form(client, member, pairs):
    client.force_login(member)
    assert post(client, "/en/account/delete/", pairs).status_code == 200
    assert MemberProfile.objects.filter(user=member).exists()


@FUZZ
@given(uid=junk_values, token=junk_values)
def test_password_links_with_junk_tokens(client, member, uid, token):
    from urllib.parse import quote_from_bytes

    path = f"{quote_from_bytes(uid or b'x', safe='')}/{quote_from_bytes(token or b'x', safe='')}"
    for url in (f"/en/accounts/password/reset/{path}/", f"/en/accounts/welcome/{path}/"):
        assert get(client, url).status_code in (200, 302, 404)
    assert User.objects.get(pk=member.pk).check_password(PASSWORD)


@FUZZ
@given(pairs=st.lists(st.tuples(st.sampled_from([b"next", b"user", b"q"]), junk_values)))
def test_member_pages_with_junk_query_strings(client, member, pairs):
    for url in ("/en/accounts/login/", "/en/join/", "/en/accounts/password/reset/"):
        assert get(client, url, pairs).status_code == 200
    client.force_login(member)
    assert get(client, "/en/account/", pairs).status_code == 200
    client.logout()


def test_every_junk_value_in_every_field(client, member):
    forms = {
        "/en/join/": APPLICATION,
        "/en/accounts/login/": {"username": "", "password": "", "next": ""},
        "/en/accounts/password/reset/": {"email": ""},
    }
    for url, fields in forms.items():
        for pairs in every_junk_value(fields):
            assert post(client, url, pairs).status_code in (200, 302, 429)
            assert get(client, url, pairs).status_code == 200
    client.force_login(member)
    before = saved_profile(member)
    member_forms = {
        "/en/account/": PROFILE,
        "/en/accounts/password/change/": {"old_password", "new_password1", "new_password2"},
        "/en/account/delete/": {"password", "confirm"},
    }
    for url, fields in member_forms.items():
        for pairs in every_junk_value(fields):
            response = post(client, url, pairs)
            # A body over DATA_UPLOAD_MAX_MEMORY_SIZE gets the plain 400 page.
            too_big = len(encode(pairs)) > django_settings.DATA_UPLOAD_MAX_MEMORY_SIZE
            assert response.status_code == (400 if too_big else 200)
    assert saved_profile(member) == before
    assert User.objects.get(pk=member.pk).check_password(PASSWORD)


def test_fields_missing_from_the_request_keep_her_saved_values(client, member):
    client.force_login(member)
    before = saved_profile(member)
    sent = {name: value for name, value in PROFILE.items() if name not in ("phone", "role")}
    assert client.post("/en/account/", sent).status_code == 302
    after = saved_profile(member)
    assert after["phone"] == before["phone"] == "+996555101201"
    assert after["role"] == before["role"]
    assert after["municipality"] == PROFILE["municipality"]


def test_an_overlong_name_is_refused_with_her_text_kept(client, member):
    client.force_login(member)
    before = saved_profile(member)
    municipality = "Ош шаары — жаңы аймак"
    name = LONG_TEXT.decode()
    response = post(
        client,
        "/en/account/",
        [
            (name.encode(), value.encode())
            for name, value in {**PROFILE, "full_name": name, "municipality": municipality}.items()
        ],
    )
    assert response.status_code == 200
    assert "full_name" in response.context["form"].errors
    assert municipality in response.content.decode()
    assert saved_profile(member) == before


@pytest.mark.parametrize("value", [b"\x00", "\ud800".encode("utf-8", "surrogatepass")])
def test_nul_bytes_and_broken_encodings_are_form_errors(client, member, value):
    assert value in JUNK
    client.force_login(member)
    before = saved_profile(member)
    pairs = [(name.encode(), data.encode()) for name, data in PROFILE.items()]
    response = post(client, "/en/account/", [(b"full_name", value), *pairs[1:]])
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert saved_profile(member) == before
    assert_clean_text(saved_profile(member).values())
