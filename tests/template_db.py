"""One migrated test database per backend and test run, cloned by the other xdist workers.

Migrating an empty database takes about 40 s of CPU (some 300 migrations of Django, Wagtail,
wagtail-localize and ours). With pytest-xdist each worker has its own test database, so each
migrated its own. Now the first worker to get here migrates and keeps a copy (a file written
with SQLite's backup API, or a PostgreSQL database used as the TEMPLATE of the others); the
other workers clone it instead of migrating. A worker that finds no copy (a single process,
or a copy already dropped) migrates as before. The worker that made the copy removes it when
its session ends.
"""

import fcntl
import os
import sqlite3
import tempfile
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

from django.db.backends.base.creation import BaseDatabaseCreation


@contextmanager
def exclusive(path):
    """Held by one process of the test run at a time (an flock on the file `path`)."""
    with open(path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def sqlite_backup(source, target):
    """SQLite's backup API from `source` into `target`, each an open sqlite3 connection or a
    file's path (what it opens, it closes)."""
    opened = []

    def connect(end):
        if isinstance(end, sqlite3.Connection):
            return end
        opened.append(sqlite3.connect(end))
        return opened[-1]

    try:
        connect(source).backup(connect(target))
    finally:
        for connection in opened:
            connection.close()


def postgresql_clone(connection, source, target):
    """Database `target` made anew as a copy of `source` (CREATE DATABASE … TEMPLATE).
    PostgreSQL copies a database only while nobody is connected to it: `connection` lets go
    of `source` first."""
    if connection.settings_dict["NAME"] == source:
        connection.close()
    with connection.creation._nodb_cursor() as cursor:
        quote = connection.ops.quote_name
        cursor.execute(f"DROP DATABASE IF EXISTS {quote(target)}")
        cursor.execute(f"CREATE DATABASE {quote(target)} TEMPLATE {quote(source)}")


def drop_database(connection, name):
    """A copy made above removed: a SQLite file, or a PostgreSQL database."""
    if connection.vendor == "sqlite":
        Path(name).unlink(missing_ok=True)
        return
    with connection.creation._nodb_cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {connection.ops.quote_name(name)}")


class SharedMigrations:
    def __init__(self, run_id):
        self.folder = Path(tempfile.gettempdir())
        self.run_id = run_id
        self.made = []  # (creation, copy name) of the copies this worker made

    def _path(self, alias, suffix):
        return self.folder / f"club-test-{self.run_id}-{alias}{suffix}"

    def _template_name(self, creation):
        return f"club_template_{self.run_id[:16]}_{creation.connection.alias}"

    def _lock(self, alias):
        return exclusive(self._path(alias, ".lock"))

    def create_test_db(self, creation, original, *args, **kwargs):
        """Called instead of `BaseDatabaseCreation.create_test_db` (with the original)."""
        alias = creation.connection.alias
        ready = self._path(alias, ".ready")
        with self._lock(alias):
            if ready.exists():
                return self._clone(creation, original, ready.read_text(), *args, **kwargs)
            name = original(creation, *args, **kwargs)
            ready.write_text(self._keep_copy(creation))
            self.made.append((creation, ready))
            return name

    def _keep_copy(self, creation):
        connection = creation.connection
        if connection.vendor == "sqlite":
            copy = str(self._path(connection.alias, ".sqlite3"))
            connection.ensure_connection()
            sqlite_backup(connection.connection, copy)
            return copy
        template = self._template_name(creation)
        postgresql_clone(connection, connection.settings_dict["NAME"], template)
        return template

    def _clone(self, creation, original, copy, *args, **kwargs):
        """Create the test database as Django does, its content taken from the copy."""
        connection = creation.connection

        def instead_of_migrate(name, *command_args, **options):
            if name == "migrate":
                if connection.vendor == "sqlite":
                    connection.ensure_connection()
                    sqlite_backup(copy, connection.connection)
                return None
            return call_command(name, *command_args, **options)

        from django.core import management

        call_command = management.call_command
        if connection.vendor == "postgresql":
            connection.settings_dict["TEST"]["TEMPLATE"] = copy
        try:
            with mock.patch.object(management, "call_command", instead_of_migrate):
                return original(creation, *args, **kwargs)
        finally:
            connection.settings_dict["TEST"].pop("TEMPLATE", None)

    def remove_copies(self):
        for creation, ready in self.made:
            with self._lock(creation.connection.alias):
                copy = ready.read_text()
                ready.unlink()
                drop_database(creation.connection, copy)
            self._path(creation.connection.alias, ".lock").unlink(missing_ok=True)


@contextmanager
def migrations_shared_by_workers(django_db_blocker):
    """While open, test databases of this xdist run are cloned from the first one migrated."""
    run_id = os.environ.get("PYTEST_XDIST_TESTRUNUID")
    if not run_id:
        yield
        return
    shared = SharedMigrations(run_id)
    original = BaseDatabaseCreation.create_test_db

    def create_test_db(creation, *args, **kwargs):
        return shared.create_test_db(creation, original, *args, **kwargs)

    with mock.patch.object(BaseDatabaseCreation, "create_test_db", create_test_db):
        yield
    with django_db_blocker.unblock():
        shared.remove_copies()
