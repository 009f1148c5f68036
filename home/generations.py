"""Generations: numbers that move on when something changes, seen at once by every worker.

An entry cached under a key holding a generation is out of reach the moment the generation
moves on: nothing has to be found and deleted. With Redis a generation is a key of the shared
cache. Without Redis each gunicorn worker has a local-memory cache of its own, so a
generation is the modification time of a file that every worker of the machine reads
(PAGE_CACHE_GENERATION_FILE, and beside it one file per other name).

The names:
- SITE: public pages and what every visitor sees alike (home/pagecache.py, home/cache.py);
- PERMISSIONS: who holds which permission (the account's every-page permissions,
  home/members/backends.py);
- CLUB: what members share with each other (the shared reflections under a lesson).
"""

import logging
import os
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.db import transaction

logger = logging.getLogger(__name__)

SITE = ""
PERMISSIONS = "permissions"
CLUB = "club"

#: The site generation keeps the key the page cache always had.
SITE_KEY = "pagecache:generation"


def _cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def _key(name):
    return SITE_KEY if name == SITE else f"generation:{name}"


def _file(name):
    path = getattr(settings, "PAGE_CACHE_GENERATION_FILE", "")
    if not path or name == SITE:
        return path
    return f"{path}.{name}"


def current(name=SITE, cache=None):
    """The current generation; a fresh one (never seen before) if it was lost; None when
    the file cannot be written (then nothing may be cached: it could not be purged)."""
    path = _file(name)
    if path:
        try:
            return os.stat(path).st_mtime_ns
        except FileNotFoundError:
            _move_on(name)
        try:
            return os.stat(path).st_mtime_ns
        except OSError:
            return None
    cache = cache or _cache()
    key = _key(name)
    value = cache.get(key)
    if value is None:
        cache.add(key, time.time_ns() // 1000, timeout=None)
        value = cache.get(key, 0)
    return value


def bump(name=SITE):
    """Move `name` on, now and again once the change is committed: a value computed by
    another worker in between reads the data from before the commit, and would otherwise
    be kept under the new generation."""
    _move_on(name)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: _move_on(name))


def _touch(path):
    try:
        last = os.stat(path).st_mtime_ns
    except FileNotFoundError:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).touch()
        last = 0
    now = max(time.time_ns(), last + 1)
    os.utime(path, ns=(now, now))


def _move_on(name):
    path = _file(name)
    if path:
        try:
            _touch(path)
        except OSError:
            logger.exception("Generation %r could not move on: %s is not writable", name, path)
        return
    cache = _cache()
    key = _key(name)
    try:
        try:
            cache.incr(key)
        except ValueError:  # lost or never set: any new value is unseen
            cache.set(key, time.time_ns() // 1000, timeout=None)
    except Exception:  # the cache server is down: saving must still work
        logger.exception("Generation %r could not move on", name)
