#!/usr/bin/python3
"""Fills msgstr of a .po file from a TSV of 'msgid<TAB>msgstr' (optionally 'ctxt|msgid')."""
import re
import sys

po_path, tsv_path = sys.argv[1], sys.argv[2]
table = {}
for line in open(tsv_path, encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#") or "\t" not in line:
        continue
    key, value = line.split("\t", 1)
    table[key] = value


def unquote(block):
    return "".join(re.findall(r'^(?:msgid|msgstr|msgctxt)?\s*"(.*)"$', block, re.M))


def quote(text):
    return '"' + text.replace('"', '\\"') + '"'


out = []
entries = open(po_path, encoding="utf-8").read().split("\n\n")
for entry in entries:
    m = re.search(r'(?:^msgctxt ((?:".*"\n)+))?^msgid ((?:".*"\n?)+)^msgstr ((?:".*"\n?)+)', entry, re.M)
    if m:
        ctxt = unquote(m.group(1)) if m.group(1) else None
        msgid = unquote(m.group(2))
        msgstr = unquote(m.group(3))
        key = f"{ctxt}|{msgid}" if ctxt else msgid
        if msgid and not msgstr and key.replace('\\"', '"') in table:
            value = table[key.replace('\\"', '"')]
            start = entry.index("msgstr")
            entry = entry[:start] + "msgstr " + quote(value)
            entry = entry.replace("#, fuzzy\n", "")
    out.append(entry)
open(po_path, "w", encoding="utf-8").write("\n\n".join(out))
