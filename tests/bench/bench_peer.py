"""The peer-comparison scenario of issue 18: a course and a lesson page for a visitor and a
member, with 3 lessons and after adding 50, measured in the same run as the bare view.

The peer (another Wagtail learning plug-in) is measured only when `--peer CMD` names a
command that measures its pages and prints JSON {"label": [queries, median ms], ...} with
the labels of `ROWS`; nothing of the peer is part of this project. Without it the table
says "peer not measured".
"""

import json
import shlex
import subprocess

from home.cache import bump_site_generation

from .bench_data import _copy_page

#: Figures of this site before the speed work (issue 18, same machine, demo data):
#: (queries, median ms).
BEFORE = {
    "course, visitor, 3 lessons": (20, 10.1),
    "course, member, 3 lessons": (27, 12.1),
    "lesson, member, 3 lessons": (29, 14.5),
    "course, member, 53 lessons": (27, 18.0),
    "lesson, member, 53 lessons": (29, 18.7),
}
ROWS = ["course, visitor", "lesson, visitor", "course, member", "lesson, member"]


def scenario_course():
    """The first public demo course in Kyrgyz with exactly three lessons (the demo's)."""
    from courses.models import CoursePage

    for course in CoursePage.objects.live().filter(locale__language_code="ky").order_by("path"):
        if not course.members_only and len(course._live_lessons()) >= 2:
            return course
    return None


def grow(course, count=50):
    lessons = course._live_lessons()
    for number in range(count):
        _copy_page(lessons[0], course, f"Кошумча сабак {number + 1}", f"extra-{number + 1}")
    bump_site_generation()  # as publishing would


def measure_scenario(member, repeat):
    from .bench_measure import server_time

    course = scenario_course()
    if course is None:
        return {}
    out = {}
    for size in ("small", "large"):
        if size == "large":
            grow(course)
        lessons = course._live_lessons()
        lesson_url = lessons[1].url
        count = len(lessons)
        for label in ROWS:
            path = course.url if label.startswith("course") else lesson_url
            user = member if label.endswith("member") else None
            out[f"{label}, {count} lessons"] = server_time(path, user, repeat=repeat)
    return out


def measure_peer(command):
    if not command:
        return None
    result = subprocess.run(shlex.split(command), capture_output=True, text=True, check=False)
    try:
        return json.loads(result.stdout)
    except json.JSONDecodeError:
        return None


def print_scenario(rows, bare_ms, peer):
    print()
    print("Peer-comparison scenario (issue 18), in-process, same run:")
    print()
    print("| page | queries | median ms | × bare | before: queries / ms | peer: queries / ms |")
    print("|---|---|---|---|---|---|")
    for label, (status, queries, median) in rows.items():
        before = BEFORE.get(label)
        before_text = f"{before[0]} / {before[1]}" if before else "–"
        key = label.rsplit(",", 1)[0]
        found = (peer or {}).get(key) or (peer or {}).get(label)
        peer_text = f"{found[0]} / {found[1]:.1f}" if found else "peer not measured"
        print(
            f"| {label} ({status}) | {queries} | {median:.1f} | {median / bare_ms:.0f} | "
            f"{before_text} | {peer_text} |"
        )
