#!/usr/bin/env bash
# Installs what is missing, builds Legal Desk and starts it on its default
# local database ($XDG_DATA_HOME/legal-desk/legal-desk.db). Extra arguments go
# to the application, e.g. --database PATH.
set -eu
cd "$(dirname "$0")/.."

bash build-aux/install-deps.sh
[ -f _build/build.ninja ] || meson setup _build
meson compile -C _build
# Use the schema from this build, so nothing needs installing first.
export GSETTINGS_SCHEMA_DIR="$PWD/_build/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}"
exec _build/src/legal-desk "$@"
