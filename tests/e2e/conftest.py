"""Browser journeys: Playwright driving Debian's chromium against gunicorn with the demo data.

Run with `make e2e` (= pytest -m e2e tests/e2e). A plain `pytest` deselects them (see
pytest_collection_modifyitems below) so `make test-sqlite`/`test-postgres` don't run them twice.
Screenshots (JPEG) of every step go to test-artifacts/e2e/<test>/ (gitignored), page weights to
test-artifacts/e2e/page-weight.txt.
"""

import os
import re
import shutil

import pytest

from .mailbox import MAIL_DIR_ENV
from .server import ROOT, LiveSite

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = ROOT / "test-artifacts" / "e2e"
VIEWPORTS = {
    "phone": {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True},
    "desktop": {"viewport": {"width": 1280, "height": 900}},
}


def pytest_collection_modifyitems(config, items):
    """Without an explicit -m, browser tests are left to `make e2e` (deselected, not skipped)."""
    if config.option.markexpr:
        return
    e2e = [item for item in items if item.get_closest_marker("e2e")]
    if e2e:
        config.hook.pytest_deselected(items=e2e)
        items[:] = [item for item in items if not item.get_closest_marker("e2e")]


@pytest.fixture(scope="session")
def site():
    """gunicorn on 127.0.0.1 serving a fresh SQLite database with seed_demo content."""
    shutil.rmtree(ARTIFACTS, ignore_errors=True)  # this run's screenshots only
    live = LiveSite(workers=2, threads=4)
    live.extra_env[MAIL_DIR_ENV] = str(live.var_dir / "mail")  # the sent emails, as files
    live.prepare()
    live.start()
    yield live
    live.close()


@pytest.fixture(scope="session")
def playwright_instance():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="session")
def browser(playwright_instance):
    browser = playwright_instance.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


class Journey:
    """A browser tab on the live site that screenshots each named step."""

    def __init__(self, page, site, folder):
        self.page = page
        self.site = site
        self.folder = folder
        self.step = 0
        self.errors = []
        self.foreign = []
        self.blocked = []
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on("request", self._check_host)
        page.on("console", self._check_console)

    def _check_console(self, message):
        # Chromium reports what the Content-Security-Policy blocked as console errors.
        if "Content Security Policy" in message.text:
            self.blocked.append(f"{self.page.url}: {message.text}")

    def _check_host(self, request):
        url = request.url
        if url.startswith(("data:", "about:", "blob:")):
            return
        if not url.startswith(self.site.base_url + "/"):
            self.foreign.append(url)

    def url(self, path):
        return self.site.base_url + path

    def goto(self, path, expect_status=200):
        response = self.page.goto(self.url(path))
        assert response is not None
        assert response.status == expect_status, f"{path}: {response.status}"
        return response

    def navigate(self, action):
        """Run `action` (a click, a key press) and wait until the page it leads to has loaded."""
        with self.page.expect_navigation():
            action()

    def shot(self, name, full_page=True, page=None):
        """A numbered JPEG of this step: half the time of a PNG in chromium (some 430 shots
        a run), and plenty for a person looking at the artefacts."""
        self.step += 1
        self.folder.mkdir(parents=True, exist_ok=True)
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:80]
        (page or self.page).screenshot(
            path=str(self.folder / f"{self.step:02d}-{slug}.jpg"),
            full_page=full_page,
            type="jpeg",
            quality=70,
        )

    def assert_clean(self):
        assert not self.errors, f"JavaScript errors: {self.errors}"
        assert not self.foreign, f"requests to other hosts: {self.foreign}"
        assert not self.blocked, f"blocked by the Content-Security-Policy: {self.blocked}"

    def lang(self):
        return self.page.locator("html").get_attribute("lang")


def _test_folder(request, suffix):
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.name)
    return ARTIFACTS / f"{name}{suffix}"


def open_journey(browser, site, request, viewport="desktop", javascript=True, suffix=""):
    context = browser.new_context(
        **VIEWPORTS[viewport],
        java_script_enabled=javascript,
        locale="ky-KG",
        base_url=site.base_url,
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    return Journey(page, site, _test_folder(request, suffix))


@pytest.fixture(params=list(VIEWPORTS))
def viewport(request):
    return request.param


@pytest.fixture
def journey(browser, site, request, viewport):
    """A fresh browser context (no cookies) at the parametrised viewport."""
    j = open_journey(browser, site, request, viewport)
    yield j
    j.page.context.close()


@pytest.fixture
def new_journey(browser, site, request):
    """Factory for extra contexts (a second user, JavaScript off)."""
    opened = []

    def make(viewport="desktop", javascript=True, suffix=""):
        j = open_journey(browser, site, request, viewport, javascript, suffix)
        opened.append(j)
        return j

    yield make
    for j in opened:
        j.page.context.close()
