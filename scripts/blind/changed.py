#!/usr/bin/env python3
"""changed.py OUTDIR SEED N [SEEN]: reads OUTDIR/{base,new}.jsonl (chorus summarize --format
json, one line per summarized cluster; a cluster chorus could not summarize is named on
the .err file and has no line), draws N clusters whose summary sentences differ, and
writes OUTDIR/idx.txt and OUTDIR/{base,new}/c-IDX.txt (one sentence per line).
SEEN, when given, is a file of comma- or line-separated 0-based indexes already read
in an earlier packet: they are not drawn again. With WORDS_ONLY=1 in the environment,
only clusters whose summaries differ beyond letter case are drawn (a truecasing change
leaves most pairs alike to a reader); with WORDS_ONLY=2, only clusters whose words differ
beyond letter case and where sentences are cut (two sentences joined into one are alike)."""
import json, os, random, re, sys

out, seed, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
seen = set()
if len(sys.argv) > 4 and sys.argv[4]:
    seen = {int(x) for x in re.split(r'[,\s]+', open(sys.argv[4]).read()) if x}


def load(name):
    rows = [json.loads(l) for l in open(os.path.join(out, name + '.jsonl'), encoding='utf-8')]
    err = open(os.path.join(out, name + '.err'), encoding='utf-8').read()
    for m in sorted(int(x) for x in re.findall(r'cannot summarize (\d+):', err)):
        rows.insert(m - 1, {'sentences': []})  # the label is the 1-based line
    return rows


b, c = load('base'), load('new')
if len(b) != len(c):
    sys.exit(f'changed.py: {len(b)} base clusters, {len(c)} new')
text = lambda r: [s['text'] for s in r['sentences']]
ch = [i for i, (x, y) in enumerate(zip(b, c)) if x['sentences'] and y['sentences'] and text(x) != text(y) and i not in seen]
if os.environ.get('WORDS_ONLY') == '1':
    lower = lambda r: [t.lower() for t in text(r)]
    ch = [i for i in ch if lower(b[i]) != lower(c[i])]
elif os.environ.get('WORDS_ONLY') == '2':
    words = lambda r: ' '.join(text(r)).lower().split()
    ch = [i for i in ch if words(b[i]) != words(c[i])]
print(f'{len(ch)} of {len(b)} summaries change' + (f' ({len(seen)} read before left out)' if seen else ''))
idx = sorted(random.Random(seed).sample(ch, min(n, len(ch))))
open(os.path.join(out, 'idx.txt'), 'w').write(','.join(map(str, idx)) + '\n')
for name, rows in (('base', b), ('new', c)):
    os.makedirs(os.path.join(out, name), exist_ok=True)
    for i in idx:
        open(os.path.join(out, name, f'c-{i}.txt'), 'w', encoding='utf-8').write('\n'.join(text(rows[i])) + '\n')
