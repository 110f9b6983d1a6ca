package voices

import "testing"

// TestPossessorRole checks how a role opening with "his" or "her" is
// completed from the person the sentence names, or dropped.
func TestPossessorRole(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		at    int
		role  string
		want  string
	}{
		{"her from the same sentence", []string{`ana lind was charged , said paul orvani , her attorney .`}, 0, "her attorney", "Ana Lind's attorney"},
		{"his from the sentence before", []string{`thomas veldt was charged on monday .`, `the charge is false , said paul orvani , his attorney .`}, 1, "his attorney", "Thomas Veldt's attorney"},
		{"his is no woman", []string{`ana lind was charged , said paul orvani , his attorney .`}, 0, "his attorney", ""},
		{"two people", []string{`ana lind and tomas veldt were charged , said paul orvani , their attorney .`}, 0, "their attorney", ""},
		{"lower-cased words that are no name", []string{`harbour works stopped , said paul orvani , his attorney .`}, 0, "his attorney", ""},
		{"the speaker's own name run into a verb", []string{`paul orvani announced it , said paul orvani , his attorney .`}, 0, "his attorney", ""},
		{"no one named", []string{`the charge is false , said paul orvani , his attorney .`}, 0, "his attorney", ""},
		{"other role", []string{`the charge is false , said paul orvani , the mayor .`}, 0, "the mayor", "the mayor"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			art := read(tt.sents)
			if got := possessorRole(tt.role, tt.sents, []int{tt.at}, "orvani", art.named, art.cased); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestNamedOwnerRole checks that "the X's" in a role is written with the
// name the article gives X, and left when none or two are given.
func TestNamedOwnerRole(t *testing.T) {
	sents := []string{
		"Doctors treated patients in tents outside St. Brede's Hospital on Monday.",
		"Ilse Varga, the hospital's chief surgeon, said her staff worked all night.",
	}
	tests := []struct {
		role  string
		sents []string
		cased bool
		want  string
	}{
		{"the hospital's chief surgeon", sents, true, "chief surgeon at St. Brede's Hospital"},
		{"the hospital's chief surgeon", sents, false, "the hospital's chief surgeon"},
		{"the company's chief executive", sents, true, "the company's chief executive"},
		{"the hospital's chief surgeon", []string{"Tarnwick General Hospital and Oster Hospital took patients.", sents[1]}, true, "the hospital's chief surgeon"},
		{"the hospital's chief surgeon", []string{"At Tarnwick General Hospital, beds ran out.", sents[1]}, true, "chief surgeon at Tarnwick General Hospital"},
		{"chief surgeon", sents, true, "chief surgeon"},
	}
	for _, tt := range tests {
		if got := namedOwnerRole(tt.role, tt.sents, []int{len(tt.sents) - 1}, tt.cased); got != tt.want {
			t.Errorf("namedOwnerRole(%q, cased %v) = %q, want %q", tt.role, tt.cased, got, tt.want)
		}
	}
}
