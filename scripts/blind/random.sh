#!/usr/bin/env bash
# random.sh BIN DATASET SEED N OUTDIR   (DATASET: multinews-val or multinews-test)
# A blind packet of N clusters of DATASET drawn at random: chorus's default
# summary beside lead and LexRank (chorus bench --out), each baseline cut to
# chorus's number of words in whole sentences, so they are never longer. The
# absolute defect rate of a default summary, against the baselines. OUTDIR
# holds dataset text: keep it outside the repository. Score with score.py and
# sign.py (chorus is named chorus-new).
set -eu
bin=$1 ds=$2 seed=$3 n=$4 out=$5
here=$(cd "$(dirname "$0")" && pwd)
data=${CHORUS_DATA:-$here/../../../shared/data}
case $ds in
  multinews-val) file=val.truncated ;;
  multinews-test) file=test.truncated ;;
  *) echo "random.sh: DATASET is multinews-val or multinews-test" >&2; exit 2 ;;
esac
mkdir -p "$out/data/multi-news"
# draw writes the clusters of idx.txt (drawn with SEED) to OUTDIR/data; a
# cluster chorus gives no summary (a widget's notice alone) is replaced by
# the next of a second draw (skip.txt lists the indexes left out), so the
# packet always holds N and an earlier seed still draws what it drew.
draw() {
python3 - "$data/multi-news/$file" "$out" "$file" "$seed" "$n" <<'PY'
import gzip, os, random, re, sys
path, out, file, seed, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
src = gzip.open(path + '.src.gz', 'rt', encoding='utf-8').read().split('\n')
tgt = gzip.open(path + '.tgt.gz', 'rt', encoding='utf-8').read().split('\n')
m = len(src) - (src[-1] == '')
skip = set()
if os.path.exists(f'{out}/skip.txt'):
    skip = {int(x) for x in open(f'{out}/skip.txt').read().split()}
idx = [i for i in random.Random(seed).sample(range(m), n) if i not in skip]
for i in random.Random(seed + 1).sample(range(m), m):
    if len(idx) >= n:
        break
    if i not in skip and i not in idx:
        idx.append(i)
idx.sort()
open(f'{out}/idx.txt', 'w').write(','.join(map(str, idx)) + '\n')
for ext, lines in (('src', src), ('tgt', tgt)):
    with gzip.open(f'{out}/data/multi-news/{file}.{ext}.gz', 'wt', encoding='utf-8') as f:
        f.write('\n'.join(lines[i] for i in idx) + '\n')
PY
}
for try in 1 2 3 4 5; do
  draw
  "$bin" summarize --input multinews --format json "$out/data/multi-news/$file.src.gz" > "$out/chorus.jsonl" 2> "$out/chorus.err" || true
  failed=$(sed -n 's/^chorus summarize: cannot summarize \([0-9]*\):.*/\1/p' "$out/chorus.err")
  [ -z "$failed" ] && break
  for k in $failed; do tr ',' '\n' < "$out/idx.txt" | sed -n "${k}p" >> "$out/skip.txt"; done
done
"$bin" bench --dataset "$ds" --system lead,lexrank --limit 0 --data "$out/data" --out "$out/out" > "$out/bench.txt"
python3 - "$out" "$n" <<'PY'
import glob, json, os, sys
out, n = sys.argv[1], int(sys.argv[2])
rows = [json.loads(l) for l in open(f'{out}/chorus.jsonl', encoding='utf-8')]
if len(rows) != n:
    sys.exit(f'random.sh: chorus summarized {len(rows)} of {n} clusters')
for k, r in enumerate(rows):
    os.makedirs(f'{out}/sys/chorus', exist_ok=True)
    sents = [s['text'] for s in r['sentences']]
    open(f'{out}/sys/chorus/c-{k}.txt', 'w', encoding='utf-8').write('\n'.join(sents) + '\n')
    budget = sum(len(s.split()) for s in sents)
    for system in ('lead', 'lexrank'):
        os.makedirs(f'{out}/sys/{system}', exist_ok=True)
        (path,) = glob.glob(f'{out}/out/{system}/*-{k}.txt')
        keep, words = [], 0
        for s in (l.strip() for l in open(path, encoding='utf-8')):
            if not s:
                continue
            if keep and words + len(s.split()) > budget:
                break
            keep.append(s)
            words += len(s.split())
        open(f'{out}/sys/{system}/c-{k}.txt', 'w', encoding='utf-8').write('\n'.join(keep) + '\n')
PY
# The data is lower-cased and Chorus truecases its summaries (package
# truecase): the baselines get the same pass, so case does not unblind.
(cd "$here/../.." && go run ./scripts/blind/tcase "$(cd "$out" && pwd)/sys/lead" "$(cd "$out" && pwd)/sys/lexrank")
python3 "$here/make_packets.py" "$out/pk" "$out/data/multi-news/$file.tgt.gz" "$seed" "$(seq -s, 0 $((n - 1)))" \
  chorus-new="$out/sys/chorus" lead="$out/sys/lead" lexrank="$out/sys/lexrank"
cp "$here/JUDGE.md" "$out/pk/JUDGE.md"
