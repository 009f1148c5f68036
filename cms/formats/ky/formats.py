"""Kyrgyz dates: «2026-жылдын 17-декабры» (see cms/formats/__init__.py)."""

from django.conf.locale.ky.formats import *  # noqa: F403 - input formats, separators

DATE_FORMAT = "Y-жылдын j-E"
DATETIME_FORMAT = "Y-жылдын j-E, H:i"
TIME_FORMAT = "H:i"
YEAR_MONTH_FORMAT = "Y-жылдын E"
MONTH_DAY_FORMAT = "j-F"
CLUB_DATE_FORMAT = DATE_FORMAT
CLUB_DATETIME_FORMAT = DATETIME_FORMAT
