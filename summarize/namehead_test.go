package summarize

import "testing"

func TestNameHeadAt(t *testing.T) {
	tests := []struct {
		name, p, sur, full string
		heads              map[string]bool
		want               bool
	}{
		{"short form", "don", "velmor", "Donald Velmor", nil, true},
		{"nickname", "bob", "lanter", "Robert Lanter", nil, true},
		{"will before the surname", "will", "velmor", "Ryan Velmor", nil, true},
		{"pronoun before a verb", "he", "split", "Bailey Split", nil, true},
		{"auxiliary before a participle", "has", "accepted", "Francis Accepted", nil, true},
		{"auxiliary before a clause word", "was", "inside", "Hannah Graham Inside", nil, true},
		{"copula before a possessive name", "was", "velmor's", "Ada Velmor", nil, false},
		{"and is no Andrew", "and", "velmor", "Andrew Velmor", nil, false},
		{"who before a name", "who", "velmor", "Jake Velmor", nil, false},
		{"a verb of saying", "said", "velmor", "Ada Velmor", nil, false},
		{"punctuation", "agency,", "velmor", "Ada Velmor", nil, false},
		{"a head the sources write", "wilbert", "velmor", "William Velmor", map[string]bool{"wilbert": true}, true},
		{"the given name itself", "donald", "velmor", "Donald Velmor", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sur, _ := lowerCore(tt.sur)
			if got := nameHeadAt(tt.p, sur, tt.full, tt.heads); got != tt.want {
				t.Errorf("nameHeadAt(%q, %q, %q) = %v, want %v", tt.p, sur, tt.full, got, tt.want)
			}
		})
	}
}

func TestNameBareNameHead(t *testing.T) {
	index := map[string]string{"velmor": "Donald Velmor"}
	given := map[string]map[string]bool{"velmor": {"donald": true}}
	for _, s := range []string{
		"the county counsel don velmor has left the job.",
		"the former player will velmor was shot.",
	} {
		if got, changed := nameBare(s, index, given, nil, nil, "", false); changed {
			t.Errorf("nameBare(%q) = %q, want it unchanged", s, got)
		}
	}
	s := "the county counsel velmor has left the job."
	want := "the county counsel Donald Velmor has left the job."
	if got, _ := nameBare(s, index, given, nil, nil, "", false); got != want {
		t.Errorf("nameBare(%q) = %q, want %q", s, got, want)
	}
}
