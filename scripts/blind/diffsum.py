#!/usr/bin/env python3
"""diffsum.py BASE.jsonl NEW.jsonl [N] [SEED]: compares two `chorus summarize --format json`
outputs of the same clusters (one line per summarized cluster, in input order), prints how
many summaries differ and, for N of them drawn with SEED (all when N is 0 or absent and
there are at most 40), the sentences only one side has (- base, + new) with the line's
0-based index. When the two differ in length (a cluster summarized on one side only), they
are paired by their "cluster" field and a cluster summarized in base only counts as changed.
For measuring a reader rule on development data; the outputs hold dataset text, so keep them
outside the repository."""
import difflib, json, random, sys


def load(path):
    with open(path, encoding='utf-8') as f:
        rows = [json.loads(l) for l in f]
    return [r.get('cluster') for r in rows], [[s['text'] for s in r.get('sentences', [])] for r in rows]


(bkeys, base), (nkeys, new) = load(sys.argv[1]), load(sys.argv[2])
n = int(sys.argv[3]) if len(sys.argv) > 3 else 0
seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1
if len(base) != len(new):
    # A cluster summarized on one side only (a widget's notice alone gives
    # no summary): pair the rest by their "cluster" field; the index
    # printed is then the base line's.
    if None in bkeys or None in nkeys:
        sys.exit(f'diffsum: {len(base)} base lines, {len(new)} new, and no "cluster" field to pair them')
    at = dict(zip(nkeys, new))
    gone = [k for k in bkeys if k not in at]
    print(f'{len(gone)} clusters summarized in base only, {len(set(nkeys) - set(bkeys))} in new only')
    new = [at.get(k, []) for k in bkeys]
ch = [i for i, (b, c) in enumerate(zip(base, new)) if b != c]
print(f'{len(ch)} of {len(base)} summaries differ')
if n == 0 and len(ch) > 40:
    n = 40
pick = sorted(random.Random(seed).sample(ch, min(n, len(ch)))) if n else ch
for i in pick:
    print(f'\n== {i}')
    for line in difflib.ndiff(base[i], new[i]):
        if line[:1] in '-+':
            print(line)
