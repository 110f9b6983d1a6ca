package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestShortenLaterGivens(t *testing.T) {
	sources := []string{
		"Dustin Farrant was sentenced on Monday in Tarnwick.",
		"Farrant said the ruling was harsh.",
		"Lawyers for Farrant will appeal.",
		"Their son lucas was seven when the ferry sank.",
		"Lucas Brell, 9, was found on the shore.",
		"Brell said nothing.",
		"Brell's teacher wept.",
		"Pan sailed at dawn.",
		"Pan was lost at sea.",
	}
	for _, tc := range []struct {
		name string
		in   []string
		want []string
	}{
		{"a later bare given name takes the surname",
			[]string{"Dustin Farrant was sentenced to 90 days.", "The judge could have sent Dustin, but instead gave her a week.", "If Dustin misses a hearing she faces more time."},
			[]string{"Dustin Farrant was sentenced to 90 days.", "The judge could have sent Farrant, but instead gave her a week.", "If Farrant misses a hearing she faces more time."}},
		{"an act's name with an ampersand stays",
			[]string{"Dustin Farrant was hurt.", "Marvo & Dustin had played the hall for years."},
			[]string{"Dustin Farrant was hurt.", "Marvo & Dustin had played the hall for years."}},
		{"a surname that is a common word stays",
			[]string{"Dustin Pan is an orphan in the film.", "Dustin is taken to an island."},
			[]string{"Dustin Pan is an orphan in the film.", "Dustin is taken to an island."}},
		{"a given name joined by and to another name stays",
			[]string{"Dustin Farrant married last year.", "When Marvo and Dustin split, a friend took him in."},
			[]string{"Dustin Farrant married last year.", "When Marvo and Dustin split, a friend took him in."}},
		{"a possessive",
			[]string{"Dustin Farrant was sentenced.", "Dustin's lawyer will appeal."},
			[]string{"Dustin Farrant was sentenced.", "Farrant's lawyer will appeal."}},
		{"a quotation keeps the speaker's words",
			[]string{"Dustin Farrant was sentenced.", "\"Dustin is a fighter,\" a friend said."},
			[]string{"Dustin Farrant was sentenced.", "\"Dustin is a fighter,\" a friend said."}},
		{"a quotation's tail keeps them too",
			[]string{"Dustin Farrant was sentenced.", "We wish Dustin well.\""},
			[]string{"Dustin Farrant was sentenced.", "We wish Dustin well.\""}},
		{"a child keeps the given name",
			[]string{"Lucas Brell was found on the shore.", "Lucas was cold but unhurt."},
			[]string{"Lucas Brell was found on the shore.", "Lucas was cold but unhurt."}},
		{"a bare mention before the full name stays",
			[]string{"Dustin was sentenced.", "Dustin Farrant will appeal."},
			[]string{"Dustin was sentenced.", "Dustin Farrant will appeal."}},
		{"a relative in the summary",
			[]string{"Dustin Farrant was sentenced.", "Farrant's mother, Ida, wept.", "Dustin was calm."},
			[]string{"Dustin Farrant was sentenced.", "Farrant's mother, Ida, wept.", "Dustin was calm."}},
		{"a mention the guards leave keeps the others",
			[]string{"Dustin Farrant was sentenced.", "A photo of Dustin hung in the hall.", "Dustin was calm."},
			[]string{"Dustin Farrant was sentenced.", "A photo of Dustin hung in the hall.", "Dustin was calm."}},
		{"a couple by given names",
			[]string{"Dustin Farrant was sentenced.", "Dustin and Trevor left the court."},
			[]string{"Dustin Farrant was sentenced.", "Dustin and Trevor left the court."}},
		{"a vocative",
			[]string{"Dustin Farrant was sentenced.", "Dustin, thank you for everything."},
			[]string{"Dustin Farrant was sentenced.", "Dustin, thank you for everything."}},
		{"a second person of the given name",
			[]string{"Dustin Farrant was sentenced.", "Dustin banks, 19, was charged too.", "Dustin was calm."},
			[]string{"Dustin Farrant was sentenced.", "Dustin banks, 19, was charged too.", "Dustin was calm."}},
		{"a nickname",
			[]string{"Dustin Farrant was sentenced.", "Dustin \"Ace\" Farrant waved."},
			[]string{"Dustin Farrant was sentenced.", "Dustin \"Ace\" Farrant waved."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &cluster{}
			for _, s := range sources {
				c.cands = append(c.cands, candidate{text: s})
			}
			sum := chorus.Summary{}
			for _, s := range tc.in {
				sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: s})
			}
			c.shortenLaterGivens(&sum)
			for i, s := range sum.Sentences {
				if s.Text != tc.want[i] {
					t.Errorf("sentence %d = %q, want %q", i, s.Text, tc.want[i])
				}
			}
		})
	}
}

func TestGivenLaterSingleMarks(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Friends said: ' Dustin sent the letter.'", true},
		{"He left early.'the ferry was late.", true},
		{"Dustin didn't go to O'Hara's party.", false},
		{"The Farrants' house was sold.", false},
	} {
		if got := givenLaterSingleMarks(tc.text); got != tc.want {
			t.Errorf("givenLaterSingleMarks(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
