#!/bin/sh
# The installed data files are valid: desktop entry, AppStream metainfo, settings schema, MIME type.
# Arguments: DESKTOP METAINFO SCHEMA_XML MIME_XML (the built desktop and metainfo, translated).
n=0
check () {
  name=$1; shift
  n=$((n + 1))
  if out=$("$@" 2>&1); then echo "ok $n $name"; else echo "not ok $n $name"; echo "$out" | sed 's/^/# /'; fi
}
check "desktop-file-validate" desktop-file-validate "$1"
check "appstreamcli validate" appstreamcli validate --no-net --pedantic "$2"
check "settings schema compiles" glib-compile-schemas --strict --dry-run "$(dirname "$3")"
check "MIME type is well-formed" /usr/bin/python3 -c "import sys, xml.dom.minidom as m; d = m.parse(sys.argv[1]); assert d.getElementsByTagName('glob')[0].getAttribute('pattern') == '*.kdcl'" "$4"
check "desktop entry opens .kdcl" grep -qx 'MimeType=application/x-kiemdinh;' "$1"
echo "1..$n"
