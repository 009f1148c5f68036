"""Content-Security-Policy on public and member pages, the admin left working, safe cookies."""

import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.format import embed_to_frontend_html
from wagtail.embeds.models import Embed

from home.blocks import VideoBlock

ROOT = Path(__file__).resolve().parents[2]
VIDEO_HOSTS = {
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
}

# Templates of public and member pages (admin templates live under */admin/).
PUBLIC_TEMPLATES = sorted(
    path
    for app in ("home", "courses", "library", "news")
    for path in (ROOT / app).rglob("templates/**/*.html")
    if "/admin/" not in path.as_posix() and "/emails/" not in path.as_posix()
)  # emails are read in mail programs, where inline styles are the only styles
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)[^>]*>")
EVENT_HANDLER = re.compile(r"<[^>]*\son[a-z]+\s*=", re.IGNORECASE)
INLINE_STYLE = re.compile(r"<[^>]*\sstyle\s*=|<style", re.IGNORECASE)


def policy(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    ["/ky/", "/ru/accounts/login/", "/en/join/", "/en/news/subscribe/", "/ky/no-such-page/"],
)
def test_public_pages_send_a_strict_policy(client, home_pages, path):
    response = client.get(path)
    assert response.status_code in (200, 404)
    directives = policy(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]  # no nonce is asked for: no inline script
    assert directives["style-src"] == ["'self'"]
    assert directives["img-src"] == ["'self'", "data:"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    # Video hosts, and this site: a lesson's SCORM or H5P package (courses/packages).
    assert set(directives["frame-src"]) == VIDEO_HOSTS | {"'self'"}
    header = response["Content-Security-Policy"]
    assert "unsafe-inline" not in header and "unsafe-eval" not in header


@pytest.mark.django_db
def test_member_pages_send_the_policy(client):
    member = User.objects.create_user("aigul", "aigul@example.org", "x")
    client.force_login(member)
    for path in ("/en/account/", "/en/account/delete/"):
        response = client.get(path)
        assert response.status_code == 200
        assert "'unsafe-inline'" not in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_the_wagtail_admin_keeps_working_without_the_strict_policy(client, home_pages):
    assert "Content-Security-Policy" not in client.get("/admin/login/")
    editor = User.objects.create_superuser("csp-admin", "csp-admin@example.org", "x")
    client.force_login(editor)
    for path in ("/admin/", f"/admin/pages/{home_pages['ky'].pk}/edit/", "/admin/images/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "Content-Security-Policy" not in response, path
    # The page editor relies on inline scripts of its own.
    assert re.search(r"<script(?![^>]*\bsrc=)[^>]*>\s*\S", response.content.decode())


@pytest.mark.parametrize(
    "template", PUBLIC_TEMPLATES, ids=lambda path: path.relative_to(ROOT).as_posix()
)
def test_public_templates_have_no_inline_script_handler_or_style(template):
    text = template.read_text(encoding="utf-8")
    assert not INLINE_SCRIPT.search(text), "move the script to static/js/"
    assert not EVENT_HANDLER.search(text), "use addEventListener in a static file"
    assert not INLINE_STYLE.search(text), "use a class in static/css/club.css"


@pytest.mark.django_db
def test_embedded_videos_need_no_style_attribute():
    url = "https://www.youtube.com/watch?v=club-demo"
    Embed.objects.create(
        url=url,
        hash=get_embed_hash(url),
        type="video",
        html='<iframe src="https://www.youtube.com/embed/club-demo" title="Demo"></iframe>',
        width=640,
        height=360,
    )
    block = VideoBlock()
    html = block.render(block.to_python({"video": url, "caption": "Budget hearing"}))
    # The block is a poster and a link (data saver): no player, nothing from the host.
    assert f'href="{url}"' in html and "<iframe" not in html and "style=" not in html
    # A video in rich text: home/templates/wagtailembeds/ overrides Wagtail's template.
    html = embed_to_frontend_html(url)
    assert 'class="responsive-object"' in html and "youtube.com/embed/club-demo" in html
    assert "style=" not in html


def test_production_cookies_are_secure_and_same_site(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DEBUG"}}
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        VAR_DIR=str(tmp_path),
    )
    names = [
        "SESSION_COOKIE_SECURE",
        "SESSION_COOKIE_SAMESITE",
        "CSRF_COOKIE_SECURE",
        "CSRF_COOKIE_SAMESITE",
        "LANGUAGE_COOKIE_SECURE",
        "LANGUAGE_COOKIE_SAMESITE",
        "LANGUAGE_COOKIE_HTTPONLY",
    ]
    code = f"from django.conf import settings; import json; print(json.dumps({{n: getattr(settings, n) for n in {names!r}}}))"
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    assert values == {
        "SESSION_COOKIE_SECURE": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "CSRF_COOKIE_SECURE": True,
        "CSRF_COOKIE_SAMESITE": "Lax",
        "LANGUAGE_COOKIE_SECURE": True,
        "LANGUAGE_COOKIE_SAMESITE": "Lax",
        "LANGUAGE_COOKIE_HTTPONLY": True,
    }
