"""Measuring: queries and server time in-process, requests/s over HTTP, export memory."""

import http.client
import statistics
import threading
import time
import tracemalloc

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


class Probe:
    """One page for one person, measured in steps so that two sites can take turns
    (the peer comparison interleaves batches of both; bench_peer.py)."""

    def __init__(self, path, user=None):
        self.path = path
        self.client = Client(raise_request_exception=False)
        if user is not None:
            self.client.force_login(user)

    def prepare(self, warmup=3):
        """(status, SQL queries of one request) after `warmup` requests."""
        for _ in range(warmup):
            self.client.get(self.path)
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(self.path)
        return response.status_code, len(queries)  # the next request empties the log

    def time(self, repeat):
        """Milliseconds of each of `repeat` requests."""
        timings = []
        for _ in range(repeat):
            started = time.perf_counter()
            self.client.get(self.path)
            timings.append((time.perf_counter() - started) * 1000)
        return timings


def server_time(path, user=None, repeat=25, warmup=3):
    """(status, SQL queries of one request, median ms of `repeat` requests) in-process."""
    probe = Probe(path, user)
    status, query_count = probe.prepare(warmup)
    return status, query_count, statistics.median(probe.time(repeat))


def export_peak(path, user):
    """(status, bytes, peak MB of Python allocations) while producing and reading an export."""
    client = Client(raise_request_exception=False)
    client.force_login(user)
    tracemalloc.start()
    tracemalloc.reset_peak()
    response = client.get(path)
    size = 0
    if getattr(response, "streaming", False):
        for chunk in response.streaming_content:
            size += len(chunk)
    else:
        size = len(response.content)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return response.status_code, size, peak / 1024 / 1024


class LoadResult:
    def __init__(self):
        self.lock = threading.Lock()
        self.ok = 0
        self.server_errors = 0
        self.other = {}
        self.failures = 0
        self.latencies = []

    def record(self, status, elapsed):
        with self.lock:
            if status is None:
                self.failures += 1
            elif status >= 500:
                self.server_errors += 1
            elif status < 400:
                self.ok += 1
                self.latencies.append(elapsed)
            else:
                self.other[status] = self.other.get(status, 0) + 1


def request(conn, method, path, body=None, headers=None):
    """One request on a kept-alive connection; returns (status, response headers, body)."""
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    return response.status, dict(response.getheaders()), response.read()


def hammer(port, paths, users=8, seconds=10.0, cookie=""):
    """A bounded closed-loop load: `users` threads, each GETs `paths` in turn for `seconds`.

    Returns requests/s of successful responses and the LoadResult.
    """
    result = LoadResult()
    deadline = time.monotonic() + seconds
    headers = {"Cookie": cookie} if cookie else {}

    def worker(offset):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        i = offset
        while time.monotonic() < deadline:
            path = paths[i % len(paths)]
            i += 1
            started = time.perf_counter()
            try:
                status, _, _ = request(conn, "GET", path, headers=headers)
            except (OSError, http.client.HTTPException):
                status = None
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            result.record(status, time.perf_counter() - started)
        conn.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(users)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return result.ok / (time.monotonic() - started), result
