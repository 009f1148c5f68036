"""Fixtures shared by every app's tests."""

import os

import pytest

from tests.demo_database import DEMO
from tests.shared_seed import (
    LEVEL_OF_FIXTURE,
    SHARED,
    QuietCommand,
    is_transactional,
    layer_of,
    level_of,
)


def pytest_collection_modifyitems(config, items):
    """After pytest-django's order (database tests, transactional ones, the rest), the tests
    needing the most demo content first: each test database seeds each level once (xdist
    hands each worker its first tests from the front of this order; tests/shared_seed.py).

    With CLUB_TESTS_WITH_A_DATABASE_ONLY=1 (`make test`'s PostgreSQL run) the tests that use
    no database are left out: they ran in the SQLite run and would give the same answer."""

    def group(item):
        if is_transactional(item):
            return 1
        return 0 if item.get_closest_marker("django_db") or "db" in item.fixturenames else 2

    if os.environ.get("CLUB_TESTS_WITH_A_DATABASE_ONLY") == "1":
        without = [item for item in items if group(item) == 2]
        if without:
            config.hook.pytest_deselected(items=without)
            items[:] = [item for item in items if group(item) != 2]

    def layer_name(item):
        layer = layer_of(item)
        return layer.name if layer else ""

    items.sort(key=lambda item: (group(item), -level_of(item), layer_name(item)))


@pytest.hookimpl(tryfirst=True)
def pytest_fixture_setup(fixturedef, request):
    """Just before a test opens its own transaction, bring the shared seed to its level."""
    if fixturedef.argname == "_django_db_helper":
        with request.getfixturevalue("django_db_blocker").unblock():
            SHARED.switch(level_of(request.node), layer_of(request.node))


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, django_db_blocker):
    """Each xdist worker's test database is a clone of the first one migrated in this run."""
    from tests.template_db import migrations_shared_by_workers

    with migrations_shared_by_workers(django_db_blocker):
        yield


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database, with the shared seed rolled back before it is destroyed."""
    yield
    with django_db_blocker.unblock():
        SHARED.pinned = 0
        SHARED.switch(0)
        DEMO.drop()


@pytest.fixture
def seed_command():
    return QuietCommand()


@pytest.fixture
def home_pages(db, seed_command):
    """The demo home page in ky, ru and en, keyed by language code.

    Seeded once per test database and shared (tests/shared_seed.py); a transactional test
    seeds its own.
    """
    from home import demo
    from home.seeding import home_pages

    if SHARED.level < 1:
        demo.seed(seed_command)
    return home_pages()


@pytest.fixture
def demo_site(db):
    """The whole demo site (`seed_demo`), seeded once per backend and run and shared
    (tests/shared_seed.py); the demo home pages keyed by language code."""
    from home.seeding import home_pages

    assert SHARED.level >= LEVEL_OF_FIXTURE["demo_site"]
    return home_pages()


@pytest.fixture(autouse=True)
def empty_cache():
    """Page ids are reused across tests, so the home-page cache must not outlive a test; nor
    must one test's rate-limit counts refuse the next test's posts."""
    from django.core.cache import caches

    for alias in ("default", "renditions", "ratelimit"):
        caches[alias].clear()
    yield
    for alias in ("default", "renditions", "ratelimit"):
        caches[alias].clear()


@pytest.fixture(autouse=True)
def one_rate_window(monkeypatch):
    """Each test counts in one window of every rate limit. django-ratelimit starts a new
    window at fixed instants (per key); a test whose posts straddled one, on a slow machine,
    saw its count start again from zero."""
    import time

    from django_ratelimit import core

    start = int(time.time())
    monkeypatch.setattr(core, "_get_window", lambda value, period: start + period)


@pytest.fixture(autouse=True)
def _mail_through_the_outbox(settings):
    """As in production, every email is saved in the outbox and sent by a task (the immediate
    backend in tests, delivering to Django's locmem mail.outbox)."""
    settings.EMAIL_BACKEND = "home.outbox.mail.OutboxEmailBackend"


@pytest.fixture
def smtp_down(settings):
    """Email goes to an SMTP server that refuses connections; `smtp_down.back()` brings a
    working server (locmem) back and runs the outbox sweep."""
    from tests.smtp_outage import SmtpOutage

    return SmtpOutage(settings)


@pytest.fixture(autouse=True)
def no_page_cache(settings, tmp_path):
    """In-process tests change data by hand between two requests: no page cache for them
    (tests/home/test_page_cache.py turns it on). Servers started by the browser journeys
    keep it, as in production."""
    settings.PAGE_CACHE_SECONDS = 0
    settings.PAGE_CACHE_GENERATION_FILE = str(tmp_path / "page-cache-generation")


@pytest.fixture
def image_file(db):
    """A small PNG uploaded as a Wagtail image (a logo, a signature, a stamp)."""
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    return get_image_model().objects.create(title="Logo", file=get_test_image_file())
