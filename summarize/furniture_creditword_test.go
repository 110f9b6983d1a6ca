package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutCreditWord(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"site and article", "Twitter a ferry carrying forty people sank off the cape on monday, police said.",
			"A ferry carrying forty people sank off the cape on monday, police said."},
		{"service and article", "Shutterstock a survey of ferry pilots in tarnwick finds that most sleep too little.",
			"A survey of ferry pilots in tarnwick finds that most sleep too little."},
		{"agency and name", "Ap ilse varga said she was told of the ferry's sinking by the harbour board.",
			"Ilse varga said she was told of the ferry's sinking by the harbour board."},
		{"agency and two-word credit", "Ap images the harbour board opened a second ferry line across the bay.",
			"The harbour board opened a second ferry line across the bay."},
		{"site and if", "Instagram if you post a picture of the ferry, the harbour board may share it.",
			"If you post a picture of the ferry, the harbour board may share it."},
		{"picture desk", "Vpc a ferry carrying forty people sank off the cape on monday, police said.",
			"A ferry carrying forty people sank off the cape on monday, police said."},
		{"network and desk", "Abc news the harbour board said the ferry would not sail again this year.",
			"The harbour board said the ferry would not sail again this year."},
		{"call letters", "Wxyq-ap two ferry pilots in tarnwick were fired for sleeping on duty, the board said.",
			"Two ferry pilots in tarnwick were fired for sleeping on duty, the board said."},
		{"blog label before a conjunction", "Politicalticker but a source inside the harbour board said the ferry would sail.",
			"But a source inside the harbour board said the ferry would sail."},
		{"blog label before a participle", "Politicalticker asked by a reporter about the ferry, the mayor said nothing.",
			"Asked by a reporter about the ferry, the mayor said nothing."},
		{"section label", "Article the harbour board of tarnwick has fined its ferry line for late crossings.",
			"The harbour board of tarnwick has fined its ferry line for late crossings."},
		{"video and count", "Video two ferry pilots were fired on monday for sleeping on duty, the board said.",
			"Two ferry pilots were fired on monday for sleeping on duty, the board said."},
		{"video and title", "Video senator ilse varga said on monday that the ferry line must pay its fines.",
			"Senator ilse varga said on monday that the ferry line must pay its fines."},
		{"video and quotation", `Video "we will sail again in the spring," said ilse varga, the ferry line's owner.`,
			`"We will sail again in the spring," said ilse varga, the ferry line's owner.`},
		{"share and name", "Share anna varga has owned the tarnwick ferry line since the harbour opened.",
			"Anna varga has owned the tarnwick ferry line since the harbour opened."},
		// Left as they are.
		{"video as subject", "Video games are popular among the ferry pilots of tarnwick, the board found.", ""},
		{"video and producers", "Video producers in tarnwick filmed the ferry as it sank off the cape on monday.", ""},
		{"share of", "Share prices of the ferry line fell on monday after the sinking off the cape.", ""},
		{"label word as subject", "News of the sinking reached tarnwick late on monday night, the board said.", ""},
		{"label before a pronoun", "Cbs this week cancelled the ferry show after two seasons of low ratings.", ""},
		{"english word", "What a ferry crossing it was on monday for the pilots of tarnwick.", ""},
		{"knock", "Knob the harbour board fined the ferry line for its late crossings.", ""},
		{"site as subject", "Twitter said on monday it would close the accounts of the ferry line's critics.", ""},
		{"site and a date", "Twitter on monday closed the ferry line's own account for a day and a night.", ""},
		{"agency reported", "Reuters reported on monday that the ferry sank off the cape with forty aboard.", ""},
		{"agency first reported", "Reuters first reported the ferry's sinking in a story on monday night.", ""},
		{"agency past verb", "Reuters hired the pilot's brother as a harbour stringer in tarnwick in 2019.", ""},
		{"agency's desk", "Reuters health reports that ferry pilots who sleep less make more errors.", ""},
		{"environment agency", "Epa administrator ilse varga said on monday that the harbour must be dredged.", ""},
		{"product", "Facebook at work lets offices in tarnwick share ferry timetables with their staff.", ""},
		{"short rest", "Twitter a ferry sank at dawn.", ""},
		{"site before a conjunction", "Cnet but a source said the ferry would sail on monday from tarnwick.", ""},
		{"capital after", "Twitter A ferry carrying forty people sank off the cape on monday, police said.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutCreditWord(tt.in)
			want := tt.want
			if want == "" {
				want = tt.in
			}
			if got != want || ok != (tt.want != "") {
				t.Errorf("cutCreditWord(%q) = %q, %v; want %q", tt.in, got, ok, want)
			}
		})
	}
}

func TestCutCreditWordsCased(t *testing.T) {
	in := "Twitter a ferry carrying forty people sank off the cape on Monday, police said."
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: in}}}
	cutCreditWords(&sum, false)
	if sum.Sentences[0].Text != in {
		t.Errorf("cased text cut: %q", sum.Sentences[0].Text)
	}
	cutCreditWords(&sum, true)
	if want := "A ferry carrying forty people sank off the cape on Monday, police said."; sum.Sentences[0].Text != want {
		t.Errorf("got %q, want %q", sum.Sentences[0].Text, want)
	}
}
