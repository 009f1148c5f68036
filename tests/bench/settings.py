"""Settings of `make bench` / `make load`: the test settings, a real database file, a bare view.

Only the benchmark uses this module; production URLs never get /bench/bare/.
"""

from cms.settings import base
from cms.settings.test import *  # noqa: F403

# Like production, from the environment again: the cache (Redis when REDIS_URL is set), the
# database (SQLite file in VAR_DIR or DATABASE_URL), media, and the page cache.
CACHES = base.CACHES
DATABASES = base.DATABASES
MEDIA_ROOT = base.MEDIA_ROOT
PAGE_CACHE_SECONDS = base.PAGE_CACHE_SECONDS
CLUB_REPORT_FIGURES_MAX_AGE = base.CLUB_REPORT_FIGURES_MAX_AGE  # (the tests recompute each view)

ROOT_URLCONF = "tests.bench.urls"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# 500s are counted in the table; their tracebacks would bury it.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"django.request": {"level": "CRITICAL"}},
}
