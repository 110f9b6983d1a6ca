package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestNameQuotePronouns(t *testing.T) {
	prevOne := "Linda osei, who runs the harbour cafe, spoke to reporters on monday."
	quote := `" we will open again in the spring, " she said.`
	tests := []struct {
		name, prev, lead, quote, want string
	}{
		{"pronoun named", prevOne, "The harbour cafe closed after the storm.", quote,
			`" we will open again in the spring, " Linda Osei said.`},
		{"summary names her", prevOne, "Osei closed the harbour cafe after the storm.", quote, quote},
		{"gender disagrees", prevOne, "The harbour cafe closed after the storm.",
			`" we will open again in the spring, " he said.`, `" we will open again in the spring, " he said.`},
		{"honorific before", "Ms. Varga said she and linda osei had argued.", "The harbour cafe closed after the storm.", quote, quote},
		{"object of a preposition", "The council wrote to linda osei about the lease.", "The harbour cafe closed after the storm.", quote, quote},
		{"two people", "Linda osei and david varga left the cafe.", "The harbour cafe closed after the storm.", quote, quote},
		{"no verb of saying", prevOne, "The harbour cafe closed after the storm.",
			`" we will open again in the spring, " she hoped.`, `" we will open again in the spring, " she hoped.`},
		{"not a quote", prevOne, "The harbour cafe closed after the storm.",
			"The cafe will open again, she said.", "The cafe will open again, she said."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{cands: []candidate{
				{doc: 0, pos: 0, prevInDoc: -1, text: tt.prev},
				{doc: 0, pos: 1, prevInDoc: 0, text: tt.quote},
				{doc: 1, pos: 0, prevInDoc: -1, text: tt.lead},
				{doc: 1, pos: 1, prevInDoc: 2, text: "Linda osei said the cafe was full."},
				{doc: 1, pos: 2, prevInDoc: 3, text: "David varga said the pier was unsafe."},
			}}
			sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: tt.lead}, {Text: tt.quote}}}
			sum.Words = countWords(tt.lead) + countWords(tt.quote)
			c.nameQuotePronouns(&sum)
			if got := sum.Sentences[1].Text; got != tt.want {
				t.Errorf("nameQuotePronouns = %q, want %q", got, tt.want)
			}
			if want := countWords(tt.lead) + countWords(tt.want); sum.Words != want {
				t.Errorf("Words = %d, want %d", sum.Words, want)
			}
		})
	}
}

func TestPronounCredit(t *testing.T) {
	tests := []struct {
		s      string
		at     int
		female bool
	}{
		{`" the pier is safe, " he said.`, 6, false},
		{`"The pier is safe," she told reporters.`, 4, true},
		{`The pier is safe, he said.`, -1, false},
		{`" the pier is safe, " he said. " it is, " he added.`, -1, false},
	}
	for _, tt := range tests {
		at, female := pronounCredit(tt.s)
		if at != tt.at || female != tt.female {
			t.Errorf("pronounCredit(%q) = %d, %v, want %d, %v", tt.s, at, female, tt.at, tt.female)
		}
	}
}
