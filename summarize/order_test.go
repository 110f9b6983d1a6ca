package summarize

import (
	"slices"
	"strings"
	"testing"
)

func TestQuotesAfterSpeakers(t *testing.T) {
	c := &cluster{lead: -1}
	texts := []string{
		`"This is the largest road investment in a generation," Osei told reporters.`,
		"The money will go first to the M4.",
		"Transport minister Hana Osei announced the plan on Monday.",
	}
	for i, s := range texts {
		c.cands = append(c.cands, candidate{text: s, flags: sentenceFlags(s), fact: i})
		c.facts = append(c.facts, fact{rep: i, members: []int{i}})
	}
	picked := []int{0, 1, 2}
	c.quotesAfterSpeakers(picked)
	if want := []int{1, 2, 0}; !slices.Equal(picked, want) {
		t.Errorf("order %v, want %v (the quote after the sentence naming Hana Osei)", picked, want)
	}
}

func TestIsBackground(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"In 2009, the same bridges were damaged.", true},
		{"The county last flooded this badly in 2009, when the bridges were damaged.", true},
		{"The river burst its banks on Monday.", false},
		{"The museum will reopen next spring.", false},
		{"Ten years ago the town had no flood defences.", true},
		{"The bones were left by a child about 90,000 years ago.", false},
		{"The crater formed some two million years ago.", false},
		{"The mill closed 40 years ago.", true},
		{"A judge dismissed the suit last year, but an appeals panel heard arguments Tuesday.", false},
		{"The council, which was founded in 1990, voted today to close the bridge.", false},
		{"The bridge was built in 1931 and last repaired in 2004.", true},
	}
	for _, tt := range tests {
		if got := isBackground(tt.s); got != tt.want {
			t.Errorf("isBackground(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestDefinitesAfterNames(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []int
	}{
		{"named later", []string{
			"Floods closed the main road on Monday.",
			"The company denied the report.",
			"Ostwind, a power company, said its dam held.",
			"Rain is forecast for Thursday.",
		}, []int{0, 2, 1, 3}},
		{"named before", []string{
			"Ostwind, a power company, said its dam held.",
			"The company denied the report.",
		}, []int{0, 1}},
		{"named nowhere", []string{
			"Floods closed the main road on Monday.",
			"The company denied the report.",
		}, []int{0, 1}},
		{"named by each other", []string{
			"The company met the board.",
			"The board thanked the company.",
		}, []int{0, 1}}, // neither moves after one that points back
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{lead: -1}
			for i, s := range tt.texts {
				c.cands = append(c.cands, candidate{text: s, flags: sentenceFlags(s), fact: i, prevInDoc: -1})
				c.facts = append(c.facts, fact{rep: i, members: []int{i}})
			}
			picked := make([]int, len(tt.texts))
			for i := range picked {
				picked[i] = i
			}
			c.definitesAfterNames(picked)
			if !slices.Equal(picked, tt.want) {
				t.Errorf("order %v, want %v", picked, tt.want)
			}
		})
	}
}

func TestStandAloneFirst(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		lead  int
		want  []int
	}{
		{"time phrase first gives way", []string{
			"Some weeks later, the ferry was sailing again between the two islands.",
			"A ferry carrying 200 passengers ran aground off Tarnwick on Monday night.",
		}, -1, []int{1, 0}},
		{"presupposed event first gives way", []string{
			"The crash happened shortly after the bus left the depot at dawn.",
			"Nine people were hurt when a bus overturned near Oldbridge on Friday.",
		}, -1, []int{1, 0}},
		{"a standalone first stays", []string{
			"Nine people were hurt when a bus overturned near Oldbridge on Friday.",
			"Some weeks later, the road was reopened to all traffic again.",
		}, -1, []int{0, 1}},
		{"the lead stays", []string{
			"The crash happened shortly after the bus left the depot at dawn.",
			"Nine people were hurt when a bus overturned near Oldbridge on Friday.",
		}, 0, []int{0, 1}},
		{"nothing can lead", []string{
			"The crash happened shortly after the bus left the depot at dawn.",
			"He said the driver had been on duty for eleven hours straight.",
		}, -1, []int{0, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{lead: tt.lead}
			for i, s := range tt.texts {
				c.cands = append(c.cands, candidate{text: s, words: len(strings.Fields(s)), flags: sentenceFlags(s), fact: i, prevInDoc: -1})
				c.facts = append(c.facts, fact{rep: i, members: []int{i}})
			}
			picked := []int{0, 1}
			c.standAloneFirst(picked)
			if !slices.Equal(picked, tt.want) {
				t.Errorf("order %v, want %v", picked, tt.want)
			}
		})
	}
}
