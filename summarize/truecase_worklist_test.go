package summarize

import "testing"

func TestRaiseWorkTitleLists(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"hits such as", `She sang hits such as "paper moon" and "low tide" live.`, `She sang hits such as "Paper Moon" and "Low Tide" live.`},
		{"a decade before a plural", `The 1980s hits "salt road," "a quiet night" and "blue hour" charted.`, `The 1980s hits "Salt Road," "A Quiet Night" and "Blue Hour" charted.`},
		{"songs like", `With songs like "river of glass," the band grew.`, `With songs like "River of Glass," the band grew.`},
		{"a maker before shows", `Velmora shows like "quiet county" drew fans.`, `Velmora shows like "Quiet County" drew fans.`},
		{"a plural read as a verb", `The poll shows "a tight race," aides said.`, `The poll shows "a tight race," aides said.`},
		{"hits as a verb", `Marlow hits "the wrong note" again.`, `Marlow hits "the wrong note" again.`},
		{"a list ends at other words", `Songs like "blue hour" made him, he said, "a happy man."`, `Songs like "Blue Hour" made him, he said, "a happy man."`},
		{"a book titled", `In 2011 she wrote a book titled "salt and iron: a life."`, `In 2011 she wrote a book titled "Salt and Iron: A Life."`},
		{"titled after any word", `The video is titled "best jump ever."`, `The video is titled "Best Jump Ever."`},
		{"entitled a right", `They felt entitled "to a say."`, `They felt entitled "to a say."`},
		{"a song, called", `He wrote a song, called "the long way," for her.`, `He wrote a song, called "The Long Way," for her.`},
		{"an essay called", `An essay called "notes on the harbour" won.`, `An essay called "Notes on the Harbour" won.`},
		{"called after a pronoun", `It was what she called "a quiet town."`, `It was what she called "a quiet town."`},
		{"named after a person", `A man named "lucky" Dorn ran it.`, `A man named "lucky" Dorn ran it.`},
		{"a plural subject and a quoted predicate", `The novels "sell themselves," she said.`, `The novels "sell themselves," she said.`},
		{"a plural and a list", `The novels "low tide" and "salt road" sold.`, `The novels "Low Tide" and "Salt Road" sold.`},
		{"an apposition", `"salt road," a gloomy melodrama about a farm, opens.`, `"Salt Road," a gloomy melodrama about a farm, opens.`},
		{"an apposition at the end", `He starred in "long shadows," his horror film.`, `He starred in "Long Shadows," his horror film.`},
		{"an apposition and speech", `"we are back," the show said on Friday.`, `"we are back," the show said on Friday.`},
		{"a series of things", `Along the "iron coast," a long series of cliffs.`, `Along the "iron coast," a long series of cliffs.`},
		{"no comma", `"salt road" a gloomy melodrama about a farm.`, `"salt road" a gloomy melodrama about a farm.`},
		{"called after an ambiguous verb", `Both sides play called "fair" by referees.`, `Both sides play called "fair" by referees.`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseWorkTitlesIn(tt.in); got != tt.want {
				t.Errorf("raiseWorkTitlesIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestIsDecade(t *testing.T) {
	for w, want := range map[string]bool{"1960s": true, "'60s": true, "60s": true, "1960": false, "ones": false, "s": false} {
		if got := isDecade(w); got != want {
			t.Errorf("isDecade(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestWorkListBefore(t *testing.T) {
	tests := []struct {
		pre        string
		ok, strong bool
	}{
		{"the 1960s hits", true, true},
		{"Kell's songs", true, true},
		{"the novels", true, false},
		{"the records", false, false},
		{"he plays like", false, false},
		{"she sang hits including", true, true},
		{"the data shows", false, false},
	}
	for _, tt := range tests {
		if ok, strong := workListBefore(tt.pre); ok != tt.ok || strong != tt.strong {
			t.Errorf("workListBefore(%q) = %v, %v, want %v, %v", tt.pre, ok, strong, tt.ok, tt.strong)
		}
	}
}
