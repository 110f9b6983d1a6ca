package summarize

// A list item's number opening a chosen sentence: "1. Anna Varga, the
// harbour master, resigned on Monday." A listicle's items and a court
// filing's numbered points reach the summary with their number, which
// reads as a fragment of a list the reader never saw. cutListNumber cuts
// a number of one or two digits with its stop or parenthesis and the
// space after it, when a capital letter opens what is left and at least
// minWords words stay; the item's own words are left as they are (an
// item that opens on its heading stays a run-in).
//
// Measured against 0b0b8ae (default summaries): validation 7 of 5,599
// changed, all read: 5 better (a story's lede, a death, a wedding's
// critics and a history item lose their number), 0 worse, 2 the same
// (listicle items whose heading stays run into the item); train
// 1-38,000 62 of 37,862 changed, 40 drawn and read: 24 better, 0 worse,
// 16 the same (the item, numberless, is still a heading run-in, an
// abstract's line or a fragment). Counted before: validation 12 and
// train 75 chosen sentences open on such a number; the rest open on a
// quotation mark or leave fewer than minWords words.

// cutListNumber returns s without a list item's number opening it, and
// true; s and false when it opens with none or too little would be left.
func cutListNumber(s string) (string, bool) {
	i := 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i+2 >= len(s) || (s[i] != '.' && s[i] != ')') || s[i+1] != ' ' {
		return s, false
	}
	rest := s[i+2:]
	if !isUpperASCII(rest[0]) {
		return s, false
	}
	if countWords(rest) < minWords {
		return s, false
	}
	return rest, true
}
