package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestRaiseSpokenSurnames(t *testing.T) {
	sum := chorus.Summary{Sentences: []chorus.Sentence{
		{Text: "The comic Michelle Crane spoke at the dinner."},
		{Text: `"It went well," crane said, and a crane stood by.`},
		{Text: "Crane said nothing more, and the crane said nothing."},
		{Text: "On Sunday, stork said the show was over."},
		{Text: "Harbour Detective Anna Heron filed the report."},
		{Text: `"It was late," heron said.`},
		{Text: "The Santa Clara Police found the car."},
		{Text: "It was near the pier, police said."},
	}}
	raiseSpokenSurnames(&sum)
	want := []string{
		"The comic Michelle Crane spoke at the dinner.",
		`"It went well," Crane said, and a crane stood by.`,
		"Crane said nothing more, and the crane said nothing.",
		"On Sunday, stork said the show was over.",
		"Harbour Detective Anna Heron filed the report.",
		`"It was late," Heron said.`,
		"The Santa Clara Police found the car.",
		"It was near the pier, police said.",
	}
	for i, w := range want {
		if got := sum.Sentences[i].Text; got != w {
			t.Errorf("sentence %d = %q, want %q", i, got, w)
		}
	}
}

func FuzzSpokenSurnameIn(f *testing.F) {
	for _, s := range []string{
		"crane said", `"It went well," crane said, and`, "On Sunday, stork said", `yes,” wolf told`, "x,wolf said",
		"Sunday, Wolf said", "sunday, wolf saidx", "sunday, wolf said_", ", wolf added.", "a wolf says", "", " said",
		`no," said`, ", é said", "wolf said, wolf says", ",\" wolf told", ", ,wolf said",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := spokenSurnameIn(s), spokenSurname.MatchString(s); got != want {
			t.Errorf("spokenSurnameIn(%q) = %v, want %v", s, got, want)
		}
	})
}
