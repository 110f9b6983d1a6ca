package summarize

import "testing"

// TestOutletDesk checks which sentences speak of the outlet's own desk,
// and which "we" and "us" are left alone.
func TestOutletDesk(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"reached out to us", "Anna Varga reached out to us first.", true},
		{"send us this photo", "A reader was kind enough to send us this photo of the pier at dawn.", true},
		{"spoke with us", "The harbour master spoke with us shortly after the crash.", true},
		{"joining us", "The mayor of Tarnwick is now joining us from the quay.", true},
		{"e-mailed us", "Anna Varga e-mailed us this picture from the ferry.", true},
		{"not talking to us", "Officers at the Tarnwick station are not talking to us.", true},
		{"did not respond to us", "The ferry line, which did not respond to us for comment, sold the boat in May.", true},
		{"here's what we know", "Here's what we know about the Tarnwick ferry: it left at noon, the coast guard said.", true},
		{"what we know so far", "The harbour board has said little, but here is what we know so far.", true},
		{"we explain below", "The ferry will not run this winter, and we explain below how you can still reach the island.", true},
		{"before we get to", "Before we get to the new timetable, it's worth saying no ferry needs five crews.", true},
		{"we brought you", "In May we brought you Anna Varga's account of losing her boat.", true},
		{"wrap up", "7.10pm we're going to wrap up our harbour updates here for tonight.", true},
		{"kick off", "To kick the contest off, we offer a riddle for sailors.", true},
		{"curly apostrophe", "Here’s what we know about the crash on the quay.", true},
		{"country lower", "Tarnwick sent us troops home after the storm.", false},
		{"country upper", "Tarnwick sent US officials a letter about the pier.", false},
		{"us radio", "Speaking to us radio station WTRN, Anna Varga said the ferry was late.", false},
		{"us weekly", "Anna Varga spoke to us weekly about the crash.", false},
		{"showed us that", "The storm showed us that the pier was too low.", false},
		{"thing subject", "The study showed us how little the harbour has changed.", false},
		{"sent us packing", "Their songs did not send us packing.", false},
		{"rest of us", "The ferry crossing is hard on the rest of us.", false},
		{"speech named", "Anna Varga called us and said the pier was closed.", false},
		{"statement saying", "The ferry line sent us a statement saying the boat was safe.", false},
		{"life as we know it", "The new ferry could change island life as we know it.", false},
		{"what we know about", "Much of what we know about harbour seals is wrong.", false},
		{"inside quotes", "\"Anna Varga reached out to us first,\" the skipper said.", false},
		{"we know inside quotes", "\"This is what we know so far,\" said the harbour master.", false},
		{"single quoted", "' they sent us home early, ' Anna Varga said.", false},
		{"odd marks", "They sent us a letter, \" Anna Varga said.", false},
		{"no first person", "The ferry left Tarnwick at noon, the coast guard said.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := outletDesk(tt.s); got != tt.want {
				t.Errorf("outletDesk(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// TestMarkNarratorsOutletDesk checks that markNarrators leaves the
// outlet's desk out of the candidates and keeps the news.
func TestMarkNarratorsOutletDesk(t *testing.T) {
	c := &cluster{cands: []candidate{
		{text: "The harbour master spoke with us shortly after the ferry sank near the pier.", pos: 0},
		{text: "The Tarnwick ferry sank near the pier on monday, the coast guard said.", pos: 1},
	}}
	for i := range c.cands {
		c.cands[i].flags = sentenceFlags(c.cands[i].text)
		c.cands[i].words = countWords(c.cands[i].text) // a selectable length: markNarrators skips what selectable refuses
	}
	c.markNarrators()
	if c.cands[0].flags&flagNarrator == 0 {
		t.Errorf("outlet's desk not flagged: %q", c.cands[0].text)
	}
	if c.cands[1].flags&flagNarrator != 0 {
		t.Errorf("news flagged: %q", c.cands[1].text)
	}
}

// TestHasWord checks that hasWord finds a word standing alone and not
// inside a longer one.
func TestHasWord(t *testing.T) {
	for _, tt := range []struct {
		s, w string
		want bool
	}{
		{"The skipper told us, then left.", "us", true},
		{"us", "us", true},
		{"Just because the bus was late.", "us", false},
		{"We're told the pier is shut.", "We", true},
		{"The weather was poor.", "we", false},
		{"", "we", false},
	} {
		if got := hasWord(tt.s, tt.w); got != tt.want {
			t.Errorf("hasWord(%q, %q) = %v, want %v", tt.s, tt.w, got, tt.want)
		}
	}
}
