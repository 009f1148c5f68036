"""What a lesson costs a member on a slow, metered mobile link: ≤ 60 KB compressed, one host.

Counted: every response the page load causes (HTML, CSS, JS, fonts, icons) and the service
worker script, gzip-compressed as the reverse proxy sends them (level 6). Not counted: content images (uploaded media and
Wagtail renditions), which editors choose per lesson.

A lesson with a SCORM or H5P package also loads its player (scorm-again, h5p-standalone) and
the package's own files, only there: weighed apart, against a budget of their own.
"""

import gzip

import pytest
from playwright.sync_api import Error as PlaywrightError

from .conftest import ARTIFACTS
from .pages import lessons
from .signin import member_account, sign_in

pytestmark = pytest.mark.e2e

BUDGET = 60 * 1024
CONTENT_IMAGE_PATHS = ("/media/", "/images/")
SERVICE_WORKER = "/sw.js"
PLAYER_PATHS = ("/static/vendor/", "/static/packages/", "/packages/")
# Measured on the demo lessons (7 Dec): SCORM 1.2 with scorm-again 38 KB, H5P with
# h5p-standalone 119 KB (its frame script and styles, loaded twice by its frame).
PLAYER_BUDGET = 160 * 1024


def _body(journey, response):
    """The response's bytes; fetched again when a frame navigated away before we read them.

    A package's frame (H5P loads its frame script twice) can replace a document while its
    responses are still on our list; the browser then drops their bodies. The same GET with
    the same cookies gives the same bytes.
    """
    try:
        return response.body()
    except PlaywrightError:
        return journey.page.request.get(response.url).body()


def _weigh(journey, path):
    page, responses = journey.page, []

    def collect(response):
        responses.append(response)

    page.on("response", collect)
    journey.goto(path)
    page.wait_for_load_state("networkidle")
    rows = []
    for response in responses:
        url = response.url.replace(journey.site.base_url, "")
        kind = response.request.resource_type
        if kind == "image" and url.startswith(CONTENT_IMAGE_PATHS):
            continue
        body = _body(journey, response) if response.status < 300 else b""
        rows.append((url, kind, len(body), len(gzip.compress(body, 6))))
    page.remove_listener("response", collect)
    if not any(url == SERVICE_WORKER for url, *_rest in rows):
        # The browser fetches the worker itself (not the page): counted as if on every page.
        body = page.request.get(journey.url(SERVICE_WORKER)).body()
        rows.append((SERVICE_WORKER, "worker", len(body), len(gzip.compress(body, 6))))
    return rows


def _report(label, rows):
    total = sum(r[3] for r in rows)
    lines = [f"[page weight] {label}: {total / 1024:.1f} KB compressed"]
    for url, kind, raw, packed in rows:
        lines.append(f"  {kind:<10} {raw:>8} B raw {packed:>7} B gzip  {url}")
    print("\n" + "\n".join(lines))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with open(ARTIFACTS / "page-weight.txt", "a") as report:
        report.write("\n".join(lines) + "\n")
    return total


def test_every_lesson_weighs_at_most_60_kb_compressed_and_uses_one_host(new_journey):
    """Each Kyrgyz demo lesson, and its reflection form (the one page with a script)."""
    journey = new_journey("phone", suffix="-weight")
    site = journey.site
    username, password = member_account(site, 4)
    assert sign_in(journey, username, password, "ky", shot=False)
    weighed, players = {}, {}
    for lesson in [item for item in lessons(site) if item["lang"] == "ky"]:
        paths = [lesson["url"]]
        if lesson["prompt"] or lesson["map"]:
            paths.append(lesson["url"] + "reflection/")
        for path in paths:
            rows = _weigh(journey, path)
            assert {kind for _, kind, _, _ in rows} >= {"document", "stylesheet"}, path
            player = [row for row in rows if row[0].startswith(PLAYER_PATHS)]
            weighed[path] = _report(path, [row for row in rows if row not in player])
            if lesson["package"] and path == lesson["url"]:
                players[path] = _report(f"{path} (package and its player)", player)
    journey.shot("last page weighed")
    assert weighed, "no lesson page"
    heavy = {path: size for path, size in weighed.items() if size > BUDGET}
    assert not heavy, f"over {BUDGET} B compressed: {heavy}"
    assert len(players) == 2, "the demo SCORM and H5P lessons are weighed with their players"
    heavy = {path: size for path, size in players.items() if size > PLAYER_BUDGET}
    assert not heavy, f"players over {PLAYER_BUDGET} B compressed: {heavy}"
    journey.assert_clean()  # no request left 127.0.0.1:<port>


def test_home_page_weight_for_a_visitor(new_journey):
    journey = new_journey("phone", suffix="-weight")
    total = _report("home /ky/", _weigh(journey, "/ky/"))
    assert total <= BUDGET
    journey.assert_clean()
