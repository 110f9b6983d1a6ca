package summarize

import "strings"

// A quotation given twice (quotesAgain): two sources often quote the same
// words, one as the speaker's line and one inside its own account of it
// (invented: "'I remain the luckiest harbour master in Tarnwick,' Ilse
// Varga said in a statement." beside "Her doctors are hopeful, and Varga
// said she remains 'the luckiest harbour master in Tarnwick.'");
// backsClaim, which wants the account unquoted, keeps both. pruneRepeats
// leaves the later one out when its quotation is a speaker's own words
// (personWords): a quoted title ("to kill a mockingbird", a show's or a
// product's name) is no repeat of the line that names it.
//
// Multi-News validation default summaries (repeat16): 3 change, read
// all: 3 better (a statement quoted twice gives way; nothing comes in).
// Multi-News train clusters 0-19,999 as a held-out check: 10 change, 5
// better, 1 worse (a song title with "I" and "you" in it), 4 the same.
// Without the person-word test, validation: 8 change, 3 better, 2 worse
// (a quoted title: the news of an archive's release lost; a quote's first
// half, which left its second half pointing at nothing), 3 the same; train
// clusters 26,000-37,999: 8 change, 4 better, 2 worse (a show's and a
// book's title), 2 the same.

// personWords are the words of a speaker's own voice in a quotation,
// space-padded as quotations returns them: a first- or second-person
// word, or a negation, which a title seldom holds. The negations were
// added second (repeat16): validation 0 further change, train clusters
// 0-37,999 4 (a denial quoted twice or beside the account that quotes
// it), read all: 4 better.
var personWords = []string{" i ", " i m ", " we ", " me ", " us ", " my ", " our ", " you ", " your ",
	" not ", " never ", " doesn t ", " don t ", " didn t ", " isn t ", " wasn t ", " won t ", " can t "}

// quotesAgain reports whether fact a's sentence quotes a speaker's own
// words (personWords) that fact b's sentence, which quotes too, already
// holds (quoteHeld).
func (c *cluster) quotesAgain(a, b int) bool {
	x, y := &c.cands[c.facts[a].rep], &c.cands[c.facts[b].rep]
	if y.flags&flagQuote == 0 || !ownWords(x.text) {
		return false
	}
	return c.quoteHeld(x, y)
}

// ownWords reports whether a quotation of s (quotations) holds a word of
// the speaker's own voice (personWords).
func ownWords(s string) bool {
	for _, q := range quotations(s) {
		for _, w := range personWords {
			if strings.Contains(q, w) {
				return true
			}
		}
	}
	return false
}
