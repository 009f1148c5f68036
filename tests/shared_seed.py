"""The demo home pages seeded once per test database and shared by the tests that need them.

Seeding the three home pages through wagtail-localize takes about a second, and some 420
tests ask for them. Instead of seeding inside each test's transaction, the seed is written
once into an outer transaction that stays open across tests. Levels: 0 the bare migrated
database, 1 the demo home pages (`home.demo.seed`, an outer transaction on it), for tests
asking for `home_pages`, 2 the whole demo site (`seed_demo`, every app's seeder) for tests
asking for `demo_site` (or the library's module fixture): a database of its own, seeded once
per backend and run and cloned by each worker (tests/demo_database.py).
Level 2 is seeded with Telegram announcements configured against a stand-in Bot API, so a
test can check that seeding announced nothing (`SHARED.demo_announcements`).

Each test still runs in its own transaction (pytest-django's TestCase), a savepoint inside
the outer ones, so whatever it writes is rolled back and the seed stays as it was. Before a
test that needs less, the outer transactions are rolled back down to its level; before a
transactional test (which flushes the database) everything is rolled back, and its own
fixtures seed as before. `pytest_collection_modifyitems` (tests/conftest.py) runs the tests
of the highest level first, so each test database (one per xdist worker) seeds each level
about once.

Layers go one step further for data that a group of tests builds with the same fixtures (the
reflections tests' accounts and course tree, the news tests' index pages, the courses tests'
tracks, catalogue and public course): a `Layer` names
the fixtures it covers and builds their data once, in one more outer transaction on top of
its level; the tests that ask for those fixtures run one after another (the order above) and
each reads the objects afresh by primary key, so no test sees another's changes. What a test
asks for beyond its layer it builds itself, as does a transactional test.
"""

import io
from collections import defaultdict

import pytest
from django.db import transaction

from tests.demo_database import DEMO

# A test asking for any of these fixtures needs the level they name.
LEVEL_OF_FIXTURE = {"home_pages": 1, "library": 2, "demo_site": 2}


def is_transactional(item):
    """What pytest-django decides for this test: a TransactionTestCase (flushes the tables)."""
    from django.test import TestCase, TransactionTestCase

    cls = getattr(item, "cls", None)
    if cls and issubclass(cls, TransactionTestCase):
        return not issubclass(cls, TestCase)
    from pytest_django.fixtures import validate_django_db

    marker = item.get_closest_marker("django_db")
    if marker:
        transactional, reset_sequences, *_rest = validate_django_db(marker)
        if transactional or reset_sequences:
            return True
    names = getattr(item, "fixturenames", ())
    return "transactional_db" in names or "live_server" in names


def level_of(item):
    """The seed level a test needs (0 for transactional tests: they seed for themselves)."""
    if is_transactional(item):
        return 0
    names = set(getattr(item, "fixturenames", ()))
    level = max((LEVEL_OF_FIXTURE[name] for name in names & LEVEL_OF_FIXTURE.keys()), default=0)
    layer = layer_of(item)
    return max(level, layer.level) if layer else level


class Layer:
    """Data shared by the tests that ask for (at least) the fixtures in `covers`.

    `build()` writes it (on `level`) and returns, per fixture name, that fixture's value: a
    model instance or (nested) dicts of them. Only their primary keys are kept;
    `SHARED.shared(name)` reads them afresh for each test while the layer is in place.
    """

    def __init__(self, name, level, covers, build):
        self.name = name
        self.level = level
        self.covers = frozenset(covers)  # "module:function" of each fixture
        self.build = build


#: Each layer by the set of fixtures it covers.
LAYERS = {}


def define_layer(name, level, covers, build):
    layer = Layer(name, level, covers, build)
    LAYERS[layer.covers] = layer
    return layer


def _keys(value):
    """A fixture's value with each instance replaced by (model, primary key); pages by
    Page, read back as their specific class."""
    from wagtail.models import Page

    if isinstance(value, dict):
        return {name: _keys(item) for name, item in value.items()}
    return (Page if isinstance(value, Page) else type(value), value.pk)


def _instances(shape):
    """`_keys` undone: one query per model (and per page type), fresh instances."""
    from wagtail.models import Page

    wanted = defaultdict(set)

    def collect(node):
        if isinstance(node, dict):
            for item in node.values():
                collect(item)
        else:
            wanted[node[0]].add(node[1])

    def rebuild(node):
        if isinstance(node, dict):
            return {name: rebuild(item) for name, item in node.items()}
        return found[node]

    collect(shape)
    found = {}
    for model, pks in wanted.items():
        rows = model.objects.filter(pk__in=pks)
        found.update({(model, row.pk): row for row in (rows.specific() if model is Page else rows)})
    return rebuild(shape)


def _fixture_key(fixturedef):
    return f"{fixturedef.func.__module__}:{fixturedef.func.__name__}"


_LAYER = pytest.StashKey()


def layer_of(item):
    """The largest layer whose fixtures this test all asks for, if there is one: it holds
    nothing the test's own fixtures would not have written. Found once per test."""
    if _LAYER not in item.stash:
        item.stash[_LAYER] = _largest_fitting_layer(item)
    return item.stash[_LAYER]


def _largest_fitting_layer(item):
    info = getattr(item, "_fixtureinfo", None)
    if info is None or not LAYERS or is_transactional(item):
        return None
    keys = {_fixture_key(defs[-1]) for defs in info.name2fixturedefs.values() if defs}
    fitting = [layer for covers, layer in LAYERS.items() if covers <= keys]
    return max(fitting, key=lambda layer: len(layer.covers), default=None)


class QuietCommand:
    """Stands in for the seed_demo command when a test runs one app's seeder."""

    def __init__(self):
        from django.core.management.base import OutputWrapper

        self.stdout = OutputWrapper(io.StringIO())

    def credential(self, role, username, password):
        pass


def _seed_home():
    from home import demo

    demo.seed(QuietCommand())


def _seed_demo_site():
    """Seeds the demo site; returns what it sent the stand-in Bot API."""
    from django.core.management import call_command
    from django.test import override_settings

    from tests.fake_bot_api import FakeBotApi

    with FakeBotApi() as bot_api:
        telegram = {
            "CLUB_TELEGRAM_BOT_TOKEN": "123456:shared-seed",
            "CLUB_TELEGRAM_CHAT_ID": "-100200300",
            "CLUB_TELEGRAM_API_URL": bot_api.url,
            "CLUB_TELEGRAM_TIMEOUT": 2,
        }
        with override_settings(**telegram):
            call_command("seed_demo", stdout=io.StringIO())
    return list(bot_api.requests)


#: The seeder that brings the database from level 0 to 1 (level 2 is the demo database).
SEEDERS = {1: _seed_home}


class SharedSeed:
    """The stack of open outer transactions, one per seeded level."""

    def __init__(self):
        self.atomics = []
        self.on_demo = False  # level 2: on the demo database (tests/demo_database.py)
        self.demo_announcements = []  # what seeding the demo site sent the Bot API
        self.pinned = 0  # a module-scoped fixture's own transaction sits on this level
        self.layer = None  # the Layer in place, on top of the levels
        self._layer_atomic = None
        self._layer_data = {}

    @property
    def level(self):
        return 2 if self.on_demo else len(self.atomics)

    def shared(self, fixture_name):
        """What the layer in place built for `fixture_name`, read afresh; None without one."""
        shape = self._layer_data.get(fixture_name)
        return None if shape is None else _instances(shape)

    def switch(self, level, layer=None):
        """Roll back or seed until the database is at `level` (never below a pinned one),
        with `layer` on top."""
        level = max(level, self.pinned)
        if self.layer and (self.layer is not layer or self.level != level):
            self._roll_back(self._layer_atomic)
            self.layer, self._layer_atomic, self._layer_data = None, None, {}
        if (level == 2) != self.on_demo:
            self._move_to_demo() if level == 2 else self._move_off_demo()
        while self.level > level:
            self._roll_back(self.atomics.pop())
        while self.level < level:
            atomic = transaction.atomic()
            atomic.__enter__()
            self.atomics.append(atomic)
            SEEDERS[self.level]()
            self._forget_caches()
        if layer and not self.layer:
            self._layer_atomic = transaction.atomic()
            self._layer_atomic.__enter__()
            built = layer.build()
            self.layer, self._layer_data = layer, {name: _keys(v) for name, v in built.items()}
            self._forget_caches()

    def _move_to_demo(self):
        while self.atomics:
            self._roll_back(self.atomics.pop())
        announcements = DEMO.enter(_seed_demo_site)
        if announcements is not None:
            self.demo_announcements = announcements
        self.on_demo = True
        self._forget_caches()

    def _move_off_demo(self):
        DEMO.leave()
        self.on_demo = False
        self._forget_caches()

    def _roll_back(self, atomic):
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)
        self._forget_caches()

    @staticmethod
    def _forget_caches():
        from django.core.cache import caches

        for alias in ("default", "renditions", "ratelimit"):
            caches[alias].clear()


SHARED = SharedSeed()
