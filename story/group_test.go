package story

import (
	"reflect"
	"testing"
	"time"
)

// TestGroup checks that two invented events read in one pass come apart
// into two stories, in the order of their first article, and that one
// event stays one story.
func TestGroup(t *testing.T) {
	flood := []Doc{
		{Title: "River Marle floods lower Tessbury", Text: "The River Marle burst its banks in Tessbury on Sunday, flooding the lower town. Hundreds of residents spent the night in the Tessbury school gym as the Marle kept rising."},
		{Title: "Tessbury residents evacuated as Marle rises", Text: "Flood water from the River Marle reached the lower streets of Tessbury on Sunday. Residents were evacuated to the school gym, and the Marle is expected to crest on Monday."},
	}
	vote := []Doc{
		{Title: "Orlan parliament passes budget after all-night vote", Text: "The Orlan parliament passed the budget at dawn after an all-night session, with 212 deputies voting in favour. Finance minister Iva Brandt said the budget cuts the deficit."},
		{Title: "Brandt budget approved by Orlan deputies", Text: "Deputies in Orlan approved finance minister Iva Brandt's budget by 212 votes after a debate that lasted through the night. The budget cuts the deficit by a third."},
	}
	tests := []struct {
		name string
		docs []Doc
		want [][]int
	}{
		{"one event", flood, [][]int{{0, 1}}},
		{"two events interleaved", []Doc{flood[0], vote[0], flood[1], vote[1]}, [][]int{{0, 2}, {1, 3}}},
		{"empty", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Group(tt.docs, Options{}); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Group = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestGroupDated checks that Group, which has no time window, never
// forgets a story, whatever the articles' dates: a dated stream of more
// articles than pass between evictions groups as the same stream undated
// (doubling the endless window once overflowed, so every story older than
// the latest article was forgotten and its articles lumped together).
func TestGroupDated(t *testing.T) {
	dated := syntheticEvents(3*evictEvery, 3*evictEvery/5)
	undated := make([]Doc, len(dated))
	for i, d := range dated {
		d.Time = time.Time{}
		undated[i] = d
	}
	got, want := Group(dated, Options{}), Group(undated, Options{})
	if !reflect.DeepEqual(got, want) {
		t.Errorf("dated stream: %d stories, undated: %d", len(got), len(want))
	}
	if len(want) < len(dated)/10 {
		t.Fatalf("only %d stories of %d articles: the stream does not test forgetting", len(want), len(dated))
	}
}
