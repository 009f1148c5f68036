"""The demo site (seed level 2) seeded once per backend and test run, then copied.

Seeding the demo site takes some 27 s of CPU, and with pytest-xdist each worker's test
database seeded its own. Now the tests of level 2 run on a database of their own: the first
worker to need it clones its migrated test database, seeds the clone (committed) and keeps a
copy; the other workers clone that copy (SQLite's backup API, PostgreSQL's CREATE DATABASE …
TEMPLATE) and take the media files the seed wrote and what it sent the stand-in Bot API. A
worker's connection moves to its demo database for level 2 and back to its migrated one for
the lower levels (transactional tests flush only that one). A worker that finds no copy (a
single process, or a copy already dropped) seeds its own, as before.
"""

import os
import pickle
import shutil
import tempfile
from contextlib import nullcontext
from pathlib import Path

from django.conf import settings
from django.db import connection

from tests.template_db import drop_database, exclusive, postgresql_clone, sqlite_backup


class DemoDatabase:
    def __init__(self):
        self.run_id = os.environ.get("PYTEST_XDIST_TESTRUNUID")
        self.folder = Path(tempfile.gettempdir())
        self.worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        self.bare_name = None  # the migrated test database's name
        self.demo_name = None  # this worker's demo database, once made
        self._bare_raw = None  # SQLite in memory: its connection, kept open while away
        self.made_copy = None  # the run's copy, when this worker made it

    def _path(self, suffix):
        return self.folder / f"club-demo-{self.run_id}{suffix}"

    def _lock(self):
        return exclusive(self._path(".lock")) if self.run_id else nullcontext()

    # --- moving the connection -------------------------------------------------------------

    def _use(self, name):
        """Point the default connection at database `name` (no transaction may be open)."""
        current = connection.settings_dict["NAME"]
        if current == name:
            return
        if connection.vendor == "sqlite" and connection.is_in_memory_db():
            self._bare_raw, connection.connection = connection.connection, None
        else:
            connection.close()
        connection.settings_dict["NAME"] = name
        if name == self.bare_name and self._bare_raw is not None:
            connection.connection, self._bare_raw = self._bare_raw, None
        else:
            connection.ensure_connection()

    def enter(self, seed):
        """The connection on this worker's demo database, made (and seeded) the first time.
        `seed()` seeds the demo site and returns what it sent the Bot API."""
        if self.demo_name:
            self._use(self.demo_name)
            return None
        self.bare_name = connection.settings_dict["NAME"]
        self.demo_name = self._own_name()
        with self._lock():
            ready = self._path(".ready")
            if self.run_id and ready.exists():
                copy = ready.read_text()
                self._clone(copy, self.demo_name)
                self._use(self.demo_name)
                shutil.copytree(self._path("-media"), settings.MEDIA_ROOT, dirs_exist_ok=True)
                return pickle.loads(self._path(".announcements").read_bytes())
            self._clone(self.bare_name, self.demo_name)
            self._use(self.demo_name)
            announcements = seed()
            if self.run_id:
                self._keep_copy(announcements, ready)
            return announcements

    def leave(self):
        if self.bare_name:
            self._use(self.bare_name)

    # --- databases --------------------------------------------------------------------------

    def _own_name(self):
        if connection.vendor == "sqlite":
            return str(self.folder / f"club-demo-{self.run_id or os.getpid()}-{self.worker}.db")
        return f"{self.bare_name}_demo"

    def _clone(self, source, target):
        if connection.vendor == "sqlite":
            Path(target).unlink(missing_ok=True)
            on_source = source == connection.settings_dict["NAME"]
            sqlite_backup(connection.connection if on_source else source, target)
        else:
            postgresql_clone(connection, source, target)

    def _keep_copy(self, announcements, ready):
        copy = (
            str(self._path(".sqlite3"))
            if connection.vendor == "sqlite"
            else f"club_demo_{self.run_id[:16]}"
        )
        self._clone(self.demo_name, copy)
        shutil.copytree(settings.MEDIA_ROOT, self._path("-media"), dirs_exist_ok=True)
        self._path(".announcements").write_bytes(pickle.dumps(announcements))
        ready.write_text(copy)
        self.made_copy = copy

    def drop(self):
        """At the end of the session, on the migrated database again: remove what was made."""
        self.leave()
        if self.demo_name:
            drop_database(connection, self.demo_name)
        if self.made_copy:
            with self._lock():
                self._path(".ready").unlink(missing_ok=True)
                drop_database(connection, self.made_copy)
                shutil.rmtree(self._path("-media"), ignore_errors=True)
                self._path(".announcements").unlink(missing_ok=True)
            self._path(".lock").unlink(missing_ok=True)


DEMO = DemoDatabase()
