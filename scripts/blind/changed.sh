#!/usr/bin/env bash
# changed.sh BASEBIN NEWBIN SRC.gz TGT.gz SEED N OUTDIR [SEEN]
# A blind packet of N Multi-News-format clusters (SRC, one cluster a line;
# TGT, the references) whose default summary differs between two chorus
# binaries: OUTDIR/{base,new}.jsonl, OUTDIR/idx.txt (0-based lines of SRC),
# OUTDIR/pk/{packet.md,JUDGE.md} for the judges and OUTDIR/pk/key.tsv (keep it
# from them). OUTDIR holds dataset text: keep it outside the repository.
# Score with score.py and sign.py (the new system is named chorus-new).
# WORDS_ONLY=1 draws only clusters whose summaries differ beyond letter case;
# WORDS_ONLY=2 also leaves out those that differ only where sentences are cut.
# SEEN: a file of indexes read in earlier packets, never drawn again:
# scripts/blind/seen-test.txt lists the Multi-News test clusters read since
# the twenty-ninth session (indexes only; the machine's earlier lists were lost).
set -u
base=$1 new=$2 src=$3 tgt=$4 seed=$5 n=$6 out=$7 seen=${8:-}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
[ -s "$out/base.jsonl" ] || "$base" summarize --input multinews --format json "$src" > "$out/base.jsonl" 2> "$out/base.err"
[ -s "$out/new.jsonl" ] || "$new" summarize --input multinews --format json "$src" > "$out/new.jsonl" 2> "$out/new.err"
python3 "$here/changed.py" "$out" "$seed" "$n" "$seen" || exit 1
python3 "$here/make_packets.py" "$out/pk" "$tgt" "$seed" "$(cat "$out/idx.txt")" base="$out/base" chorus-new="$out/new"
cp "$here/JUDGE.md" "$out/pk/JUDGE.md"
