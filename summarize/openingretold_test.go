package summarize

import (
	"slices"
	"testing"
)

// TestRetellsOpening checks which chosen sentences tell the opening's news
// again, on invented sentences.
func TestRetellsOpening(t *testing.T) {
	lead := "Brenmoor General Hospital said on Monday that a glucose pen had possibly been reused on patients in two wards, and urged them to be tested."
	tests := []struct {
		name, other string
		want        bool
	}{
		{"the news in fewer words", "Brenmoor General Hospital may have reused a glucose pen, the hospital admitted.", true},
		{"a counted figure of its own", "Staff at Brenmoor General Hospital may have reused a glucose pen on 1,400 patients, the board admitted.", false},
		{"a denial", "Staff at Brenmoor General Hospital did not reuse a glucose pen, the hospital board said.", false},
		{"another fact of the subject", "The hospital's chief nurse, a former army medic, will retire at the end of the year.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, lead, tt.other)
			if got := c.retellsOpening(b, a); got != tt.want {
				t.Errorf("retellsOpening = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestReplaceOpeningRetold checks that a retelling of the opening gives its
// place to a sentence that tells news, and stays when none may take its
// place, on invented sentences.
func TestReplaceOpeningRetold(t *testing.T) {
	lead := "Brenmoor General Hospital said on Monday that a glucose pen had possibly been reused on patients in two wards, and urged them to be tested."
	retold := "Brenmoor General Hospital may have reused a glucose pen, the hospital admitted."
	news := "Patients from Lindell County will be retested by an outside agency."
	c := ledeCluster(t, lead+" "+news, retold)
	if len(c.cands) != 3 {
		t.Fatalf("%d sentences read, want 3", len(c.cands))
	}
	l, n, r := c.cands[0].fact, c.cands[1].fact, c.cands[2].fact
	c.lead = l
	if got := c.replaceOpeningRetold([]int{l, r}); !slices.Equal(got, []int{l, n}) {
		t.Errorf("picked %v, want [%d %d] (the retelling %d replaced)", got, l, n, r)
	}
	c = ledeCluster(t, lead, retold)
	c.lead, r = c.cands[0].fact, c.cands[1].fact
	if got := c.replaceOpeningRetold([]int{c.lead, r}); !slices.Equal(got, []int{c.lead, r}) {
		t.Errorf("picked %v, want the retelling kept with nothing to take its place", got)
	}
}

func TestIntroducesSubject(t *testing.T) {
	lead := "More than forty patients have accused a healer of fraud at his clinic in Ostrel."
	intro := "Aldo Verrin Maske is better known to patients as the healer of Ostrel."
	later := "Maske has been written about for years."
	c := ledeCluster(t, lead, intro, later)
	l, f, p := c.cands[0].fact, c.cands[1].fact, c.cands[2].fact
	if !c.introducesSubject(f, l, []int{l, f, p}) {
		t.Error("the sentence naming the later sentence's subject in full not found")
	}
	if c.introducesSubject(f, l, []int{l, f}) {
		t.Error("introducesSubject with no other sentence")
	}
}
