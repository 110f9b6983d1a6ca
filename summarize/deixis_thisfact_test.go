package summarize

import (
	"slices"
	"testing"
)

func TestThisFactHeads(t *testing.T) {
	tests := []struct {
		name, s string
		want    []string
	}{
		{"verb then that", "Judge Orla Penn flatly rejected that argument.", []string{"argument", "this"}},
		{"this after preposition", "Few farmers in Dunmore ever liked this policy.", []string{"policy", "this"}},
		{"this only noun", "Voters in Kestrel Bay never settled this issue.", []string{"issue", "this"}},
		{"relative that verb", "Small groups that issue permits met on Friday in Alder.", nil},
		{"named before", "The theory held for a decade until tests quashed that theory.", nil},
		{"points ahead", "Mara Voss answered with this question: who pays for the bridge?", nil},
		{"post-modified", "There has long been this debate about the old mill in Tarrow.", nil},
		{"idiom", "In this case the council of Brimley voted twice.", nil},
		{"hyphen", "All of this fact-free talk in Lowmere has an effect.", nil},
		{"far in", "The pilots of the small airline in Ferrow said the tower had warned them twice, but the log quashed that theory.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := thisFactHeads(tt.s); !slices.Equal(got, tt.want) {
				t.Errorf("thisFactHeads(%q) = %q, want %q", tt.s, got, tt.want)
			}
		})
	}
}

func TestThisFactNamed(t *testing.T) {
	words := map[string]bool{"rejected": true, "theorized": true}
	if !thisFactNamed("theory", words) {
		t.Error("theorized should name theory")
	}
	if thisFactNamed("argument", words) {
		t.Error("nothing names argument")
	}
	if thisFactNamed("unit", map[string]bool{"units": true}) {
		t.Error("unit is not a thisFactNoun")
	}
}
