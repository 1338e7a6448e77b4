#!/bin/sh
# po/vi.po is complete: no untranslated or fuzzy entry, and every string of the sources in it.
top=${1:-.}
cd "$top" || exit 1
n=0
report () { n=$((n + 1)); if [ "$1" = ok ]; then echo "ok $n $2"; else echo "not ok $n $2"; shift 2; echo "# $*"; fi; }

stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null po/vi.po 2>&1)
case "$stats" in
  *untranslated*|*fuzzy*|*error*) report fail "vi.po complete" "$stats" ;;
  *) report ok "vi.po complete ($stats)" ;;
esac

tmp=$(mktemp -d)
files=$(grep -v '^#' po/POTFILES.in | sed '/^\s*$/d')
missing=$(for f in $files; do [ -f "$f" ] || echo "$f"; done)
[ -z "$missing" ] && report ok "POTFILES.in lists existing files" || report fail "POTFILES.in lists existing files" "$missing"

unlisted=$(grep -l -E '\b(N?_|C_) ?\(' $(git ls-files 'src/*.c' 2>/dev/null || find src -name '*.c') 2>/dev/null | while read -r f; do grep -qx "$f" po/POTFILES.in || echo "$f"; done)
[ -z "$unlisted" ] && report ok "every translated source is in POTFILES.in" || report fail "every translated source is in POTFILES.in" "$unlisted"

xgettext --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 -o "$tmp/p.pot" $files 2>"$tmp/err"
msgmerge -q --no-fuzzy-matching po/vi.po "$tmp/p.pot" -o "$tmp/vi.po" 2>>"$tmp/err"
s2=$(LC_ALL=C msgfmt --statistics -o /dev/null "$tmp/vi.po" 2>&1)
case "$s2" in
  *untranslated*|*fuzzy*) report fail "vi.po covers the current sources" "$s2: $(msgattrib --untranslated "$tmp/vi.po" | grep '^msgid' | head -5 | tr '\n' ' ')" ;;
  *) report ok "vi.po covers the current sources" ;;
esac
rm -rf "$tmp"
echo "1..$n"
