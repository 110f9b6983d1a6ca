package summarize

import "testing"

// TestUnnamedVoice checks which first-person sentences speak for no one
// the sentence names.
func TestUnnamedVoice(t *testing.T) {
	tests := []struct {
		name   string
		s      string
		pos    int
		quoted bool
		want   bool
	}{
		{"reporter's act", "The harbour board met on monday, and we asked its chair about the ferry.", 3, false, true},
		{"perfect", "To mark the regatta's 50th year, we've collected its wildest finishes.", 0, false, true},
		{"future", "The vote is on friday, and we will have live coverage from the town hall.", 2, false, true},
		{"group's view", "Tarnwick was a cruel man who we believe sank the ferry for money.", 4, false, true},
		{"group's feeling", "Rowing is a sport for everyone, and we are saddened by the crew's conduct.", 4, false, true},
		{"group's things", "A few members of our organization acted against the values of the rowing club.", 2, false, true},
		{"after a quote", "First on \"harbour hour,\" we toured the rebuilt lighthouse.", 5, true, true},
		{"spaced contraction", "I ' m planning a bigger pier to celebrate!", 1, true, true},
		{"quoted we short", "Bring a \"picnic\" and we can watch the boats.", 2, true, true},
		{"outlet's tests", "Most of the lead found in our tests was old paint.", 3, false, true},
		{"outlet's meeting", "Back to our meeting this morning: the skipper left the pier early.", 4, false, true},
		{"outlet's interview", "Anna Varga is busy, and our interview has been put off twice.", 1, false, true},
		{"outlet's attempt, first sentence", "The Tarnwick 50 is our annual attempt to rank the harbour's boats.", 0, false, true},
		{"adverb before participle", "The ferry will return in may, we have independently confirmed.", 0, false, true},
		{"adverb before past", "We quickly learned the pier was closed.", 2, false, true},
		{"everyone's eyes", "The gulls vanish before our eyes each winter.", 2, false, false},
		{"everyone's adverb present", "Gulls scatter when we slowly walk the pier.", 2, false, false},
		{"named speaker", "Rowing is for everyone, and we are saddened by the crew's conduct, the club said.", 4, false, false},
		{"named after quote", "We are saddened, \"the club's chair, Ana Velmor, said on monday.\"", 2, true, false},
		{"statement colon", "The pair released a note: we regret that our bakery must close.", 3, false, false},
		{"everyone's we", "Gulls lose their way when we light the harbour at night.", 2, false, false},
		{"everyone's our", "The gull is older than our species, the study found.", 2, false, false},
		{"as we knew it", "The storm ended the harbour as we knew it.", 2, false, false},
		{"quoted our", "After our ancestors, called \"early rowers,\" crossed the bay.", 2, true, false},
		{"quoted only", "\"We will rebuild the pier,\" Mayor Ana Velmor said.", 2, true, false},
		{"odd marks", "We will rebuild the pier and the ferry dock.\"", 2, true, false},
		{"single marks", "The lights spelt out 'marry me' along the \"old pier\" at dusk.", 2, true, false},
		{"road name", "A crash closed I-94 near the \"old bridge\" on monday.", 2, true, false},
		{"no first person", "The ferry ran aground near the pier on monday.", 2, false, false},
		{"plural possessive, outlet's poll", "She won our skippers ' choice poll as well.", 2, true, true},
		{"plural possessive, group's view", "As a small bakery, we relied on the growers ' promise of flour.", 2, true, true},
		{"plural possessive, everyone's our", "The gulls ' nests are older than our species.", 2, true, false},
		{"single marks after possessive", "The skippers ' boats spelt out 'we won' at dusk.", 2, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unnamedVoice(tt.s, tt.pos, tt.quoted); got != tt.want {
				t.Errorf("unnamedVoice(%q, %d, %v) = %v, want %v", tt.s, tt.pos, tt.quoted, got, tt.want)
			}
		})
	}
}

// TestMarkNarratorsUnnamedVoice checks that markNarrators leaves a
// group's unnamed "we" out of the candidates and keeps the news.
func TestMarkNarratorsUnnamedVoice(t *testing.T) {
	c := &cluster{cands: []candidate{
		{text: "The ferry sank near the pier, and we reached the harbour master by phone on monday.", pos: 2},
		{text: "The westvale ferry sank near the pier on monday, the coast guard said.", pos: 0},
	}}
	for i := range c.cands {
		c.cands[i].flags = sentenceFlags(c.cands[i].text)
		c.cands[i].words = countWords(c.cands[i].text) // a selectable length: markNarrators skips what selectable refuses
	}
	c.markNarrators()
	if c.cands[0].flags&flagNarrator == 0 {
		t.Errorf("unnamed we not flagged: %q", c.cands[0].text)
	}
	if c.cands[1].flags&flagNarrator != 0 {
		t.Errorf("news flagged: %q", c.cands[1].text)
	}
}

func TestJoinContractions(t *testing.T) {
	tests := []struct{ in, want string }{
		{"i ' m here and we ' ll stay.", "i'm here and we'll stay."},
		{"He said ' no ' twice.", "He said ' no ' twice."},
		{"don ' t", "don't"},
	}
	for _, tt := range tests {
		if got := joinContractions(tt.in); got != tt.want {
			t.Errorf("joinContractions(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMentionsGroup(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"We left.", true},
		{"They met our crew.", true},
		{"we've gone", true},
		{"The wedding went well however.", false},
		{"Fours and tours.", false},
	}
	for _, tt := range tests {
		if got := mentionsGroup(tt.in); got != tt.want {
			t.Errorf("mentionsGroup(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestNarratorFrame checks that narratorFrame finds the writer tied to a
// verb of speech outside the quotations, and leaves the quoted person's
// own first person, "told me" (cutToldMe's) and dotted abbreviations alone.
func TestNarratorFrame(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    bool
	}{
		{"my after the quote", `"Is it loaded?" my neighbour asked, staring at me across the pier.`, true},
		{"as my colleague", `As my colleague Anna Varga said, "the ferry will not run."`, true},
		{"i asked", `"Why now?" I asked the skipper.`, true},
		{"i with an adverb", `"Why now?" I finally asked the skipper.`, true},
		{"asked me", `"Will you stay?" the skipper asked me.`, true},
		{"my inside the speaker's words", `My father "is a kind man," Anna Varga wrote in an essay.`, false},
		{"told me is cutToldMe's", `"The pier will reopen," a harbour insider told me.`, false},
		{"said to me is cutToldMe's", `"The pier will reopen," the mayor said to me.`, false},
		{"dotted abbreviation", `"Slow down," a posting by the Tarnwick, p.e.i. police says.`, false},
		{"first person inside the quotation", `"I asked my mother," Anna Varga said.`, false},
	} {
		if got := narratorFrame(tc.s); got != tc.want {
			t.Errorf("%s: narratorFrame(%q) = %v, want %v", tc.name, tc.s, got, tc.want)
		}
	}
}
