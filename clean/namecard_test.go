package clean

import "testing"

func TestStripNameCards(t *testing.T) {
	cases := []struct{ in, want string }{
		// A card after a title, closed by "more".
		{"Governor Halvard Brennick told reporters on Friday that President Oakes Marvin Tobias Oakesvoters split on harbour plan Council delays budget vote again more signed the harbour bill on Friday.",
			"Governor Halvard Brennick told reporters on Friday that President Oakes signed the harbour bill on Friday."},
		// A card after the first name, lower-cased text.
		{"senator dana kell dana ruth kellfarm bill stalls in committee more criticised the plan on tuesday.",
			"senator dana kell criticised the plan on tuesday."},
		// "more's" keeps its possessive on the surname.
		{"The report on President Oakes Marvin Tobias Oakesport strike ends after ten days more's trade plan came out on Monday.",
			"The report on President Oakes's trade plan came out on Monday."},
		// A card cut off at the paragraph's end.
		{"Nominee Pell Wendy Ann Pellpoll shows tight race in the north",
			"Nominee Pell"},
		// No title or first name before the surname: kept.
		{"The firm Dorran Hale Mary Dorranfield owns more land than anyone in the valley.",
			"The firm Dorran Hale Mary Dorranfield owns more land than anyone in the valley."},
		// Stop words are not given names.
		{"President Lund and the Lundquist family gave more money this year.",
			"President Lund and the Lundquist family gave more money this year."},
		// No "more" and the paragraph runs on: kept.
		{"President Oakes Marvin Tobias Oakesport " + longTail(90),
			"President Oakes Marvin Tobias Oakesport " + longTail(90)},
	}
	for _, c := range cases {
		if got := stripNameCards(c.in); got != c.want {
			t.Errorf("stripNameCards(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// longTail returns n filler words.
func longTail(n int) string {
	s := "word"
	for i := 1; i < n; i++ {
		s += " word"
	}
	return s
}

func TestParagraphsCutsNameCard(t *testing.T) {
	got := Paragraphs("President Oakes Marvin Tobias Oakesvoters split on harbour plan more signed the harbour bill on Friday, aides said.")
	want := "President Oakes signed the harbour bill on Friday, aides said."
	if len(got) != 1 || got[0] != want {
		t.Fatalf("Paragraphs = %q, want [%q]", got, want)
	}
}

func TestStripNameCardsShortAndPunct(t *testing.T) {
	cases := []struct{ in, want string }{
		// One given name, said twice; the comma after "more" stays.
		{"the first lady Ilsa Varn Ilsa varnharbour opens new pier more, who visited the school.",
			"the first lady Ilsa Varn, who visited the school."},
		// One given name after a title alone is not enough.
		{"President Varn Ilsa varnish more than once.",
			"President Varn Ilsa varnish more than once."},
	}
	for _, c := range cases {
		if got := stripNameCards(c.in); got != c.want {
			t.Errorf("stripNameCards(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestStripNameCardsNickname(t *testing.T) {
	in := "Sen. Ned Corlan Edmund (Ned) Arthur Corlanvote on port bill delayed again more said the vote would wait."
	want := "Sen. Ned Corlan said the vote would wait."
	if got := stripNameCards(in); got != want {
		t.Errorf("stripNameCards(%q)\n got %q\nwant %q", in, got, want)
	}
}

func TestStripNameCardsInflection(t *testing.T) {
	in := "a guide for high school teacher high school teachers, who teach students in one or more subjects."
	if got := stripNameCards(in); got != in {
		t.Errorf("stripNameCards cut an inflected word: %q", got)
	}
}
