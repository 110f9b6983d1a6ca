package summarize

import "testing"

// TestClaimHook checks which article openings read as a claim about their
// subject rather than an event (claimHook), on invented sentences.
func TestClaimHook(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"is proving that", "Anna Varga is proving that the bond between harbour pilots is as strong as ever.", true},
		{"has never been one to", "Harbour master Anna Varga has never been one to hold back her feelings.", true},
		{"a copula and a quality", "Tarnwick isn't so quiet these days.", true},
		{"a copula and a noun", "Anna Varga is already a natural at the helm!", true},
		{"has been a focus", "Tarnwick's ferry sheds have been a worry for the harbour board all year.", true},
		{"a modal", "Ferry fans with a taste for speed could soon pay for their hurry.", true},
		{"could hardly", "Conditions for the rescue of the ferry's crew could hardly have been worse.", true},
		{"an act in the present perfect", "A Tarnwick fisherman has reported his brother to the harbour board for sinking his dinghy.", false},
		{"an act in progress", "Tarnwick police are investigating a deadly assault.", false},
		{"where someone is", "Harbour master Anna Varga is in hospital after a fall from her bicycle.", false},
		{"a passive", "Anna Varga is now known for a lie about her boat.", false},
		{"a future", "Anna Varga will give every pilot a day off this winter.", false},
		{"a report", "Anna Varga says the Tarnwick ferry will not sail again.", false},
		{"a study's finding", "Cold caps can help sailors keep their hair, a new study suggests.", false},
		{"an event cue", "Anna Varga is proving on Monday that the ferry can sail.", false},
		{"is to", "A Tarnwick hospital is to open the first clinic for harbour pilots.", false},
		{"an adverb in -ly", "Anna Varga is publicly discussing the charges against her.", false},
		{"a past act", "Tarnwick sold its ferry to a buyer from Ostrel.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := claimHook(tt.s); got != tt.want {
				t.Errorf("claimHook(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// TestClaimYields checks leadAmong on a selection holding one article's
// opening: a claim about its subject gives way to the cluster's best lead
// from another article, a plain statement of the event leads.
func TestClaimYields(t *testing.T) {
	rest := []string{
		"Speaking on Tuesday night in Tarnwick, harbour master Anna Varga lashed out at the plan for a new marina. The council will vote on the marina in May.",
		"Harbour master Anna Varga lashed out at the plan for a new marina in Tarnwick on Tuesday night. Fishermen fear higher fees.",
	}
	for _, tt := range []struct {
		name, opening string
		yields        bool
	}{
		{"a claim", "Harbour master Anna Varga has never been one to hold back her feelings about the marina.", true},
		{"news", "Harbour master Anna Varga said she would fight the plan.", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := ledeCluster(t, append([]string{tt.opening + " She once told the council to sink its own ferry."}, rest...)...)
			l := c.pickLead(0, false, false)
			f := c.cands[0].fact
			if l.fact < 0 || l.fact == f {
				t.Fatalf("best lead %d, the opening's fact %d: the case tests nothing", l.fact, f)
			}
			if _, ok := l.score[f]; !ok || l.score[f] < l.score[l.fact]-leadSlack {
				t.Fatalf("the opening is no lead within leadSlack: the case tests nothing")
			}
			got := l.leadAmong([]int{f})
			if want := map[bool]int{true: -1, false: f}[tt.yields]; got != want {
				t.Errorf("leadAmong = %d, want %d", got, want)
			}
		})
	}
}
