"""Deployment: production settings pass `check --deploy`; backup/restore round-trips all data."""

import json
import os
import re
import secrets
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
LOCAL_ONLY = {"DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE", "DEBUG"}


def test_check_deploy_with_production_settings_is_clean(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in LOCAL_ONLY}
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        VAR_DIR=str(tmp_path),
        ALLOWED_HOSTS="club.example.kg",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_collectstatic_with_the_production_storage_succeeds(tmp_path):
    """Hashed, compressed static files: every file a script or stylesheet names must exist
    (the SCORM player's source maps once did not), or the deployment stops here."""
    env = {k: v for k, v in os.environ.items() if k not in LOCAL_ONLY}
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        VAR_DIR=str(tmp_path),
        STATIC_ROOT=str(tmp_path / "static"),
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    manifest = json.loads((tmp_path / "static" / "staticfiles.json").read_text())
    hashed = manifest["paths"]["css/club.css"]
    assert hashed != "css/club.css"
    assert (tmp_path / "static" / (hashed + ".gz")).exists()


def test_production_settings_refuse_a_weak_secret_key(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in LOCAL_ONLY}
    env.update(DJANGO_SETTINGS_MODULE="cms.settings.production", SECRET_KEY="short")
    env["VAR_DIR"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def _dump(path):
    call_command("backup", str(path), verbosity=0)
    with tarfile.open(path) as tar:
        data = json.load(tar.extractfile("data.json"))
        data += json.load(tar.extractfile("contenttypes.json"))
    # Order-independent; JSON keeps milliseconds, so "…:19.000Z" comes back as "…:19Z".
    return sorted(
        re.sub(r'(T\d\d:\d\d:\d\d)\.000Z"', r'\1Z"', json.dumps(obj, sort_keys=True))
        for obj in data
    )


def _counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.label not in {"wagtailcore.ReferenceIndex", "sessions.Session"}
        and not model._meta.label.endswith("IndexEntry")
        and not model._meta.proxy
    }


@pytest.fixture
def flush_as_in_autocommit(monkeypatch):
    """PostgreSQL truncates a table only once the foreign keys of the rows this transaction
    wrote (checked at commit) are checked: check them first, as a commit would have."""
    execute_sql_flush = connection.ops.execute_sql_flush

    def check_then_flush(sql_list):
        connection.check_constraints()
        execute_sql_flush(sql_list)

    monkeypatch.setattr(connection.ops, "execute_sql_flush", check_then_flush)


def test_backup_and_restore_round_trip_all_content_member_data_and_media(
    tmp_path, demo_site, flush_as_in_autocommit
):
    """On the shared demo site, inside the test's transaction: the flush and the restore are
    rolled back with it (PostgreSQL's TRUNCATE … RESTART IDENTITY too)."""
    from wagtail.documents.models import Document

    document = Document.objects.create(title="Budget hearing guide")
    document.file.save("guide.txt", ContentFile(b"Open budget hearings, step by step."))
    before_counts = _counts()
    before = _dump(tmp_path / "backup.tar.gz")
    assert len(before) > 20

    # Disaster: everything gone (data and files).
    call_command("flush", interactive=False, verbosity=0)
    Path(document.file.path).unlink()
    assert Document.objects.count() == 0

    call_command("restore", str(tmp_path / "backup.tar.gz"), interactive=False, verbosity=0)

    assert _counts() == before_counts
    after = _dump(tmp_path / "again.tar.gz")
    assert after == before
    restored = Document.objects.get(title="Budget hearing guide")
    # The search index was rebuilt (the demo's lesson handouts are documents too).
    assert restored in Document.objects.search("hearing guide")
    assert restored.file.read() == b"Open budget hearings, step by step."
