#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Whole-process time of `legal-desk-cli render sample N -o out.pdf` for a
# four-page document, against LibreOffice converting an equivalent document
# (the same text, fonts, sizes, margins and line pitch, as Flat ODF) to PDF
# in the same run. Prints both medians and the ratio (target: ≥ 15×).
#
# Usage: bench/bench-cli-render.sh [BUILD_DIR]
#   RUNS=10   timed runs per side (after one warm-up run each)
#   PAGES=4   pages of the document; N (paragraphs) is found to fill them
#   N=…       use this paragraph count instead of searching
# Uses hyperfine when installed, else a bash loop (EPOCHREALTIME or date +%s%N).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build_dir=${1:-${LD_BUILD_ROOT:-$here/../_build}}
cli=$(cd "$build_dir" && pwd)/src/cli/legal-desk-cli
runs=${RUNS:-10}
pages=${PAGES:-4}
target=15

if [ ! -x "$cli" ]; then
  echo "bench-cli-render: $cli not found: build first (meson compile -C $build_dir)" >&2
  exit 1
fi
for tool in pdfinfo pdftotext python3; do
  command -v "$tool" >/dev/null || { echo "bench-cli-render: needs $tool (poppler-utils, python3)" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/bench.db
export XDG_DATA_HOME=$work/xdg-data  # never touch the real database

render () {
  "$cli" --database "$db" render sample "$1" -o "$2"
}

page_count () {
  pdfinfo "$1" | awk '/^Pages:/ { print $2 }'
}

# The most paragraphs that still fit on $pages pages (binary search). The
# first render also creates and migrates the database, outside the timing.
if [ -z "${N:-}" ]; then
  lo=1 hi=200
  while [ "$lo" -lt "$hi" ]; do
    mid=$(( (lo + hi + 1) / 2 ))
    render "$mid" "$work/probe.pdf"
    if [ "$(page_count "$work/probe.pdf")" -le "$pages" ]; then lo=$mid; else hi=$((mid - 1)); fi
  done
  N=$lo
fi
render "$N" "$work/legal-desk.pdf"
echo "document: sample letter with $N paragraphs, $(page_count "$work/legal-desk.pdf") pages"

# Writes $work/letter.fodt: the text our PDF shows, line by line with its
# position, rebuilt into paragraphs with the same styles.
write_equivalent_fodt () {
  pdftotext -bbox-layout "$work/legal-desk.pdf" "$work/layout.html"
  python3 - "$work/layout.html" "$work/letter.fodt" <<'PY'
import re, sys
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape

ns = {"x": "http://www.w3.org/1999/xhtml"}
lines = []
for page in ET.parse(sys.argv[1]).getroot().iter("{%s}page" % ns["x"]):
    for line in page.iter("{%s}line" % ns["x"]):
        text = "".join(w.text or "" for w in line.iter("{%s}word" % ns["x"]))
        x0, x1 = float(line.get("xMin")), float(line.get("xMax"))
        h = float(line.get("yMax")) - float(line.get("yMin"))
        if re.fullmatch(r"[—–-]\s*\d+\s*[—–-]", text.strip()):
            continue  # page numbers: LibreOffice adds its own in the footer
        lines.append((text, x0, x1, h))

left = min(x0 for _, x0, _, h in lines if h < 26)
right = max(x1 for _, _, x1, h in lines if h < 26)
paras = []  # (style, text)
for text, x0, x1, h in lines:
    if h > 26:
        style = "Title"
    elif abs(x0 - left) < 4:
        style = "Cont"
    elif abs(x0 - left - 32) < 4:
        style = "Body"
    elif abs(x1 - right) < 20 and x0 > (left + right) / 2:
        style = "Right"
    else:
        style = "Center"
    if style == "Body":
        if re.match(r"[一二三四五六七八九十]+、", text):
            style = "H1"
        elif re.match(r"（[一二三四五六七八九十]+）", text):
            style = "H2"
    if paras and (style == "Cont" or (style == "Title" and paras[-1][0] == "Title")):
        paras[-1] = (paras[-1][0], paras[-1][1] + text)
    else:
        paras.append(("Flush" if style == "Cont" else style, text))

serif, sans, kai = "Noto Serif CJK SC", "Noto Sans CJK SC", "AR PL UKai CN"
def pstyle(name, font, size, align="justify", indent="0pt", bold=False):
    weight = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ""
    return (f'<style:style style:name="{name}" style:family="paragraph">'
            f'<style:paragraph-properties fo:text-align="{align}" fo:text-indent="{indent}"'
            f' fo:line-height="28.95pt" fo:margin-top="0pt" fo:margin-bottom="0pt"/>'
            f'<style:text-properties style:font-name="{font}" style:font-name-asian="{font}"'
            f' fo:font-size="{size}" style:font-size-asian="{size}"{weight}/></style:style>')

fonts = "".join(f'<style:font-face style:name="{f}" svg:font-family="&apos;{f}&apos;"/>' for f in (serif, sans, kai))
styles = "".join([
    pstyle("Title", serif, "22pt", "center", bold=True),
    pstyle("Body", serif, "16pt", indent="32pt"),
    pstyle("Flush", serif, "16pt"),
    pstyle("H1", sans, "16pt", indent="32pt"),
    pstyle("H2", kai, "16pt", indent="32pt"),
    pstyle("Center", serif, "16pt", "center"),
    pstyle("Right", serif, "16pt", "end"),
    pstyle("Footer", serif, "14pt", "center"),
])
body = "".join(f'<text:p text:style-name="{s}">{escape(t)}</text:p>' for s, t in paras)
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>{fonts}</office:font-face-decls>
<office:styles>{styles}</office:styles>
<office:automatic-styles><style:page-layout style:name="A4">
<style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm"
 fo:margin-top="37mm" fo:margin-bottom="28mm" fo:margin-left="28mm" fo:margin-right="26mm"/>
<style:footer-style><style:header-footer-properties fo:min-height="7mm" fo:margin-top="0mm"/></style:footer-style>
</style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4">
<style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current"/> —</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>{body}</office:text></office:body>
</office:document>
'''
open(sys.argv[2], "w", encoding="utf-8").write(doc)
PY
}

soffice=$(command -v soffice || command -v libreoffice || true)
profile="file://$work/lo-profile"  # a private profile, created by the first run
lo_cmd=("$soffice" -env:UserInstallation="$profile" --headless --convert-to pdf
        --outdir "$work/lo-out" "$work/letter.fodt")
if [ -z "$soffice" ]; then
  echo "soffice: skipped (LibreOffice is not installed; no ratio)"
else
  write_equivalent_fodt
  mkdir -p "$work/lo-out"
  "${lo_cmd[@]}" >/dev/null 2>&1 || true
  if [ -s "$work/lo-out/letter.pdf" ]; then
    echo "LibreOffice document: $(page_count "$work/lo-out/letter.pdf") pages"
  else
    echo "soffice: skipped (LibreOffice could not convert the document)"
    soffice=
  fi
fi

ld_cmd=("$cli" --database "$db" render sample "$N" -o "$work/timed.pdf")

median () {
  sort -n | awk '{ t[NR] = $1 }
    END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.1f\n", m }'
}

if command -v hyperfine >/dev/null; then
  commands=("$(printf '%q ' "${ld_cmd[@]}")")
  [ -n "$soffice" ] && commands+=("$(printf '%q ' "${lo_cmd[@]}")")
  hyperfine --style none --warmup 1 --runs "$runs" --export-json "$work/hf.json" -- "${commands[@]}" >/dev/null
  mapfile -t medians < <(python3 -c '
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("%.1f" % (r["median"] * 1000))' "$work/hf.json")
  ld_ms=${medians[0]}
  lo_ms=${medians[1]:-}
else
  # Runs alternate between the two programs so that load from elsewhere on
  # the machine falls on both alike; one warm-up run each goes first.
  # The clock in microseconds in $REPLY; bash 5's EPOCHREALTIME needs no
  # fork, so the timing adds nothing to the short legal-desk-cli runs.
  if [ -n "${EPOCHREALTIME:-}" ]; then
    clock () { REPLY=${EPOCHREALTIME/[.,]/}; }
  else
    clock () { REPLY=$(( $(date +%s%N) / 1000 )); }
  fi
  "${ld_cmd[@]}" >/dev/null 2>&1
  : >"$work/ld.times"
  : >"$work/lo.times"
  for ((i = 0; i < runs; i++)); do
    clock; t0=$REPLY; "${ld_cmd[@]}" >/dev/null 2>&1; clock; t1=$REPLY
    echo $((t1 - t0)) >>"$work/ld.times"
    if [ -n "$soffice" ]; then
      clock; t0=$REPLY; "${lo_cmd[@]}" >/dev/null 2>&1; clock; t1=$REPLY
      echo $((t1 - t0)) >>"$work/lo.times"
    fi
  done
  ld_ms=$(awk '{ print $1 / 1000 }' "$work/ld.times" | median)
  lo_ms=
  [ -n "$soffice" ] && lo_ms=$(awk '{ print $1 / 1000 }' "$work/lo.times" | median)
fi

echo "legal-desk-cli render: median ${ld_ms} ms over $runs runs"
if [ -z "$soffice" ]; then
  exit 0
fi
echo "soffice --headless --convert-to pdf: median ${lo_ms} ms over $runs runs"
ratio=$(awk -v a="$lo_ms" -v b="$ld_ms" 'BEGIN { printf "%.1f", a / b }')
verdict=$(awk -v r="$ratio" -v t="$target" 'BEGIN { print (r >= t) ? "meets" : "MISSES" }')
echo "ratio: legal-desk-cli is ${ratio}× faster ($verdict the ${target}× target)"
