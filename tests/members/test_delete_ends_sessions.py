"""Deleting her account signs her out on every device, and only her."""

import pytest
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.test import Client

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db


def sessions_of(user):
    return [s for s in Session.objects.all() if s.get_decoded().get(SESSION_KEY) == str(user.pk)]


@pytest.mark.parametrize(
    "engine",
    ["django.contrib.sessions.backends.db", "django.contrib.sessions.backends.cached_db"],
)
def test_deleting_the_account_signs_her_out_on_her_other_devices(
    settings, client, member, other_member, engine
):
    settings.SESSION_ENGINE = engine
    phone, laptop, someone_else = Client(), Client(), Client()
    for device, username in ((phone, "aigul"), (laptop, "aigul"), (someone_else, "gulnara")):
        response = device.post("/en/accounts/login/", {"username": username, "password": PASSWORD})
        assert response.status_code == 302
    assert len(sessions_of(member)) == 2

    response = phone.post("/en/account/delete/", {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 302

    assert sessions_of(member) == []  # nothing about her stays in the session store
    response = laptop.get("/en/account/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    # Another member stays signed in.
    assert someone_else.get("/en/account/").status_code == 200
    assert len(sessions_of(other_member)) == 1
