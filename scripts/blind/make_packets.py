#!/usr/bin/env python3
"""Blind reading packets: make_packets.py OUTDIR REFS.gz SEED IDX,IDX,... SYS=DIR ...

Writes OUTDIR/packet.md (what judges read: per cluster the reference summary and
the system summaries under shuffled letters) and OUTDIR/key.tsv (cluster, letter,
system), which judges never see. DIR/<dataset>-<idx>.txt are `chorus bench --out`
files (one sentence per line)."""
import gzip, random, sys, os, glob

out, refs, seed, idxs = sys.argv[1], sys.argv[2], int(sys.argv[3]), [int(x) for x in sys.argv[4].split(',')]
systems = [a.split('=', 1) for a in sys.argv[5:]]
os.makedirs(out, exist_ok=True)
reflines = []
if refs != '-':
    with gzip.open(refs, 'rt', encoding='utf-8') as f:
        reflines = [l.rstrip('\n') for l in f]
rng = random.Random(seed)
letters = 'ABCDEFGH'
pk, key = [], []
for n, i in enumerate(idxs, 1):
    pk.append(f'## Cluster {n}\n')
    if reflines:
        ref = reflines[i].replace('NEWLINE_CHAR', ' ').lstrip('– ').strip()
        pk.append(f'Reference summary (written by an editor; use it to judge coverage of the key facts):\n\n> {ref}\n')
    order = list(range(len(systems)))
    rng.shuffle(order)
    for L, s in zip(letters, order):
        name, d = systems[s]
        fs = glob.glob(os.path.join(d, f'*-{i}.txt'))
        text = open(fs[0], encoding='utf-8').read().strip() if fs else '(empty)'
        sents = [l.strip() for l in text.splitlines() if l.strip()]
        pk.append(f'### Summary {n}{L}\n')
        pk.append('\n'.join(f'{k}. {s}' for k, s in enumerate(sents, 1)) + '\n')
        key.append(f'{n}\t{i}\t{n}{L}\t{name}')
open(os.path.join(out, 'packet.md'), 'w', encoding='utf-8').write('\n'.join(pk))
open(os.path.join(out, 'key.tsv'), 'w').write('\n'.join(key) + '\n')
print(f'{len(idxs)} clusters x {len(systems)} systems -> {out}/packet.md')
