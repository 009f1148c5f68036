"""The admin speaks Kyrgyz and Russian whole: every string Wagtail, wagtail-localize, Django
and django-taggit show has a translation in locale/vendor/, in the admin's words."""

import subprocess

import polib
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from home import vendor_catalogues
from tests.admin_language import set_admin_language


def test_every_admin_string_has_a_kyrgyz_and_a_russian_translation():
    """A new Wagtail release adds strings: this names each one until it is translated
    (``manage.py vendor_messages`` adds them, empty, to locale/vendor/)."""
    assert vendor_catalogues.problems() == []


def test_the_check_names_a_string_without_translation(tmp_path, monkeypatch):
    monkeypatch.setattr(vendor_catalogues, "VENDOR_ROOT", tmp_path)
    monkeypatch.setattr(settings, "BASE_DIR", tmp_path)
    missing = vendor_catalogues.problems(languages=("ky",))
    assert (
        "wagtail/admin/locale/ky/LC_MESSAGES/django.po: no translation for 'Dashboard'" in missing
    )


@pytest.mark.parametrize("language", vendor_catalogues.ADMIN_LANGUAGES)
def test_vendored_catalogues_compile_and_keep_their_packages_layout(language):
    catalogue_list = vendor_catalogues.catalogues()
    assert {c.name for c in catalogue_list} >= {
        "wagtail",
        "wagtail.admin",
        "wagtail.images",
        "wagtail.documents",
        "wagtail.snippets",
        "wagtail.users",
        "wagtail_localize",
        "taggit",
        "django.conf",
    }
    for catalogue in catalogue_list:
        path = catalogue.vendored(language)
        assert path.parent.parent.parent.name == "locale", path
        checked = subprocess.run(
            ["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True
        )
        assert checked.returncode == 0, checked.stderr
        assert polib.pofile(str(path)).metadata["Language"] == language


def test_the_glossary_words_are_the_catalogues_words():
    words = vendor_catalogues.glossary()
    assert words["ky"]["Publish"] == "Жарыялоо" and words["ru"]["Draft"] == "Черновик"
    wrong = []
    for catalogue in vendor_catalogues.catalogues():
        for language, by_msgid in words.items():
            for entry in polib.pofile(str(catalogue.vendored(language))):
                if not entry.msgctxt and by_msgid.get(entry.msgid, entry.msgstr) != entry.msgstr:
                    wrong.append(f"{catalogue} {language}: {entry.msgid} → {entry.msgstr}")
    assert wrong == []


def test_russian_counts_agree_with_the_number():
    """Wagtail's Russian had "2 страниц" and "6 элементы": each plural form is its own."""
    with translation.override("ru"):
        pages = [
            translation.ngettext("1 page", "%(counter)s pages", n) % {"counter": n}
            for n in (21, 3, 5)
        ]
    assert pages == ["21 страница", "3 страницы", "5 страниц"]


def test_vendored_paths_come_after_the_clubs_own():
    assert settings.LOCALE_PATHS[0] == settings.BASE_DIR / "locale"
    assert len(settings.LOCALE_PATHS) == 1 + len(
        [c for c in vendor_catalogues.catalogues() if c.domain == "django"]
    )


@pytest.mark.django_db
def test_the_kyrgyz_admin_speaks_kyrgyz_on_the_server_and_in_javascript(admin_user, client):
    set_admin_language(admin_user, "ky")
    client.force_login(admin_user)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Башкаруу панели" in dashboard or "Барактар" in dashboard
    assert ">Pages<" not in dashboard
    catalogue = client.get(reverse("wagtailadmin_javascript_catalog")).content.decode()
    assert '"Close": "\\u0416\\u0430\\u0431\\u0443\\u0443"' in catalogue  # «Жабуу»
