#!/usr/bin/env python3
"""Count references a reader cannot follow in Chorus summaries of Multi-News.

usage: dangling.py SUMMARIES.jsonl SOURCES.src.gz [--list]

SUMMARIES.jsonl is `chorus summarize --input multinews --format json` output
for SOURCES (one line per cluster, "cluster" is the 1-based line number).
A sentence is flagged when it leans on something no earlier summary
sentence gives and it does not come right after its source predecessor
in the summary (then what it leans on was just read):
  pronoun   a third-person pronoun as the clause subject near the start
            ("He said ...", "On monday, she ...")
  definite  an opening "the X" that points back ("The memo was ..."), X
            not in an earlier summary sentence
  surname   an opening one-word name before a verb that the sources write
            after a given name ("Barren said ..."), not named before
  deictic   "there", "then", "another", "the same", "the two", ... openings
  quote     a quote with no speaker (opens with a quotation mark, no verb
            of saying outside the quote), or the tail of one
Prints per-class counts and the share of summaries with at least one.
Checked by hand (refs9, session 8) on default summaries of Multi-News train
clusters 33001-33400 (main at 8a56d78): of the 59 sentences it flags, 36 hold
a reference a reader cannot follow (precision 0.61; definite openings of the
first sentence are the noisiest: names of institutions and publications);
in the first 25 summaries, read in full, it finds 5 of the 9 such sentences
(recall 0.56: a definite inside the first sentence, "identified the man", an
unintroduced person in mid-sentence and a quote run into narration escape
it). Judges of the blind readings list more (0.6-0.9 per summary): they also
count "the list", "there" and the like anywhere in a sentence. Sentences are
matched to their sources as letter and digit words only (norm), so that the
summarizer's rewriting of quote marks, spacing and amounts does not count.
"""
import gzip
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def given_names():
    path = os.path.join(HERE, "..", "..", "internal", "lex", "givennames.go")
    with open(path, encoding="utf8") as f:
        return set(re.findall(r'"([a-z]+)"', f.read()))


GIVEN = given_names()
PRON = {"he", "she", "they", "his", "her", "their", "him", "them"}
OPENERS = {"but", "and", "when", "after", "as", "while", "although", "though", "because",
           "since", "if", "before", "once", "until", "so", "yet", "still", "now", "then"}
SAY = {"said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "explained",
       "noted", "stated", "asked", "asks", "recalled", "insisted", "argued", "according"}
VERBS = SAY | {"is", "was", "has", "had", "will", "would", "could", "can", "did", "does", "also",
               "then", "later", "now", "still", "never", "went", "came", "became", "won", "lost",
               "got", "gave", "met", "made", "took", "wants", "wanted", "pleaded", "testified"}
POSTMOD = {"of", "that", "who", "which", "whose", "on", "in", "from", "between", "for", "at",
           "with", "to", "by", "about", "behind", "against", "over", "under", "where", "when"}
# Heads after "the" that name one thing the world knows (no antecedent needed).
KNOWN = {"u.s.", "us", "united", "white", "house", "senate", "pentagon", "fbi", "f.b.i.", "cia",
         "pope", "president", "queen", "king", "world", "country", "nation", "government",
         "supreme", "federal", "state", "new", "first", "last", "latest", "most", "best", "worst",
         "number", "internet", "public", "obama", "trump", "european", "un", "u.n.", "associated",
         "national", "american", "british", "uk", "eu", "following", "big", "largest", "oldest",
         "same", "u.s", "u.n"}
# Institution heads: "The canadian government", "the u.s. coast guard".
INST = {"government", "agency", "coalition", "department", "party", "guard", "ministry", "army",
        "police", "military", "administration", "council", "senate", "house", "navy", "union"}
DEICTIC = re.compile(r"^(then\b|another\b|the same\b|the two\b|the three\b|"
                     r"the latter\b|the former\b|the other\b|both\b|none of\b|some of them\b|"
                     r"that (night|day|morning)\b|this time\b|the next\b|the rest\b|the couple\b|"
                     r"the pair\b|others\b|in addition\b|also\b|meanwhile\b|however\b|instead\b)")


def outside(s):
    s = s.replace("“", '"').replace("”", '"')
    parts = s.split('"')
    if len(parts) % 2 == 0:
        return None
    return " ".join(parts[0::2])


def words(s):
    return re.findall(r"[a-z][a-z.'’\-]*[a-z]|[a-z]", s.lower())


def norm(s):
    """s lower-cased as its letter and digit words: quote marks, spacing and
    punctuation as the summarizer rewrites them do not matter."""
    return " ".join(re.findall(r"[a-z0-9]+", s.lower()))


def follows(src, a, b):
    """Whether b comes right after a in src (norm'd)."""
    ea = " ".join(norm(a).split()[-5:])
    sb = " ".join(norm(b).split()[:4])
    if not ea or not sb:
        return False
    return (ea + " " + sb) in src


def full_named(src, w):
    """Whether src writes w after a listed given name."""
    for m in re.finditer(r"\b([a-z]+) " + re.escape(w) + r"\b", src):
        if m.group(1) in GIVEN:
            return True
    return False


# Nouns for a person or an event that "the" presents as told before.
PRESUP = {"man", "woman", "men", "women", "boy", "girl", "child", "victim", "victims", "suspect",
          "suspects", "couple", "driver", "gunman", "shooter", "shooting", "attack", "crash", "blast",
          "explosion", "incident", "app", "company", "memo", "singer", "actor", "actress", "teen",
          "teenager", "pair", "family", "dog", "animal", "group", "plan", "deal", "move", "decision",
          "video", "photo", "book", "film", "show", "list", "letter", "report", "study", "findings"}


def presupposed(w):
    """Whether words w hold "the X" (X in PRESUP, no post-modifier) with no "a X" before it."""
    for i in range(len(w) - 2):
        if w[i] == "the" and w[i + 1] in PRESUP and w[i + 2] not in POSTMOD and \
                w[i + 2] not in ("who", "was", "is"):
            if not any(w[j] in ("a", "an") and w[i + 1] in w[j + 1:j + 4] for j in range(i)):
                return True
    return False


def verbish(x):
    return x in VERBS or x in ("are", "were", "be", "been") or x.endswith("ed")


def modified(w):
    """Whether "the" w[1] (w[2]) is followed by a post-modifier that says which one."""
    post = POSTMOD | {"who", "which"}
    return w[2] in post or (len(w) > 3 and w[3] in post and not verbish(w[2]))


def classify(s, before, src):
    o = outside(s)
    w = words(o if o is not None else s)
    low = s.lower().lstrip("\"“'` ")
    out = []
    if s.lstrip().startswith(('"', "“", "'", "`")) and o is not None and not (SAY & set(words(o))):
        out.append("quote")
    elif o is None and re.search(r"[.!?,] ?[\"”]", s) and not s.lstrip().startswith(('"', "“")) and \
            not (SAY & set(words(s.split('"')[-1] if '"' in s else s.split("”")[-1]))):
        out.append("quote")  # the tail of a quote begun in another sentence, no speaker after it
    k = 0
    while k < len(w) and w[k] in OPENERS:
        k += 1
    head = s.split(",")[0]
    if k < len(w) and w[k] in PRON:
        out.append("pronoun")
    elif len(words(head)) <= 5 and "," in s[:60]:
        rest = words(s.split(",", 1)[1])
        if rest and rest[0] in ("he", "she", "they"):
            out.append("pronoun")  # "On monday, she ..."
    if not before and w[:1] == ["the"] and len(w) > 2 and w[1] not in KNOWN and \
            not modified(w) and not (set(w[1:4]) & INST) and \
            not re.match(r"\d", w[1]) and not w[1].endswith("'s") and not (set(w[2:4]) & GIVEN):
        out.append("definite")  # the first sentence opens with "the X"
    elif not before and presupposed(w):
        out.append("definite")  # "... identified the man as ..." in the first sentence
    if o is not None and not s.lstrip().startswith(('"', "“")) and DEICTIC.match(low):
        out.append("deictic")
    if len(w) > 1 and w[0] not in GIVEN and w[1] in VERBS and w[0] not in before and \
            not re.match(r"^(the|a|an|he|she|they|it|we|i|police|officials|authorities)$", w[0]) and \
            full_named(src, w[0]):
        out.append("surname")
    return out


def main():
    sums = [json.loads(line) for line in open(sys.argv[1], encoding="utf8")]
    srcs = [norm(line.decode("utf8")) for line in gzip.open(sys.argv[2])]
    show = "--list" in sys.argv
    counts, any_summary = {}, 0
    for d in sums:
        src = srcs[int(d["cluster"]) - 1]
        ss = [x["text"] for x in d["sentences"]]
        before, hit = set(), False
        for i, s in enumerate(ss):
            kinds = classify(s, before, src)
            if kinds and i > 0 and follows(src, ss[i - 1], s):
                kinds = []
            for k in kinds:
                counts[k] = counts.get(k, 0) + 1
            if kinds:
                hit = True
                if show:
                    print(d["cluster"], i + 1, ",".join(kinds), s[:160], sep="\t")
            before |= {re.sub(r"['’]s$", "", x) for x in words(s)} | set(words(s))  # "klein's" names klein
        any_summary += hit
    n = len(sums)
    print("summaries %d, with a flagged reference %d (%.1f%%); per summary: %s" % (
        n, any_summary, 100.0 * any_summary / max(n, 1),
        ", ".join("%s %.3f" % (k, counts[k] / max(n, 1)) for k in sorted(counts))), file=sys.stderr)


if __name__ == "__main__":
    main()
