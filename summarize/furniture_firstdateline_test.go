package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutFirstLineDateline(t *testing.T) {
	tests := []struct {
		name, s, want string
	}{
		{"unlisted town", "Ashbury — police began searching the harbour on Monday night.", "Police began searching the harbour on Monday night."},
		{"two-word place, spaced hyphen", "Port Vellin - a ferry bound for the cape ran aground on Sunday.", "A ferry bound for the cape ran aground on Sunday."},
		{"en dash", "Tarnwick – the note is written in the mayor's own hand and signed.", "The note is written in the mayor's own hand and signed."},
		{"an aside closed by a second dash", "Varga — a councillor for ten years — voted against the new pier.", "Varga — a councillor for ten years — voted against the new pier."},
		{"an appositive with a participle", "Ilse Varga — considered the favourite for mayor, lost the vote on Tuesday.", "Ilse Varga — considered the favourite for mayor, lost the vote on Tuesday."},
		{"a relative clause", "Brandvik — who ran the harbour for a decade, retired on Friday after the storm.", "Brandvik — who ran the harbour for a decade, retired on Friday after the storm."},
		{"story too short", "Ashbury — police searched the pier.", "Ashbury — police searched the pier."},
		{"story opens with a capital", "Ashbury — Police Chief Ilse Varga said the pier was closed for good.", "Ashbury — Police Chief Ilse Varga said the pier was closed for good."},
		{"too many words before the dash", "The Old Tarnwick Harbour Board - the harbour will close for the winter on Friday.", "The Old Tarnwick Harbour Board - the harbour will close for the winter on Friday."},
		{"a stopword before the dash", "In Ashbury - the harbour will close for the winter on Friday.", "In Ashbury - the harbour will close for the winter on Friday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutFirstLineDateline(tt.s)
			if got != tt.want || ok != (tt.s != tt.want) {
				t.Errorf("cutFirstLineDateline(%q)\n got %q, %v\nwant %q", tt.s, got, ok, tt.want)
			}
		})
	}
}

// TestCutFirstLineDatelineLower checks the lower-cased text's places,
// whose words after the first lost their capitals.
func TestCutFirstLineDatelineLower(t *testing.T) {
	tests := []struct {
		name, s, want string
	}{
		{"saint's town", "St. tarnwick's — if you doubt the harbour's luck, you may not after meeting its keeper.", "If you doubt the harbour's luck, you may not after meeting its keeper."},
		{"city and its word", "Harbour city - the council voted on Monday to close the old pier for good.", "The council voted on Monday to close the old pier for good."},
		{"a subject and its verb", "Anna Varga's father -- accidentally sank his boat at the harbour mouth today.", "Anna Varga's father -- accidentally sank his boat at the harbour mouth today."},
		{"first word low", "tarnwick harbour - the council voted on Monday to close the old pier for good.", "tarnwick harbour - the council voted on Monday to close the old pier for good."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutFirstLineDatelineIn(tt.s, true)
			if got != tt.want || ok != (tt.s != tt.want) {
				t.Errorf("cutFirstLineDateline(%q)\n got %q, %v\nwant %q", tt.s, got, ok, tt.want)
			}
		})
	}
}

// TestCutFirstLineDatelinesPosition checks that only an article's first
// sentence loses its dateline.
func TestCutFirstLineDatelinesPosition(t *testing.T) {
	texts := []string{
		"Ashbury — police began searching the harbour on Monday night.",
		"Tarnwick - a ferry bound for the cape ran aground on Sunday.",
		"Velmora - a second ferry bound for the cape ran aground on Monday.",
	}
	c := &cluster{lead: -1}
	for i, s := range texts {
		c.cands = append(c.cands, candidate{text: s, fact: i, pos: i, prevInDoc: i - 1})
		c.facts = append(c.facts, fact{rep: i, members: []int{i}})
	}
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: texts[0]}, {Text: texts[1]}, {Text: texts[2]}}}
	c.cutFirstLineDatelines([]int{0, 1, 2}, &sum)
	if got := sum.Sentences[0].Text; got != "Police began searching the harbour on Monday night." {
		t.Errorf("first sentence: got %q", got)
	}
	if got := sum.Sentences[1].Text; got != "A ferry bound for the cape ran aground on Sunday." {
		t.Errorf("second sentence (after a headline): got %q", got)
	}
	if got := sum.Sentences[2].Text; got != texts[2] {
		t.Errorf("third sentence changed: got %q", got)
	}
}

func TestCutSecondLineDateline(t *testing.T) {
	tests := []cutCase{
		{"town and story", "Ashbury — police began searching the harbour after a ferry pilot went missing on monday.",
			"Police began searching the harbour after a ferry pilot went missing on monday."},
		{"a long aside", "Gullwort — the salted fish paste that first came off the tarnwick docks in 1931, sold in tins — was invented by a cook.", ""},
		{"a stray letter", "Sea-dog -- t moment: the ferry pilot, \"harbour lights,\" on the pier.", ""},
		{"an appositive", "Marlow — who ran the ferry line for a decade, the board said on monday.", ""},
	}
	checkCuts(t, "cutSecondLineDateline", cutSecondLineDateline, tests)
}
