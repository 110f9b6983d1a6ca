package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestYearSceneOpening(t *testing.T) {
	cases := []struct {
		name string
		s    string
		want bool
	}{
		{"scene", "In 2009, Anna Varga was 19 and working two jobs in Tarnwick.", true},
		{"group scene", "In 1998, the Varga sisters were the only ferry pilots in Tarnwick.", true},
		{"had", "In 2011, the harbour board had no money for a new pier.", true},
		{"news on a day", "Anna Varga was denied parole on Tuesday, the Tarnwick board said.", false},
		{"year with any verb", "In 2019, Tarnwick voted to close its harbour to cruise ships.", true},
		{"year not opening", "Anna Varga, who in 2009 was 19, was denied parole on Tuesday.", false},
		{"season", "In spring, the harbour was quiet.", false},
		{"year in a clause", "Tarnwick, which in 2019 voted to close its harbour, reopened it on Friday.", false},
		{"date, not a year", "In March 2019, Tarnwick closed its harbour.", false},
		{"a year told as a number", "In 1,200 words, the board explained its vote.", false},
	}
	for _, tc := range cases {
		if got := yearSceneOpening(tc.s); got != tc.want {
			t.Errorf("%s: yearSceneOpening(%q) = %v, want %v", tc.name, tc.s, got, tc.want)
		}
	}
}

func TestNewsOverYearScene(t *testing.T) {
	arts := []chorus.Article{
		{ID: "a", Text: "In 2009, Anna Varga was 19 and working two jobs.\n\n" +
			"She piloted the night ferry and cleaned the harbour office at dawn.\n\n" +
			"Her brother lent her the money for a lawyer."},
		{ID: "b", Text: "Anna Varga, a Tarnwick ferry pilot jailed over a harbour collision, was denied parole on Tuesday.\n\n" +
			"The county parole board voted four to one against her release.\n\n" +
			"She will be eligible again in 2031."},
		{ID: "c", Text: "A Tarnwick ferry pilot jailed over a harbour collision, Anna Varga, was denied parole by the county board on Tuesday.\n\n" +
			"Her lawyer said she would appeal.\n\n" +
			"Supporters gathered outside the board's offices."},
	}
	c := openingCluster(t, arts)
	scene := c.facts[factOf(t, c, "In 2009, Anna Varga")].rep
	cases := []struct {
		name string
		lead string
		want bool
	}{
		{"another article's news opening", "Anna Varga, a Tarnwick ferry pilot", true},
		{"the scene itself", "In 2009, Anna Varga", false},
		{"a later line, no opening", "The county parole board voted", false},
	}
	for _, tc := range cases {
		c.lead = factOf(t, c, tc.lead)
		if got := c.newsOverYearScene(scene); got != tc.want {
			t.Errorf("%s: newsOverYearScene with lead %q = %v, want %v", tc.name, tc.lead, got, tc.want)
		}
	}
}
