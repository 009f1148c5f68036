"""Settings for pytest: fast hashing, in-memory mail, media in a throwaway folder."""

import os
import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret-club-of-women-deputies-0123456789"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Emails still go through the outbox; the immediate task backend sends them at once.
CLUB_OUTBOX_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The browser journeys' server delivers into files instead (one per connection), read as the
# recipient's mail reader would: the outbox clears a row's body once it has left.
if os.environ.get("CLUB_TEST_MAIL_DIR"):
    CLUB_OUTBOX_EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = os.environ["CLUB_TEST_MAIL_DIR"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Reports recompute their figures on every view (the immediate backend runs the task at
# once), so a test sees what it just wrote; tests of the summary's age override it.
CLUB_REPORT_FIGURES_MAX_AGE = 0
CLUB_TELEGRAM_BOT_TOKEN = ""
CLUB_TELEGRAM_CHAT_ID = ""
# A server started by the browser journeys shares its media folder with the seeding command
# (MEDIA_ROOT in its environment); an in-process run gets a throwaway one.
MEDIA_ROOT = os.environ.get("MEDIA_ROOT") or tempfile.mkdtemp(prefix="club-test-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "test"},
    "renditions": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    # One process: counts in memory, emptied between tests (tests/conftest.py); the shared
    # table of production without Redis is tested in tests/home/test_rate_limit_counts.py.
    "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "rl"},
}
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
SERVE_MEDIA = True  # the browser journeys' gunicorn has no nginx in front
# A throwaway PostgreSQL test database need not wait for its commits to reach the disk
# (migrations commit hundreds of times; transactional tests flush every table).
for _database in DATABASES.values():  # noqa: F405
    if _database["ENGINE"] == "django.db.backends.postgresql":
        _database.setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"
