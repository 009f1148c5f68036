"""Media in an S3-compatible bucket when MEDIA_S3_BUCKET is set; backups read any storage."""

import io
import os
import secrets
import subprocess
import sys
import tarfile
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage

from home.media_archive import add_media, restore_media

ROOT = Path(__file__).resolve().parents[2]
SHOW_STORAGE = (
    "from django.core.files.storage import storages; s = storages['default'];"
    "print(type(s).__name__, s.url('images/budget.2e16d0ba.fill-640x360.jpg'))"
)


def _production(tmp_path, **extra):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DEBUG"}}
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        VAR_DIR=str(tmp_path),
        ALLOWED_HOSTS="club.example.kg",
        **extra,
    )
    return env


def _run(env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )


def test_a_named_bucket_puts_uploads_in_s3_with_plain_public_image_links(tmp_path):
    env = _production(
        tmp_path,
        MEDIA_S3_BUCKET="club-media",
        MEDIA_S3_ENDPOINT_URL="http://127.0.0.1:9000",
        MEDIA_S3_PUBLIC_DOMAIN="media.club.example.kg",
    )
    shown = _run(env, "shell", "-c", SHOW_STORAGE)
    assert shown.returncode == 0, shown.stderr
    # No signature in the link: the cached page and her phone keep the same URL.
    assert shown.stdout.strip().splitlines()[-1].split() == [
        "S3Storage",
        "https://media.club.example.kg/images/budget.2e16d0ba.fill-640x360.jpg",
    ]
    checked = _run(env, "check", "--deploy", "--fail-level", "WARNING")
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_without_a_bucket_uploads_stay_in_the_media_folder(tmp_path):
    shown = _run(_production(tmp_path), "shell", "-c", SHOW_STORAGE)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip().splitlines()[-1].split() == [
        "FileSystemStorage",
        "/media/images/budget.2e16d0ba.fill-640x360.jpg",
    ]


def test_backup_media_walks_every_folder_and_restore_puts_each_file_back(tmp_path):
    source = FileSystemStorage(location=tmp_path / "before")
    source.save("original_images/map.png", ContentFile(b"map"))
    source.save("images/map.max-800x600.png", ContentFile(b"small map"))
    source.save("documents/handouts/budget.pdf", ContentFile(b"%PDF budget"))
    archive = io.BytesIO()
    with tarfile.open(fileobj=archive, mode="w:gz") as tar:
        add_media(tar, source)
    archive.seek(0)
    with tarfile.open(fileobj=archive) as tar:
        tar.extractall(tmp_path / "extracted", filter="data")

    target = FileSystemStorage(location=tmp_path / "after")
    target.save("documents/handouts/budget.pdf", ContentFile(b"an older copy"))
    restore_media(tmp_path / "extracted" / "media", target)

    for name, content in [
        ("original_images/map.png", b"map"),
        ("images/map.max-800x600.png", b"small map"),
        ("documents/handouts/budget.pdf", b"%PDF budget"),
    ]:
        with target.open(name) as handle:
            assert handle.read() == content
    # Replaced under its own name, not saved beside the old copy as budget_xxxx.pdf.
    assert target.listdir("documents/handouts") == ([], ["budget.pdf"])
