"""Names and addresses cannot run as formulas in the participants and mailing-list exports."""

import pytest
from django.urls import reverse

from home.members.models import MemberProfile
from news.models import Subscription
from news.registration import register
from tests.spreadsheets import FORMULA, assert_text_cells, csv_cells

pytestmark = pytest.mark.django_db

# A valid address a spreadsheet would still read as a formula.
FORMULA_EMAIL = "=1+2@example.kg"


@pytest.fixture
def editor_client(client, django_user_model):
    from django.contrib.auth.models import Group

    editor = django_user_model.objects.create_user("ed", "ed@example.kg", "x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    return client


def test_participants_export_escapes_names_and_addresses(editor_client, make_event, make_member):
    member = make_member("hacker", email=FORMULA_EMAIL)
    MemberProfile.objects.create(user=member, full_name=FORMULA, oblast="osh", role="deputy")
    register(member, make_event("listed"))
    url = reverse("participants:index")
    cells = csv_cells(editor_client.get(url, {"export": "csv"}))
    assert {"'" + FORMULA, "'" + FORMULA_EMAIL} <= cells
    assert FORMULA not in cells and FORMULA_EMAIL not in cells
    assert_text_cells(editor_client.get(url, {"export": "xlsx"}), FORMULA, FORMULA_EMAIL)


def test_mailing_list_export_escapes_addresses(editor_client):
    Subscription.objects.create(email=FORMULA_EMAIL, language="ky", status="confirmed")
    url = reverse("mailing_list:index")
    cells = csv_cells(editor_client.get(url, {"export": "csv"}))
    assert "'" + FORMULA_EMAIL in cells and FORMULA_EMAIL not in cells
    assert_text_cells(editor_client.get(url, {"export": "xlsx"}), FORMULA_EMAIL)
