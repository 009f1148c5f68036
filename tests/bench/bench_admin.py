"""`make bench`, admin at scale: the mentors' review queue and the progress reports with
2,000 reflections among 5,000 members, then with 20,000 (not a test).

Per page: SQL queries of one request and the median server time (in-process, as in
bench_run), for the mentor, the regional coordinator (her oblast's members) and the
superuser. Mentors do not see the reports (404), so those are measured as the coordinator
and the superuser. A page that stays constant in time has a ratio near 1.
Standalone: `python -m tests.bench.bench_admin [--small] [--database-url URL]`.
"""

import os
import time

from django.contrib.auth import get_user_model
from django.db import transaction

QUEUE = "/admin/club/reflections/"
REPORTS = "/admin/club/progress-reports/"
GROWTH = 10
SCALE = {"members": 5000, "lessons": 40, "progress": 200_000, "reflections": 2000}
LAST_PAGE = "9999"  # Django's get_page() answers the last page for a number past it


def staff():
    from home.members import demo

    from .bench_run import people

    who = people()
    who["coordinator"] = get_user_model().objects.get(username=demo.COORDINATOR_USERNAME)
    return who


def searched_name():
    """The last name of a bench member with a submitted reflection (to search the queue for
    her; the search also finds the members whose names contain hers)."""
    from courses.reflections.models import Reflection

    from . import bench_data

    bench = Reflection.objects.filter(user__username__startswith=bench_data.PREFIX)
    row = bench.exclude(status="draft").order_by("pk").first()
    return row.user.member_profile.full_name.split()[-1]


def targets():
    """(label, path, person) for every admin page measured."""
    name = searched_name()
    rows = [(f"queue ({person})", QUEUE, person) for person in ("mentor", "coordinator", "admin")]
    rows += [
        ("queue, all submitted", QUEUE + "?status=all", "admin"),
        ("queue, answered", QUEUE + "?status=feedback_given", "admin"),
        ("queue, oblast Osh", QUEUE + "?oblast=osh", "admin"),
        ("queue, newest first", QUEUE + "?ordering=-submitted_at", "admin"),
        ("queue, page 2", QUEUE + "?p=2", "admin"),
        ("queue, last page", QUEUE + "?status=all&p=" + LAST_PAGE, "admin"),
        ("queue, member search", QUEUE + f"?status=all&member={name}", "admin"),
        ("queue results (filters)", QUEUE + "results/?status=all&p=2", "mentor"),
    ]
    for person in ("coordinator", "admin"):
        for report in ("courses", "members", "oblasts", "funnel", "questions"):
            rows.append((f"report {report} ({person})", f"{REPORTS}{report}/", person))
    rows += [
        ("report members, last page", REPORTS + "members/?p=" + LAST_PAGE, "admin"),
        ("report members, search", REPORTS + f"members/?member={name}", "admin"),
        ("report courses, oblast Osh", REPORTS + "courses/?oblast=osh", "admin"),
    ]
    return rows


def measure(who, repeat):
    from .bench_measure import server_time

    return {
        label: server_time(path, who[person], repeat=repeat) for label, path, person in targets()
    }


def seed(scale, log=print):
    """Members, lessons, progress, knowledge-check answers and the first reflections."""
    from . import bench_data

    steps = [
        ("members", lambda: bench_data.make_members(scale["members"])),
        ("lessons", lambda: bench_data.make_lessons(scale["lessons"])),
    ]
    made = {}
    for name, step in steps:
        made[name] = step()
    users, lessons = made["members"], made["lessons"]
    started = time.perf_counter()
    with transaction.atomic():
        bench_data.make_progress(users, lessons, scale["progress"])
        bench_data.make_check_attempts(users, lessons)
    log(f"  members, lessons, progress and check answers in {time.perf_counter() - started:.1f} s")
    grow(scale["reflections"], log)


def grow(total, log=print):
    """Add bench reflections (with their feedback) until the bench members have `total`."""
    from courses.reflections.models import Reflection

    from . import bench_data

    users = list(
        get_user_model().objects.filter(username__startswith=bench_data.PREFIX).order_by("pk")
    )
    lessons = bench_data.make_lessons(SCALE["lessons"])
    have = Reflection.objects.filter(user__in=users).count()
    started = time.perf_counter()
    with transaction.atomic():
        count = bench_data.make_reflections(
            users, lessons, total - have, start=have, mentor=bench_data.demo_mentor()
        )
    log(f"  {count} reflections in all ({time.perf_counter() - started:.1f} s)")
    return count


def refresh_seconds():
    """Recompute the course and oblast reports' figures, as the background task does."""
    from courses.reflections.report_figures import refresh_figures

    started = time.perf_counter()
    refresh_figures()
    return time.perf_counter() - started


def run(who, repeat, small=False, log=print):
    """Measure, grow the reflections tenfold, measure again: {"sizes", "before", "after"}.

    The reports' figures are recomputed after each size, as the scheduler would."""
    from courses.reflections.models import Reflection
    from home.cache import bump_site_generation

    bump_site_generation()
    load_before = os.getloadavg()
    sizes = [Reflection.objects.count()]
    refreshes = [refresh_seconds()]
    before = measure(who, repeat)
    bench_count = (SCALE["reflections"] // 10 if small else SCALE["reflections"]) * GROWTH
    sizes.append(grow(bench_count, log))
    refreshes.append(refresh_seconds())
    after = measure(who, repeat)
    members = get_user_model().objects.filter(member_profile__isnull=False).count()
    return {
        "sizes": sizes,
        "members": members,
        "before": before,
        "after": after,
        "refreshes": refreshes,
        "load": (load_before, os.getloadavg()),
    }


def print_admin(results):
    small, large = results["sizes"]
    print()
    print(
        f"Admin at scale: {results['members']:,} members, {small:,} then {large:,} reflections "
        f"(load average {results['load'][0][0]:.1f} before, {results['load'][1][0]:.1f} after):"
    )
    print()
    print(
        f"| page | status | queries {small:,} / {large:,} | median ms {small:,} / {large:,} | ratio |"
    )
    print("|---|---|---|---|---|")
    for label, (status, queries, median) in results["before"].items():
        status2, queries2, median2 = results["after"][label]
        statuses = str(status) if status == status2 else f"{status} / {status2}"
        print(
            f"| {label} | {statuses} | {queries} / {queries2} | {median:.1f} / {median2:.1f} "
            f"| {median2 / median:.2f} |"
        )
    first, second = results["refreshes"]
    print()
    print(
        f"The course and oblast reports' figures, recomputed in the background (a task, not a "
        f"request): {first * 1000:.0f} ms at {small:,}, {second * 1000:.0f} ms at {large:,} reflections."
    )


def main():
    import argparse

    from .bench_run import setup

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="PostgreSQL URL of an EMPTY throwaway database")
    parser.add_argument("--small", action="store_true", help="a tenth of the scale")
    parser.add_argument("--repeat", type=int, default=10, help="timed requests per page")
    args = parser.parse_args()
    var_dir = setup(args)
    from django.core.management import call_command

    started = time.perf_counter()
    print(f"Benchmark database: {args.database_url or var_dir / 'db.sqlite3'}")
    call_command("migrate", verbosity=0, interactive=False)
    call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    scale = {k: v // 10 for k, v in SCALE.items()} | {"lessons": 40} if args.small else SCALE
    seed(scale)
    print_admin(run(staff(), args.repeat, small=args.small))
    print(f"\n({time.perf_counter() - started:.0f} s in all)")


if __name__ == "__main__":
    main()
