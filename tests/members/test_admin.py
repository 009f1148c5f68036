"""The member list and applications queue in the Wagtail admin."""

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.members.roles import REGIONAL_COORDINATORS

from .conftest import make_application, make_member

pytestmark = pytest.mark.django_db


def rows(response):
    return [str(obj) for obj in response.context["object_list"]]


def test_filters_and_search(client, editor, member, other_member):
    make_member("nurzhan", oblast="naryn", role="candidate", full_name="Нуржан Абдыкадырова")
    client.force_login(editor)
    assert rows(client.get("/admin/club-members/?oblast=naryn")) == ["Нуржан Абдыкадырова"]
    assert rows(client.get("/admin/club-members/?role=candidate")) == ["Нуржан Абдыкадырова"]
    assert rows(client.get("/admin/club-members/?q=Гульнара")) == ["Гульнара Исмаилова"]
    assert "Айгүл Токтогулова" in rows(client.get("/admin/club-members/?status=active"))
    assert rows(client.get("/admin/club-members/?status=inactive")) == []
    member.set_unusable_password()
    member.save()
    assert rows(client.get("/admin/club-members/?status=invited")) == ["Айгүл Токтогулова"]


def test_csv_and_xlsx_export(client, editor, member):
    client.force_login(editor)
    response = client.get("/admin/club-members/?export=csv&oblast=osh")
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    assert "aigul@example.org" in body and "Айгүл Токтогулова" in body
    response = client.get("/admin/club-members/?export=xlsx")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="club-members.xlsx"'


def test_applications_queue(client, editor):
    make_application()
    client.force_login(editor)
    response = client.get("/admin/club-applications/?status=pending")
    assert rows(response) == ["Чолпон <c@example.org>"]
    assert client.get("/admin/club-applications/?export=csv").status_code == 200


def test_member_list_query_count_does_not_grow(client, editor):
    client.force_login(editor)
    client.get("/admin/club-members/")
    counts = []
    for size in (3, 12):
        for index in range(size - len(counts) * 3):
            make_member(f"m{size}-{index}")
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/admin/club-members/").status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_regional_coordinator_sees_only_her_oblast(client, member, other_member):
    from home.members.roles import REGIONAL_COORDINATORS

    coordinator = make_member("bermet", group=REGIONAL_COORDINATORS, oblast="naryn")
    make_member("nurzhan", oblast="naryn", full_name="Нуржан Абдыкадырова")
    client.force_login(coordinator)
    assert sorted(rows(client.get("/admin/club-members/"))) == ["Bermet", "Нуржан Абдыкадырова"]
    body = b"".join(client.get("/admin/club-members/?export=csv").streaming_content).decode()
    assert "Нуржан" in body and "Айгүл" not in body
    other = member.member_profile.pk
    # (LocaleMiddleware turns a 404 outside i18n_patterns into a redirect to /ky/...: follow it.)
    assert client.get(f"/admin/club-members/inspect/{other}/", follow=True).status_code == 404
    assert client.get(f"/admin/club-members/edit/{other}/").status_code == 302


def test_admin_home_shows_waiting_applications_to_editors(client, editor, member):
    make_application("Чолпон Асанова")
    client.force_login(editor)
    assert "Чолпон Асанова" in client.get("/admin/").content.decode()


def test_an_editor_edits_a_member(client, editor, member):
    client.force_login(editor)
    url = f"/admin/club-members/edit/{member.member_profile.pk}/"
    page = client.get(url)
    assert page.status_code == 200
    assert "Айгүл Токтогулова" in page.content.decode()
    form = page.context["form"]
    data = {name: value for name, value in form.initial.items() if value is not None}
    data.update(municipality="Кара-Суу", full_name="Айгүл Токтогулова")
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    member.member_profile.refresh_from_db()
    assert member.member_profile.municipality == "Кара-Суу"


def test_editing_a_member_stays_within_her_scope(client, member, other_member):
    """Even with the right to change profiles, a coordinator edits only her oblasts' members."""
    coordinator = make_member("bermet", group=REGIONAL_COORDINATORS, oblast="naryn")
    coordinator.user_permissions.add(Permission.objects.get(codename="change_memberprofile"))
    neighbour = make_member("nurzhan", oblast="naryn", full_name="Нуржан Абдыкадырова")
    client.force_login(coordinator)
    mine = client.get(f"/admin/club-members/edit/{neighbour.member_profile.pk}/")
    assert mine.status_code == 200
    outside = f"/admin/club-members/edit/{member.member_profile.pk}/"
    assert client.get(outside, follow=True).status_code == 404
    assert client.post(outside, {"municipality": "x"}, follow=True).status_code == 404
    member.member_profile.refresh_from_db()
    assert member.member_profile.municipality != "x"
