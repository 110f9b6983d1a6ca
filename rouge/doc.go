// Package rouge scores summaries with ROUGE exactly as the official Perl
// ROUGE-1.5.5 does. It sits in the evaluation half of Chorus: the summaries a
// summarizer produced (or any candidate text) and the human references go in,
// per-cluster recall, precision and F-measure and bootstrap confidence
// intervals over clusters come out; `chorus eval` and `chorus bench` print them.
//
// Everything that changes a number follows ROUGE-1.5.5.pl:
//
//   - Text is lower-cased (ASCII only); every byte that is not an ASCII letter
//     or digit separates tokens, so "U.S." gives "u" and "s" and "well-known"
//     gives "well" and "known". Non-ASCII bytes separate tokens too.
//   - Length limits (-l words, -b bytes) cut the candidate AND each reference
//     before tokenization: words are runs of non-space bytes of the raw
//     sentences, counted across sentences; the sentence that reaches the limit
//     is cut inside. Under -b, ROUGE-L keeps ROUGE's quirk of checking each
//     sentence against the byte limit separately.
//   - Stopwords (-s) are dropped before n-grams are formed; the list is
//     ROUGE's smart_common_words.txt.
//   - Stemming (-m) applies the original Porter stemmer (package porter) to
//     tokens longer than 3 bytes only.
//   - ROUGE-N counts n-grams over the whole summary (n-grams cross sentence
//     boundaries) and clips each n-gram's hits by its count in the reference.
//   - ROUGE-L is the summary-level union LCS: for every reference sentence the
//     union of its LCS with each candidate sentence, with hits clipped by
//     unigram counts so it never exceeds ROUGE-1.
//   - ROUGE-S counts ordered word pairs at most SkipGap words apart; ROUGE-SU
//     adds unigrams, except, as in ROUGE-1.5.5, the summary's last token.
//   - With several references, -f A sums hits and totals over references
//     (precision divides by the candidate count once per reference); -f B
//     keeps the reference with the best recall.
//   - R and P are rounded to 5 decimals, F is computed from the rounded R and P
//     as 1/(alpha/P + (1-alpha)/R) and rounded again, as ROUGE prints them.
//   - Bootstrap reproduces ROUGE's resampling, including Perl's drand48
//     random numbers, so its means and intervals equal ROUGE's printed ones.
//
// Checked against official ROUGE-1.5.5 output on DUC 2004 (see oracle_test.go).
package rouge
