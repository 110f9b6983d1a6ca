package summarize

import (
	"slices"
	"testing"
)

// TestRetoldClass checks which sentences read as the opening's event told
// again with a word of its class, on invented sentences.
func TestRetoldClass(t *testing.T) {
	lead := "A Tarnwick man is in custody after a delivery van struck and killed the woman walking with him on Friday, prompting him to attack the van's driver, police said."
	tests := []struct {
		name, other string
		want        bool
	}{
		{"custody told again", "He stayed at the scene and was then taken into police custody.", true},
		{"the death told again", "Police said the woman who was hit was later pronounced dead at the scene.", true},
		{"a charge of its own", "He was charged with assault after police took him into custody on Friday.", false},
		{"a count of its own", "Police said two women who were struck were pronounced dead at the scene.", false},
		{"a second one", "The van's driver also died at the scene, police said.", false},
		{"a name of its own", "Police said Mara Lenk, whom the van hit, was pronounced dead at the scene.", false},
		{"no class shared", "Police said the woman who was struck was walking home from the Tarnwick market.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, lead, tt.other)
			if got := c.retoldClass(b, []int{a}); got != tt.want {
				t.Errorf("retoldClass = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestClassKeysOrdinal checks that an ordinal reads as the count it
// reaches and a start word before "fire" as no start.
func TestClassKeysOrdinal(t *testing.T) {
	a, _ := classKeys("She had her third set of twins.")
	b, _ := classKeys("She had three sets of twins.")
	if !slices.Equal(a, b) {
		t.Errorf("third set %v, three sets %v: want the same keys", a, b)
	}
	if _, cl := classKeys("Two gunmen opened fire on a market."); len(cl) != 0 {
		t.Errorf("opened fire read as a start: %v", cl)
	}
	if _, cl := classKeys("The appeal trial opened on Monday."); len(cl) != 1 {
		t.Errorf("a trial opened: classes %v, want one", cl)
	}
}

// TestRetoldClassGuards checks the guards of retoldClass against news
// that shares the class of the opening's event, on invented sentences.
func TestRetoldClassGuards(t *testing.T) {
	lead := "Three hikers were killed and five were hurt when a rock slide struck a trail above Tarnwick on Sunday, rangers said."
	tests := []struct {
		name, other string
		want        bool
	}{
		{"the death told again", "The hikers died on the trail above Tarnwick, rangers said.", true},
		{"another death in a clause", "The trail was closed on Monday after a ranger was killed by falling rocks.", false},
		{"a toll split", "Two hikers were killed on the trail; one died in the Tarnwick hospital.", false},
		{"kin of its own", "A hiker's grandmother was killed on the Tarnwick trail, rangers said.", false},
		{"a motive of its own", "Rangers said the hikers were killed by a rock slide which a storm loosened.", false},
		{"a wound of its own", "The hikers were hit in the head and died on the trail above Tarnwick, rangers said.", false},
		{"another one killed", "The park service says a trail warden was killed in the slide, rangers said.", false},
		{"a state of the hurt", "Two of the five hikers who were hurt were in critical condition, rangers said.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, lead, tt.other)
			if got := c.retoldClass(b, []int{a}); got != tt.want {
				t.Errorf("retoldClass = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestReplaceClassRetold checks that a capture told again gives its place
// to a sentence that tells news, and that the opening stays.
func TestReplaceClassRetold(t *testing.T) {
	lead := "A Tarnwick man is in custody after a delivery van struck and killed the woman walking with him on Friday, police said."
	news := "Lindell county prosecutors will review the van driver's record."
	again := "He stayed at the scene and was then taken into police custody."
	c := ledeCluster(t, lead+" "+news, again)
	if len(c.cands) != 3 {
		t.Fatalf("%d sentences read, want 3", len(c.cands))
	}
	l, n, e := c.cands[0].fact, c.cands[1].fact, c.cands[2].fact
	c.lead = l
	got := c.replaceClassRetold([]int{l, e})
	if slices.Contains(got, e) || !slices.Contains(got, l) {
		t.Errorf("picked %v, want the opening %d without the retold capture %d (news %d)", got, l, e, n)
	}
}

// TestRetoldClassWanted checks the wanted and accusation classes on
// invented sentences: a short "wanted by" after a planned extradition is
// told again, an accusation's answer is news of its own.
func TestRetoldClassWanted(t *testing.T) {
	tests := []struct {
		name, first, other string
		want               bool
	}{
		{"wanted after an extradition", "Ostrel police arrested Varo Demsk in Tarnwick on May 2 and sought to extradite him so he could face fraud charges in the US.",
			"Demsk was wanted by US authorities.", true},
		{"wanted somewhere else", "Ostrel police arrested Varo Demsk in Tarnwick on May 2 and sought to extradite him so he could face fraud charges in the US.",
			"Demsk was wanted by Lindell bank auditors.", false},
		{"a charge answered", "For six years the Tarnwick coach Orin Vale has been accused of bullying players by parents who say their sons quit.",
			"Vale has repeatedly said that the accusations of bullying are untrue.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, tt.first, tt.other)
			if got := c.retoldClass(b, []int{a}); got != tt.want {
				t.Errorf("retoldClass = %v, want %v", got, tt.want)
			}
		})
	}
}
