"""The page cache in `make bench`: a visitor's cached lesson against the bare view.

Targets (issue 18): in-process, a cached lesson takes at most 2× the bare view's median
time; under gunicorn it serves at least 50 % of the bare view's requests/s.
"""

from contextlib import nullcontext

from django.test import Client, override_settings

from .bench_report import BARE

LABEL = "lesson (visitor, page cache)"
IN_PROCESS_TARGET = 2.0  # × the bare view's median time, at most
THROUGHPUT_TARGET = 0.5  # × the bare view's requests/s, at least


def cacheable_lesson():
    """The first Kyrgyz lesson a visitor gets from the cache (a lesson with a form — a
    knowledge check — sets the CSRF cookie and is rendered for each visitor)."""
    from courses.models import LessonPage

    lessons = LessonPage.objects.live().filter(locale__language_code="ky").order_by("path")
    for lesson in lessons:
        url = lesson.get_url()
        Client().get(url)
        if Client().get(url).get("X-Page-Cache") == "hit":
            return url
    return None


def rows(lesson):
    """The in-process row: an anonymous visitor, no session cookie."""
    return [(LABEL, lesson, None)] if lesson else []


def settings_for(label):
    """Every other row measures rendering: the page cache only for this module's row."""
    return nullcontext() if label == LABEL else override_settings(PAGE_CACHE_SECONDS=0)


def print_targets(large, load):
    if LABEL not in large or LABEL not in load:
        print("Page cache: no lesson a visitor gets from the cache; no figures.")
        return
    bare_ms, cached_ms = large[BARE][2] or 1e-9, large[LABEL][2]
    bare_rps, cached_rps = load[BARE][0] or 1e-9, load[LABEL][0]
    print()
    print("| page cache target (large data, one run) | measured | target | met |")
    print("|---|---|---|---|")
    in_process = cached_ms / bare_ms
    throughput = cached_rps / bare_rps
    print(
        f"| cached lesson, in-process median time × bare view "
        f"({cached_ms:.2f} / {bare_ms:.2f} ms, {large[LABEL][1]} queries) | "
        f"{in_process:.2f} | ≤ {IN_PROCESS_TARGET:g} | {'yes' if in_process <= 2 else 'NO'} |"
    )
    print(
        f"| cached lesson, gunicorn requests/s ÷ bare view "
        f"({cached_rps:.0f} / {bare_rps:.0f}) | {throughput:.2f} | ≥ {THROUGHPUT_TARGET:g} | "
        f"{'yes' if throughput >= THROUGHPUT_TARGET else 'NO'} |"
    )
