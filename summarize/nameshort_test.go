package summarize

import "testing"

func TestShortGivenNamesInFull(t *testing.T) {
	tests := []struct {
		name    string
		sources [][]string // one list of sentences per article
		sum     []string
		want    []string
	}{
		{"a three-letter given name",
			[][]string{
				{"the court heard from pat varkey, the pier's owner.", "varkey was charged in may."},
				{"a photo of pat varkey hangs in the office.", "the pier is closed."},
			},
			[]string{"Varkey was charged in May."},
			[]string{"Pat Varkey was charged in May."}},
		{"a short common word",
			[][]string{
				{"the court heard from new varkey, the pier's owner.", "varkey was charged in may."},
				{"a photo of new varkey hangs in the office.", "the pier is closed."},
			},
			[]string{"Varkey was charged in May."},
			[]string{"Varkey was charged in May."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFullNames(t, tt.sources, tt.sum, tt.want) })
	}
}

func TestShortGiven(t *testing.T) {
	for w, want := range map[string]bool{"pat": true, "new": false, "top": false, "patrick": false, "xq": false, "jan": false, "bbc": false} {
		if got := shortGiven(w); got != want {
			t.Errorf("shortGiven(%q) = %v, want %v", w, got, want)
		}
	}
}
