package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestNameGivenAlone(t *testing.T) {
	tests := []struct {
		name    string
		sources []string
		sum     []string
		want    []string
	}{
		{"given name alone before a verb",
			[]string{"police said anna tarnow, 41, was found on the pier.", "tarnow said the lamp was on.", "anna had left the lamp on."},
			[]string{"A woman was found on the pier.", "Anna had left the lamp on."},
			[]string{"A woman was found on the pier.", "Anna Tarnow had left the lamp on."}},
		{"surname never alone",
			[]string{"police said anna tarnow, 41, was found on the pier.", "anna had left the lamp on."},
			[]string{"A woman was found on the pier.", "Anna had left the lamp on."},
			[]string{"A woman was found on the pier.", "Anna had left the lamp on."}},
		{"inside a quotation opened before",
			[]string{"police said anna tarnow, 41, was found on the pier.", "tarnow said the lamp was on.", "anna had left the lamp on."},
			[]string{"A woman was found on the pier.", "Anna had left the lamp on,\" her mother said."},
			[]string{"A woman was found on the pier.", "Anna had left the lamp on,\" her mother said."}},
		{"a family shares the surname",
			[]string{"anna tarnow and peter tarnow sailed.", "tarnow said so.", "anna had left the lamp on.", "peter said so."},
			[]string{"Peter said the pier was shut.", "Anna had left the lamp on."},
			[]string{"Peter said the pier was shut.", "Anna had left the lamp on."}},
		{"two surnames",
			[]string{"anna tarnow and anna brevik sailed.", "tarnow said so.", "brevik said so.", "anna had left the lamp on."},
			[]string{"Anna had left the lamp on."},
			[]string{"Anna had left the lamp on."}},
		{"a common word after the given name",
			[]string{"rose garden visitors came.", "garden is open.", "rose said the lamp was on."},
			[]string{"Rose said the lamp was on."},
			[]string{"Rose said the lamp was on."}},
		{"already named in the summary",
			[]string{"police said anna tarnow, 41, was found on the pier.", "tarnow said the lamp was on.", "anna had left the lamp on."},
			[]string{"Anna Tarnow was found on the pier.", "Anna had left the lamp on."},
			[]string{"Anna Tarnow was found on the pier.", "Anna had left the lamp on."}},
		{"no verb after the summary's mention",
			[]string{"police said anna tarnow, 41, was found on the pier.", "tarnow said the lamp was on.", "anna had left the lamp on."},
			[]string{"A woman was found on the pier.", "The lamp was left by Anna."},
			[]string{"A woman was found on the pier.", "The lamp was left by Anna."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNameRewrite(t, tt.sources, tt.sum, tt.want, (*cluster).nameGivenAlone)
		})
	}
}

// checkNameRewrite builds a cluster of the candidate texts sources, a
// summary of the sentences sum, runs rewrite on it and checks each
// sentence against want and the summary's word count against want's.
func checkNameRewrite(t *testing.T, sources, sum, want []string, rewrite func(*cluster, *chorus.Summary)) {
	t.Helper()
	c := &cluster{}
	for _, s := range sources {
		c.cands = append(c.cands, candidate{text: s})
	}
	got := chorus.Summary{}
	for _, s := range sum {
		got.Sentences = append(got.Sentences, chorus.Sentence{Text: s})
		got.Words += countWords(s)
	}
	rewrite(c, &got)
	words := 0
	for i := range want {
		if s := got.Sentences[i].Text; s != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, s, want[i])
		}
		words += countWords(want[i])
	}
	if got.Words != words {
		t.Errorf("Words = %d, want %d", got.Words, words)
	}
}
