"""The peer-comparison scenario of issue 18: a course and a lesson page for a visitor and a
member, with 3 lessons and after adding 50, here and in the peer (wagtail-lms 0.11.1 in its
example project, tests/bench/peer/), measured in one interleaved run.

Both sides time with bench_measure.Probe (3 warm-ups, 1 captured request, 25 timed), but in
turns: per row, 5 rounds of 5 requests on each side, the side going first alternating, so a
change of load on the machine falls on both. Each side also times its own bare Django view,
the yardstick of its ratios. Our pages are rendered (no page cache), like the peer's.
"""

import os
import statistics
from contextlib import suppress

from django.test import override_settings

from home.cache import bump_site_generation

from . import peer as peer_site
from .bench_data import _copy_page
from .bench_measure import Probe
from .bench_report import BARE

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
ROUNDS = 5
GROW = 50


def scenario_course():
    """The first public demo course in Kyrgyz with exactly three lessons (the demo's)."""
    from courses.models import CoursePage

    for course in CoursePage.objects.live().filter(locale__language_code="ky").order_by("path"):
        if not course.members_only and len(course._live_lessons()) >= 2:
            return course
    return None


def grow(course, count=GROW):
    lessons = course._live_lessons()
    for number in range(count):
        _copy_page(lessons[0], course, f"Кошумча сабак {number + 1}", f"extra-{number + 1}")
    bump_site_generation()  # as publishing would


def interleaved(probe, peer, row, repeat):
    """((status, queries, median ms) here, the same for the peer or None) of one row."""
    here_status, here_queries = probe.prepare()
    there = peer.ask("prepare", row) if peer.why is None else None
    batch = max(1, repeat // ROUNDS)
    here_ms, there_ms = [], []
    for number in range(ROUNDS):
        turns = ["here", "peer"] if number % 2 == 0 else ["peer", "here"]
        for side in turns:
            if side == "here":
                here_ms += probe.time(batch)
            elif there is not None:
                there_ms += peer.ask("time", row, batch)["ms"]
    here = (here_status, here_queries, statistics.median(here_ms))
    if there is None:
        return here, None
    return here, (there["status"], there["queries"], statistics.median(there_ms))


def measure_scenario(member, peer, repeat):
    """{label: (ours, peer's or None)}; label as in BEFORE, plus the bare view per size."""
    course = scenario_course()
    if course is None:
        return {}
    out, load = {}, os.getloadavg()
    with override_settings(PAGE_CACHE_SECONDS=0):
        for size in ("small", "large"):
            if size == "large":
                grow(course)
                if peer.why is None:
                    with suppress(peer_site.PeerError):  # then ours alone
                        peer.ask("grow", GROW)
            lessons = course._live_lessons()
            paths = {"course": course.url, "lesson": lessons[1].url}
            for row in [BARE, *ROWS]:
                path = "/bench/bare/" if row == BARE else paths[row.split(",")[0]]
                user = member if row.endswith("member") else None
                try:
                    result = interleaved(Probe(path, user), peer, row, repeat)
                except peer_site.PeerError:  # the peer gave up: ours again, alone
                    result = interleaved(Probe(path, user), peer, row, repeat)
                out[f"{row}, {len(lessons)} lessons"] = result
    out["load"] = (load, os.getloadavg())
    return out


def _pair(here, there, form):
    return f"{form.format(here)} / {form.format(there) if there is not None else '–'}"


def print_scenario(rows, peer):
    print()
    versions = ", ".join(f"{k} {v}" for k, v in peer.versions.items())
    print(
        "Peer-comparison scenario (issue 18), in-process, one interleaved run "
        f"(peer: {versions or 'wagtail-lms'} in its example project):"
    )
    if peer.why is not None:
        print(f"peer not measured: {peer.why}")
    rows = dict(rows)
    if "load" in rows:
        start, end = (", ".join(f"{n:.1f}" for n in load) for load in rows.pop("load"))
        print(f"Load average at the start {start}, at the end {end} ({os.cpu_count()} cores).")
    print()
    print(
        "| page | queries here / peer | median ms here / peer | here ÷ peer "
        "| × own bare view here / peer | before: queries / ms |"
    )
    print("|---|---|---|---|---|---|")
    bare = {}
    for label, (here, there) in rows.items():
        size = label.rsplit(", ", 1)[1]
        if label.startswith(BARE):
            bare[size] = (here[2], there[2] if there else None)
        own_bare, peer_bare = bare.get(size, (None, None))
        before = BEFORE.get(label)
        statuses = f"{here[0]}" + (f" / {there[0]}" if there and there[0] != here[0] else "")
        same = there and there[0] == here[0]  # a redirect is no match for a page
        ratio = f"{here[2] / there[2]:.2f}" if same else "–"
        times_bare = _pair(
            here[2] / own_bare if own_bare else None,
            there[2] / peer_bare if there and peer_bare else None,
            "{:.0f}",
        )
        print(
            f"| {label} ({statuses}) | {_pair(here[1], there and there[1], '{}')} "
            f"| {_pair(here[2], there and there[2], '{:.1f}')} | {ratio} | {times_bare} "
            f"| {f'{before[0]} / {before[1]}' if before else '–'} |"
        )


def measure(member, peer, repeat):
    """The scenario's rows, the peer stopped afterwards (started by `peer.start()` early, its
    database is built while ours is seeded)."""
    try:
        peer.ready()
        return measure_scenario(member, peer, repeat)
    finally:
        peer.stop()
