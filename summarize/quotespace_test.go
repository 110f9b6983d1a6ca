package summarize

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

func TestTidySentenceQuotes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`" the pier will open by june, " the mayor said.`, `"The pier will open by june," the mayor said.`},
		{`The mayor said, " we will rebuild the pier. "`, `The mayor said, "we will rebuild the pier."`},
		{`"We are staying, " she said, " whatever happens. "`, `"We are staying," she said, "whatever happens."`},
		{`"Already tidy," he said.`, `"Already tidy," he said.`},
		// An odd number of marks, or a mark that opens after a sentence's
		// end inside it (its pair was cut off), leaves the sentence alone.
		{`We will rebuild, " the mayor said.`, `We will rebuild, " the mayor said.`},
		{`They left. " and then " she said no.`, `They left. " and then " she said no.`},
		{`He is 6' 2" tall and weighs 90 kilos, a " giant ".`, `He is 6' 2" tall and weighs 90 kilos, a " giant ".`},
		{`No marks here.`, `No marks here.`},
	} {
		if got := tidySentenceQuotes(c.in); got != c.want {
			t.Errorf("tidySentenceQuotes(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestUntokenize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`The town paid $ 1.2 million ( about £ 900,000 ) for it.`, `The town paid $1.2 million (about £900,000) for it.`},
		{`Turnout rose to 61 % in the north.`, `Turnout rose to 61% in the north.`},
		{`Update, 1: 05 p.m.: the score was 2: 1.`, `Update, 1:05 p.m.: the score was 2: 1.`},
		{`The players ' union objected.`, `The players' union objected.`},
		// Two free-standing marks are a quotation in single marks.
		{`Guides for soldiers who ' accidentally ' cross.`, `Guides for soldiers who ' accidentally ' cross.`},
		// Unbalanced parentheses are left alone.
		{`It rose ( sharply.`, `It rose ( sharply.`},
		{`Nothing to do here.`, `Nothing to do here.`},
	} {
		if got := untokenize(c.in); got != c.want {
			t.Errorf("untokenize(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestInQuotation(t *testing.T) {
	for _, c := range []struct {
		s    string
		j    int
		want bool
	}{
		{`adele dropped " hello, " the single`, 3, true},
		{`" we will stay, " clinton said`, 5, false},
		{`they chanted "obama, obama" at him`, 2, true},
		{`"We won," smith said.`, 2, false},
		{`Smith said it.`, 0, false},
		// A sentence from inside a quotation: its closing mark alone,
		// then the speaker after a verb of saying (and a title).
		{`it rained all week, " said dr velmora. "`, 6, false},
		{`it rained all week, " said okafor.`, 6, false},
		// Not closed: no clause's end before the mark, or no verb after it.
		{`it rained all week " said dr velmora`, 6, true},
		{`it rained all week, " and dr velmora`, 6, true},
	} {
		if got := inQuotation(strings.Fields(c.s), c.j); got != c.want {
			t.Errorf("inQuotation(%q, %d) = %v, want %v", c.s, c.j, got, c.want)
		}
	}
}

func TestTidyInnerQuote(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`" i told her, ' not the pier, ' " the captain said.`, `"I told her, ' not the pier,'" the captain said.`},
		{`She said " we can not call it 'finished. ' "`, `She said "we can not call it 'finished.'"`},
		// An apostrophe of a word is no closing single mark.
		{`He said " we are rowin ' and singin ' "`, `He said "we are rowin ' and singin '"`},
	} {
		if got := tidySentenceQuotes(c.in); got != c.want {
			t.Errorf("tidySentenceQuotes(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestOpenedTail(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{`"We will rebuild the pier by june."`, true},
		{`"Then came the sign, 'too late. '"`, true},
		{`"We will rebuild the pier," the mayor said.`, false},
		{`"We will rebuild," he said, "and soon."`, false},
		{`"The pier is closed`, false},
		{`The pier is closed.`, false},
	} {
		if got := openedTail(c.s); got != c.want {
			t.Errorf("openedTail(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestJoinQuotes checks that a quotation balanceQuotes cut at a sentence
// end is written once when the summary keeps its sentences in a row, and
// left alone otherwise.
func TestJoinQuotes(t *testing.T) {
	raw := []string{
		`The mayor told the gazette: " we will rebuild the pier.`,
		`The council has the money. "`,
		`The ferry sails again on monday.`,
		`Nobody knows when it will reopen. "`,
	}
	c := &cluster{}
	for i, s := range raw {
		b := balanceQuotes(s)
		c.cands = append(c.cands, candidate{text: b, edge: addedMark(s, b), prevInDoc: i - 1})
		c.facts = append(c.facts, fact{rep: i})
	}
	tests := []struct {
		name   string
		picked []int
		want   []string
	}{
		{"in a row", []int{0, 1, 2}, []string{
			`The mayor told the gazette: "we will rebuild the pier.`,
			`The council has the money."`,
			`The ferry sails again on monday.`}},
		{"not in a row", []int{0, 2, 3}, []string{
			`The mayor told the gazette: "we will rebuild the pier."`,
			`The ferry sails again on monday.`,
			`"Nobody knows when it will reopen."`}},
		{"tail first", []int{1, 0}, []string{
			`"The council has the money."`,
			`The mayor told the gazette: "we will rebuild the pier."`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sum := &chorus.Summary{}
			for _, f := range tt.picked {
				sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: c.cands[c.facts[f].rep].text})
			}
			tidyQuotes(sum)
			c.joinQuotes(tt.picked, sum)
			for i, want := range tt.want {
				if got := sum.Sentences[i].Text; got != want {
					t.Errorf("sentence %d\n got %q\nwant %q", i, got, want)
				}
			}
		})
	}
}

func TestLowerAfterStop(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"acronym", "The u.s. Navy said the westvale ferry sank at 6 p.m. On monday.", "The u.s. navy said the westvale ferry sank at 6 p.m. on monday."},
		{"jr", "Dell roe jr. Said the pier would reopen.", "Dell roe jr. said the pier would reopen."},
		{"sentence start kept", "U.s. Officials said the pier was safe.", "U.s. officials said the pier was safe."},
		{"cased text left", "The U.S. Navy said the ferry sank off Westvale at 6 p.m. On Monday.", "The U.S. Navy said the ferry sank off Westvale at 6 p.m. On Monday."},
		{"capitals kept", "The u.s. FBI agent said so.", "The u.s. FBI agent said so."},
		{"title", "Mr. Roe said the pier was safe, dr. Pell said.", "Mr. roe said the pier was safe, dr. pell said."},
		{"rank and initial", "The ferry's master, capt. Dell j. Roe, said so.", "The ferry's master, capt. dell j. roe, said so."},
		{"cased name kept", "The pier was safe, mr. Pell said.", "The pier was safe, mr. Pell said."},
		{"company suffix", "Velmora ferries inc. Said so, and the ferry's owner, westvale corp. Shares the pier.", "Velmora ferries inc. said so, and the ferry's owner, westvale corp. shares the pier."},
		{"name after a company suffix", "The pier was sold by velmora inc. Pell said.", "The pier was sold by velmora inc. Pell said."},
		{"empty", "", ""},
	}
	keep := map[string]bool{"Pell": true}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := keep
			if tt.name != "cased name kept" && tt.name != "name after a company suffix" {
				k = nil
			}
			if got := lowerAfterStop(tt.in, k); got != tt.want {
				t.Errorf("lowerAfterStop(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCasedNames(t *testing.T) {
	sum := &chorus.Summary{Sentences: []chorus.Sentence{
		{Text: "Mr. Pell met Dell Roe in westvale."},
		{Text: "The u.s. Navy said roe's ferry was safe."},
	}}
	sum2 := *sum
	sum2.Sentences = append([]chorus.Sentence(nil), sum.Sentences...)
	sum2.Sentences[1].Text = "The pier was safe, mr. Roe's aide said."
	tidyQuotes(&sum2)
	if got, want := sum2.Sentences[1].Text, "The pier was safe, mr. Roe's aide said."; got != want {
		t.Errorf("a name the summary writes cased: got %q, want %q", got, want)
	}
	got := casedNames(sum)
	if !got["Dell"] || !got["Roe"] || got["Pell"] || got["Navy"] || got["Mr"] {
		t.Errorf("casedNames = %v, want Dell and Roe only", got)
	}
}
