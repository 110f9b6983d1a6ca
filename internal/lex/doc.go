// Package lex holds the small text vocabulary the rest of Chorus shares:
// splitting text into lower-cased words, stemming, FNV-1a hashing, sorted-set
// operations, ASCII case helpers and the embedded word lists (verbs of
// speech, news-agency tags) that more than one stage reads.
//
// It sits under every stage of the pipeline (clean, sentence, story,
// summarize, baseline) and depends on none of them. The ROUGE scorer keeps
// its own tokenizer and Porter stemmer on purpose: it must match
// ROUGE-1.5.5 to the digit.
package lex
