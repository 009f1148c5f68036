"""`make bench`: the benchmark table (not a test; nothing here is collected by pytest).

1. A throwaway database (SQLite file in a temp VAR_DIR, or --database-url) with seed_demo:
   per page type, SQL queries and median server time, and the same for a bare Django view.
2. Synthetic data at scale (tests/bench/bench_data.py), then the same measurements again.
3. gunicorn on 127.0.0.1 over that database: requests/s of the home page, a lesson page and
   the bare view under a bounded closed-loop load (our threaded http.client), as ratios.
4. Peak memory of the CSV exports at scale.
5. A newsletter to 1,000 and 5,000 subscribers: enqueue, send, peak memory (bench_newsletter).
6. The page cache's targets: a visitor's cached lesson against the bare view
   (tests/bench/bench_pagecache.py).
7. The peer comparison (tests/bench/bench_peer.py): course and lesson pages here and in
   wagtail-lms' example project (its own venv and process, tests/bench/peer/), interleaved.
8. The review queue and the progress reports with ten times the reflections
   (tests/bench/bench_admin.py; last, since it adds 18,000 reflections).
The rows include the certificate PDF: its median server time is the render time of a PDF.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2]))


def setup(args):
    var_dir = Path(tempfile.mkdtemp(prefix="club-bench-"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "tests.bench.settings"
    os.environ["VAR_DIR"] = str(var_dir)
    os.environ["MEDIA_ROOT"] = str(var_dir / "media")
    os.environ.pop("DATABASE_URL", None)
    if args.database_url:
        os.environ["DATABASE_URL"] = args.database_url
    import django

    django.setup()
    return var_dir


def targets():
    """(label, path, who) per page type; who is None (visitor), 'member' or 'mentor'."""
    from tests.e2e.discover import _page_urls, _urls

    pages, urls = _page_urls(), _urls()

    def first(*labels, lang="ky"):
        for label in labels:
            found = pages.get(label, {}).get(lang)
            if found:
                return found[0]["url"]
        return None

    lesson = first("courses.lessonpage")
    rows = [
        ("bare Django view", "/bench/bare/", None),
        ("home", "/ky/", None),
        ("catalogue", first("courses.courseindexpage"), None),
        ("course", first("courses.coursepage"), "member"),
        ("lesson", lesson, "member"),
        ("reflection form", lesson and lesson + "reflection/", "member"),
        ("dashboard", urls.get("home:dashboard", {}).get("ky"), "member"),
        ("library", first("library.libraryindexpage"), None),
        ("library item", first("library.libraryitempage"), None),
        ("news", first("news.newsindexpage"), None),
        ("news article", first("news.newspage"), None),
        ("events", first("news.eventindexpage"), None),
        ("event", first("news.eventpage"), None),
        ("club directory", urls.get("club:directory", {}).get("ky"), "member"),
        ("club initiatives", urls.get("club:initiatives", {}).get("ky"), "member"),
        ("admin review queue", "/admin/club/reflections/", "mentor"),
        ("admin members list", "/admin/club-members/", "admin"),
    ]
    return [row for row in rows if row[1]]


def certificate_targets(member):
    """The demo member's certificate of the first Kyrgyz course (issued as on completing it):
    rows for its PDF (rendered on every request) and its public verification page."""
    from courses.certificates import certificate_url, issue_certificate
    from courses.models import CoursePage

    course = CoursePage.objects.live().filter(locale__language_code="ky").order_by("path").first()
    if course is None:
        return []
    certificate, _created = issue_certificate(member, course)
    return [
        (
            "certificate PDF",
            certificate_url(certificate, "ky", "courses:certificate_pdf"),
            "member",
        ),
        ("certificate verification", certificate_url(certificate, "ky"), None),
    ]


def people():
    from django.contrib.auth import get_user_model

    from home.members import demo

    User = get_user_model()
    return {
        "member": User.objects.get(username=demo.DEMO_MEMBER_USERNAMES[0]),
        "mentor": User.objects.get(username=demo.MENTOR_USERNAME),
        "admin": User.objects.filter(is_superuser=True).first(),
    }


def measure_all(rows, who, repeat):
    from .bench_measure import server_time
    from .bench_pagecache import settings_for

    out = {}
    for label, path, person in rows:
        with settings_for(label):
            status, queries, median = server_time(path, who.get(person), repeat=repeat)
        out[label] = (status, queries, median)
    return out


def throughput(var_dir, database_url, lesson_path, member, seconds, users, cached_lesson):
    from django.conf import settings
    from django.contrib.sessions.backends.db import SessionStore

    from tests.e2e.server import LiveSite

    from . import bench_pagecache as pagecache
    from .bench_measure import hammer

    session = SessionStore()
    session["_auth_user_id"] = str(member.pk)
    session["_auth_user_backend"] = settings.AUTHENTICATION_BACKENDS[-1]
    session["_auth_user_hash"] = member.get_session_auth_hash()
    session.create()
    site = LiveSite(settings="tests.bench.settings", database_url=database_url, workers=2)
    site.var_dir = var_dir
    site.log_path = var_dir / "gunicorn.log"
    site.start()
    try:
        results = {}
        for label, paths, cookie in [
            ("bare Django view", ["/bench/bare/"], ""),
            ("home (visitor, page cache)", ["/ky/"], ""),
            ("lesson (member)", [lesson_path], f"sessionid={session.session_key}"),
            *([(pagecache.LABEL, [cached_lesson], "")] if cached_lesson else []),
        ]:
            hammer(site.port, paths, users=users, seconds=2, cookie=cookie)  # warm up
            rps, result = hammer(site.port, paths, users=users, seconds=seconds, cookie=cookie)
            results[label] = (rps, result.server_errors, result.failures, result.other)
        return results
    finally:
        site.stop()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="PostgreSQL URL of an EMPTY throwaway database")
    parser.add_argument("--repeat", type=int, default=25, help="timed requests per page")
    parser.add_argument("--seconds", type=float, default=15, help="load duration per page")
    parser.add_argument("--users", type=int, default=8, help="concurrent load threads")
    parser.add_argument("--small", action="store_true", help="a tenth of the scale (quick look)")
    parser.add_argument(
        "--no-peer", action="store_true", help="leave out the peer (wagtail-lms) comparison"
    )
    parser.add_argument(
        "--peer-only", action="store_true", help="only the peer comparison (`make peer`)"
    )
    args = parser.parse_args(argv)
    var_dir = setup(args)

    from django.core.management import call_command

    from . import bench_admin, bench_data, bench_pagecache, bench_peer
    from . import peer as peer_site
    from .bench_measure import export_peak
    from .bench_newsletter import measure as newsletter_bench
    from .bench_newsletter import print_newsletter
    from .bench_report import print_table

    started = time.perf_counter()
    print(f"Benchmark database: {args.database_url or var_dir / 'db.sqlite3'}")
    peer = peer_site.start(not args.no_peer)  # builds its database while we seed ours
    call_command("migrate", verbosity=0, interactive=False)
    call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    rows, who = targets(), people()
    peer.ready()  # idle from here on, so it does not weigh on our measurements
    if args.peer_only:
        bench_peer.print_scenario(bench_peer.measure(who["member"], peer, args.repeat), peer)
        return
    rows += certificate_targets(who["member"])
    cached_lesson = bench_pagecache.cacheable_lesson()
    rows += bench_pagecache.rows(cached_lesson)
    small = measure_all(rows, who, args.repeat)
    scenario = bench_peer.measure(who["member"], peer, args.repeat)

    scale = dict(bench_data.SCALE)
    if args.small:
        scale = {k: max(1, v // 10) for k, v in scale.items()} | {"lessons": 40}
    print(f"Generating {scale} ...")
    generated = bench_data.generate(scale)
    large = measure_all(rows, who, args.repeat)

    exports = {}
    for label, path in [
        ("members list CSV", "/admin/club-members/?export=csv"),
        ("progress per member CSV", "/admin/club/progress-reports/members/?export=csv"),
    ]:
        exports[label] = export_peak(path, who["admin"])

    lesson_path = next((path for label, path, _ in rows if label == "lesson"), "/ky/")
    load = throughput(
        var_dir,
        args.database_url,
        lesson_path,
        who["member"],
        args.seconds,
        args.users,
        cached_lesson,
    )
    print_table(small, large, load, exports, generated, args, time.perf_counter() - started)
    print_newsletter(newsletter_bench(small=args.small))
    bench_pagecache.print_targets(large, load)
    bench_peer.print_scenario(scenario, peer)
    admin = bench_admin.run(bench_admin.staff(), min(args.repeat, 10), small=args.small)
    bench_admin.print_admin(admin)


if __name__ == "__main__":
    main()
