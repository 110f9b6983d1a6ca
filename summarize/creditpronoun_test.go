package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestNameCreditPronouns(t *testing.T) {
	prevOne := "Linda osei, the harbour master, said the pier stays shut until the inspection."
	credit := "The ferry will run again by may, she said."
	lead := "A storm tore the roof off the Tarnwick ferry terminal."
	tests := []struct {
		name, prev, lead, s, want string
	}{
		{"pronoun named", prevOne, lead, credit, "The ferry will run again by may, Linda Osei said."},
		{"mid-sentence credit", prevOne, lead, "The ferry will run again, she added, once the pier is safe.",
			"The ferry will run again, Linda Osei added, once the pier is safe."},
		{"a woman before", prevOne, "A woman saw the storm tear the roof off the terminal.", credit, credit},
		{"a given name before", prevOne, "Storm Ilse tore the roof off the terminal, said tanya brook.", credit, credit},
		{"summary names her", prevOne, "Osei shut the pier after the storm.", credit, credit},
		{"gender disagrees", prevOne, lead, "The ferry will run again by may, he said.", "The ferry will run again by may, he said."},
		{"two people", "Linda osei and david varga inspected the pier.", lead, credit, credit},
		{"no verb of saying", prevOne, lead, "The ferry will run again by may, she hoped.", "The ferry will run again by may, she hoped."},
		{"no comma", prevOne, lead, "The ferry will run again once she said so.", "The ferry will run again once she said so."},
		{"two credits", prevOne, lead, "The ferry will run, she said, and the pier will open, she added.",
			"The ferry will run, she said, and the pier will open, she added."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{cands: []candidate{
				{doc: 0, pos: 0, prevInDoc: -1, text: tt.prev},
				{doc: 0, pos: 1, prevInDoc: 0, text: tt.s},
				{doc: 1, pos: 0, prevInDoc: -1, text: tt.lead},
				{doc: 1, pos: 1, prevInDoc: 2, text: "Linda osei said the terminal was closed."},
				{doc: 1, pos: 2, prevInDoc: 3, text: "David varga said the pier was unsafe."},
			}}
			sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: tt.lead}, {Text: tt.s}}}
			sum.Words = countWords(tt.lead) + countWords(tt.s)
			c.nameCreditPronouns(&sum)
			if got := sum.Sentences[1].Text; got != tt.want {
				t.Errorf("nameCreditPronouns = %q, want %q", got, tt.want)
			}
			if want := countWords(tt.lead) + countWords(tt.want); sum.Words != want {
				t.Errorf("Words = %d, want %d", sum.Words, want)
			}
		})
	}
}

func TestCreditPronounAt(t *testing.T) {
	tests := []struct {
		s      string
		at     int
		female bool
	}{
		{"The pier is safe, he said.", 4, false},
		{"The pier, she told reporters, is safe.", 2, true},
		{`"The pier is safe," she said.`, 4, true},
		{"He said the pier is safe.", -1, false},
		{"The pier is safe, he said, and the ferry runs, he added.", -1, false},
		{"The pier is safe, he thinks.", -1, false},
	}
	for _, tt := range tests {
		at, female := creditPronounAt(tt.s)
		if at != tt.at || female != tt.female {
			t.Errorf("creditPronounAt(%q) = %d, %v, want %d, %v", tt.s, at, female, tt.at, tt.female)
		}
	}
}
