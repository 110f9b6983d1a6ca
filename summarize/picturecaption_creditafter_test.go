package summarize

import (
	"slices"
	"testing"

	"github.com/chorusnews/chorus"
)

// TestDropCreditedCaptions: a sentence after the opening that its article
// sets right before "( photo: <credit> )" or "( photo by <credit> )"
// leaves; a gallery's link, a long sentence, a sentence reporting speech
// and the opening stay.
func TestDropCreditedCaptions(t *testing.T) {
	for _, tt := range []struct {
		name    string
		article string // the second sentence's article as it came
		second  string
		keep    bool
	}{
		{"photo credit",
			"Anna Varga, seen here in 2015, is still fighting the harbour board over ' crossings. ' ( photo: tomas rell, ap ) The board said on Monday it would appeal.",
			"Anna Varga is still fighting the harbour board over ' crossings.", false},
		{"photo by",
			"The old ferry Marit leaves the Tarnwick pier for the last time. ( photo by tomas rell ) The ferry sailed for forty years.",
			"The old ferry Marit leaves the Tarnwick pier for the last time.", false},
		{"gallery link",
			"The board has run the Tarnwick ferries since the harbour opened. ( photos: the ferries of the north coast ) It meets on Friday.",
			"The board has run the Tarnwick ferries since the harbour opened.", true},
		{"no credit",
			"Anna Varga is still fighting the harbour board over the crossings. The board said on Monday it would appeal.",
			"Anna Varga is still fighting the harbour board over the crossings.", true},
		{"speech",
			"Anna Varga says the harbour board's report on the crossings is \"plainly wrong.\" ( photo: tomas rell, ap ) The board said it would appeal.",
			"Anna Varga says the harbour board's report on the crossings is \"plainly wrong.\"", true},
		{"long",
			"Anna Varga, who has run the Tarnwick ferry line for twenty years and sits on the council, is still fighting the harbour board over the lease of the north pier. ( photo: tomas rell, ap )",
			"Anna Varga, who has run the Tarnwick ferry line for twenty years and sits on the council, is still fighting the harbour board over the lease of the north pier.", true},
	} {
		c := introCluster("The Tarnwick ferries stopped on Monday after the harbour board closed the north pier.", tt.second)
		c.docs = []document{
			{index: 0, article: &chorus.Article{Text: c.cands[0].text + " ( photo: tomas rell, ap ) More follows."}},
			{index: 1, article: &chorus.Article{Text: tt.article}},
		}
		c.cands[1].doc = 1
		want := []int{0}
		if tt.keep {
			want = []int{0, 1}
		}
		if got := c.dropCreditedCaptions([]int{0, 1}); !slices.Equal(got, want) {
			t.Errorf("%s: %v, want %v", tt.name, got, want)
		}
	}
}
