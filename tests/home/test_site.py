import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_admin_login_page_loads(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert b'name="username"' in response.content


@pytest.mark.django_db
def test_static_files_are_served_by_whitenoise(client):
    response = client.get("/static/css/club.css")
    assert response.status_code == 200
    assert b"--brand" in b"".join(response.streaming_content)


@pytest.mark.django_db
def test_robots_and_sitemap(client, home_pages):
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in robots
    assert "Sitemap: http://testserver/sitemap.xml" in robots
    sitemap = client.get("/sitemap.xml").content.decode()
    for code in ("ky", "ru", "en"):
        assert f"/{code}/</loc>" in sitemap


@pytest.mark.django_db
def test_unknown_page_gives_a_translated_404(client, home_pages):
    response = client.get("/ru/no-such-page/")
    assert response.status_code == 404
    assert "Страница не найдена" in response.content.decode()


def test_manage_check_is_clean():
    call_command("check", fail_level="WARNING")


def _run_settings(module, **env):
    code = "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)"
    environment = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    environment.update(DJANGO_SETTINGS_MODULE=module, **env)
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True
    )


def test_production_settings_refuse_to_start_without_a_real_secret_key():
    result = _run_settings("cms.settings.production")
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


def test_production_settings_start_with_a_real_secret_key():
    result = _run_settings("cms.settings.production", SECRET_KEY="x" * 64)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


# Sixteen threads each read the seats left, then take one, in a transaction: what an event
# registration does. Under SQLite's default DEFERRED mode the read-then-write fails at once
# with "database is locked"; with IMMEDIATE transactions and a busy timeout all succeed.
CONCURRENT_SQLITE_SCRIPT = """
import threading
import django
django.setup()
from django.db import connection, transaction
cursor = connection.cursor()
cursor.execute("PRAGMA journal_mode")
print(cursor.fetchone()[0])
print(connection.settings_dict["OPTIONS"]["transaction_mode"])
cursor.execute("CREATE TABLE seats (taken INTEGER)")
errors = []

def take_seat():
    try:
        with transaction.atomic():
            with connection.cursor() as c:
                c.execute("SELECT COUNT(*) FROM seats")
                c.fetchone()
                c.execute("INSERT INTO seats VALUES (1)")
    except Exception as error:
        errors.append(repr(error))
    finally:
        connection.close()

threads = [threading.Thread(target=take_seat) for _ in range(16)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
cursor = connection.cursor()
cursor.execute("SELECT COUNT(*) FROM seats")
print(cursor.fetchone()[0], len(errors), errors[:1])
"""


@pytest.mark.parametrize("configured_by", ["default", "DATABASE_URL"])
def test_sqlite_uses_wal_and_immediate_transactions_however_configured(tmp_path, configured_by):
    environment = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    environment.update(DJANGO_SETTINGS_MODULE="cms.settings.dev", VAR_DIR=str(tmp_path))
    if configured_by == "DATABASE_URL":
        environment["DATABASE_URL"] = f"sqlite:///{tmp_path / 'elsewhere.sqlite3'}"
    result = subprocess.run(
        [sys.executable, "-c", CONCURRENT_SQLITE_SCRIPT],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    journal_mode, transaction_mode, outcome = result.stdout.splitlines()
    assert (journal_mode, transaction_mode) == ("wal", "IMMEDIATE")
    assert outcome == "16 0 []"


@pytest.mark.django_db
def test_database_under_test_matches_database_url():
    expected = "postgresql" if os.environ.get("DATABASE_URL") else "sqlite"
    assert connection.vendor == expected
