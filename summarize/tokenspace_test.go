package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestJoinSpacedApostrophes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"I ' m sure we ' ll win, and they ' re ready.", "I'm sure we'll win, and they're ready."},
		{"You ' ve seen it; she ' d agree.", "You've seen it; she'd agree."},
		{"Coach Dara o ' fenwick left at six o ' clock.", "Coach Dara O'Fenwick left at six o'clock."},
		{"Mayor Lin O ' Tarrant spoke.", "Mayor Lin O'Tarrant spoke."},
		// A quotation in single marks and a plural possessive stay.
		{"He called it ' a mess ' twice.", "He called it ' a mess ' twice."},
		{"The players ' union met.", "The players ' union met."},
		{"the ' m ' word", "the ' m ' word"},
		{"Guns n ' roses played.", "Guns n ' roses played."},
		{"no apostrophe here", "no apostrophe here"},
		{"it ' 90s", "it ' 90s"},
	} {
		if got := joinSpacedApostrophes(tc.in); got != tc.want {
			t.Errorf("joinSpacedApostrophes(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestJoinTokenizerSpacesEveryField(t *testing.T) {
	sum := chorus.Summary{
		Sentences: []chorus.Sentence{{Text: "\"I ' m staying,\" she said."}},
		Voices:    []chorus.Voice{{Name: "Pat o ' vance", Statements: []chorus.Statement{{Text: "We ' ll see."}}}},
		Disputes:  []chorus.Dispute{{Topic: "Toll", Claims: []chorus.Claim{{Text: "They ' re wrong.", Speaker: "o ' vance"}}}},
	}
	joinTokenizerSpaces(&sum)
	if got := sum.Sentences[0].Text; got != "\"I'm staying,\" she said." {
		t.Errorf("sentence: %q", got)
	}
	if v := sum.Voices[0]; v.Name != "Pat O'Vance" || v.Statements[0].Text != "We'll see." {
		t.Errorf("voice: %+v", v)
	}
	if cl := sum.Disputes[0].Claims[0]; cl.Text != "They're wrong." || cl.Speaker != "O'Vance" {
		t.Errorf("claim: %+v", cl)
	}
}

func TestJoinSpacedApostrophesAfterOpeningMark(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"She said: 'I ' m fine.'", "She said: 'I'm fine.'"},
		{"'we ' ll call you,' he wrote.", "'we'll call you,' he wrote."},
		{"rock'it ' ll do", "rock'it ' ll do"},
		{"a cup o ' joe", "a cup o ' joe"},
	} {
		if got := joinSpacedApostrophes(tc.in); got != tc.want {
			t.Errorf("joinSpacedApostrophes(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestUntokenizeLast(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"They called it a ' fiscal cliff ' deal.", "They called it a 'fiscal cliff' deal."},
		{"' Broken ' bridge reopens in Tarnwick.", "'Broken' bridge reopens in Tarnwick."},
		{"He said it was ' a fair and open process, ' then left.", "He said it was 'a fair and open process,' then left."},
		// Plural possessives, or marks too far apart, are not a quotation.
		{"The judges ' ruling angered the players ' union.", "The judges ' ruling angered the players ' union."},
		{"The Rovers ' coach praised the side that beat them in the cup final last year before the Rovers ' match.", "The Rovers ' coach praised the side that beat them in the cup final last year before the Rovers ' match."},
		{"one ' two ' three ' four", "one ' two ' three ' four"},
		{"\"Some of [ the rescued geese ] flew off,\" she said.", "\"Some of [the rescued geese] flew off,\" she said."},
		{"\" [ t ] he best harbour in the north \"", "\" [t]he best harbour in the north \""},
		{"an open [ bracket", "an open [ bracket"},
		{"films from the ' 70s and early ' 80s", "films from the '70s and early '80s"},
		{"locked for ' 48 years ' by a toddler", "locked for '48 years' by a toddler"},
		{"it is \"' weak, ' of 'very low ' value\"", "it is \"' weak, ' of 'very low ' value\""},
		{"\"it forfeit[ s ] any claim\"", "\"it forfeit[s] any claim\""},
		{"\"without question, [ a ] new era.\"", "\"without question, [a] new era.\""},
		{"Thanks to @ cityhall and # stormwatch volunteers.", "Thanks to @cityhall and #stormwatch volunteers."},
		{"a@ % up", "a@ % up"},
	} {
		if got := untokenizeLast(tc.in); got != tc.want {
			t.Errorf("untokenizeLast(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
