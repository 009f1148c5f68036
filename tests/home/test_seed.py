import io

import pytest
from django.apps import apps
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def _counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if not model._meta.label.startswith(("sessions.", "axes."))
    }


def test_seed_demo_twice_changes_nothing(demo_site):
    """`demo_site` ran seed_demo once (tests/shared_seed.py); a second run adds nothing."""
    first = _counts()
    assert first["home.HomePage"] == 3
    call_command("seed_demo", stdout=io.StringIO())
    assert _counts() == first


def test_seed_demo_builds_a_home_page_per_language(demo_site, client):
    from home.models import HomePage

    languages = set(HomePage.objects.live().values_list("locale__language_code", flat=True))
    assert languages == {"ky", "ru", "en"}
