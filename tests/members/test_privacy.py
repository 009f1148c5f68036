"""Export her data as JSON; delete her account."""

import json

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import User
from wagtail import hooks

from home.members.models import MemberProfile, MembershipApplication

from .conftest import PASSWORD, make_application

pytestmark = pytest.mark.django_db


def export(client, user):
    client.force_login(user)
    response = client.get("/ky/account/export/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    return json.loads(response.content)


def test_export_contains_her_data_and_nobody_elses(client, member, other_member):
    data = export(client, member)
    sections = data["sections"]
    assert sections["account"]["email"] == "aigul@example.org"
    assert sections["profile"]["full_name"] == "Айгүл Токтогулова"
    assert sections["profile"]["phone"] == "+996555101201"
    text = json.dumps(data, ensure_ascii=False)
    assert "gulnara" not in text and "Гульнара" not in text


def test_export_includes_every_registered_section(client, member, other_member):
    def fake_progress(user):
        return "progress", [{"user": user.username}]

    with hooks.register_temporarily("register_member_data_export", fake_progress):
        data = export(client, member)
    assert data["sections"]["progress"] == [{"user": "aigul"}]


def test_export_needs_get_and_sign_in(client, member):
    assert client.get("/ky/account/export/").status_code == 302
    client.force_login(member)
    assert client.post("/ky/account/export/").status_code == 405


def test_delete_account_removes_her_data(client, member, other_member):
    make_application("Айгүл", "aigul@example.org", phone="+996555101201", user=member)
    AccessAttempt.objects.create(username="aigul", ip_address="127.0.0.1", failures_since_start=1)
    erased = []
    client.force_login(member)
    assert client.get("/ky/account/delete/").status_code == 200
    with hooks.register_temporarily("register_member_data_erasure", erased.append):
        response = client.post("/ky/account/delete/", {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 302
    assert [user.username for user in erased] == ["aigul"]
    assert not User.objects.filter(username="aigul").exists()
    assert not MemberProfile.objects.filter(full_name="Айгүл Токтогулова").exists()
    assert not MembershipApplication.objects.filter(email="aigul@example.org").exists()
    assert not AccessAttempt.objects.filter(username="aigul").exists()
    assert User.objects.filter(username="gulnara").exists()
    assert "_auth_user_id" not in client.session


def test_delete_needs_her_password(client, member):
    client.force_login(member)
    response = client.post("/ru/account/delete/", {"password": "wrong", "confirm": "on"})
    assert response.status_code == 200
    assert response.context["form"].errors["password"]
    response = client.post("/ru/account/delete/", {"password": PASSWORD})
    assert response.status_code == 200
    assert response.context["form"].errors["confirm"]
    assert User.objects.filter(pk=member.pk).exists()


def test_delete_account_removes_admin_history_with_her_name(client, member):
    from wagtail.models import ModelLogEntry

    profile = member.member_profile
    ModelLogEntry.objects.log_action(profile, "wagtail.edit")
    assert ModelLogEntry.objects.for_instance(profile).exists()
    client.force_login(member)
    client.post("/ky/account/delete/", {"password": PASSWORD, "confirm": "on"})
    assert not ModelLogEntry.objects.filter(label__contains="Токтогулова").exists()
