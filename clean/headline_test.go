package clean

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestStripHeadline(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		first bool
		want  string
	}{
		{"email this", "Harbour chief quits over ferry scandal email this the chairman of the tarnwick harbour board resigned on monday after a week of questions.", true,
			"The chairman of the tarnwick harbour board resigned on monday after a week of questions."},
		{"agency tag", "4 years ago ( cnn ) - the tarnwick city council voted on tuesday to close the old ferry pier.", true,
			"The tarnwick city council voted on tuesday to close the old ferry pier."},
		{"station tag", "Ferry crew rescued off oldbridge tarnwick ( tk4 ) - a ferry crew of six was lifted from the sea on monday.", true,
			"A ferry crew of six was lifted from the sea on monday."},
		{"news tag", "By jane roe staff reporter monday ( harbour news ) -- boat owners in tarnwick will pay more for moorings.", true,
			"Boat owners in tarnwick will pay more for moorings."},
		{"aside in parentheses", "The ferry company said the pier ( which it owns ) - the oldest in tarnwick - would close in june.", true,
			"The ferry company said the pier ( which it owns ) - the oldest in tarnwick - would close in june."},
		{"getty credit", "Photo: jane roe/getty images the tarnwick ferry sailed for the last time on sunday evening.", true,
			"The tarnwick ferry sailed for the last time on sunday evening."},
		{"getty credit spaced", "Jane roe / getty images a ferry captain from oldbridge was honoured by the council on friday.", true,
			"A ferry captain from oldbridge was honoured by the council on friday."},
		{"via getty images", "Tarnwick ferry makes its last crossing via getty images the tarnwick ferry sailed for the last time on sunday evening.", true,
			"The tarnwick ferry sailed for the last time on sunday evening."},
		{"photographer's credit", "Harbour board chief quits over pier roe/ap the chairman of the harbour board resigned on monday.", true,
			"The chairman of the harbour board resigned on monday."},
		{"update stamp", "Tarnwick council approves new pier updated at 5: 45 p.m. et the tarnwick council voted on tuesday to build a new pier.", true,
			"The tarnwick council voted on tuesday to build a new pier."},
		{"time without update", "Ferry leaves tarnwick pier at 5: 45 p.m. et the crowd on the pier waved as the ferry left.", true,
			"Ferry leaves tarnwick pier at 5: 45 p.m. et the crowd on the pier waved as the ferry left."},
		{"gossip exclusive", "Pop singer ada vance sued over tour bus crash exclusive the driver of the tour bus has filed suit in tarnwick.", true,
			"The driver of the tour bus has filed suit in tarnwick."},
		{"updated", "Tarnwick ferry sinks near the harbour mouth updated a ferry sank near the mouth of tarnwick harbour on monday night.", true,
			"A ferry sank near the mouth of tarnwick harbour on monday night."},
		{"restart", "Tarnwick ferry crew rescued after storm tarnwick ferry crew members were lifted from the sea by helicopter on monday.", true,
			"Tarnwick ferry crew members were lifted from the sea by helicopter on monday."},
		{"restart after article", "Tarnwick harbour report 2031 the tarnwick harbour report is a yearly survey of the town's boats and moorings.", true,
			"The tarnwick harbour report is a yearly survey of the town's boats and moorings."},
		{"not first paragraph", "Harbour chief quits over ferry scandal email this the chairman of the tarnwick harbour board resigned on monday.", false,
			"Harbour chief quits over ferry scandal email this the chairman of the tarnwick harbour board resigned on monday."},
		{"prefix is a sentence", "The tarnwick ferry sank on monday. The tarnwick ferry had sailed for forty years without an accident.", true,
			"The tarnwick ferry sank on monday. The tarnwick ferry had sailed for forty years without an accident."},
		{"restart after a preposition", "Students at the tarnwick college must study the history of the town in the tarnwick college's first year, the dean said.", true,
			"Students at the tarnwick college must study the history of the town in the tarnwick college's first year, the dean said."},
		{"restart after an article and a word", "Ferry sinks off tarnwick, crew says rescuers have found that a young ferry sinks crew member survived the night at sea.", true,
			"Ferry sinks off tarnwick, crew says rescuers have found that a young ferry sinks crew member survived the night at sea."},
		{"restart inside a quoted name", "'harbour watchers ' claim to have found the wreck a local group calling itself \"the harbour watchers \" says it has found the wreck.", true,
			"'harbour watchers ' claim to have found the wreck a local group calling itself \"the harbour watchers \" says it has found the wreck."},
		{"exclusive in the sentence", "The mayor gave the tarnwick courier an exclusive interview about the pier on monday night.", true,
			"The mayor gave the tarnwick courier an exclusive interview about the pier on monday night."},
		{"updated as a verb", "Editor's note: the council has updated the figures on the ferry crossings of last year.", true,
			"Editor's note: the council has updated the figures on the ferry crossings of last year."},
		{"rest too short", "Harbour chief quits over ferry scandal email this he resigned.", true,
			"Harbour chief quits over ferry scandal email this he resigned."},
		{"prefix too long", "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three twenty-four twenty-five twenty-six email this the ferry sailed on monday from the harbour.", true,
			"One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three twenty-four twenty-five twenty-six email this the ferry sailed on monday from the harbour."},
		{"email this after a kicker", "Ferry who? the new boat is the one to watch email this the tarnwick ferry line will stop its winter crossings.", true,
			"The tarnwick ferry line will stop its winter crossings."},
		{"email this after a headline's colon", "Harbour week: nothing like the old days email this in these busy days the pier is full of boats again.", true,
			"In these busy days the pier is full of boats again."},
		{"email this after a glue word", "Harbour chief quits over ferry scandal he was brought in email this the chairman of the tarnwick harbour board resigned.", true,
			"The chairman of the tarnwick harbour board resigned."},
		{"an email this week", "The harbour board said in an email this week that the pier would close for repairs in june.", true,
			"The harbour board said in an email this week that the pier would close for repairs in june."},
		{"email this morning after a kicker", "Ferry late? the board sent an email this morning to say the crossing at noon would not sail.", true,
			"Ferry late? the board sent an email this morning to say the crossing at noon would not sail."},
		{"empty", "", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stripHeadline(tt.in, tt.first); got != tt.want {
				t.Errorf("stripHeadline(%q, %v)\n got %q\nwant %q", tt.in, tt.first, got, tt.want)
			}
		})
	}
}

// TestParagraphsHeadline checks the hook: only an article's first
// paragraph loses a headline run into it.
func TestParagraphsHeadline(t *testing.T) {
	text := "Harbour chief quits over ferry scandal email this the chairman of the tarnwick harbour board resigned on monday.\n\n" +
		"Ferry fares rise again email this is what the second paragraph says, word for word, today."
	got := Paragraphs(text)
	want := []string{
		"The chairman of the tarnwick harbour board resigned on monday.",
		"Ferry fares rise again email this is what the second paragraph says, word for word, today.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Paragraphs:\n got %q\nwant %q", got, want)
	}
}

// FuzzStripHeadline checks that stripHeadline never panics and only cuts
// a prefix.
func FuzzStripHeadline(f *testing.F) {
	f.Add("Harbour chief quits over ferry scandal email this the chairman resigned on monday after a week.")
	f.Add("4 years ago ( cnn ) - the council voted on tuesday to close the pier for good.")
	f.Add("a b c d a b c d e f g h i j")
	f.Fuzz(func(t *testing.T, s string) {
		got := stripHeadline(s, true)
		if utf8.RuneCountInString(got) > utf8.RuneCountInString(s) {
			t.Fatalf("stripHeadline(%q) = %q grew", s, got)
		}
		// Only the first letter of what stays may change (UpperFirst).
		_, n := utf8.DecodeRuneInString(got)
		if got != s && !strings.HasSuffix(s, got[n:]) {
			t.Fatalf("stripHeadline(%q) = %q is not a suffix", s, got)
		}
	})
}

func TestWidgetRunIn(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // the text left before the widget
	}{
		{"headline", "harbour chief quits over pier enlarge this image", ""},
		{"caption after a sentence", "the pier closed. a crane lifts the old deck hide caption", "the pier closed. "},
		{"tokenized sentence end", "the pier closed . a crane lifts the old deck hide caption", "the pier closed . "},
		{"abbreviation is no sentence end", "angered by the vote, u.s. firms sue the harbour board enlarge this image", ""},
		{"too few words", "the pier enlarge this image", "the pier "},
		{"too many words", strings.Repeat("word ", headlineMaxWords+1) + "enlarge this image", strings.Repeat("word ", headlineMaxWords+1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.LastIndex(tt.in, "enlarge this image")
			if i < 0 {
				i = strings.LastIndex(tt.in, "hide caption")
			}
			if got := tt.in[:widgetRunIn(tt.in, i)]; got != tt.want {
				t.Errorf("widgetRunIn(%q) keeps %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSkipDoubled(t *testing.T) {
	tests := []struct{ in, want string }{
		{" harbour radio harbour radio the ferry sailed", " the ferry sailed"},
		{" jaxa jaxa a cable was launched", " a cable was launched"},
		{" the ferry sailed on monday", " the ferry sailed on monday"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := tt.in[skipDoubled(tt.in, 0):]; got != tt.want {
			t.Errorf("skipDoubled(%q) leaves %q, want %q", tt.in, got, tt.want)
		}
	}
}
