#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# bench-startup.sh [BUILD_DIR]   (env: LD_BENCH_RUNS, LD_BENCH_RECORDS, LD_BENCH_DEMO_DB)
#
# Times the cold start of legal-desk (process start to its first painted
# frame) on an empty database and on one filled with
# `legal-desk-cli demo --records 100000`, 5 runs each, and prints the medians
# and their ratio. Target: the full database starts at most 1.3 times slower,
# because startup only counts rows and reads the first page.
#
# With LD_BENCH_FIRST_FRAME set the application prints "first-frame <µs>"
# (wall clock) after its first frame and "ready-frame <µs>" after the first
# frame that shows the opened database, then quits. The database is opened
# in a worker thread, so the first frame does not wait for the file check
# (PRAGMA quick_check reads the whole file); the second figure shows that
# wait. Runs in its own Xvfb and D-Bus session.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../_build}" && pwd)
runs=${LD_BENCH_RUNS:-5}
records=${LD_BENCH_RECORDS:-100000}

if [ -z "${LD_BENCH_INNER:-}" ]; then
  exec env LD_BENCH_INNER=1 xvfb-run -a -s '-screen 0 1280x800x24 -nolisten tcp' \
    dbus-run-session -- "$0" "$build"
fi

app=$build/src/legal-desk
cli=$build/src/cli/legal-desk-cli
[ -x "$app" ] || { echo "bench-startup: $app is not built" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

export GSETTINGS_SCHEMA_DIR=$build/data GSETTINGS_BACKEND=memory
export GSK_RENDERER=cairo GDK_BACKEND=x11 GTK_A11Y=none NO_AT_BRIDGE=1
export LD_BENCH_FIRST_FRAME=1 XDG_DATA_HOME=$tmp/data

# "FIRST READY": milliseconds from starting the process to its first frame
# and to the first frame that shows the opened database.
frame_ms () {
  local start out
  start=$(date +%s%N)
  out=$(timeout 120 "$app" --database "$1" 2>/dev/null | sed -n 's/^\(first\|ready\)-frame //p' | tr '\n' ' ')
  [ -n "$out" ] || { echo "bench-startup: no frame reported" >&2; exit 1; }
  awk -v ns="$start" -v out="$out" 'BEGIN { split (out, us, " ");
    printf "%.1f %.1f\n", (us[1] * 1000 - ns) / 1e6, (us[2] * 1000 - ns) / 1e6 }'
}

median () {
  sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# Prints the medians "FIRST READY" of $runs runs on database $1.
measure () {
  local db=$1 label=$2 i firsts=() readies=() line
  frame_ms "$db" >/dev/null   # creates/migrates the file and warms caches
  for i in $(seq "$runs"); do
    line=$(frame_ms "$db")
    firsts+=("${line% *}")
    readies+=("${line#* }")
  done
  echo "$label: first frame (ms): ${firsts[*]}; database shown (ms): ${readies[*]}" >&2
  echo "$(printf '%s\n' "${firsts[@]}" | median) $(printf '%s\n' "${readies[@]}" | median)"
}

read -r empty_first empty_ready <<<"$(measure "$tmp/empty.db" empty)"
echo "empty database:      first frame $empty_first ms, database shown $empty_ready ms (medians of $runs)"

# LD_BENCH_DEMO_DB=FILE reuses a database made earlier by the demo command
# (filling 100 000 records per register takes minutes).
demo_db=${LD_BENCH_DEMO_DB:-}
if [ -z "$demo_db" ] && [ -x "$cli" ] && "$cli" --help 2>&1 | grep -qw demo; then
  echo "filling a database with $records demo records per register…" >&2
  demo_db=$tmp/demo.db
  "$cli" --database "$demo_db" demo --records "$records" >/dev/null
fi
if [ -n "$demo_db" ]; then
  read -r full_first full_ready <<<"$(measure "$demo_db" demo)"
  echo "$records records: first frame $full_first ms, database shown $full_ready ms (medians of $runs)"
  awk -v a="$full_first" -v b="$empty_first" -v c="$full_ready" -v d="$empty_ready" 'BEGIN {
    r = a / b; printf "ratio, first frame:     %.2f (target <= 1.3) %s\n", r, (r <= 1.3 ? "ok" : "SLOW");
    printf "ratio, database shown:  %.2f\n", c / d }'
else
  echo "$records records: skipped (legal-desk-cli has no demo command yet)"
fi
