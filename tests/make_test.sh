#!/usr/bin/env bash
# `make test`: the checks, then three parts side by side: the browser journeys, the suite on
# SQLite and the suite on PostgreSQL. One after another they left half of the 2-core machine
# idle (the browser waits on the server and the server on the browser; each xdist run ends
# on one worker); side by side each uses what the others leave. The SQLite suite prints as it
# goes; the other two parts' output is kept and printed when they end, then each part's
# duration and the total. Fails if any part failed.
set -u
cd "$(dirname "$0")/.."
minutes() { printf '%2d min %02d s' $(($1 / 60)) $(($1 % 60)); }

start=$(date +%s)
make --no-print-directory checks || exit 1  # installs and compiles the catalogues once
checks=$(($(date +%s) - start))

mkdir -p var
# part NAME: runs `make NAME-only`, its output into var/test-NAME.log, its status and
# duration into var/test-NAME.result.
part() {
    local t
    t=$(date +%s)
    make --no-print-directory "$1-only" >"var/test-$1.log" 2>&1
    echo "$? $(($(date +%s) - t))" >"var/test-$1.result"
}
rm -f var/test-*.result
part e2e &
journeys=$!
part test-postgres &
postgres=$!
trap 'for p in $journeys $postgres; do pkill -P "$p"; kill "$p"; done 2>/dev/null' INT TERM

failed=""
t=$(date +%s)
make --no-print-directory test-sqlite-only || failed="$failed test-sqlite"
sqlite=$(($(date +%s) - t))

wait "$journeys" "$postgres"
declare -A took
for name in test-postgres e2e; do
    echo "=== make $name, run beside the SQLite suite:"
    cat "var/test-$name.log"
    read -r status seconds <"var/test-$name.result" || status=1 seconds=0
    took[$name]=$seconds
    [ "$status" = 0 ] || failed="$failed $name"
done

total=$(($(date +%s) - start))
echo "=== Durations (the three parts ran side by side):"
echo "  checks          $(minutes "$checks")"
echo "  e2e             $(minutes "${took[e2e]}")"
echo "  test-sqlite     $(minutes "$sqlite")"
echo "  test-postgres   $(minutes "${took[test-postgres]}")"
echo "  total           $(minutes "$total")"
if [ -n "$failed" ]; then
    echo "!!! make test FAILED:$failed"
    exit 1
fi
echo "=== make test passed."
