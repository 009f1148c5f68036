"""Issue 25 #9: without Redis the rate limits count once for the whole site, not per worker."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.test import RequestFactory, override_settings

from home.ratelimit_cache import TABLE, CounterCache
from home.ratelimits import retry_after

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
JOIN_LIMIT = int(settings.CLUB_RATE_LIMITS["join"]["ip"].split("/")[0])

# One gunicorn worker: count `argv[1]` join posts from one address, print the longest wait.
WORKER = """
import sys
import django

django.setup()
from django.core.management import call_command
from django.test import RequestFactory
from home.ratelimits import retry_after

call_command("createcachetable", verbosity=0)
request = RequestFactory().post("/en/join/", REMOTE_ADDR="10.13.0.1")
print(max(retry_after(request, "join") for _ in range(int(sys.argv[1]))))
"""


def _worker(tmp_path, posts):
    """A separate process with the production settings and neither Redis nor DATABASE_URL."""
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DATABASE_URL")}
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production", SECRET_KEY="x" * 64, VAR_DIR=str(tmp_path)
    )
    result = subprocess.run(
        [sys.executable, "-c", WORKER, str(posts)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return int(result.stdout.strip().splitlines()[-1])


def test_two_workers_share_one_count(tmp_path):
    """Two gunicorn workers let 18 joins through a limit of 10: each counted for itself."""
    assert _worker(tmp_path, JOIN_LIMIT) == 0  # the first worker takes the whole budget
    assert _worker(tmp_path, 1) > 0  # the second one knows


def test_migrate_creates_the_counter_table():
    assert TABLE in connection.introspection.table_names()


@override_settings(
    CACHES={
        **settings.CACHES,
        "ratelimit": {"BACKEND": "home.ratelimit_cache.CounterCache", "LOCATION": TABLE},
    }
)
def test_counts_in_the_table_outlive_the_process_memory():
    request = RequestFactory().post("/", REMOTE_ADDR="10.13.0.2")
    for _post in range(JOIN_LIMIT):
        assert retry_after(request, "join") == 0
    caches["default"].clear()  # what a worker holds in memory
    assert retry_after(request, "join") > 0
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {TABLE}")
        assert cursor.fetchone()[0] == 1  # one counter: this address, this hour


def test_an_increment_counts_every_call_and_keeps_the_window():
    """Django's own DatabaseCache.incr re-sets the value with the default timeout (300 s), so
    the count of a one-hour window would start again after five quiet minutes."""
    counter = CounterCache(TABLE, {})
    assert counter.add("joins", 1, 3600)

    def expires():
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT expires FROM {TABLE}")
            return cursor.fetchone()[0]

    before = expires()
    for _post in range(5):
        counter.incr("joins")
    assert counter.get("joins") == 6
    assert expires() == before
    with pytest.raises(ValueError):
        counter.incr("nothing-counted-yet")
