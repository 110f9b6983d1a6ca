package summarize

import (
	"strings"
	"testing"
)

func TestReaderNotice(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"There are big-time spoilers for the harbour drama's season finale.", true},
		{"Spoilers ahead for this week's episode of the lighthouse keepers.", true},
		{"The mildest of spoilers for the new space opera follow.", true},
		{"Missed the parade? Scroll down for pictures of every float.", true},
		{"Read on to learn more about the ferry's captain.", true},
		{"Once you have watched the finale, hear our spoiler special podcast with two critics.", true},
		{"The ferry sinking scene by Ada Brisk warning: gigantic spoilers ahead for the finale of the lighthouse keepers.", true},
		// News about spoilers, and a notice run into the story, stay.
		{"Spoilers don't spoil stories, a study of 800 readers finds.", false},
		{"No, posting spoilers of the finale is not a crime, a court ruled on Tuesday.", false},
		{"Spoilers ahead for the season finale, in which the captain finally abandons the sinking ferry and swims ashore with the mayor.", false},
		{"The statement was read on Thursday by the harbour master.", false},
		{"The council voted 7-2 on Tuesday to close the ferry terminal.", false},
	} {
		if got := readerNotice(tc.s); got != tc.want {
			t.Errorf("readerNotice(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestReaderNoticeFlag checks that a reader's cluster flags a spoiler
// notice as the writer's (never selected) and leaves the news beside it.
func TestReaderNoticeFlag(t *testing.T) {
	c := ledeCluster(t,
		"Spoilers ahead for this week's episode of the lighthouse keepers. The captain of the harbour ferry abandoned ship in Sunday's episode of the drama, which drew 4 million viewers.",
		"The harbour drama drew 4 million viewers on Sunday as its captain abandoned the ferry.",
	)
	c.markNarrators()
	var notice, news bool
	for i := range c.cands {
		cd := &c.cands[i]
		switch {
		case strings.HasPrefix(cd.text, "Spoilers ahead"):
			notice = cd.flags&flagNarrator != 0
			if selectable(cd) {
				t.Errorf("the notice %q is selectable", cd.text)
			}
		case strings.HasPrefix(cd.text, "The captain of the harbour ferry"):
			news = cd.flags&flagNarrator == 0
		}
	}
	if !notice || !news {
		t.Errorf("notice flagged %v, news left alone %v; want both", notice, news)
	}
}
