package summarize

import (
	"slices"
	"testing"
)

func TestSpeakerlessQuote(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{`" the ferry will run again. "`, true},
		{`"The ferry will run again."`, true},
		{`“We are done.”`, true},
		{`" the ferry will run again, " Osei said.`, false}, // a speaker
		{`The ferry will run again. "`, false},              // a tail (markQuoteTails)
		{`" the ferry " will run again.`, false},            // words outside the quote
		{`" one. " " two. "`, false},                        // two quotes
		{`The ferry will run again.`, false},
	}
	for _, tt := range tests {
		if got := speakerlessQuote(tt.s); got != tt.want {
			t.Errorf("speakerlessQuote(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestWithSpeaker(t *testing.T) {
	tests := []struct {
		s, want string
		ok      bool
	}{
		{`" the ferry will run again. "`, `" the ferry will run again, " Hana Osei said.`, true},
		{`"The ferry will run again."`, `"The ferry will run again," Hana Osei said.`, true},
		{`"Will the ferry run?"`, `"Will the ferry run?" Hana Osei said.`, true},
		{`“We are done.”`, `“We are done,” Hana Osei said.`, true},
		{`"A dark day for the u.n."`, `"A dark day for the u.n.," Hana Osei said.`, true},
		{`" and then ... "`, `" and then ... "`, false}, // an ellipsis: the quote is cut
		{`" the ferry "`, `" the ferry "`, false},       // no closing punctuation
	}
	for _, tt := range tests {
		got, ok := withSpeaker(tt.s, "Hana Osei")
		if got != tt.want || ok != tt.ok {
			t.Errorf("withSpeaker(%q) = %q, %v; want %q, %v", tt.s, got, ok, tt.want, tt.ok)
		}
	}
}

// TestAttributeQuotes reads an invented article whose quote continues the
// quote before it, credited to Hana Osei: the summary that shows the quote alone after a
// sentence naming no speaker gets the speaker; after a sentence that
// names one, or when the article names no one, it is left.
func TestAttributeQuotes(t *testing.T) {
	src := []string{
		"The Velmora ferry will sail again on Monday.",
		`"We checked every pier," Hana Osei, the harbour master, said.`,
		`"The harbour is safe again."`,
		"The port closed in May after a storm.",
		`"Nobody was hurt."`,
	}
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"alone",
			[]string{"The Velmora ferry will sail again on Monday.", `"The harbour is safe again."`},
			[]string{"The Velmora ferry will sail again on Monday.", `"The harbour is safe again," Hana Osei said.`}},
		{"met before: the surname",
			[]string{"Hana Osei reopened the port.", `"The harbour is safe again."`},
			[]string{"Hana Osei reopened the port.", `"The harbour is safe again," Osei said.`}},
		{"after a speaker",
			[]string{"The ferry sails, the mayor said.", `"The harbour is safe again."`},
			[]string{"The ferry sails, the mayor said.", `"The harbour is safe again."`}},
		{"no one named",
			[]string{"The Velmora ferry will sail again on Monday.", `"Nobody was hurt."`},
			[]string{"The Velmora ferry will sail again on Monday.", `"Nobody was hurt."`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := roleCluster(src...)
			checkRewrite(t, tt.in, tt.want, c.attributeQuotes)
		})
	}
}

// TestAttributeSplitQuote: a quote the article runs over two sentences
// (balanceQuotes closed the first, opened the second), with its speaker
// after the second, credits the first to that speaker; a quote followed
// by a new quote is left.
func TestAttributeSplitQuote(t *testing.T) {
	c := roleCluster(
		"The Velmora ferry will sail again on Monday.",
		`"The harbour is safe again."`,
		`"Every pier was checked by divers," Hana Osei said.`,
		"The port closed in May after a storm.",
		`"Nobody was hurt."`,
		`"We were lucky," he said.`,
	)
	// balanceQuotes closed the first half and opened the second.
	c.cands[1].edge, c.cands[2].edge = edgeClosed, edgeOpened
	in := []string{"The Velmora ferry will sail again on Monday.", `"The harbour is safe again."`}
	want := []string{"The Velmora ferry will sail again on Monday.", `"The harbour is safe again," Hana Osei said.`}
	checkRewrite(t, in, want, c.attributeQuotes)
	other := []string{"The Velmora ferry will sail again on Monday.", `"Nobody was hurt."`}
	checkRewrite(t, other, other, c.attributeQuotes) // the next quote is a new one
	both := []string{in[0], in[1], `"Every pier was checked by divers," Hana Osei said.`}
	checkRewrite(t, both, both, c.attributeQuotes) // the second half, with its speaker, follows
}

// TestAttributeLongQuote: a quote the article runs over three sentences
// (balanceQuotes closed the first and opened the last; the middle one has
// no mark), with its speaker after the last, credits the first to that
// speaker, unless the summary reads the last part next.
func TestAttributeLongQuote(t *testing.T) {
	c := roleCluster(
		"The Velmora ferry will sail again on Monday.",
		`"The harbour is safe again."`,
		"Divers went down at every pier twice.",
		`"Nothing was found," Hana Osei said.`,
		"The port closed in May after a storm.",
	)
	c.cands[1].edge, c.cands[3].edge = edgeClosed, edgeOpened
	in := []string{"The Velmora ferry will sail again on Monday.", `"The harbour is safe again."`}
	want := []string{"The Velmora ferry will sail again on Monday.", `"The harbour is safe again," Hana Osei said.`}
	checkRewrite(t, in, want, c.attributeQuotes)
	last := []string{in[0], in[1], `"Nothing was found," Hana Osei said.`}
	checkRewrite(t, last, last, c.attributeQuotes) // the last part, with its speaker, follows
	middle := []string{in[0], in[1], "Divers went down at every pier twice."}
	checkRewrite(t, middle, []string{want[0], want[1], middle[2]}, c.attributeQuotes)
	c.cands[2].text = `Divers went down at "every" pier twice.`
	checkRewrite(t, in, in, c.attributeQuotes) // a mark between: not one quote
}

// TestAttributeSurnameMet: a quote its article credits to a surname alone
// takes that speaker when the summary has named the person before, and
// not otherwise.
func TestAttributeSurnameMet(t *testing.T) {
	c := roleCluster(
		"The Velmora port reopened on Monday.",
		`"We checked every pier," Osei said.`,
		`"The harbour is safe again."`,
	)
	met := []string{"Hana Osei reopened the port.", `"The harbour is safe again."`}
	checkRewrite(t, met, []string{met[0], `"The harbour is safe again," Osei said.`}, c.attributeQuotes)
	unmet := []string{"The Velmora ferry will sail again on Monday.", `"The harbour is safe again."`}
	checkRewrite(t, unmet, unmet, c.attributeQuotes)
}

// unsaidCluster is roleCluster with one fact per sentence, each sentence
// after the one before it in its article, and the flags read from the
// text.
func unsaidCluster(src ...string) *cluster {
	c := roleCluster(src...)
	c.facts = make([]fact, len(src))
	for i := range c.cands {
		c.cands[i].flags = sentenceFlags(c.cands[i].text)
		c.cands[i].prevInDoc = i - 1
		c.cands[i].fact = i
		c.facts[i].rep = i
	}
	return c
}

// TestDropUnsaid reads an invented article whose quotes the summary
// shows after a sentence that names no speaker: a quote its article
// credits to no one is left out; one after a speaker, one the article
// credits to a named person (attributeQuotes writes the name), the first
// half of a quote whose second half names the speaker next, and the
// opening sentence are kept.
func TestDropUnsaid(t *testing.T) {
	c := unsaidCluster(
		"The Velmora ferry company apologized on Monday.",                   // 0
		`"We meant no harm to anyone."`,                                     // 1: no one says it
		"The harbour will reopen in May, the mayor said.",                   // 2
		`"Every pier will be checked."`,                                     // 3: after a speaker
		"The port closed in March after a storm.",                           // 4
		`"We checked every pier," Hana Osei, the harbour master, said.`,     // 5
		`"The harbour is safe again."`,                                      // 6: Hana Osei's (voices.Attribute)
		`"Divers found nothing."`,                                           // 7
		`"And nobody was hurt," Osei said.`,                                 // 8
		`"The storm was the worst in years."`,                               // 9
		`"We would give anything to have the pier back," the captain said.`, // 10
		"Nobody saw the storm coming.",                                      // 11: the captain's words run on
		`"It was the worst night of my life."`,                              // 12
	)
	c.cands[12].edge = edgeOpened // balanceQuotes opened the quote's last part
	tests := []struct {
		name   string
		picked []int
		want   []int
	}{
		{"no one says it", []int{0, 1, 4}, []int{0, 4}},
		{"after a speaker", []int{2, 3}, []int{2, 3}},
		{"credited by the article", []int{4, 6}, []int{4, 6}},
		{"a quote naming its speaker next", []int{4, 7, 8}, []int{4, 7, 8}},
		{"the opening sentence", []int{9, 0}, []int{9, 0}},
		{"each in a row", []int{0, 1, 3}, []int{0}},
		{"a run from a speaker", []int{10, 11, 12}, []int{10, 11, 12}},
		{"no run", []int{4, 11, 12}, []int{4, 11}},
	}
	cut := unsaidCluster(
		"The port closed in March after a storm.",                       // 0
		`"We checked every pier," Hana Osei, the harbour master, said.`, // 1
		`"The harbour is safe again."`,                                  // 2: Hana Osei's
		"The port closed in March after a storm.",                       // 3
		`"We checked every pier," Hana Osei, the harbour master, said.`, // 4
		`"The harbour is safe again and..."`,                            // 5: hers, but cut off: no "Osei said" can follow
	)
	if got := cut.dropUnsaid([]int{0, 2}); !slices.Equal(got, []int{0, 2}) {
		t.Errorf("a quote its article credits: dropUnsaid = %v, want [0 2]", got)
	}
	if got := cut.dropUnsaid([]int{3, 5}); !slices.Equal(got, []int{3}) {
		t.Errorf("a credited quote cut off at \"...\": dropUnsaid = %v, want [3]", got)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := c.dropUnsaid(slices.Clone(tt.picked))
			if !slices.Equal(got, tt.want) {
				t.Errorf("dropUnsaid(%v) = %v, want %v", tt.picked, got, tt.want)
			}
		})
	}
}

// TestDropUnsaidMore reads invented articles for the cases dropUnsaid
// added later: a speakerless quote that opens the summary goes when the
// sentences after it hold adaptiveMin words, and stays when they do not;
// "called" before a quote gives it no speaker; the head of a quote whose
// last part the summary shows stays.
func TestDropUnsaidMore(t *testing.T) {
	c := unsaidCluster(
		`"We meant no harm to anyone."`, // 0: no one says it
		"The Velmora ferry company apologized on Monday after its boat ran aground in the harbour, and the port authority will now review the licence of every operator on the coast before the summer season opens in May, when the first of the new boats is due to arrive from the yard.", // 1
		"Fans called the regatta a triumph.", // 2
		`"The harbour is safe again."`,       // 3: no one says it
		"The port closed in March.",          // 4
		`"The pier is unsafe."`,              // 5: a quote's head (balanceQuotes closed it)
		"We will close it.",                  // 6
		`"It reopens in May."`,               // 7: its last part (balanceQuotes opened it)
	)
	for i := range c.cands {
		c.cands[i].words = countWords(c.cands[i].text)
	}
	c.cands[5].edge, c.cands[7].edge = edgeClosed, edgeOpened
	tests := []struct {
		name   string
		picked []int
		want   []int
	}{
		{"the opening, before enough words", []int{0, 1}, []int{1}},
		{"the opening, before a short line", []int{0, 4}, []int{0, 4}},
		{"after called", []int{2, 3}, []int{2}},
		{"a quote the summary shows whole", []int{4, 5, 6, 7}, []int{4, 5, 6, 7}},
		{"a quote's head alone", []int{4, 5, 6}, []int{4, 6}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := c.dropUnsaid(slices.Clone(tt.picked))
			if !slices.Equal(got, tt.want) {
				t.Errorf("dropUnsaid(%v) = %v, want %v", tt.picked, got, tt.want)
			}
		})
	}
}
