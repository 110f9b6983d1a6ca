package summarize

import "testing"

func TestWithCaption(t *testing.T) {
	tests := []struct {
		name  string
		s     string
		lower bool
		want  bool
	}{
		{"surname with family and year", "Varga with her two sons in 1998.", false, true},
		{"two names lower-cased", "ilse varga with tomas rell.", true, true},
		{"name with a thing", "Tomas Rell with one of the new ferry bells.", false, true},
		{"title before the name", "Sen. Ilse Varga with the crew of the harbour tug.", false, true},
		{"dated place lower-cased", "tomas rell at the velmora regatta in 2016.", true, true},
		{"undated place", "Tomas Rell at the velmora regatta.", false, false},
		{"verb before with", "Tomas Rell settles with the harbour board.", false, false},
		{"unknown verb before with", "Tomas Rell collaborates with Ilse Varga on this.", false, false},
		{"past verb before with", "Varga and Rell Dined with their friends in 2011.", false, false},
		{"saying after", "Ilse Varga with the ferry union said.", false, false},
		{"present verb after", "Ilse Varga with the ferry union says the strike is over.", false, false},
		{"common word first", "Dinner with the harbour crew tonight.", false, false},
		{"plural noun first", "Sailors with long shifts at the pier in 1998.", false, false},
		{"participle after", "Ilse Varga with her husband, photographed in Velmora.", false, false},
		{"may the verb", "Tomas Rell with the council may decide the fares.", false, false},
		{"lower-case name in cased text", "Tomas rell with the crew of the tug.", false, false},
		{"quotation", `Ilse Varga with "the ferry king" in 1998.`, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := withCaption(tt.s, tt.lower); got != tt.want {
				t.Errorf("withCaption(%q, %v) = %v, want %v", tt.s, tt.lower, got, tt.want)
			}
		})
	}
}
