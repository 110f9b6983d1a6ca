package summarize

import (
	"slices"
	"testing"
)

func TestFollowPronounSources(t *testing.T) {
	// Facts 0..3, one candidate each; doc 0 holds facts 0 and 1, doc 1
	// holds facts 2 and 3 in that order.
	texts := map[string][4]string{
		"moved": {"Storms closed the Tarnwick pier.", "The ferry board met on monday.",
			"By friday, she had reopened the pier.", "Harbour master Ilse Varga inspected the pier."},
		"plain opening": {"Storms closed the Tarnwick pier.", "The ferry board met on monday.",
			"She had reopened the pier by friday.", "Harbour master Ilse Varga inspected the pier."},
		"quoted phrase": {"Storms closed the Tarnwick pier.", "The ferry board met on monday.",
			"\"By friday,\" she said, the pier was open.", "Harbour master Ilse Varga inspected the pier."},
		"pronoun in a list": {"Storms closed the Tarnwick pier.", "The ferry board met on monday.",
			"By friday, she and her crew had reopened the pier.", "Harbour master Ilse Varga inspected the pier."},
	}
	wants := map[string][]int{
		"moved":             {0, 3, 2, 1},
		"plain opening":     {0, 2, 3, 1},
		"quoted phrase":     {0, 2, 3, 1},
		"pronoun in a list": {0, 2, 3, 1},
	}
	for name, tx := range texts {
		t.Run(name, func(t *testing.T) {
			c := &cluster{
				cands: []candidate{
					{doc: 0, pos: 0, prevInDoc: -1, fact: 0, text: tx[0]},
					{doc: 0, pos: 1, prevInDoc: 0, fact: 1, text: tx[1]},
					{doc: 1, pos: 1, prevInDoc: 3, fact: 2, text: tx[2]},
					{doc: 1, pos: 0, prevInDoc: -1, fact: 3, text: tx[3]},
				},
				facts: []fact{{rep: 0}, {rep: 1}, {rep: 2}, {rep: 3}},
			}
			picked := []int{0, 2, 3, 1}
			c.followPronounSources(picked)
			if want := wants[name]; !slices.Equal(picked, want) {
				t.Errorf("followPronounSources = %v, want %v", picked, want)
			}
		})
	}
}
