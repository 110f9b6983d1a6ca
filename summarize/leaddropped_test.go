package summarize

import "testing"

func TestDroppedLater(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"gallery's first slide", "1/30 4 May 2021 the ferry at the Tarnwick pier at dawn.", true},
		{"gallery's slide after white space", "  1/47 20 March 2018 the tarnwick lifeboat is launched for the last time.", true},
		{"news lede", "Anna Varga has denied staging the ferry crash in Tarnwick and said it was a scene from a play.", false},
		{"a date opening the news", "9/11 ceremonies recall the crew of the tarnwick lifeboat.", false},
		{"a fraction", "1/20 of the tarnwick budget goes to the pier.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := droppedLater(tt.s); got != tt.want {
				t.Errorf("droppedLater(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// TestCanLeadDroppedLater: a reader's lead is never a line arrange drops;
// the benchmarks' summaries (Fill) keep the shape test alone.
func TestCanLeadDroppedLater(t *testing.T) {
	slide := "1/30 4 May 2021 the ferry at the Tarnwick pier at dawn."
	cd := candidate{text: slide, words: countWords(slide)}
	cd.flags = sentenceFlags(slide)
	if !canLeadShape(&cd) {
		t.Fatalf("canLeadShape(%q) = false: the fixture no longer tests canLead's reader check", slide)
	}
	if (&cluster{reader: true}).canLead(&cd) {
		t.Errorf("canLead(%q) in a reader's summary = true, want false", slide)
	}
	if !(&cluster{}).canLead(&cd) {
		t.Errorf("canLead(%q) in Fill = false, want true", slide)
	}
}
