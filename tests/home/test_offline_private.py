"""Her private pages never stay on the phone: the service worker keeps no page the site marks
private (whatever its URL), drops those older workers kept, and deleting the account makes
the browser forget everything of hers (issue 25, finding 3).

The worker is run as served, in Node, with the headers the site really sends."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.contrib.auth.models import User

from tests.members.conftest import PASSWORD, make_member

pytestmark = pytest.mark.django_db

HARNESS = Path(__file__).with_name("sw_harness.js")


def run_worker(client, tmp_path, visits, kept=None):
    """What "club-pages" and "club-saved" hold after the worker takes over from an older one
    (`kept`) and she opens `visits` online ({path: response headers})."""
    node = shutil.which("node") or shutil.which("nodejs")
    assert node, "Node.js runs the service worker in these tests"
    worker = tmp_path / "sw.js"
    worker.write_bytes(client.get("/sw.js").content)
    scenario = tmp_path / "scenario.json"
    scenario.write_text(json.dumps({"visits": visits, "kept": kept or {}}))
    out = subprocess.run(
        [node, str(HARNESS), str(worker), str(scenario)], capture_output=True, text=True, check=True
    )
    result = json.loads(out.stdout)
    return set(result.get("club-pages", [])), set(result.get("club-saved", []))


def headers_of(response):
    return {name: response[name] for name in ("Cache-Control",) if response.has_header(name)}


def test_the_worker_keeps_public_pages_and_never_her_private_ones(client, home_pages, tmp_path):
    member = make_member("aigul-sw", phone="+996555101201")
    client.force_login(member)
    paths = ["/en/", "/en/offline/", "/en/account/", "/en/dashboard/", "/ky/account/"]
    paths += ["/ru/accounts/password/change/"]
    visits = {}
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        visits[path] = headers_of(response)
    assert "private" in visits["/en/account/"]["Cache-Control"]  # as home/cache.py marks it
    pages, saved = run_worker(client, tmp_path, visits)
    assert pages == {"/en/", "/en/offline/"}
    assert not saved


def test_private_copies_of_an_older_worker_go_and_a_saved_course_stays(client, tmp_path):
    private = {"Cache-Control": "max-age=0, no-cache, no-store, must-revalidate, private"}
    kept = {
        "club-pages": {"/en/account/": private, "/en/dashboard/": {"Cache-Control": "no-store"}},
        "club-saved": {"/en/courses/budget/": private, "/en/courses/budget/lesson-1/": private},
    }
    kept["club-pages"]["/en/news/"] = {}
    pages, saved = run_worker(client, tmp_path, {"/en/courses/budget/": private}, kept)
    assert pages == {"/en/news/"}
    # What she saved on purpose stays (and is refreshed when she opens it online).
    assert saved == {"/en/courses/budget/", "/en/courses/budget/lesson-1/"}


def test_the_save_for_offline_script_stores_in_the_saved_cache_and_sign_out_drops_both():
    script = (Path(__file__).parents[2] / "static/js/offline.js").read_text()
    assert 'const SAVED = "club-saved"' in script
    assert "await caches.open(SAVED)" in script
    assert "caches.delete(PAGES), caches.delete(SAVED)" in script


def test_deleting_her_account_makes_the_browser_forget_what_it_kept(client, home_pages):
    member = make_member("aigul-gone")
    client.force_login(member)
    refused = client.post("/en/account/delete/", {"password": "wrong", "confirm": "on"})
    assert refused.status_code == 200 and not refused.has_header("Clear-Site-Data")
    response = client.post("/en/account/delete/", {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 302 and response["Location"] == "/en/"
    assert response["Clear-Site-Data"] == '"cache", "storage"'  # as signing out sends
    assert not User.objects.filter(username="aigul-gone").exists()
