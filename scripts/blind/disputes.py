#!/usr/bin/env python3
"""disputes.py OUTDIR SEED NAME=DIR...: every dispute that any of the named builds shows,
deduplicated and shuffled, as a blind packet OUTDIR/pk/packet.md (judged under
DISPUTE-JUDGE.md) and its key OUTDIR/key.tsv (item, file, cluster line, builds showing it).
Each DIR holds chorus summarize --format json outputs FILE.jsonl with their FILE.err.
With judges' files: disputes.py --score KEY.tsv JUDGE.tsv... prints each build's share of
items judged real and correctly paired, per judge."""
import glob, json, os, random, re, sys

if sys.argv[1] == '--score':
    key = {l.split('\t')[0]: l.rstrip('\n').split('\t') for l in open(sys.argv[2])}
    judges = [{l.split('\t')[0]: l.rstrip('\n').split('\t') for l in open(f) if l.strip()} for f in sys.argv[3:]]
    right = lambda j, i: i in j and j[i][1].strip().lower().startswith('y') and j[i][2].strip().lower().startswith('y')
    builds = sorted({b for r in key.values() for b in r[3].split(',')})
    for b in builds:
        items = [i for i in key if b in key[i][3].split(',')]
        per = [sum(right(j, i) for i in items) for j in judges]
        print(b, len(items), 'shown; right per judge', per, ' '.join(f'{p / len(items):.1%}' for p in per))
    agree = sum(len({right(j, i) for j in judges}) == 1 for i in key)
    print(f'judges agree on {agree} of {len(key)} items')
    sys.exit()

out, seed = sys.argv[1], int(sys.argv[2])
items = {}
for arg in sys.argv[3:]:
    name, d = arg.split('=', 1)
    for path in sorted(glob.glob(os.path.join(d, '*.jsonl'))):
        base = os.path.basename(path)[:-len('.jsonl')]
        rows = [json.loads(l) for l in open(path, encoding='utf-8')]
        errf = os.path.join(d, base + '.err')
        err = open(errf, encoding='utf-8').read() if os.path.exists(errf) else ''
        for m in sorted(int(x) for x in re.findall(r'cannot summarize (\d+):', err)):
            rows.insert(m - 1, {})
        for i, r in enumerate(rows):
            for dp in r.get('disputes') or []:
                k = (base, i, tuple((c['text'], tuple(c['sources'])) for c in dp['claims']))
                items.setdefault(k, {'topic': dp['topic'], 'claims': dp['claims'], 'builds': set()})['builds'].add(name)
keys = sorted(items)
random.Random(seed).shuffle(keys)
os.makedirs(os.path.join(out, 'pk'), exist_ok=True)
pk, key = [], []
for n, k in enumerate(keys, 1):
    it = items[k]
    pk.append(f'## D{n}\n\nHeading shown: {it["topic"]}\n')
    for c in it['claims']:
        sp = f' (speaker: {c["speaker"]})' if c.get('speaker') else ''
        pk.append(f'- {c["text"]} ' + ''.join(f'[{s}]' for s in c['sources']) + sp)
    pk.append('')
    key.append(f'D{n}\t{k[0]}\t{k[1]}\t{",".join(sorted(it["builds"]))}')
open(os.path.join(out, 'pk', 'packet.md'), 'w', encoding='utf-8').write('\n'.join(pk) + '\n')
open(os.path.join(out, 'key.tsv'), 'w').write('\n'.join(key) + '\n')
here = os.path.dirname(os.path.abspath(__file__))
open(os.path.join(out, 'pk', 'JUDGE.md'), 'w').write(open(os.path.join(here, 'DISPUTE-JUDGE.md')).read())
print(f'{len(keys)} disputes -> {out}/pk/packet.md')
