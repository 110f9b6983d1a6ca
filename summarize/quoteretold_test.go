package summarize

import (
	"slices"
	"strings"
	"testing"
)

func TestLongestRun(t *testing.T) {
	a := strings.Fields("we are done waiting for a bridge that never comes")
	b := strings.Fields("the mayor says the town is done waiting for a bridge that never comes after the vote")
	if got := longestRun(a, b); strings.Join(got, " ") != "done waiting for a bridge that never comes" {
		t.Errorf("longestRun = %q", got)
	}
	if got := longestRun(a, strings.Fields("nothing shared here")); len(got) != 0 {
		t.Errorf("longestRun of unrelated words = %q, want none", got)
	}
}

// TestRetoldQuote checks which quotes retell words another sentence
// gives, on invented sentences.
func TestRetoldQuote(t *testing.T) {
	account := "The mayor of Brenmoor says the town is \"done waiting for a bridge that never comes\" after the council vote on the river crossing."
	tests := []struct {
		name, quote string
		want        bool
	}{
		{"the line quoted again", "\"If it was not plain before, it is plain now: we are done waiting for a bridge that never comes,\" the mayor said.", true},
		{"a quote adding news", "\"We are done waiting for a bridge that never comes, and we will build a ferry pier with our own 40 workers by May,\" the mayor said.", false},
		{"a short run of names", "\"The mayor of Brenmoor sent the ferry company a very long letter of complaint,\" a clerk said.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, q := ledeFacts(t, account, tt.quote)
			if got := c.retoldQuote(q, a); got != tt.want {
				t.Errorf("retoldQuote = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestReplaceRetoldQuotes checks that a retold quote gives its place to a
// sentence that tells news, and stays when none may take its place and
// the rest is short.
func TestReplaceRetoldQuotes(t *testing.T) {
	account := "The mayor of Brenmoor says the town is \"done waiting for a bridge that never comes\" after the council vote on the river crossing."
	quote := "\"If it was not plain before, it is plain now: we are done waiting for a bridge that never comes,\" the mayor said."
	news := "The ferry line Merrow Bell said it will add two river crossings a day from next month."
	c := ledeCluster(t, account+" "+news, quote)
	if len(c.cands) != 3 {
		t.Fatalf("%d sentences read, want 3", len(c.cands))
	}
	l, n, q := c.cands[0].fact, c.cands[1].fact, c.cands[2].fact
	c.lead = l
	if got := c.replaceRetoldQuotes([]int{l, q}); !slices.Equal(got, []int{l, n}) {
		t.Errorf("picked %v, want [%d %d] (the quote %d replaced)", got, l, n, q)
	}
	c = ledeCluster(t, account, quote)
	c.lead = c.cands[0].fact
	if got := c.replaceRetoldQuotes([]int{c.lead, c.cands[1].fact}); !slices.Equal(got, []int{c.lead, c.cands[1].fact}) {
		t.Errorf("picked %v, want the quote kept: the opening alone is under adaptiveMin words", got)
	}
}

// TestQuotesReported checks which quoting sentences say again what a
// reported sentence gives, on invented sentences.
func TestQuotesReported(t *testing.T) {
	reported := "Inspectors found no sign of damage caused by the storm to the Ostrel dam's north wall, the water board said on Monday."
	tests := []struct {
		name, quote string
		want        bool
	}{
		{"the statement quoted", "Inspectors had found \"no sign of damage the storm could have caused,\" board spokesman Pell Varda said.", true},
		{"a quote with news of its own", "\"We found no sign of damage caused by the storm, but the spillway gates jammed and two pumps failed,\" Varda said.", false},
		{"news around the quote", "Varda, who led the inspection for eleven hours in the rain, said it found \"no sign of damage caused by the storm.\"", false},
		{"a number of its own", "\"We found no sign of damage caused by the storm at 14 places,\" Varda said.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, reported, tt.quote)
			if got := c.quotesReported(b, []int{a}); got != tt.want {
				t.Errorf("quotesReported = %v, want %v", got, tt.want)
			}
		})
	}
}
