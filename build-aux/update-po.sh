#!/usr/bin/env bash
# Regenerates po/legal-desk.pot from POTFILES.in and merges it into each
# catalogue, so new strings show up untranslated in po/zh_CN.po.
set -eu
cd "$(dirname "$0")/.."
xgettext --from-code=UTF-8 --add-comments --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
  --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --package-name=legal-desk -f po/POTFILES.in -o po/legal-desk.pot
for lang in $(cat po/LINGUAS); do
  msgmerge --quiet --update --backup=none --no-fuzzy-matching "po/$lang.po" po/legal-desk.pot
  msgfmt --check --statistics -o /dev/null "po/$lang.po"
done
