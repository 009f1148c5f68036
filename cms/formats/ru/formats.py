"""Russian dates: Django's, and «17 декабря 2026» for a day in words."""

from django.conf.locale.ru.formats import *  # noqa: F403

CLUB_DATE_FORMAT = "j E Y"
CLUB_DATETIME_FORMAT = "j E Y, H:i"
