"""`make scale`: two gunicorn servers sharing PostgreSQL and Redis, one round-robin client.

1. A throwaway PostgreSQL database, migrated and seeded; a key prefix of its own in Redis
   (only those keys are deleted afterwards).
2. Servers A and B on two loopback ports, same database, same Redis (cache, page cache),
   same media folder (a shared volume or an S3 bucket in production).
3. A member signs in on A and her next request, on B, is hers (sessions are shared).
4. A visitor's lesson stored by B is a hit on A too; an editor saves a draft and publishes it
   on A (Wagtail's bulk publish); B's next visitor gets the new title.
5. `--seconds` of load (60 by default): visitors and members, each request to the other
   server than the one before; one more publish on A halfway. Exits 1 on any 5xx, failed
   connection or unexpected status.
"""

import argparse
import http.client
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

import redis

HERE = Path(__file__).resolve()
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.bench_load import CSRF, _lessons, _members, _setup  # noqa: E402
from tests.bench.bench_measure import LoadResult  # noqa: E402

EXPECTED = {200, 301, 302, 303}
# A completion refused (a lesson whose knowledge check she has not passed yet: 409, or a
# locked one: 403) is the site answering as it should, not an error.
REFUSED = {403, 409}
#: Behind nginx both servers are asked for the same host, so they share cached pages.
HOST = "127.0.0.1"


def _cookie(headers, name):
    """The value of cookie `name` set by a response (http.client joins Set-Cookie lines)."""
    for part in headers.get("Set-Cookie", "").replace(",", ";").split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None


class Client:
    """One person's keep-alive connections to both servers; requests go round-robin."""

    def __init__(self, ports, cookie=""):
        self.ports, self.cookie, self.turn = ports, cookie, 0
        self.conns = [None] * len(ports)

    def call(self, method, path, form=None, server=None):
        if server is None:
            server, self.turn = self.turn, (self.turn + 1) % len(self.ports)
        headers = {"Host": HOST, "Accept-Language": "ky"}
        if self.cookie:
            headers["Cookie"] = self.cookie
        body = None
        if form is not None:
            body = urlencode({**form, "csrfmiddlewaretoken": CSRF})
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in (1, 2):
            reused = self.conns[server] is not None
            if not reused:
                self.conns[server] = http.client.HTTPConnection(
                    "127.0.0.1", self.ports[server], timeout=30
                )
            try:
                self.conns[server].request(method, path, body=body, headers=headers)
                response = self.conns[server].getresponse()
                content = response.read()
                break
            except (OSError, http.client.HTTPException) as error:
                self.conns[server].close()
                self.conns[server] = None
                # gunicorn closes a kept-alive connection idle for 2 s; like a browser,
                # send again once on a fresh one. Anything else is a failure.
                stale = isinstance(error, (http.client.RemoteDisconnected, ConnectionError))
                if not (reused and stale and attempt == 1):
                    return None, {}, b""
        found = dict(response.getheaders())
        found["Set-Cookie"] = "; ".join(response.msg.get_all("Set-Cookie") or [])
        return response.status, found, content

    def sign_in(self, username, password, server):
        self.cookie = f"csrftoken={CSRF}"
        form = {"username": username, "password": password}
        status, headers, _ = self.call("POST", "/ky/accounts/login/", form, server=server)
        session = _cookie(headers, "sessionid")
        if status not in (302, 303) or not session:
            raise RuntimeError(f"signing in as {username} failed: {status}")
        self.cookie = f"sessionid={session}; csrftoken={CSRF}"


def cacheable_lesson(port):
    """The first Kyrgyz lesson server A answers a visitor from its page cache (asked over
    HTTP: the servers, not this process, have the demo's media files)."""
    visitor = Client([port])
    for lesson in _lessons():
        if "/ky/" in lesson["url"]:
            visitor.call("GET", lesson["url"])
            _, headers, _ = visitor.call("GET", lesson["url"])
            if headers.get("X-Page-Cache") == "hit":
                return lesson["url"]
    raise RuntimeError("no lesson is served from the page cache")


def publish_new_title(page_id, editor, server, label):
    """A draft with a new title (saved here, as an editor's draft), published on `server`."""
    from wagtail.models import Page

    page = Page.objects.get(pk=page_id).specific
    page.title = f"{page.title.split(' · ')[0]} · {label}"
    page.save_revision()
    status, _, _ = editor.call(
        "POST", f"/admin/bulk/wagtailcore/page/publish/?id={page_id}", {}, server=server
    )
    return page.title, status


def checks(ports, credentials, page, editor):
    """Sessions and the page cache across the two servers: [(what, passed, detail)]."""
    out = []
    member_name = next(name for name, c in credentials.items() if c["role"] == "member")
    member = Client(ports)
    member.sign_in(member_name, credentials[member_name]["password"], server=0)
    status, headers, _ = member.call("GET", "/ky/dashboard/", server=1)
    out.append(("member signs in on A, her dashboard on B", status == 200, f"B answered {status}"))

    visitor = Client(ports)
    visitor.call("GET", page["url"], server=1)
    _, headers, _ = visitor.call("GET", page["url"], server=0)
    hit = headers.get("X-Page-Cache")
    out.append(("page stored by B is a hit on A", hit == "hit", f"A: {hit}"))

    title, status = publish_new_title(page["id"], editor, 0, "published on A")
    _, headers, body = visitor.call("GET", page["url"], server=1)
    fresh = title.encode() in body
    out.append(
        (
            "editor publishes on A, visitor on B sees it",
            status in (302, 303) and fresh,
            f"publish {status}, B: {headers.get('X-Page-Cache')}, new title shown: {fresh}",
        )
    )
    return out


class Load:
    def __init__(self, ports, sessions, pages, dashboard, seconds):
        self.ports, self.sessions, self.pages = ports, sessions, pages
        self.dashboard, self.deadline = dashboard, time.monotonic() + seconds
        self.result, self.errors, self.lock = LoadResult(), [], threading.Lock()
        self.per_server, self.hits = [0] * len(ports), 0

    def record(self, client, method, path, form=None, refusable=False):
        server = client.turn
        started = time.perf_counter()
        status, headers, _ = client.call(method, path, form)
        self.result.record(status, time.perf_counter() - started)
        with self.lock:
            self.per_server[server] += 1
            self.hits += headers.get("X-Page-Cache") == "hit"
            if status not in EXPECTED and not (refusable and status in REFUSED):
                self.errors.append(f"{status} {method} {path} on {'AB'[server]}")

    def visitor(self, seed):
        rng, client = random.Random(seed), Client(self.ports)
        while time.monotonic() < self.deadline:
            self.record(client, "GET", rng.choice(self.pages))

    def member(self, seed, session_key):
        rng = random.Random(seed)
        client = Client(self.ports, f"sessionid={session_key}; csrftoken={CSRF}")
        while time.monotonic() < self.deadline:
            path, action = rng.choice(self.pages), rng.random()
            if action < 0.5:
                self.record(client, "GET", path)
            elif action < 0.7:
                self.record(client, "GET", self.dashboard)
            elif "/courses/" in path and path.count("/") > 4:
                self.record(client, "POST", path + "complete/", {}, refusable=True)


def run(args):
    from django.urls import reverse
    from django.utils import translation

    from courses.models import LessonPage
    from tests.e2e.server import LiveSite

    env = {"REDIS_URL": os.environ["REDIS_URL"], "CACHE_KEY_PREFIX": args.prefix}
    first = LiveSite("tests.bench.settings", args.database_url, threads=4, extra_env=env)
    # One media folder for both, as a shared volume or an S3 bucket would be in production.
    env = {**env, "MEDIA_ROOT": str(first.var_dir / "media")}
    sites = [first, LiveSite("tests.bench.settings", args.database_url, threads=4, extra_env=env)]
    sites[0].prepare()
    sites[0].start(), sites[1].start()
    try:
        ports = [site.port for site in sites]
        print(f"Servers: A on 127.0.0.1:{ports[0]}, B on 127.0.0.1:{ports[1]}")
        admin = next(n for n, c in sites[0].credentials.items() if c["role"] == "administrator")
        editor = Client(ports)
        editor.sign_in(admin, sites[0].credentials[admin]["password"], server=0)
        lesson_url = cacheable_lesson(ports[0])
        lesson = LessonPage.objects.get(
            pk=next(p.pk for p in LessonPage.objects.live() if p.get_url() == lesson_url)
        )
        page = {"id": lesson.pk, "url": lesson_url}
        results = checks(ports, sites[0].credentials, page, editor)
        for what, passed, detail in results:
            print(f"{'ok  ' if passed else 'FAIL'} {what} ({detail})")

        sessions = [key for _, key in _members(args.members)]
        with translation.override("ky"):
            dashboard = reverse("home:dashboard")
        pages = ["/ky/"] + [lesson["url"] for lesson in _lessons() if "/ky/" in lesson["url"]]
        load = Load(ports, sessions, pages, dashboard, args.seconds)
        threads = [threading.Thread(target=load.visitor, args=(n,)) for n in range(args.visitors)]
        threads += [
            threading.Thread(target=load.member, args=(1000 + n, key))
            for n, key in enumerate(sessions)
        ]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        time.sleep(args.seconds / 2)
        title, status = publish_new_title(page["id"], editor, 0, "published under load")
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        _, _, body = Client(ports).call("GET", page["url"], server=1)
        fresh = status in (302, 303) and title.encode() in body
        results.append(("publish on A under load, B shows it after", fresh, f"publish {status}"))
        print(f"{'ok  ' if fresh else 'FAIL'} {results[-1][0]} ({results[-1][2]})")
        return report(load, elapsed, args, results)
    finally:
        for site in sites:
            site.stop()


def report(load, elapsed, args, results):
    result = load.result
    total = result.ok + result.server_errors + sum(result.other.values()) + result.failures
    latencies = sorted(result.latencies) or [0]
    print()
    print(
        "| servers | visitors + members | duration | requests | req/s | page-cache hits | "
        "A / B | median ms | p95 ms | 5xx | failed connections | 4xx (refused completions) |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    print(
        f"| 2 × gunicorn (2 workers × 4 threads), PostgreSQL, Redis | "
        f"{args.visitors} + {args.members} | {elapsed:.0f} s | {total} | "
        f"{result.ok / elapsed:.0f} | {load.hits / max(total, 1):.0%} | "
        f"{load.per_server[0]} / {load.per_server[1]} | "
        f"{latencies[len(latencies) // 2] * 1000:.0f} | "
        f"{latencies[int(len(latencies) * 0.95)] * 1000:.0f} | {result.server_errors} | "
        f"{result.failures} | {sum(result.other.values())} |"
    )
    for line in load.errors[:10]:
        print("   error:", line)
    average = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"Load average at the end: {average} ({os.cpu_count()} cores).")
    failed = load.errors or not all(passed for _, passed, _ in results)
    print("FAIL" if failed else "PASS: sessions and purges shared, no error under load")
    return 1 if failed else 0


def cleanup_redis(url, prefix):
    client = redis.Redis.from_url(url)
    keys = list(client.scan_iter(match=f"{prefix}*", count=1000))
    if keys:
        client.delete(*keys)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60, help="load duration")
    parser.add_argument("--visitors", type=int, default=12, help="anonymous client threads")
    parser.add_argument("--members", type=int, default=8, help="signed-in client threads")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    parser.add_argument(
        "--pg", default=os.environ.get("PG_URL", "postgres://postgres@127.0.0.1:5432")
    )
    args = parser.parse_args(argv)
    # Stopped from outside (timeout, Ctrl-C): still drop the database and the Redis keys.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    dbname = f"club_scale_{os.getpid()}"
    args.prefix = f"clubscale{os.getpid()}"
    args.database_url = f"{args.pg}/{dbname}"
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", dbname], check=True)
    os.environ.update(REDIS_URL=args.redis, CACHE_KEY_PREFIX=args.prefix)
    try:
        _setup(args.database_url)
        return run(args)
    finally:
        from django.db import connections

        connections.close_all()
        cleanup_redis(args.redis, args.prefix)
        subprocess.run(["dropdb", "--if-exists", "-h", "127.0.0.1", "-U", "postgres", dbname])


if __name__ == "__main__":
    sys.exit(main())
