#!/usr/bin/env bash
# Installs what is missing, builds Legal Desk and runs every test suite.
# Ends with the line "N passed, N failed". Usage: build-aux/test.sh [BUILD_DIR [MESON_ARGS...]]
set -u
cd "$(dirname "$0")/.."

builddir=${1:-_build}
[ $# -gt 0 ] && shift

bash build-aux/install-deps.sh || { echo "0 passed, 1 failed"; exit 1; }

if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" -Dwerror=true "$@" || { echo "0 passed, 1 failed"; exit 1; }
fi
if ! meson compile -C "$builddir"; then
  echo "0 passed, 1 failed"
  exit 1
fi

meson test -C "$builddir" --print-errorlogs --num-processes 2
status=$?
python3 build-aux/count-tests.py "$builddir/meson-logs/testlog.json"
exit $status
