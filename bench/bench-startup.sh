#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# bench-startup.sh [BUILD_DIR]
#
# Times the cold start of legal-desk (process start to its first painted
# frame) on an empty database and on one filled with
# `legal-desk-cli demo --records 100000`, 5 runs each, and prints the medians
# and their ratio. Target: the full database starts at most 1.3 times slower,
# because startup only counts rows and reads the first page.
#
# The application prints "first-frame <wall-clock µs>" after its first frame
# when LD_BENCH_FIRST_FRAME is set, then quits. Runs in its own Xvfb and
# D-Bus session.
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

# Milliseconds from starting the process to its first frame.
first_frame_ms () {
  local start out
  start=$(date +%s%N)
  out=$(timeout 120 "$app" --database "$1" 2>/dev/null | sed -n 's/^first-frame //p')
  [ -n "$out" ] || { echo "bench-startup: no first frame reported" >&2; exit 1; }
  awk -v us="$out" -v ns="$start" 'BEGIN { printf "%.1f\n", (us * 1000 - ns) / 1e6 }'
}

median_ms () {
  local db=$1 label=$2 i times=()
  first_frame_ms "$db" >/dev/null   # creates/migrates the file and warms caches
  for i in $(seq "$runs"); do
    times+=("$(first_frame_ms "$db")")
  done
  echo "$label runs (ms): ${times[*]}" >&2
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

empty=$(median_ms "$tmp/empty.db" empty)
echo "startup, empty database: $empty ms (median of $runs)"

if [ -x "$cli" ] && "$cli" --help 2>&1 | grep -qw demo; then
  "$cli" --database "$tmp/demo.db" demo --records "$records" >/dev/null
  full=$(median_ms "$tmp/demo.db" full)
  echo "startup, $records demo records: $full ms (median of $runs)"
  awk -v a="$full" -v b="$empty" 'BEGIN { r = a / b; printf "ratio: %.2f (target <= 1.3) %s\n", r, (r <= 1.3 ? "ok" : "SLOW") }'
else
  echo "startup, $records demo records: skipped (legal-desk-cli has no demo command yet)"
fi
