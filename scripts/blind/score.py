#!/usr/bin/env python3
"""score.py KEY.tsv JUDGE1.tsv JUDGE2.tsv ... : table of mean scores and defects per
system, and agreement between judges. Judge files: summary-id<TAB>coverage<TAB>coherence
<TAB>cleanliness<TAB>self-containedness<TAB>non-redundancy<TAB>defects (cat:text; cat:text ...)
plus lines 'BEST<TAB>cluster-n<TAB>summary-id'."""
import sys, collections, itertools, statistics
key = {}
for l in open(sys.argv[1]):
    n, i, sid, name = l.rstrip('\n').split('\t'); key[sid] = name
dims = ['coverage', 'coherence', 'cleanliness', 'self-contained', 'non-redundancy']
scores = collections.defaultdict(lambda: collections.defaultdict(list))
defects = collections.defaultdict(lambda: collections.Counter())
nsum = collections.Counter()
per_judge = []
best = collections.Counter()
for jf in sys.argv[2:]:
    pj = {}
    for l in open(jf, encoding='utf-8'):
        p = l.rstrip('\n').split('\t')
        if not p or not p[0].strip() or p[0].startswith('#'): continue
        if p[0] == 'BEST':
            if len(p) > 2 and p[2].strip() in key: best[key[p[2].strip()]] += 1
            continue
        sid = p[0].strip()
        if sid not in key or len(p) < 6: continue
        sysn = key[sid]
        v = [float(x) for x in p[1:6]]
        pj[sid] = v
        for d, x in zip(dims, v): scores[sysn][d].append(x)
        nsum[sysn] += 1
        if len(p) > 6 and p[6].strip() and p[6].strip().lower() != 'none':
            for item in p[6].split(';'):
                item = item.strip()
                if not item: continue
                cat = item.split(':', 1)[0].strip().lower()
                defects[sysn][cat] += 1
    per_judge.append(pj)
systems = sorted(nsum, key=lambda s: -statistics.mean(scores[s]['coherence']))
cats = sorted({c for s in defects for c in defects[s]})
print('| system | ' + ' | '.join(dims) + ' | defects/summary | best |')
print('|---|' + '---|' * (len(dims) + 2))
for s in systems:
    row = [f"{statistics.mean(scores[s][d]):.2f}" for d in dims]
    print(f"| {s} | " + ' | '.join(row) + f" | {sum(defects[s].values())/nsum[s]:.2f} | {best[s]} |")
print()
print('| system | ' + ' | '.join(cats) + ' |')
print('|---|' + '---|' * len(cats))
for s in systems:
    print(f"| {s} | " + ' | '.join(f"{defects[s][c]/nsum[s]:.2f}" for c in cats) + ' |')
print()
# agreement: per pair of judges, per dimension: exact / within-1 agreement and Spearman-free Pearson
def pearson(a, b):
    ma, mb = statistics.mean(a), statistics.mean(b)
    num = sum((x-ma)*(y-mb) for x, y in zip(a, b)); den = (sum((x-ma)**2 for x in a)*sum((y-mb)**2 for y in b))**.5
    return num/den if den else float('nan')
for (ia, a), (ib, b) in itertools.combinations(enumerate(per_judge), 2):
    common = sorted(set(a) & set(b))
    if not common: continue
    parts = []
    for k, d in enumerate(dims):
        xa = [a[s][k] for s in common]; xb = [b[s][k] for s in common]
        w1 = sum(abs(x-y) <= 1 for x, y in zip(xa, xb))/len(common)
        parts.append(f"{d}: r={pearson(xa, xb):.2f}, within1={w1:.0%}")
    print(f"judges {ia+1}-{ib+1} on {len(common)} summaries: " + '; '.join(parts))
