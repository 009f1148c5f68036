"""The benchmark table, printed as Markdown so it can be pasted into the README."""

import os
import platform

from django.db import connection

BARE = "bare Django view"


def print_table(small, large, load, exports, generated, args, elapsed):
    print()
    print(
        f"## Benchmark ({connection.vendor}, {platform.machine()}, "
        f"{args.repeat} timed requests per page, in-process Django test client)"
    )
    print()
    print("Data: demo content (small) vs " + ", ".join(f"{v} {k}" for k, v in generated.items()))
    print()
    print(
        "| page | status | queries small | queries large | median ms small | median ms large | × bare |"
    )
    print("|---|---|---|---|---|---|---|")
    bare = large.get(BARE, (200, 0, 1.0))[2] or 1.0
    for label, (status, queries, median) in large.items():
        s_status, s_queries, s_median = small.get(label, (None, None, 0.0))
        grew = " ⚠" if s_queries is not None and queries > s_queries else ""
        print(
            f"| {label} | {status} | {s_queries} | {queries}{grew} | {s_median:.1f} | "
            f"{median:.1f} | {median / bare:.0f} |"
        )
    print()
    print(
        f"Throughput under gunicorn on 127.0.0.1 (2 workers × 4 threads, {args.users} "
        f"concurrent clients, {args.seconds:.0f} s each, large data):"
    )
    print()
    print("| page | requests/s | ratio to bare view | 5xx | failed connections | 4xx |")
    print("|---|---|---|---|---|---|")
    bare_rps = load.get(BARE, (1.0,))[0] or 1.0
    for label, (rps, errors, failures, other) in load.items():
        print(
            f"| {label} | {rps:.0f} | {rps / bare_rps:.2f} | {errors} | {failures} | {other or 0} |"
        )
    print()
    print("| CSV export (large data, as admin) | status | size | peak Python memory |")
    print("|---|---|---|---|")
    for label, (status, size, peak) in exports.items():
        print(f"| {label} | {status} | {size / 1024:.0f} KB | {peak:.1f} MB |")
    print()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"Benchmark took {elapsed:.0f} s; load average at the end {load} ({os.cpu_count()} cores)."
    )
