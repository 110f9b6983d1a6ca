package summarize

import "testing"

// TestEntryList checks that a label's list of titled entries is found,
// and lists of clauses or prose with semicolons are not.
func TestEntryList(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    bool
	}{
		{"nominees", `Lead singer: Ilse Varga, "Harbour Lights"; Tomas Reyland, "Low Tide"; Odile Farrant, "The Last Ferry."`, true},
		{"titles only", `Worst album: "Harbour Lights"; "Low Tide"; "Pier Songs"; "The Last Ferry."`, true},
		{"lower-cased", `best duet: ilse varga, " harbour lights "; tomas reyland, " low tide "; odile farrant, " the last ferry. "`, true},
		{"two entries", `Lead singer: Ilse Varga, "Harbour Lights"; Tomas Reyland, "Low Tide."`, false},
		{"figures", "Ferry fares rose in May: Tarnwick line 7%; Velmora line, 5.8%; the island line, 6.1%.", false},
		{"clauses", "The duties include: cleaning the pier; painting the rails; checking the \"blue\" buoys; and logging tides.", false},
		{"long entry", `Lead singer: Ilse Varga, who won twice before with her record "Harbour Lights" in the spring; Tomas Reyland, "Low Tide"; Odile Farrant, "Pier."`, false},
		{"sentence's list", `A ferry crew may greet riders with phrases including: (1) "good morning"; (2) "safe crossing"; and (3) "mind the step."`, false},
		{"no label", `Ilse Varga, "Harbour Lights"; Tomas Reyland, "Low Tide"; Odile Farrant, "Pier."`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := entryList(tc.s); got != tc.want {
				t.Errorf("entryList(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}
