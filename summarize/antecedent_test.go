package summarize

import (
	"slices"
	"testing"
)

func TestDefiniteHeads(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want []string
	}{
		{"one noun", "The grave is near the old quarry road.", []string{"grave"}},
		{"plural folded", "The sanctions are aimed at three shipping firms.", []string{"sanction"}},
		{"two words", "The harbour crane collapsed on Tuesday.", []string{"harbour", "crane"}},
		{"adjective dropped", "The new ferry sailed at noon.", []string{"ferry"}},
		{"no the", "A grave was found near the quarry.", nil},
		{"of pins it", "The grave of the poet was opened.", nil},
		{"who pins it", "The man who found the grave called police.", nil},
		{"reduced relative", "The sign made from stones was seen by a pilot.", nil},
		{"participle by", "The bridge designed by Ilse Varga opened.", nil},
		{"long description", "The velmoran transport minister resigned.", nil},
		{"known office", "The president said the talks would resume.", nil},
		{"known court", "The supreme court ruled on Tuesday.", nil},
		{"verb stops the phrase", "The council voted to close the bridge.", []string{"council"}},
		{"too short", "The end.", nil},
		{"a capitalised name", "The Harlow Playhouse cancelled the season.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := definiteHeads(tt.s); !slices.Equal(got, tt.want) {
				t.Errorf("definiteHeads(%q) = %q, want %q", tt.s, got, tt.want)
			}
		})
	}
}

func TestIntroducesHead(t *testing.T) {
	tests := []struct {
		name  string
		prev  string
		heads []string
		want  bool
	}{
		{"indefinite", "Divers found a grave near the quarry at Velmora.", []string{"grave"}, true},
		{"plural", "The city will impose new sanctions on Friday.", []string{"sanction"}, true},
		{"after the", "Crowds gathered at the grave on Sunday.", []string{"grave"}, false},
		{"after a possessive", "Its crane was the tallest in the port.", []string{"crane"}, false},
		{"absent", "Divers searched the quarry at Velmora.", []string{"grave"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := introducesHead(tt.prev, tt.heads); got != tt.want {
				t.Errorf("introducesHead(%q, %q) = %v, want %v", tt.prev, tt.heads, got, tt.want)
			}
		})
	}
}
