#!/usr/bin/env python3
"""Prints "N passed, N failed" for one or more meson testlog.json files.

Each entry of a testlog is one test program (its TAP subtests are summed up
by meson into that program's result), so the line counts programs."""
import json
import sys

passed = failed = skipped = 0
for path in sys.argv[1:]:
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except OSError:
        failed += 1
        continue
    for line in lines:
        if not line.strip():
            continue
        result = json.loads(line)
        status = result.get("result")
        if status in ("OK", "EXPECTEDFAIL"):
            passed += 1
        elif status == "SKIP":
            skipped += 1
        else:
            failed += 1

line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
