#!/usr/bin/env bash
# `make test`: install once, then the checks and the browser journeys beside the suite on
# SQLite and, after it, on PostgreSQL. The journeys alone leave most of the 2-core machine
# idle (the browser waits on the server and the server on the browser); the suites
# (pytest-xdist, 2 workers) use what they leave. All three side by side was no faster (7 Dec
# 2026: 16 min 53 s; at a load of 7 each part took two to three times its time alone). The
# suites print as they go; the other parts' output is kept and printed when they end, then
# each part's duration and the total. Fails if any part failed.
set -u
cd "$(dirname "$0")/.."
minutes() { printf '%2d min %02d s' $(($1 / 60)) $(($1 % 60)); }

start=$(date +%s)
make --no-print-directory install compilemessages || exit 1  # once, before any part reads them
install=$(($(date +%s) - start))

# part NAME: `make NAME` in the background, its output into var/test-NAME.log, its status
# and duration into var/test-NAME.result. The checks (ruff, Django's checks, no missing
# migration) run beside the suites too: half a minute off the longest chain.
mkdir -p var
part() {
    (
        t=$(date +%s)
        make --no-print-directory "$1" >"var/test-$1.log" 2>&1
        echo "$? $(($(date +%s) - t))" >"var/test-$1.result"
    ) &
}
rm -f var/test-*.result
part e2e-only
part checks-only
trap 'pkill -P $$; kill $(jobs -p) 2>/dev/null' INT TERM

failed=""
t=$(date +%s)
make --no-print-directory test-sqlite-only || failed="$failed test-sqlite"
sqlite=$(($(date +%s) - t))
t=$(date +%s)
# The tests that use no database (settings, catalogues, parsers, layers) ran on SQLite just now.
CLUB_TESTS_WITH_A_DATABASE_ONLY=1 make --no-print-directory test-postgres-only ||
    failed="$failed test-postgres"
postgres=$(($(date +%s) - t))

wait
declare -A took
for name in checks-only e2e-only; do
    echo "=== make $name, run beside the suites:"
    cat "var/test-$name.log"
    read -r status seconds <"var/test-$name.result" || status=1 seconds=0
    took[$name]=$seconds
    [ "$status" = 0 ] || failed="$failed ${name%-only}"
done

total=$(($(date +%s) - start))
echo "=== Durations (the checks and the journeys ran beside the two suites):"
echo "  install         $(minutes "$install")"
echo "  checks          $(minutes "${took[checks-only]}")"
echo "  e2e             $(minutes "${took[e2e-only]}")"
echo "  test-sqlite     $(minutes "$sqlite")"
echo "  test-postgres   $(minutes "$postgres")"
echo "  total           $(minutes "$total")"
if [ -n "$failed" ]; then
    echo "!!! make test FAILED:$failed"
    exit 1
fi
echo "=== make test passed."
