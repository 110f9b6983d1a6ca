package summarize

import (
	"slices"
	"testing"
)

func TestTalkBlurb(t *testing.T) {
	for _, c := range []struct {
		name string
		s    string
		want bool
	}{
		{"explains why", "Ilse Varga explains why the ferry fares rose this spring.", true},
		{"title and talks about", "Harbour master Tomas Rell talks about the storm that closed the pier.", true},
		{"role after the", "The singer talks about her new album and her tour of the coast.", true},
		{"sits down with", "Mayor Jon Brask sits down with the morning show in Tarnwick.", true},
		{"joins to discuss", "Westvale Post's Ana Roe joins the news desk to discuss the vote.", true},
		{"also joins", "Port analyst Tomas Rell also joins to discuss the new ferry schedule.", true},
		{"lower-case initial", "Jon a. Brask explains how the lottery draws its numbers.", true},
		{"speaks about", "Ilse Varga speaks about her years at sea on the northern ferries.", true},
		{"an interview's frame", "In a candid harbour radio interview, Ilse Varga speaks about her years at sea.", true},
		{"a frame naming the outlet", "In an interview with the Courier, Ilse Varga talks about her years at sea.", false},
		{"a frame before no name", "In a long interview, the 40-year-old opens up about her years at sea.", false},
		{"a bare frame", "In an interview, Ilse Varga discusses her years at sea.", false},
		{"a frame that is no interview", "In a video posted online, Ilse Varga talks about her years at sea.", false},
		{"explains that", "Ilse Varga explains that the fares rose because fuel costs doubled.", false},
		{"a verb of saying", "Ilse Varga explains why the fares rose, the ferry company said.", false},
		{"a thing as subject", "A new study explains why the hills of Velmora bend to the east.", false},
		{"the before no role", "The report discusses the costs of the new pier in detail.", false},
		{"talks as a noun", "Mayor Jon Brask held talks with the union on Monday about the strike.", false},
		{"holds talks", "Harbour master Tomas Rell holds talks with the union to end the strike.", false},
		{"a clause before", "As Ilse Varga explains in her book, the ferry was never safe.", false},
		{"a comma in the subject", "Ilse Varga, the harbour master, talks about the storm.", false},
		{"a question", "Why does Ilse Varga talk about the storm?", false},
		{"too long", "Ilse Varga talks about the storm that closed the pier for three days last week and about the damage it did to the ferry, the cafe, the boats and the old lighthouse.", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := talkBlurb(c.s); got != c.want {
				t.Errorf("talkBlurb(%q) = %v, want %v", c.s, got, c.want)
			}
		})
	}
}

func TestToldAsWe(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"The mayor receives us in her office by the pier.", true},
		{"We met the mayor in her office by the pier.", true},
		{"I asked the mayor about the pier.", true},
		{"The mayor met the harbour workers by the pier.", false},
		{"The mayor met US envoys by the pier.", false},
		{"\"I am not in favor of the pier,\" the mayor said.", false},
	} {
		if got := toldAsWe(c.s); got != c.want {
			t.Errorf("toldAsWe(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestDropTalkBlurbs checks that a blurb chosen after the opening leaves
// the summary, and that an opening blurb stays when the sentence after it
// tells the interview in the first person.
func TestDropTalkBlurbs(t *testing.T) {
	c := &cluster{
		cands: []candidate{
			{text: "The Velmora council voted on Tuesday to close the old ferry pier for a year."},
			{text: "Harbour master Tomas Rell talks about the storm that cracked the pier."},
			{text: "The pier will be rebuilt with money from the regional fund."},
		},
		facts: []fact{{rep: 0}, {rep: 1}, {rep: 2}},
	}
	if got := c.dropPictureCaptions([]int{0, 1, 2}); !slices.Equal(got, []int{0, 2}) {
		t.Errorf("dropPictureCaptions kept %v, want [0 2]", got)
	}
	c = &cluster{
		cands: []candidate{
			{text: "Ilse Varga talks to the Westvale Post about her first year as mayor.", words: 13},
			{text: "The mayor receives us in her office above the harbour.", words: 10},
		},
		facts: []fact{{rep: 0}, {rep: 1}},
	}
	if got := c.dropPictureCaptions([]int{0, 1}); len(got) != 2 {
		t.Errorf("dropPictureCaptions kept %v, want both (the next sentence tells the interview as \"us\")", got)
	}
	c.cands[1].text = "The mayor took office in her first year above the harbour."
	if got := c.dropPictureCaptions([]int{0, 1}); !slices.Equal(got, []int{1}) {
		t.Errorf("dropPictureCaptions kept %v, want [1] (the next sentence may lead)", got)
	}
}

// TestBlurbBeforeBareQuote checks that a blurb or a present scene stays
// before a chosen quote with no speaker of its own, which it names, and
// leaves before a quote that has one.
func TestBlurbBeforeBareQuote(t *testing.T) {
	c := &cluster{
		cands: []candidate{
			{text: "The Velmora council voted on Tuesday to close the old ferry pier for a year."},
			{text: "Mayor Ilse Varga meets with harbour workers at the Velmora pier on Friday."},
			{text: "\"We will have a new pier before the summer.\""},
		},
		facts: []fact{{rep: 0}, {rep: 1}, {rep: 2}},
	}
	if got := c.dropPictureCaptions([]int{0, 1, 2}); len(got) != 3 {
		t.Errorf("dropPictureCaptions kept %v, want all three (the scene names who speaks next)", got)
	}
	c.cands[2].text = "\"We will have a new pier before the summer,\" the harbour master said."
	if got := c.dropPictureCaptions([]int{0, 1, 2}); !slices.Equal(got, []int{0, 2}) {
		t.Errorf("dropPictureCaptions kept %v, want [0 2] (the quote has its speaker)", got)
	}
}
