#!/usr/bin/env bash
# Checks that the translation catalogue is complete: POTFILES.in lists every
# source file with translatable strings, and po/zh_CN.po translates every
# string those files contain, with no fuzzy entries, passing msgfmt --check.
set -eu
src=${1:?usage: check-translations.sh SOURCE_ROOT}
cd "$src"
status=0

# Every file that marks strings must be listed in POTFILES.in. The grep finds the
# candidates (also a string on the line after "_ (", and g_dngettext's domain
# argument); xgettext, with the same keywords as below, decides.
keywords="--keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3"
listed=$(grep -v '^#' po/POTFILES.in | sed -e 's/[[:space:]]*$//' -e '/^$/d' | sort -u || true)
candidates=$( (grep -rlE '(^|[^A-Za-z0-9_])(_|N_|C_|NC_|g_dngettext|g_dpgettext2|d?n?gettext)[[:space:]]*\(' src --include='*.c' --include='*.h' || true;
               grep -rl 'translatable="yes"' ui data --include='*.ui' 2>/dev/null || true;
               ls data/*.desktop.in data/*.metainfo.xml.in 2>/dev/null || true;
               grep -l '<summary\|<description' data/*.gschema.xml 2>/dev/null || true) | sort -u)
marked=
for f in $candidates; do
  # shellcheck disable=SC2086
  if [ -n "$(xgettext --from-code=UTF-8 $keywords -o - "$f" 2>/dev/null)" ]; then
    marked="$marked $f"
  fi
done
for f in $marked; do
  if ! grep -qxF "$f" <<<"$listed"; then
    echo "not in po/POTFILES.in: $f"; status=1
  fi
done
for f in $listed; do
  [ -e "$f" ] || { echo "po/POTFILES.in lists a missing file: $f"; status=1; }
done
[ $status -eq 0 ] || exit $status
if [ -z "$listed" ]; then
  echo "po/POTFILES.in is empty and no file marks strings: nothing to translate"
  exit 0
fi

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# The template from the current sources (the same keywords as meson's glib preset).
# shellcheck disable=SC2086
xgettext --from-code=UTF-8 --add-comments $keywords --force-po \
  -f po/POTFILES.in -D "$src" -o "$tmp/legal-desk.pot"
msgmerge --quiet --no-fuzzy-matching po/zh_CN.po "$tmp/legal-desk.pot" -o "$tmp/merged.po"
stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$tmp/merged.po" 2>&1 | tail -1)
echo "zh_CN against the current sources: $stats"
case "$stats" in
  *untranslated*|*fuzzy*) echo "po/zh_CN.po is not complete: run build-aux/update-po.sh and translate"; exit 1 ;;
esac
LC_ALL=C msgfmt --check -o /dev/null po/zh_CN.po
