package summarize

import "testing"

// TestMarkOpeningVoices checks that an article's first sentence speaking
// to the reader or as "we" is left out past the lead, while the lead,
// the opening of the lead's own article, a sentence that names its
// speaker and one in quotation marks stay.
func TestMarkOpeningVoices(t *testing.T) {
	texts := []struct {
		text     string
		doc, pos int
		want     bool
	}{
		{"The Tarnwick ferry sank near the north pier on monday, the coast guard said.", 0, 0, false},      // the lead
		{"If you ever sailed to Tarnwick, you may remember the old blue ferry.", 0, 1, false},              // past the opening: markNarrators's
		{"Join us as we march along the quay to the harbour board's office.", 1, 0, true},                  // a flyer's call
		{"We stand with the families of the crew and the harbour pilots tonight.", 2, 0, true},             // a statement in the first person
		{"Sailors should wear life vests on every crossing, harbour officials say you know.", 3, 0, false}, // names its speaker
		{"\"We will rebuild the pier,\" the mayor said on tuesday after the ferry sank.", 4, 0, false},     // quoted
		{"When you board a ferry, you rarely think of the crew below deck.", 5, 0, false},                  // the lead's own opening
		{"By the harbour board's count, the crew of the ferry numbered nine.", 5, 1, false},                // the lead's wording
		{"Meet Biscuit, a ferry cat who has crossed to Tarnwick since you were small.", 6, 0, false},       // introduces who it is
	}
	c := &cluster{}
	for i, tt := range texts {
		c.cands = append(c.cands, candidate{text: tt.text, doc: tt.doc, pos: tt.pos, fact: i + 1,
			flags: sentenceFlags(tt.text), words: countWords(tt.text)})
	}
	c.cands[0].fact = 0 // the lead's fact, with its wording in article 5 (member)
	c.facts = make([]fact, len(texts)+1)
	for i := range c.cands {
		c.facts[c.cands[i].fact].rep = i
	}
	c.facts[0].rep = 0
	lead := leadChoice{fact: 0, member: map[int]int{0: 7}}
	c.markOpeningVoices(lead)
	for i, tt := range texts {
		if got := c.cands[i].flags&flagNarrator != 0; got != tt.want {
			t.Errorf("%q flagged %v, want %v", tt.text, got, tt.want)
		}
	}
	c.clearOpeningVoices()
	for i := range c.cands {
		if c.cands[i].flags&flagNarrator != 0 {
			t.Errorf("%q still flagged after clearOpeningVoices", c.cands[i].text)
		}
	}
}

// TestSaysWho checks which sentences name whose words they give.
func TestSaysWho(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"said", "You will love the new ferry, the skipper said.", true},
		{"plural say", "Boat builders say you should oil a deck twice a year.", true},
		{"closing say", "Paint your hull in spring, say Tarnwick boat builders.", true},
		{"imperative say", "If you see a seal, say nothing and walk on.", false},
		{"this say", "Does this say you can moor here overnight?", false},
		{"none", "Join us on the quay at noon.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := saysWho(tt.s); got != tt.want {
				t.Errorf("saysWho(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// TestSaysWhoShortTail checks that a sentence ending in a comma and a
// figure reads no closing "say".
func TestSaysWhoShortTail(t *testing.T) {
	for _, s := range []string{"Join us at the quay, 9.", "Join us at the quay, say."} {
		if saysWho(s) {
			t.Errorf("saysWho(%q) = true", s)
		}
	}
}
