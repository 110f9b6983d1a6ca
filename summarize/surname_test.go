package summarize

import (
	"slices"
	"testing"
)

// surnameCluster returns a cluster of the invented sentences texts, one
// fact each, with prev giving each sentence's source predecessor (-1 for
// none), its surnames marked.
func surnameCluster(texts []string, prev []int) *cluster {
	c := &cluster{lead: -1}
	for i, s := range texts {
		c.cands = append(c.cands, candidate{text: s, flags: sentenceFlags(s), fact: i, prevInDoc: prev[i]})
		c.facts = append(c.facts, fact{rep: i, members: []int{i}})
	}
	c.rank = []int{0}
	c.markSurnames()
	return c
}

// TestMarkSurnames checks which sentences name a person by a bare surname
// that the cluster gives in full elsewhere.
func TestMarkSurnames(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []string // bare surname of each sentence
	}{
		{"named in full elsewhere", []string{
			"The harbour reopened after transport minister Hana Osei signed the order.",
			"Osei told reporters the pier was safe.",
		}, []string{"", "Osei"}},
		{"an honorific is still bare", []string{
			"Port director Tomas Brandvik inspected the pier.",
			"Mr. Brandvik said repairs would take a week.",
		}, []string{"", "Brandvik"}},
		{"possessive and title introduce", []string{
			"Crews worked overnight on the pier, said Hana Osei's deputy.",
			"Minister Osei thanked the crews on Monday.",
		}, []string{"", ""}},
		{"no fuller name anywhere", []string{
			"Osei told reporters the pier was safe.",
			"The harbour reopened on Monday.",
		}, []string{"", ""}},
		{"a sentence-initial common word is no first name", []string{
			"Despite Ostwind's offer, the families declined help.",
			"Ostwind said it would pay for the repairs to the pier.",
		}, []string{"", ""}},
		{"a place or a day is no person", []string{
			"Rain fell across North Tarvania and on Good Friday the pier closed.",
			"Tarvania asked for help with the pier on Monday.",
			"Friday brought more rain to the harbour.",
		}, []string{"", "", ""}},
		{"the first person mention decides", []string{
			"The harbour was toured by minister Hana Osei and Tomas Brandvik.",
			"Pier manager Lise Brandvik met Osei on Monday.",
			"Osei met pier manager Lise Brandvik on Monday.",
		}, []string{"", "", "Osei"}},
		{"lower-cased text never fires", []string{
			"the harbour reopened after minister hana osei signed the order.",
			"osei told reporters the pier was safe.",
		}, []string{"", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := surnameCluster(tt.texts, make([]int, len(tt.texts)))
			var got []string
			for _, cd := range c.cands {
				got = append(got, cd.bare)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("bare %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSurnameNeedsName checks the selection rule for a sentence that
// names a person by surname alone: it stands once a chosen sentence names
// the person in full, or right after its own source predecessor, and the
// pair brings in the sentence that introduces the person.
func TestSurnameNeedsName(t *testing.T) {
	texts := []string{
		"Transport minister Hana Osei reopened the harbour on Monday.", // 0
		"Storms had closed the pier for a week.",                       // 1
		"Osei said the pier was safe for ferries again.",               // 2, after 1
		"Osei promised new funds for the harbour wall.",                // 3, first in its article
	}
	c := surnameCluster(texts, []int{-1, -1, 1, -1})
	tests := []struct {
		name   string
		chosen []int
		f      int
		want   bool
	}{
		{"nothing chosen", nil, 3, false},
		{"named in full by a chosen sentence", []int{0}, 3, true},
		{"predecessor chosen", []int{1}, 2, true},
		{"another sentence chosen", []int{1}, 3, false},
		{"the introducing sentence itself", nil, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chosen := make([]bool, len(texts))
			nm := c.newNames()
			for _, f := range tt.chosen {
				chosen[f] = true
				nm.add(texts[f])
			}
			if got := c.eligible(tt.f, chosen, nm); got != tt.want {
				t.Errorf("eligible(%d) = %v, want %v", tt.f, got, tt.want)
			}
			nm.pad = true
			if !c.eligible(tt.f, chosen, nm) {
				t.Errorf("padding: eligible(%d) = false", tt.f)
			}
		})
	}
	if a := c.antecedent(3, c.newNames()); a != 0 {
		t.Errorf("antecedent(3) = %d, want 0 (the sentence naming Osei in full)", a)
	}
	if a := c.antecedent(2, c.newNames()); a != 1 {
		t.Errorf("antecedent(2) = %d, want 1 (its source predecessor)", a)
	}
	if canLeadShape(&c.cands[3]) {
		t.Errorf("a bare surname may lead: %q", texts[3])
	}
}

// TestSurnamesAfterNames checks that ordering puts a sentence naming a
// person by surname alone after the sentence that introduces them.
func TestSurnamesAfterNames(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		prev  []int
		want  []int
	}{
		{"introduced later", []string{
			"Storms closed the harbour for a week.",
			"Osei said the pier was safe.",
			"Transport minister Hana Osei reopened the harbour on Monday.",
			"Ferries resumed on Tuesday.",
		}, []int{-1, -1, -1, -1}, []int{0, 2, 1, 3}},
		{"introduced before", []string{
			"Transport minister Hana Osei reopened the harbour on Monday.",
			"Osei said the pier was safe.",
		}, []int{-1, -1}, []int{0, 1}},
		{"right after its predecessor", []string{
			"Storms closed the harbour for a week.",
			"Osei said the pier was safe.",
			"Transport minister Hana Osei reopened the harbour on Monday.",
		}, []int{-1, 0, -1}, []int{0, 1, 2}},
		{"introduced nowhere in the summary", []string{
			"Osei said the pier was safe.",
			"Storms closed the harbour for a week.",
		}, []int{-1, -1}, []int{0, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			texts := tt.texts
			if tt.name == "introduced nowhere in the summary" {
				// The cluster names Osei in full in a sentence the
				// summary leaves out.
				texts = append(slices.Clone(texts), "Hana Osei is the transport minister.")
			}
			c := surnameCluster(texts, append(slices.Clone(tt.prev), -1))
			picked := make([]int, len(tt.texts))
			for i := range picked {
				picked[i] = i
			}
			c.surnamesAfterNames(picked)
			if !slices.Equal(picked, tt.want) {
				t.Errorf("order %v, want %v", picked, tt.want)
			}
		})
	}
}

func TestAdverbNoSurname(t *testing.T) {
	got := givenNamesFrom(
		"the senator, peter also, said the vote was close.",
		"peter also said he would run.",
	)
	if f, ok := got["also"]; ok {
		t.Errorf("lowerGivenNames()[also] = %q, want none (an adverb)", f)
	}
}
