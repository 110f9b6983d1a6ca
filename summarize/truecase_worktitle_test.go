package summarize

import (
	"strings"
	"testing"
)

func TestRaiseWorkTitles(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"a song", `Her new song "paper lanterns" came out Friday.`, `Her new song "Paper Lanterns" came out Friday.`},
		{"small words inside", `The film "a night in the harbour," opens soon.`, `The film "A Night in the Harbour," opens soon.`},
		{"a small word last", `His memoir, "nothing to write home about," sold well.`, `His memoir, "Nothing to Write Home About," sold well.`},
		{"after a colon", `The book "tides: a life on the river" was reissued.`, `The book "Tides: A Life on the River" was reissued.`},
		{"a hyphened word", `The thriller "out-of-body hours" flopped.`, `The thriller "Out-of-Body Hours" flopped.`},
		{"capitals kept", `The show "the Marlow iHour" ended.`, `The show "The Marlow iHour" ended.`},
		{"a maker before an ambiguous noun", `The Velmora show "quiet county" returns.`, `The Velmora show "Quiet County" returns.`},
		{"a year before", `Her 2004 hit "paper moon" charted.`, `Her 2004 hit "Paper Moon" charted.`},
		{"a possessive before", `Dana Kell's book "salt and iron" is out.`, `Dana Kell's book "Salt and Iron" is out.`},
		{"show as a verb after said", `Photos the officer said show "the real story."`, `Photos the officer said show "the real story."`},
		{"show as a verb after and", `They urged calm and show "resolve" this week.`, `They urged calm and show "resolve" this week.`},
		{"hit as a verb after a name", `Senator Kell hit "the wrong note" again.`, `Senator Kell hit "the wrong note" again.`},
		{"single as an adjective", `Not a single "yes" vote was cast.`, `Not a single "yes" vote was cast.`},
		{"a plural before", `Rivals hit "a new low," he said.`, `Rivals hit "a new low," he said.`},
		{"no work noun", `She called it "a quiet town."`, `She called it "a quiet town."`},
		{"a quotation too long", `The song "one two three four five six seven eight nine ten eleven" ran.`, `The song "one two three four five six seven eight nine ten eleven" ran.`},
		{"a sentence inside", `The film "it ends. then it starts" ran.`, `The film "it ends. then it starts" ran.`},
		{"no closing mark", `The film "a long night`, `The film "a long night`},
		{"a split quotation's second half", `"I was wrong," Kell says on Friday's talk show, "and I am sorry now."`, `"I was wrong," Kell says on Friday's talk show, "and I am sorry now."`},
		{"a title after a comma after a title", `After "the long night," her book, "salt and iron," sold well.`, `After "The Long Night," her book, "Salt and Iron," sold well.`},
		{"an unknown short word", `He played a doctor on the series "ncis" for years.`, `He played a doctor on the series "ncis" for years.`},
		{"a known short word", `The film "jaws" returns to cinemas.`, `The film "Jaws" returns to cinemas.`},
		{"two titles", `The album "low tide" and the song "high water" sold.`, `The album "Low Tide" and the song "High Water" sold.`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseWorkTitlesIn(tt.in); got != tt.want {
				t.Errorf("raiseWorkTitlesIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestRaiseQuotedTitles(t *testing.T) {
	named := func(k string) bool { return k == "quiet harbour" || k == "the long road home" }
	tests := []struct {
		name, in, want string
	}{
		{"a title the cluster names", `Fans loved "quiet harbour," critics less.`, `Fans loved "Quiet Harbour," critics less.`},
		{"small words inside", `She starred in "the long road home."`, `She starred in "The Long Road Home."`},
		{"a quotation the cluster names no title", `He called it "quiet days."`, `He called it "quiet days."`},
		{"written already", `Fans loved "Quiet Harbour."`, `Fans loved "Quiet Harbour."`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseQuotedTitlesIn(tt.in, named); got != tt.want {
				t.Errorf("raiseQuotedTitlesIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestQuotedTitleAt(t *testing.T) {
	tests := []struct {
		name, ct, key string
		want          bool
	}{
		{"tokenised after a noun", `her new song " quiet harbour , " is out .`, "quiet harbour", true},
		{"attached marks", `the film "quiet harbour" opens .`, "quiet harbour", true},
		{"a tokenised comma before", `her memoir , " quiet harbour " sold .`, "quiet harbour", true},
		{"part of a longer quotation", `the film " quiet harbour days " opens .`, "quiet harbour", false},
		{"a verb before", `the photos show " quiet harbour " at dawn .`, "quiet harbour", false},
		{"no work noun", `she said " quiet harbour " twice .`, "quiet harbour", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := strings.Index(tt.ct, tt.key)
			if got := quotedTitleAt(tt.ct, k, k+len(tt.key)); got != tt.want {
				t.Errorf("quotedTitleAt(%q, %q) = %v, want %v", tt.ct, tt.key, got, tt.want)
			}
		})
	}
}

func TestRaiseWorkTitlesDescribed(t *testing.T) {
	in := `Critics called the play "a long evening."`
	if got := raiseWorkTitlesIn(in); got != in {
		t.Errorf("raiseWorkTitlesIn(%q) = %q, want it unchanged", in, got)
	}
}

func TestRaiseWorkTitlesSeries(t *testing.T) {
	tests := []struct{ in, want string }{
		{`The bettor's world series "double or nothing" streak ended.`, `The bettor's world series "double or nothing" streak ended.`},
		{`The TV series "harbour lights" ended.`, `The TV series "Harbour Lights" ended.`},
		{`The fantasy series "salt crown," was renewed.`, `The fantasy series "Salt Crown," was renewed.`},
	}
	for _, tt := range tests {
		if got := raiseWorkTitlesIn(tt.in); got != tt.want {
			t.Errorf("raiseWorkTitlesIn(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
