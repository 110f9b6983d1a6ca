package summarize

import "testing"

func TestCutLinkTag(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"footnote spaced", "Dunmore has about 4,000 people [ 1 ] and a harbour.", "Dunmore has about 4,000 people and a harbour.", true},
		{"footnote before stop", "The valley holds 30 lakes [2].", "The valley holds 30 lakes.", true},
		{"footnote run", "The Kelby tunnel[8] [9] [note 1] is the longest in Varnia.", "The Kelby tunnel is the longest in Varnia.", true},
		{"footnote list", "Crows solve puzzles in the box test [ 12, 14 ] (figure 2).", "Crows solve puzzles in the box test (figure 2).", true},
		{"opening footnote", "[4] a three-time champion, Orlen retired in May.", "A three-time champion, Orlen retired in May.", true},
		{"pdf link", "The board released a report [pdf] on the flooding in Tarnwick.", "The board released a report on the flooding in Tarnwick.", true},
		{"pdf link words", "In a statement [pdf link in Varnish] the firm cut its forecast.", "In a statement the firm cut its forecast.", true},
		{"opening video", "[video] the mayor of Tarnwick has a new dog.", "The mayor of Tarnwick has a new dog.", true},
		{"team stats", "The senator cheers for the Harbour Hawks [team stats] this week.", "The senator cheers for the Harbour Hawks this week.", true},
		{"editor bracket", `"I saw [the mayor] there," she said.`, `"I saw [the mayor] there," she said.`, false},
		{"sic", "He wrote that it was \"there [sic] fault.\"", "He wrote that it was \"there [sic] fault.\"", false},
		{"no bracket", "The ferry left at noon.", "The ferry left at noon.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutLinkTag(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("cutLinkTag(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}
