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


def test_sqlite_default_uses_wal_and_immediate_transactions(tmp_path):
    code = (
        "import django; django.setup(); from django.db import connection; "
        "c = connection.cursor(); c.execute('PRAGMA journal_mode'); print(c.fetchone()[0]); "
        "print(connection.settings_dict['OPTIONS']['transaction_mode'])"
    )
    environment = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    environment.update(DJANGO_SETTINGS_MODULE="cms.settings.dev", VAR_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["wal", "IMMEDIATE"]


@pytest.mark.django_db
def test_database_under_test_matches_database_url():
    expected = "postgresql" if os.environ.get("DATABASE_URL") else "sqlite"
    assert connection.vendor == expected
