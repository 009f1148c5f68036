#!/usr/bin/env bash
# `make test`: the checks, then the browser journeys beside the suite on SQLite and, after it,
# on PostgreSQL. The journeys alone leave most of the 2-core machine idle (the browser waits on
# the server and the server on the browser); the suites (pytest-xdist, 2 workers) use what
# they leave. All three side by side was no faster (7 Dec 2026: 16 min 53 s either way; at a
# load of 7 each part took two to three times its time alone). The suites print as they go;
# the journeys' output is kept and printed when they end, then each part's duration and the
# total. Fails if any part failed.
set -u
cd "$(dirname "$0")/.."
minutes() { printf '%2d min %02d s' $(($1 / 60)) $(($1 % 60)); }

start=$(date +%s)
make --no-print-directory checks || exit 1  # installs and compiles the catalogues once
checks=$(($(date +%s) - start))

mkdir -p var
rm -f var/test-e2e.result
(
    t=$(date +%s)
    make --no-print-directory e2e-only >var/test-e2e.log 2>&1
    echo "$? $(($(date +%s) - t))" >var/test-e2e.result
) &
journeys=$!
trap 'pkill -P $journeys; kill $journeys 2>/dev/null' INT TERM

failed=""
t=$(date +%s)
make --no-print-directory test-sqlite-only || failed="$failed test-sqlite"
sqlite=$(($(date +%s) - t))
t=$(date +%s)
# The tests that use no database (settings, catalogues, parsers, layers) ran on SQLite just now.
CLUB_TESTS_WITH_A_DATABASE_ONLY=1 make --no-print-directory test-postgres-only ||
    failed="$failed test-postgres"
postgres=$(($(date +%s) - t))

wait "$journeys"
echo "=== browser journeys (make e2e), run beside the suites:"
cat var/test-e2e.log
read -r e2e_status e2e <var/test-e2e.result || e2e_status=1 e2e=0
[ "$e2e_status" = 0 ] || failed="$failed e2e"

total=$(($(date +%s) - start))
echo "=== Durations (the journeys ran beside the two suites):"
echo "  checks          $(minutes "$checks")"
echo "  e2e             $(minutes "$e2e")"
echo "  test-sqlite     $(minutes "$sqlite")"
echo "  test-postgres   $(minutes "$postgres")"
echo "  total           $(minutes "$total")"
if [ -n "$failed" ]; then
    echo "!!! make test FAILED:$failed"
    exit 1
fi
echo "=== make test passed."
