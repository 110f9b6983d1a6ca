package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutQuoteHead(t *testing.T) {
	tests := []struct {
		name, s, want string
	}{
		{"tail with its speaker", `Nothing will change at the pier, " the mayor of Tarnwick said on Monday.`,
			`"Nothing will change at the pier, " the mayor of Tarnwick said on Monday.`},
		{"speaker with an aside", `Shameful, " the former harbour master, who now advises the mayor of Velmora, told the radio.`,
			`"Shameful, " the former harbour master, who now advises the mayor of Velmora, told the radio.`},
		{"question with its speaker", `Why would we close it? " Ilse Varga asked the council.`,
			`"Why would we close it? " Ilse Varga asked the council.`},
		{"speaker and a show's name", `The ferry must run, " Varga told the radio show " harbour hour. "`,
			`"The ferry must run, " Varga told the radio show " harbour hour. "`},
		{"joined to the next sentence", `Keep off the pier! " since the storm the council has closed the old harbour to all boats.`,
			`Since the storm the council has closed the old harbour to all boats.`},
		{"joined, rest too short", `Keep off the pier! " the gate shut.`, `Keep off the pier! " the gate shut.`},
		{"attribution inside the marks", `We will reopen the pier in May, " the harbour master said on Tuesday."`,
			`"We will reopen the pier in May, " the harbour master said on Tuesday.`},
		{"speaker before an opening mark", `In fact, Varga told the council, " the pier will reopen in May."`,
			`In fact, Varga told the council, " the pier will reopen in May."`},
		{"a noun, not a speaker", `The host paid tribute to one of his best-known bits, "thank-you notes."`,
			`The host paid tribute to one of his best-known bits, "thank-you notes."`},
		{"saying before the mark", `In it, the mayor voiced surprise, saying, "nobody told me about it."`,
			`In it, the mayor voiced surprise, saying, "nobody told me about it."`},
		{"stray single mark", `' the pier stays shut, "the harbour master said."`, `"the pier stays shut, "the harbour master said.`},
		{"tweeted after the tail", `More to come! " the ferry company tweeted as the boat left Tarnwick.`,
			`"More to come! " the ferry company tweeted as the boat left Tarnwick.`},
		{"paired marks", `"Nothing will change," the mayor said.`, `"Nothing will change," the mayor said.`},
		{"speaker after an abbreviation's stop", `Who remembers how the toll road was hated? " council leader ilse varga, d-tarn., said in an interview.`,
			`"Who remembers how the toll road was hated? " council leader ilse varga, d-tarn., said in an interview.`},
		{"a paper quoted as it stands", `As the tarnwick post reported in 2019, "a harbour audit said inspectors missed rust on the pier in 2017."`,
			`As the tarnwick post reported in 2019, "a harbour audit said inspectors missed rust on the pier in 2017."`},
		{"a quotation's own reported", `Riders reported they waited an hour for a ferry that never came, "the harbour master said."`,
			`"Riders reported they waited an hour for a ferry that never came, "the harbour master said.`},
		{"speaker set off by an apposition", `We are not at the end of it yet, "Hana Osei, the harbour's acting director, said in a statement."`,
			`"We are not at the end of it yet, "Hana Osei, the harbour's acting director, said in a statement.`},
		{"apposition before the name", `The ferry will sail, "the harbour master, Tomas Brandvik, told the radio."`,
			`"The ferry will sail, "the harbour master, Tomas Brandvik, told the radio.`},
		{"speaker after a title's stop", `We were lucky, "Sgt. Ilse Varga of the Tarnwick police said."`,
			`"We were lucky, "Sgt. Ilse Varga of the Tarnwick police said.`},
		{"speaker after an initial", `It is time to act, "council leader Tomas R. Brandvik said on Monday."`,
			`"It is time to act, "council leader Tomas R. Brandvik said on Monday.`},
		{"apposition, no verb after it", `The pier stays shut, "the harbour master, Tomas Brandvik, the rest of the winter."`,
			`The pier stays shut, "the harbour master, Tomas Brandvik, the rest of the winter."`},
		{"a quoted clause that reports speech", `The mayor refused, "the council, in its own words, said the pier was safe."`,
			`The mayor refused, "the council, in its own words, said the pier was safe."`},
		{"a clause's verb after an opening mark", `Roe hit back, "when the mayor says, 'the pier is safe, ' nobody believes it."`,
			`Roe hit back, "when the mayor says, 'the pier is safe, ' nobody believes it."`},
		{"a statement that reads", `Thank you for standing with the crew, " read the statement the harbour board issued on Friday.`,
			`"Thank you for standing with the crew, " read the statement the harbour board issued on Friday.`},
		{"a statement that reads, marks around it", `The pier is closed until further notice, " read a police notice posted at the gate."`,
			`"The pier is closed until further notice, " read a police notice posted at the gate.`},
		{"a statement that reads, an adjective before the marks", `Thank you for your continued patience, "read the statement the harbour board issued on Friday."`,
			`"Thank you for your continued patience, "read the statement the harbour board issued on Friday.`},
		{"read, no statement: no speaker", `We will sail at noon, " read more about the ferry on the harbour page.`,
			`Read more about the ferry on the harbour page.`},
		{"opening mark first", `The mayor said: "nothing will change at the pier.`, `The mayor said: "nothing will change at the pier.`},
		{"mark inside a word run", `The ferry "Tarn" sails at noon and "Velma" at one and "Rell.`, `The ferry "Tarn" sails at noon and "Velma" at one and "Rell.`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutQuoteHead(tt.s); got != tt.want {
				t.Errorf("cutQuoteHead(%q)\n got %q\nwant %q", tt.s, got, tt.want)
			}
		})
	}
}

func TestOpenCutQuotes(t *testing.T) {
	sum := chorus.Summary{Sentences: []chorus.Sentence{
		{Text: `The mayor spoke on Monday: "the ferry will run.`},
		{Text: `It will run every day, " she said.`},
		{Text: `The harbour master was glad.`},
		{Text: `Keep off the pier! " since the storm the council has closed the old harbour to all boats.`},
	}}
	sum.Words = 0
	for _, s := range sum.Sentences {
		sum.Words += countWords(s.Text)
	}
	want := []string{
		`The mayor spoke on Monday: "the ferry will run.`,
		`It will run every day, " she said.`, // the quotation goes on from the sentence before
		`The harbour master was glad.`,
		`Since the storm the council has closed the old harbour to all boats.`,
	}
	words := sum.Words - countWords(sum.Sentences[3].Text) + countWords(want[3])
	openCutQuotes(&sum)
	for i, s := range sum.Sentences {
		if s.Text != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, s.Text, want[i])
		}
	}
	if sum.Words != words {
		t.Errorf("Words = %d, want %d", sum.Words, words)
	}
}

func TestSentenceStop(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"the mayor said. Then", 14},
		{"leader ilse varga, d-tarn., said in it.", 38},
		{"u.s. officials said", 19},
		{"no stop at all", 14},
	}
	for _, tt := range tests {
		if got := sentenceStop(tt.s); got != tt.want {
			t.Errorf("sentenceStop(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}
