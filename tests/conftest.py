"""Fixtures shared by every app's tests."""

import pytest
from django.core.management.base import OutputWrapper


class QuietCommand:
    """Stands in for the seed_demo command when a test runs one app's seeder."""

    def __init__(self):
        import io

        self.stdout = OutputWrapper(io.StringIO())

    def credential(self, role, username, password):
        pass


@pytest.fixture
def seed_command():
    return QuietCommand()


@pytest.fixture
def home_pages(db, seed_command):
    """The demo home page in ky, ru and en, keyed by language code."""
    from home import demo
    from home.seeding import home_pages

    demo.seed(seed_command)
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
