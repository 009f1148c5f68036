"""`make lighthouse`: the pinned Lighthouse CLI on five Kyrgyz pages, as a phone sees them.

The demo site is seeded into var/lighthouse/ (kept while the demo code and the migrations are
unchanged), its static files collected with the production storage (hashed, compressed), and
served by gunicorn with the production settings (DEBUG off, WhiteNoise, the page cache), over
plain HTTP on 127.0.0.1. Lighthouse (tests/lighthouse/package.json, `npm ci`) drives Debian's
chromium with its default mobile emulation and simulated throttling, three rounds over the
pages; the table gives the median of each category, and the run fails when any is below the
threshold.
Reports: var/lighthouse/reports/<page>-<run>.report.{json,html}.
"""

import argparse
import hashlib
import json
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.server import PYTHON, LiveSite  # noqa: E402

VAR = ROOT / "var" / "lighthouse"
REPORTS = VAR / "reports"
LIGHTHOUSE = HERE / "node_modules" / ".bin" / "lighthouse"
CHROME = "/usr/bin/chromium"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
STAMP = VAR / "seeded"
ATTEMPTS = 3  # a busy machine now and then spoils a trace

# The public Kyrgyz pages a visitor reads, found in the seeded database (first of each kind).
FIND_PAGES = """
import json
from courses.models import CoursePage, LessonPage
from home.models import HomePage
from library.models import LibraryItemPage
from news.models import NewsPage

def first(model, **filters):
    page = model.objects.live().public().filter(locale__language_code="ky", **filters)
    return page.order_by("path").first().get_url()

course = CoursePage.objects.live().public().filter(
    locale__language_code="ky", members_only=False).order_by("path").first()
lesson = LessonPage.objects.live().public().child_of(course).order_by("path").first()
print(json.dumps({
    "home": first(HomePage),
    "course": course.get_url(),
    "lesson": lesson.get_url(),
    "library item": first(LibraryItemPage, members_only=False),
    "news item": first(NewsPage),
}))
"""


def environment(settings):
    """The production environment of the throwaway site (or the development one to seed)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(
        DJANGO_SETTINGS_MODULE=settings,
        VAR_DIR=str(VAR),
        MEDIA_ROOT=str(VAR / "media"),
        STATIC_ROOT=str(VAR / "static"),
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL="0",  # no TLS on the loopback; nginx terminates it in production
        SERVE_MEDIA="1",  # no nginx in front for the uploaded pictures
        DEBUG="0",
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def manage(settings, *args):
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=environment(settings),
        text=True,
        capture_output=True,
    )
    if result.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def seed_fingerprint():
    """What the seeded database depends on: the demo modules and texts, and the migrations."""
    digest = hashlib.sha256()
    for app in ("home", "courses", "library", "news"):
        for path in sorted((ROOT / app).rglob("*")):
            relative = path.relative_to(ROOT).as_posix()
            demo = "demo" in relative or relative.endswith(".py") and "/migrations/" in relative
            if demo and path.is_file() and "__pycache__" not in relative:
                digest.update(relative.encode() + path.read_bytes())
    return digest.hexdigest()


def prepare(fresh):
    """Seed var/lighthouse/ unless a seed of the same demo code is there, then collect static."""
    fingerprint = seed_fingerprint()
    if fresh or not STAMP.exists() or STAMP.read_text() != fingerprint:
        shutil.rmtree(VAR, ignore_errors=True)
        VAR.mkdir(parents=True)
        print("Seeding the demo site into var/lighthouse/ …", flush=True)
        manage("cms.settings.dev", "migrate", "--noinput", "-v0")
        manage("cms.settings.dev", "seed_demo")
        STAMP.write_text(fingerprint)
    else:
        manage("cms.settings.dev", "migrate", "--noinput", "-v0")
    manage("cms.settings.production", "collectstatic", "--noinput", "--clear", "-v0")
    return json.loads(manage("cms.settings.dev", "shell", "-c", FIND_PAGES).splitlines()[-1])


def audit(name, url, run):
    """One Lighthouse run (tried again when chromium spoils it): ({category: score 0–100},
    the machine's speed as Lighthouse measured it, its benchmarkIndex)."""
    slug = name.replace(" ", "-")
    out = REPORTS / f"{slug}-{run}"
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        "--output=html",
        f"--output-path={out}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage",
        "--max-wait-for-load=60000",
    ]
    env = {**os.environ, "CHROME_PATH": CHROME}
    for attempt in range(1, ATTEMPTS + 1):
        done = subprocess.run(command, env=env, timeout=300).returncode == 0
        report = json.loads(Path(f"{out}.report.json").read_text()) if done else {}
        if done and not report.get("runtimeError"):
            scores = {c: round(100 * (report["categories"][c]["score"] or 0)) for c in CATEGORIES}
            return scores, report["environment"]["benchmarkIndex"]
        # A trace chromium failed to record (NO_NAVSTART, …) says nothing of the page.
        print(f"  Lighthouse failed on {url} (attempt {attempt}), again", flush=True)
    sys.exit(f"Lighthouse failed {ATTEMPTS} times on {url}")


def table(medians, version, threshold):
    width = max(len(name) for name in medians) + 2
    lines = [
        f"Lighthouse {version}, mobile (default emulation, simulated throttling), "
        f"median of the runs; threshold {threshold}",
        "page".ljust(width) + "".join(c.rjust(16) for c in CATEGORIES),
    ]
    for name, scores in medians.items():
        cells = "".join(
            (str(scores[c]) + (" !" if scores[c] < threshold else "")).rjust(16) for c in CATEGORIES
        )
        lines.append(name.ljust(width) + cells)
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--threshold", type=int, default=95)
    parser.add_argument("--fresh", action="store_true", help="seed a new database")
    parser.add_argument("--only", help="audit only this page (e.g. lesson)")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit("Run `npm ci` in tests/lighthouse/ first (make lighthouse does).")
    version = subprocess.run(
        [str(LIGHTHOUSE), "--version"], capture_output=True, text=True, check=True
    ).stdout.strip()
    pages = prepare(args.fresh)
    if args.only:
        pages = {args.only: pages[args.only]}
    REPORTS.mkdir(parents=True, exist_ok=True)
    site = LiveSite(settings="cms.settings.production")
    site.var_dir.rmdir()  # LiveSite's own throwaway folder: this one is var/lighthouse/
    site.var_dir, site.log_path = VAR, VAR / "gunicorn.log"
    site.extra_env = environment(site.settings)
    scores = {name: [] for name in pages}
    load, speed = [os.getloadavg()[0]], []
    try:
        site.start()
        for path in pages.values():
            for _ in range(2 * site.workers):  # visitors before: in each worker's page cache
                urllib.request.urlopen(site.base_url + path, timeout=30).read()
        # Round after round over the pages: a burst of load elsewhere spreads over them all.
        for run in range(1, args.runs + 1):
            for name, path in pages.items():
                result, benchmark = audit(name, site.base_url + path, run)
                scores[name].append(result)
                speed.append(benchmark)
                print(f"{name:14} {path}  run {run}: {scores[name][-1]}", flush=True)
            load.append(os.getloadavg()[0])
    finally:
        site.stop()
    medians = {
        name: {c: int(statistics.median(r[c] for r in runs)) for c in CATEGORIES}
        for name, runs in scores.items()
    }
    print(
        f"\nLoad average (1 min) during the runs {min(load):.1f}–{max(load):.1f}; "
        f"Lighthouse's benchmarkIndex {min(speed):.0f}–{max(speed):.0f}"
    )
    print(table(medians, version, args.threshold))
    failed = [n for n, s in medians.items() if min(s.values()) < args.threshold]
    if failed:
        print(f"\nBelow {args.threshold}: {', '.join(failed)}. Reports: {REPORTS}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
