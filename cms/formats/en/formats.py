"""English dates: Django's, and "17 December 2026" for a day in words."""

from django.conf.locale.en.formats import *  # noqa: F403

CLUB_DATE_FORMAT = "j E Y"
CLUB_DATETIME_FORMAT = "j E Y, H:i"
