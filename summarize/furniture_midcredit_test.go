package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutMidCredit(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		ok             bool
	}{
		{"name, getty images", "Jane roe, getty images ilse varga once ran the tarnwick ferry line for a decade.",
			"Ilse varga once ran the tarnwick ferry line for a decade.", true},
		{"headline, slash credit", "Tarnwick mayor quits over pier deal jane roe/wireimage the mayor of tarnwick has quit over the pier deal.",
			"The mayor of tarnwick has quit over the pier deal.", true},
		{"distributed by", "| photo by westvale police, distributed by getty images the westvale police chief is seeking to fire two officers.",
			"The westvale police chief is seeking to fire two officers.", true},
		{"social site credit", "Tarnwick county sheriff's office/facebook ilse varga and jane roe have been on the run since june.",
			"Ilse varga and jane roe have been on the run since june.", true},
		{"posted to a site", "Ilse varga posted a photo to instagram/facebook of the ferry sinking off the tarnwick pier.", "", false},
		{"a photographer's credit", "A getty images photographer took the picture of the ferry as it left the westvale pier.", "", false},
		{"more credit after", "Jane roe, getty images file a woman holds a sign outside the westvale town hall on monday.", "", false},
		{"a caption after the credit", "Tarnwick mayor charged over pier deal jane roe/filmmagic the mayor and his wife pose for photos at a gala in june.", "", false},
		{"a second credit", "Jane roe, getty images jane roe, getty images the ferry left the westvale pier an hour late on monday.", "", false},
		{"headline, slash set apart", "Duchess fires a prop gun on the set of harbour drama pa / landov the duchess visited the set of the danish drama on monday.",
			"The duchess visited the set of the danish drama on monday.", true},
		{"credits in a chain", "Jane roe / demotix / corbis the jury in tarnwick took nine hours to acquit the ferry captain.",
			"The jury in tarnwick took nine hours to acquit the ferry captain.", true},
		{"a stock photo's credit", "Ferry news agency of tarnwick / alamy stock photo best of the week the ferry sank.", "", false},
		{"slash set apart, no outlet", "The harbour board / ferry company deal was signed on monday after nine weeks of talks.", "", false},
		{"no picture service", "The ferry runs on a 24/7 schedule and the council wants it to stop at night.", "", false},
		{"studio, courtesy collection", "Harbour pictures co./courtesy everett collection the studio has hired ilse varga to direct the ferry film.",
			"The studio has hired ilse varga to direct the ferry film.", true},
		{"studio slash collection", "Westvale films/everett collection tomas rell has signed on to play the ferry captain in the sequel.",
			"Tomas rell has signed on to play the ferry captain in the sequel.", true},
		{"a museum's collection", "The everett collection of ferry posters went on show in tarnwick on monday for the first time.", "", false},
		{"sentence end before", "The ferry sank. Jane roe/ap the crew was saved by a passing fishing boat on monday.", "", false},
	} {
		got, ok := cutMidCredit(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("%s: cutMidCredit(%q) = %q, %v; want %q, %v", c.name, c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestCutMidCreditsLowerOnly(t *testing.T) {
	in := "Jane roe, getty images ilse varga once ran the tarnwick ferry line for a decade."
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: in}}}
	cutMidCredits(&sum, false)
	if sum.Sentences[0].Text != in {
		t.Errorf("cased text changed: %q", sum.Sentences[0].Text)
	}
	cutMidCredits(&sum, true)
	if sum.Sentences[0].Text == in {
		t.Errorf("lower-cased text unchanged")
	}
}
