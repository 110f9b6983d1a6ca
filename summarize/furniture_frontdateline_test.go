package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutFrontDateline(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"town and abbreviated state", "Tarnwick, vt. — for one night the harbour board set its quarrels aside.",
			"For one night the harbour board set its quarrels aside."},
		{"town of two words", "Port vellin, n.h. -- a ferry carrying forty people sank off the cape on monday.",
			"A ferry carrying forty people sank off the cape on monday."},
		{"country", "Tarnwick, new zealand — a judge said the ferry line had broken its harbour lease.",
			"A judge said the ferry line had broken its harbour lease."},
		{"listed city", "London – the harbour board voted on monday to close the old ferry pier.",
			"The harbour board voted on monday to close the old ferry pier."},
		{"a story opening on a quotation", `London — "the pier is closed for good," the harbour board said on monday after its vote.`,
			`"The pier is closed for good," the harbour board said on monday after its vote.`},
		{"a doubled dash", "Tarnwick, vt. – – an 11-year-old pilot steered the ferry home on monday, the board said.",
			"An 11-year-old pilot steered the ferry home on monday, the board said."},
		{"a dash and a hyphen", "London – - many harbour towns are already pricing the ferry routes.",
			"Many harbour towns are already pricing the ferry routes."},
		{"a quotation opening in capitals stays", `London — "Harbour board members said on monday the pier would close," it read.`, ""},
		{"aside of another dash", "Tarnwick, vt. – when pilots see the harbour master — it happens daily — they wave.",
			"When pilots see the harbour master — it happens daily — they wave."},
		{"bare city and count", "London two ferry pilots were fired on monday for sleeping on duty, the board said.",
			"Two ferry pilots were fired on monday for sleeping on duty, the board said."},
		{"bare city and article", "New york a ferry carrying forty people sank off the cape on monday, police said.",
			"A ferry carrying forty people sank off the cape on monday, police said."},
		{"bare city and people's title", "Paris french president ilse varga signed a ferry treaty on monday with the harbour board.",
			"French president ilse varga signed a ferry treaty on monday with the harbour board."},
		{"bare city and two-word people", "Seoul north korean leader odo brenn limped onto the ferry on monday, state media showed.",
			"North korean leader odo brenn limped onto the ferry on monday, state media showed."},
		{"bare city and people's police", "Rome italian police on friday arrested ten ferry pilots suspected of sinking the old pier.",
			"Italian police on friday arrested ten ferry pilots suspected of sinking the old pier."},
		{"see and its head", "Vatican city pope odo brenn blessed the ferry pilots of the harbour on sunday morning.",
			"Pope odo brenn blessed the ferry pilots of the harbour on sunday morning."},
		{"reporting from", "Reporting from Tarnwick -- the harbour board voted on monday to close the old ferry pier.",
			"The harbour board voted on monday to close the old ferry pier."},
		{"reporting from two places", "Reporting from Port Vellin, Me., and Tarnwick - Ilse Varga swooped into the harbour on Sunday to save the ferry line.",
			"Ilse Varga swooped into the harbour on Sunday to save the ferry line."},
		{"reporting from, two dashes", "Reporting from Tarnwick - – there's a reason the ferries of the harbour run late.",
			"There's a reason the ferries of the harbour run late."},
		// Left as they are.
		{"reporting from, no dash", "Reporting from Tarnwick is the hardest work the harbour news has ever done.", ""},
		{"reporting from, sentence", "Reporting from the harbour was banned. — the board voted on monday to close the pier.", ""},
		{"reporting from, number", "Reporting from 9 - 5 each day, the harbour news kept the town told of the ferries.", ""},
		{"city as subject", "London police fired two ferry pilots on monday for sleeping on duty, the board said.", ""},
		{"unlisted town", "Tarnwick two ferry pilots were fired on monday for sleeping on duty, the board said.", ""},
		{"bare city, people, no title", "London french fries were served on the ferry on monday to forty hungry pilots.", ""},
		{"unlisted town, people's title", "Tarnwick french president ilse varga signed a ferry treaty on monday with the board.", ""},
		{"bare city, north, no people", "London north korea said on monday that its ferry pilots had crossed the harbour.", ""},
		{"bare city, people's title, short rest", "Paris french president ilse varga resigned.", ""},
		{"see, short rest", "Vatican city pope odo brenn blessed the ferry.", ""},
		{"see, no pope", "Vatican city officials blessed the ferry pilots of the harbour on sunday morning.", ""},
		{"bare city, short rest", "London two ferry pilots were fired.", ""},
		{"aside", "Tarnwick, vt. — a town of 900 souls — voted on monday to close its old ferry pier.", ""},
		{"unknown region", "Tarnwick, vellonia — a ferry carrying forty people sank off the cape on monday.", ""},
		{"sentence before dash", "The board met in tarnwick, vt. — a ferry carrying forty people sank off the cape.", ""},
		{"name and role", "Ilse varga, vermont — the pilot who sank the ferry — spoke to the board on monday.", ""},
		{"short rest", "Tarnwick, vt. — the ferry sank.", ""},
		{"capital after", "Tarnwick, vt. — The harbour board voted on monday to close the old ferry pier.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutFrontDateline(tt.in)
			want := tt.want
			if want == "" {
				want = tt.in
			}
			if got != want || ok != (tt.want != "") {
				t.Errorf("cutFrontDateline(%q) = %q, %v; want %q", tt.in, got, ok, want)
			}
		})
	}
}

func TestCutFrontDatelinesCased(t *testing.T) {
	in := "Tarnwick, Vt. — the harbour board voted on Monday to close the old ferry pier."
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: in}}}
	cutFrontDatelines(&sum, false)
	if sum.Sentences[0].Text != in {
		t.Errorf("cased text cut: %q", sum.Sentences[0].Text)
	}
	cutFrontDatelines(&sum, true)
	if want := "The harbour board voted on Monday to close the old ferry pier."; sum.Sentences[0].Text != want {
		t.Errorf("got %q, want %q", sum.Sentences[0].Text, want)
	}
	rep := chorus.Summary{Sentences: []chorus.Sentence{{Text: "Reporting from Tarnwick -- The harbour board voted on Monday to close the old ferry pier."}}}
	cutFrontDatelines(&rep, false)
	if want := "The harbour board voted on Monday to close the old ferry pier."; rep.Sentences[0].Text != want {
		t.Errorf("cased reporting from: got %q, want %q", rep.Sentences[0].Text, want)
	}
}
