"""The peer's side of the comparison in `make bench`: wagtail-lms in its example project.

Runs in var/peer/venv (never in the Club's venv) as a long-lived process so that
tests/bench/bench_peer.py can alternate small batches of requests between the two sites.
On start: a fresh SQLite database in var/peer/, migrated; the example's home page (as its
`setup_pages` command makes it); a course page with 3 H5P lesson pages (rich text, no H5P
package); a member enrolled in the course who has completed the first lesson. Then one
JSON command per line on stdin, one JSON answer per line on stdout:

    ["prepare", ROW]   -> {"status": 200, "queries": 9}   (3 warm-ups, 1 captured request)
    ["time", ROW, N]   -> {"ms": [...]}                    (N timed requests)
    ["grow", N]        -> {"lessons": 53}                  (N more published lessons)

ROW is one of bench_peer.ROWS or "bare Django view". Pages are timed with the Club's own
tests/bench/bench_measure.py (loaded from its file), so both sides use the same code.
"""

import importlib.util
import json
import os
import sys
import traceback
from pathlib import Path

PROJECT = Path(__file__).resolve().parent
BENCH = PROJECT.parents[1]
TEXT = (
    "<p>Local councils decide on budgets, land and services. This lesson walks through "
    "one session of a council: the agenda, the debate, the vote and the minutes.</p>"
)


def load_measure():
    spec = importlib.util.spec_from_file_location("bench_measure", BENCH / "bench_measure.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def add_lesson(course, number):
    from wagtail.rich_text import RichText
    from wagtail_lms.models import H5PLessonPage

    lesson = H5PLessonPage(
        title=f"Lesson {number}",
        slug=f"lesson-{number}",
        intro=TEXT,
        body=[("paragraph", RichText(TEXT * 3))],
    )
    course.add_child(instance=lesson)
    lesson.save_revision().publish()
    return lesson


def build():
    """The database of the scenario; returns (course, member)."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from wagtail.models import Page, Site
    from wagtail_lms.models import CourseEnrollment, CoursePage, H5PLessonCompletion

    from home.models import HomePage

    call_command("migrate", verbosity=0, interactive=False)
    root = Page.objects.get(depth=1)
    Page.objects.filter(depth=2, slug="home").delete()  # as the example's setup_pages
    root.refresh_from_db()
    home = root.add_child(instance=HomePage(title="Welcome to Wagtail LMS", slug="home"))
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    course = home.add_child(
        instance=CoursePage(title="Local councils", slug="course", description=TEXT)
    )
    course.save_revision().publish()
    first = add_lesson(course, 1)
    for number in (2, 3):
        add_lesson(course, number)
    member = get_user_model().objects.create_user("member", "member@example.org", "x")
    CourseEnrollment.objects.create(user=member, course=course)
    H5PLessonCompletion.objects.create(user=member, lesson=first)
    return course, member


class Scenario:
    def __init__(self, course, member, measure):
        self.course, self.member, self.measure = course, member, measure
        self.probes = {}

    def lessons(self):
        return self.course.get_children().live().order_by("path")

    def probe(self, row):
        if row not in self.probes:
            if row == "bare Django view":
                path = "/bench/bare/"
            elif row.startswith("course"):
                path = self.course.url
            else:
                path = self.lessons()[1].url
            user = self.member if row.endswith("member") else None
            self.probes[row] = self.measure.Probe(path, user)
        return self.probes[row]

    def handle(self, command, *args):
        if command == "prepare":
            status, queries = self.probe(args[0]).prepare()
            return {"status": status, "queries": queries}
        if command == "time":
            return {"ms": self.probe(args[0]).time(int(args[1]))}
        if command == "grow":
            count = self.lessons().count()
            for number in range(count + 1, count + int(args[0]) + 1):
                add_lesson(self.course, number)
            self.probes = {}  # fresh clients: warm-ups and queries again
            return {"lessons": self.lessons().count()}
        raise ValueError(f"unknown command {command!r}")


def main():
    protocol = sys.stdout
    sys.stdout = sys.stderr  # anything printed by Django goes to the log, not the protocol
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench_settings"  # not the Club's
    import django
    from bench_settings import VAR_DIR

    VAR_DIR.mkdir(parents=True, exist_ok=True)
    (VAR_DIR / "db.sqlite3").unlink(missing_ok=True)
    django.setup()
    import wagtail
    import wagtail_lms

    scenario = Scenario(*build(), load_measure())
    versions = {"wagtail_lms": wagtail_lms.__version__, "wagtail": wagtail.__version__}
    print(json.dumps({"ready": True, "versions": versions}), file=protocol, flush=True)
    for line in sys.stdin:
        try:
            answer = scenario.handle(*json.loads(line))
        except Exception as error:  # noqa: BLE001 - reported to the driver, which carries on
            traceback.print_exc()
            answer = {"error": repr(error)}
        print(json.dumps(answer), file=protocol, flush=True)


if __name__ == "__main__":
    main()
