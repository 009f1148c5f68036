"""Tag names typed on an item cannot run as formulas in the library tags' export."""

import pytest
from django.urls import reverse

from library.models import LibraryTag
from tests.spreadsheets import FORMULA, assert_text_cells, csv_cells

pytestmark = pytest.mark.django_db


def test_library_tag_export_escapes_names(client, django_user_model):
    LibraryTag.objects.create(name=FORMULA, slug="formula", name_ru="-1")
    client.force_login(django_user_model.objects.create_superuser("root", "r@x.test", "x"))
    url = reverse("wagtailsnippets_library_librarytag:list")
    cells = csv_cells(client.get(url, {"export": "csv"}))
    assert {"'" + FORMULA, "'-1"} <= cells and FORMULA not in cells
    assert_text_cells(client.get(url, {"export": "xlsx"}), FORMULA, "-1")
