#!/usr/bin/env bash
# Runs a UI test in its own Xvfb display and D-Bus session, in Chinese.
set -eu
export GSK_RENDERER=cairo
export GDK_BACKEND=x11
export NO_AT_BRIDGE=1 GTK_A11Y=none
export LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 LANGUAGE=zh_CN
exec xvfb-run -a -s '-screen 0 1280x800x24 -nolisten tcp' dbus-run-session -- "$@"
