#!/usr/bin/env bash
# `make test`: the checks, then the browser journeys beside the SQLite and PostgreSQL suites.
# The journeys alone leave part of the machine idle (the browser waits on the server and the
# server on the browser); the suites (pytest-xdist, 2 workers) use what they leave: side by
# side `make test` ran at 150 % CPU of 200 (7 Dec 2026). The journeys' output is kept and
# printed when they end; then each part's duration and the total. Fails if any part failed.
set -u
cd "$(dirname "$0")/.."
run() { make --no-print-directory "$@"; }
minutes() { printf '%2d min %02d s' $(($1 / 60)) $(($1 % 60)); }

start=$(date +%s)
run checks || exit 1  # installs and compiles the catalogues once for all three parts
checks=$(($(date +%s) - start))

mkdir -p var
e2e_log=var/test-e2e.log
(
    t=$(date +%s)
    run e2e-only >"$e2e_log" 2>&1
    echo "$? $(($(date +%s) - t))" >var/test-e2e.result
) &
journeys=$!
trap 'kill -- -$journeys 2>/dev/null; pkill -P $journeys 2>/dev/null' INT TERM

failed=""
t=$(date +%s)
run test-sqlite-only || failed="$failed test-sqlite"
sqlite=$(($(date +%s) - t))
t=$(date +%s)
run test-postgres-only || failed="$failed test-postgres"
postgres=$(($(date +%s) - t))

wait "$journeys"
read -r e2e_status e2e <var/test-e2e.result
echo "=== browser journeys (make e2e), run beside the suites:"
cat "$e2e_log"
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
