#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# bench/run.sh [BUILD_DIR]: builds Legal Desk (optimised) and runs every
# benchmark, printing their figures. Benchmarks are never part of the tests.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-$root/_build-bench}

bash "$root/build-aux/install-deps.sh"
[ -f "$build/build.ninja" ] || meson setup "$build" "$root" -Dbuildtype=release
meson compile -C "$build"

echo "== PDF engine: build, render and rasterise a 4-page letter in process =="
"$build/bench/bench-render"
echo
echo "== legal-desk-cli render against LibreOffice =="
bash "$here/bench-cli-render.sh" "$build"
echo
echo "== Paged register list: 100 against 1 000 000 rows =="
"$build/bench/bench-list"
echo
echo "== Cold start to first frame: empty against 100 000 records =="
bash "$here/bench-startup.sh" "$build"
