#!/usr/bin/env python3
# caseonly.py OUTDIR: the clusters (changed.py's 0-based numbering) whose summary sentences
# differ between OUTDIR/base.jsonl and OUTDIR/new.jsonl only in letter case, comma-separated
# on stdout: add them to changed.sh's SEEN file so a packet draws only real changes.
import json, os, re, sys
out = sys.argv[1]
def load(name):
    rows = [json.loads(l) for l in open(os.path.join(out, name + '.jsonl'), encoding='utf-8')]
    err = open(os.path.join(out, name + '.err'), encoding='utf-8').read()
    for m in sorted(int(x) for x in re.findall(r'cannot summarize (\d+):', err)):
        rows.insert(m - 1, {'sentences': []})
    return rows
b, c = load('base'), load('new')
t = lambda r: [s['text'] for s in r['sentences']]
ch = [i for i, (x, y) in enumerate(zip(b, c)) if t(x) != t(y)]
co = [i for i in ch if [s.lower() for s in t(b[i])] == [s.lower() for s in t(c[i])]]
print(f'{len(ch)} changed, {len(co)} case-only', file=sys.stderr)
print(','.join(map(str, co)))
