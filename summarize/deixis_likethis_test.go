package summarize

import "testing"

// TestCutLikeThis: a closing clause pointing at a picture is cut; a
// negation, "in times like this" and a short sentence stay.
func TestCutLikeThis(t *testing.T) {
	for _, tt := range []struct {
		name, s, want string
	}{
		{"where she looked",
			"When readers think of Anna Varga, they picture her at the Tarnwick pier, where she looked a little something like this.",
			"When readers think of Anna Varga, they picture her at the Tarnwick pier."},
		{"and it looks",
			"The harbour board unveiled its design for the new Tarnwick ferry on Monday, and it looks like this.",
			"The harbour board unveiled its design for the new Tarnwick ferry on Monday."},
		{"times like this",
			"The ferry crews of Tarnwick stay calm even in times like this.",
			"The ferry crews of Tarnwick stay calm even in times like this."},
		{"a negation",
			"If the board had a plan for the pier, it wouldn't look like this.",
			"If the board had a plan for the pier, it wouldn't look like this."},
		{"too short before",
			"Anna Varga, where she looks like this.",
			"Anna Varga, where she looks like this."},
	} {
		if got, _ := cutLikeThis(tt.s); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestLikeThisOnly: a sentence that only points at a picture is left
// out; one that says something of its own stays.
func TestLikeThisOnly(t *testing.T) {
	for s, want := range map[string]bool{
		"The new Tarnwick ferry will look like this.":                       true,
		"Anna Varga's ferry looked something like this.":                    true,
		"If the board had a plan for the pier, it wouldn't look like this.": false,
		"Two other harbours in the north run ferry schemes like this.":      false,
		"The board says the new Tarnwick ferry will not look like this.":    false,
		"The ferry crews of Tarnwick stay calm even in times like this.":    false,
	} {
		if got := likeThisOnly(s); got != want {
			t.Errorf("likeThisOnly(%q) = %v, want %v", s, got, want)
		}
	}
}
