"""Settings of `make bench` / `make load`: the test settings, a real database file, a bare view.

Only the benchmark uses this module; production URLs never get /bench/bare/.
"""

from cms.settings.base import CACHES, DATABASES, MEDIA_ROOT  # noqa: F401 - env-driven again
from cms.settings.test import *  # noqa: F403

ROOT_URLCONF = "tests.bench.urls"
DEBUG = False
# Like production: the cache the environment names (Redis when REDIS_URL is set), the
# database the environment names (SQLite file in VAR_DIR or DATABASE_URL).
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# 500s are counted in the table; their tracebacks would bury it.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"django.request": {"level": "CRITICAL"}},
}
