"""`make load`: 50 members × 60 s against gunicorn on SQLite and on PostgreSQL, with faults.

Each simulated member (a thread with its own keep-alive connection and session) reads the
home page, lessons and her dashboard, marks lessons complete and submits reflections. A
third of the way in gunicorn is restarted gracefully (SIGTERM), two thirds in it is killed
(SIGKILL) and started again. Afterwards every acknowledged write (a redirect after POST)
must be in the database, and no response may be a 5xx; a refused write (a 4xx with the page
saying why: a locked lesson, a check not passed yet, a closed reflection) is counted apart,
neither acknowledged nor lost. Loopback only; exits 1 on failure.
"""

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

HERE = Path(__file__).resolve()
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

CSRF = "loadtestcsrfsecret0123456789abcd"  # 32 characters: an unmasked CSRF secret
ANSWER = "Айылдык кеңеште бюджеттик угуу өткөрдүк; 40 аял катышты. "


def _setup(database_url):
    var_dir = Path(tempfile.mkdtemp(prefix="club-load-"))
    os.environ.update(
        DJANGO_SETTINGS_MODULE="tests.bench.settings",
        VAR_DIR=str(var_dir),
        MEDIA_ROOT=str(var_dir / "media"),
    )
    os.environ.pop("DATABASE_URL", None)
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    import django

    django.setup()
    return var_dir


def _members(count):
    """`count` Club members with a ready session each: [(user_id, sessionid)]."""
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.contrib.sessions.backends.db import SessionStore

    from home.members.roles import MEMBERS

    User = get_user_model()
    group = Group.objects.get(name=MEMBERS)
    out = []
    for i in range(count):
        user, _ = User.objects.get_or_create(username=f"load-{i:03d}")
        user.groups.add(group)
        session = SessionStore()
        session["_auth_user_id"] = str(user.pk)
        session["_auth_user_backend"] = settings.AUTHENTICATION_BACKENDS[-1]
        session["_auth_user_hash"] = user.get_session_auth_hash()
        session.create()
        out.append((user.pk, session.session_key))
    return out


def _lessons():
    from courses.models import LessonPage

    lessons = []
    for lesson in LessonPage.objects.live().specific().order_by("path"):
        kinds = {block.block_type for block in lesson.body}
        lessons.append(
            {
                "url": lesson.get_url(),
                "key": lesson.translation_key,
                "prompt": "reflection_prompt" in kinds and "stakeholder_map" not in kinds,
            }
        )
    return lessons


class Member(threading.Thread):
    """One simulated member: a closed loop of reads and writes until the deadline."""

    def __init__(self, run, user_id, session_key, seed):
        super().__init__(daemon=True)
        self.run_state, self.user_id = run, user_id
        self.cookie = f"sessionid={session_key}; csrftoken={CSRF}"
        self.rng = random.Random(seed)
        self.conn = None

    def call(self, method, path, form=None):
        import http.client

        from .bench_measure import request

        headers = {"Cookie": self.cookie, "Accept-Language": "ky"}
        body = None
        if form is not None:
            body = urlencode({**form, "csrfmiddlewaretoken": CSRF})
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        started = time.perf_counter()
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.run_state.port, timeout=30)
            status, _, content = request(self.conn, method, path, body, headers)
        except (OSError, http.client.HTTPException):
            self.conn = None
            self.run_state.result.record(None, 0)
            time.sleep(0.2)  # the server is restarting: try again shortly
            return None, b""
        self.run_state.result.record(status, time.perf_counter() - started)
        if status >= 500:
            self.run_state.errors.append(f"{status} {method} {path}")
        return status, content

    def run(self):
        state, lessons = self.run_state, self.run_state.lessons
        while time.monotonic() < state.deadline:
            lesson = self.rng.choice(lessons)
            action = self.rng.random()
            if action < 0.25:
                self.call("GET", "/ky/")
            elif action < 0.5:
                self.call("GET", lesson["url"])
            elif action < 0.6:
                self.call("GET", state.dashboard)
            elif action < 0.85:
                status, _ = self.call("POST", lesson["url"] + "complete/", {})
                state.answered("completions", (self.user_id, lesson["key"]), status)
            else:
                self.reflect()

    def reflect(self):
        state = self.run_state
        prompts = [lesson for lesson in state.lessons if lesson["prompt"]]
        if not prompts:
            return
        lesson = self.rng.choice(prompts)
        path = lesson["url"] + "reflection/"
        status, content = self.call("GET", path)
        if status != 200:
            return
        names = sorted(set(re.findall(rb'name="(answer_\d+)"', content)))
        if not names:
            return  # answered by a mentor already, or not editable
        form = {name.decode(): ANSWER + str(self.rng.random()) for name in names}
        form["action"] = "submit"
        status, _ = self.call("POST", path, form)
        state.answered("reflections", (self.user_id, lesson["key"]), status)


class Run:
    def __init__(self, port, lessons, dashboard, seconds):
        from .bench_measure import LoadResult

        self.port, self.lessons, self.dashboard = port, lessons, dashboard
        self.deadline = time.monotonic() + seconds
        self.result, self.errors = LoadResult(), []
        self.acked = {"completions": set(), "reflections": set()}
        self.refused = {"completions": 0, "reflections": 0}
        self.lock = threading.Lock()

    def answered(self, kind, key, status):
        """A redirect acknowledges the action (it must be stored); a 4xx refuses it (a
        locked lesson, a check not passed, a closed reflection: nothing to store)."""
        with self.lock:
            if status in (302, 303):
                self.acked[kind].add(key)
            elif status is not None and 400 <= status < 500:
                self.refused[kind] += 1


def run_one(database_url, users, seconds):
    """Everything for one database, in this process (Django is set up once per process)."""
    var_dir = _setup(database_url)
    from django.core.management import call_command
    from django.urls import reverse
    from django.utils import translation

    from courses.models import LessonCompletion
    from courses.reflections.models import Reflection
    from tests.e2e.server import LiveSite

    call_command("migrate", verbosity=0, interactive=False)
    call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    members, lessons = _members(users), _lessons()
    with translation.override("ky"):
        dashboard = reverse("home:dashboard")
    site = LiveSite(settings="tests.bench.settings", database_url=database_url, threads=8)
    site.var_dir, site.log_path = var_dir, var_dir / "gunicorn.log"
    site.start()
    run = Run(site.port, lessons, dashboard, seconds)
    threads = [Member(run, uid, key, n) for n, (uid, key) in enumerate(members)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    faults = []
    for fraction, graceful in ((1 / 3, True), (2 / 3, False)):
        time.sleep(max(0.0, started + seconds * fraction - time.monotonic()))
        down = time.monotonic()
        site.stop(graceful=graceful)
        site.start()
        run.port = site.port
        faults.append(
            f"{'SIGTERM' if graceful else 'SIGKILL'} → up in {time.monotonic() - down:.1f} s"
        )
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    site.stop()

    ids = [uid for uid, _ in members]
    stored_c = set(
        LessonCompletion.objects.filter(user_id__in=ids).values_list("user_id", "lesson_key")
    )
    stored_r = set(
        Reflection.objects.filter(user_id__in=ids, submitted_at__isnull=False).values_list(
            "user_id", "lesson_key"
        )
    )
    lost_c = run.acked["completions"] - stored_c
    lost_r = run.acked["reflections"] - stored_r
    result = run.result
    print(
        f"| {database_url and 'PostgreSQL' or 'SQLite'} | {users} | {elapsed:.0f} s | "
        f"{result.ok + result.server_errors + sum(result.other.values())} | "
        f"{result.ok / elapsed:.0f} | {result.server_errors} | {result.failures} | "
        f"{len(run.acked['completions'])} / {run.refused['completions']} / {len(lost_c)} | "
        f"{len(run.acked['reflections'])} / {run.refused['reflections']} / {len(lost_r)} | "
        f"{'; '.join(faults)} |"
    )
    for line in run.errors[:10]:
        print("   5xx:", line)
    if result.server_errors:
        print(site.log_tail(3000))
    return 0 if not (result.server_errors or lost_c or lost_r) else 1


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--databases", default="sqlite,postgres")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: run a single database
    parser.add_argument(
        "--pg", default=os.environ.get("PG_URL", "postgres://postgres@127.0.0.1:5432")
    )
    args = parser.parse_args(argv)
    if args.one is not None:
        return run_one(args.one or None, args.users, args.seconds)

    print(
        "| database | users | duration | responses | ok req/s | 5xx | connect failures (server down) | completions acked / refused / lost | reflections acked / refused / lost | faults |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    status = 0
    for database in args.databases.split(","):
        url, dbname = "", None
        if database == "postgres":
            dbname = f"club_load_{os.getpid()}"
            subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", dbname], check=True)
            url = f"{args.pg}/{dbname}"
        try:
            command = [sys.executable, "-m", "tests.bench.bench_load", "--one", url]
            command += ["--users", str(args.users), "--seconds", str(args.seconds)]
            status |= subprocess.run(command, cwd=ROOT).returncode
        finally:
            if dbname:
                subprocess.run(
                    ["dropdb", "--if-exists", "-h", "127.0.0.1", "-U", "postgres", dbname]
                )
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"Load average at the end: {load} ({os.cpu_count()} cores).")
    print("PASS: no 5xx, nothing acknowledged was lost" if status == 0 else "FAIL")
    return status


if __name__ == "__main__":
    sys.exit(main())
