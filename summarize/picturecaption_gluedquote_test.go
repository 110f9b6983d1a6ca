package summarize

import (
	"slices"
	"testing"

	"github.com/chorusnews/chorus"
)

func TestGluedQuoteCaption(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"scene and quote", "Fresh bread being sliced \"this is the best loaf in Tarnwick.\"", true},
		{"unclosed quote", "A ferry being towed into Velmora harbour \"we had no choice", true},
		{"taken away", "A protester being taken away \"nobody asked us about it.\"", true},
		{"speaker after", "Fresh bread being sliced \"this is the best loaf,\" the baker said.", false},
		{"verb before", "The baker said bread being sliced \"is the best part.\"", false},
		{"no being", "Fresh bread sliced at dawn \"this is the best loaf.\"", false},
		{"comma in scene", "Bread, being sliced \"this is the best loaf.\"", false},
		{"being not a participle", "Bread being good value \"this is the best loaf.\"", false},
		{"no quote", "Fresh bread being sliced at the Tarnwick market.", false},
		{"title in quotes", "Ilse Varga being interviewed on \"Harbour Talk\" last night.", false},
		{"title at the end", "Ilse Varga being interviewed on \"Harbour Talk.\"", false},
		{"other verb", "Crowds watched the old ferry being towed \"it is sad to see her go.\"", false},
		{"too long", "A very old and much loved wooden fishing boat being hauled up the slipway at dawn \"it floats.\"", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := gluedQuoteCaption(tt.in); got != tt.want {
				t.Errorf("gluedQuoteCaption(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestDropGluedQuoteCaption checks that a caption glued to a quote with
// no speaker leaves the reader's summary, and stays before a sentence
// that reads it ("He ...").
func TestDropGluedQuoteCaption(t *testing.T) {
	c := &cluster{
		cands: []candidate{
			{text: "The Velmora council voted on Tuesday to close the old ferry pier for a year."},
			{text: "The old ferry being towed ( picture: harbour news ) \" it is sad to see her go."},
			{text: "The pier will be rebuilt with money from the regional fund."},
		},
		facts: []fact{{rep: 0}, {rep: 1}, {rep: 2}},
	}
	picked := []int{0, 1, 2}
	sum := chorus.Summary{Sentences: []chorus.Sentence{
		{Text: c.cands[0].text}, {Text: "The old ferry being towed \"it is sad to see her go.\""}, {Text: c.cands[2].text},
	}}
	if got := c.dropWrittenCaptions(picked, &sum); !slices.Equal(got, []int{0, 2}) {
		t.Errorf("dropWrittenCaptions kept %v, want [0 2]", got)
	}
	sum.Sentences[2].Text = "It will be rebuilt with money from the regional fund."
	if got := c.dropWrittenCaptions(picked, &sum); len(got) != 3 {
		t.Errorf("dropWrittenCaptions kept %v, want all three (the next sentence reads the caption)", got)
	}
}
