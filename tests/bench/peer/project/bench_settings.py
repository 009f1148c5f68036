"""The example project's settings as `make bench` runs them: like the Club's bench settings,
DEBUG off (no query log kept, no debug cursor) and a throwaway database in var/peer/."""

from pathlib import Path

from example_project.settings import *  # noqa: F403
from example_project.settings import DATABASES

VAR_DIR = Path(__file__).resolve().parents[4] / "var" / "peer"

DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
ROOT_URLCONF = "bench_urls"
DATABASES["default"]["NAME"] = str(VAR_DIR / "db.sqlite3")
MEDIA_ROOT = str(VAR_DIR / "media")
