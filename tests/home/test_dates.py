"""Dates as each language writes them: Kyrgyz «2026-жылдын 17-декабры», month names in
lower case; Russian «17 декабря 2026»; English "17 December 2026"."""

import datetime

import pytest
from django.conf import settings
from django.template import Context, Template
from django.utils import formats, translation

DAY = datetime.datetime(2026, 12, 17, 14, 30)


def render(code, source, value=DAY):
    with translation.override(code):
        return Template(source).render(Context({"value": value}))


@pytest.mark.parametrize(
    ("code", "date", "date_time"),
    [
        ("ky", "2026-жылдын 17-декабры", "2026-жылдын 17-декабры, 14:30"),
        ("ru", "17 декабря 2026", "17 декабря 2026, 14:30"),
        ("en", "17 December 2026", "17 December 2026, 14:30"),
    ],
)
def test_the_templates_day_in_words(code, date, date_time):
    assert render(code, '{{ value|date:"CLUB_DATE_FORMAT" }}') == date
    assert render(code, '{{ value|date:"CLUB_DATETIME_FORMAT" }}') == date_time


def test_every_kyrgyz_month_in_its_possessive_form_and_lower_case():
    months = [
        render("ky", '{{ value|date:"DATE_FORMAT" }}', datetime.date(2026, month, 1))
        for month in range(1, 13)
    ]
    assert months == [
        f"2026-жылдын 1-{name}"
        for name in [
            "январы",
            "февралы",
            "марты",
            "апрели",
            "майы",
            "июну",
            "июлу",
            "августу",
            "сентябры",
            "октябры",
            "ноябры",
            "декабры",
        ]
    ]
    assert render("ky", '{{ value|date:"F" }}') == "декабрь"
    assert render("ky", '{{ value|date:"MONTH_DAY_FORMAT" }}') == "17-декабрь"


def test_every_language_of_the_site_has_the_clubs_formats():
    for code, _name in settings.LANGUAGES:
        for name in ("CLUB_DATE_FORMAT", "CLUB_DATETIME_FORMAT"):
            assert formats.get_format(name, lang=code) != name, (code, name)


def test_russian_and_english_keep_djangos_own_date_format():
    assert render("ru", '{{ value|date:"DATE_FORMAT" }}') == "17 декабря 2026 г."
    assert render("en", '{{ value|date:"DATE_FORMAT" }}') == "Dec. 17, 2026"
