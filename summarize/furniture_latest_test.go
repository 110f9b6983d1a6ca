package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

// TestCutLatestHeading checks the running story's heading cut from a
// sentence's front.
func TestCutLatestHeading(t *testing.T) {
	for _, tc := range []struct {
		s, want string
		cut     bool
	}{
		{"The latest on the harbour strike in tarnwick (all times local): 3:40 p.m. the ferry pilots have agreed to return to work on monday.", "The ferry pilots have agreed to return to work on monday.", true},
		{"The latest on the velmora election (all times est): 11: 05 p.m. ilse varga has won the mayor's race by 300 votes.", "Ilse varga has won the mayor's race by 300 votes.", true},
		{"The latest on the harbour strike (all times local): 3:40 p.m.", "", false},
		{"The latest on the list of closed piers is the old ferry dock in tarnwick.", "", false},
	} {
		got, cut := cutLatestHeading(tc.s)
		if !tc.cut {
			tc.want = tc.s
		}
		if got != tc.want || cut != tc.cut {
			t.Errorf("cutLatestHeading(%q) = %q, %v, want %q, %v", tc.s, got, cut, tc.want, tc.cut)
		}
	}
}

// TestLatestAlone checks the headings dropLatest reads as no sentence.
func TestLatestAlone(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"the latest on the harbour strike (all times local): 3:40 p.m.", true},
		{"the latest on a pilot who is charged with sinking a ferry in tarnwick.", true},
		{"the latest on the harbour strike (all times local): 3:40 p.m. the pilots have agreed to return.", false},
	} {
		if got := latestAlone.MatchString(tc.s); got != tc.want {
			t.Errorf("latestAlone(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	if !latestToldVerb("the latest on the list is the old ferry dock.") || latestToldVerb("the latest on a pilot who is charged.") {
		t.Error("latestToldVerb: a finite verb after no relative pronoun makes a sentence")
	}
}

// TestCutLatestHeadings checks the cut on a summary.
func TestCutLatestHeadings(t *testing.T) {
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: "The latest on the ferry strike (all times local): 9 a.m. pilots in tarnwick walked off the job at dawn."}}}
	cutLatestHeadings(&sum)
	if want := "Pilots in tarnwick walked off the job at dawn."; sum.Sentences[0].Text != want {
		t.Errorf("got %q, want %q", sum.Sentences[0].Text, want)
	}
}

// TestLatestAloneDateline checks a heading with its clock after a wire's
// dateline, its zone set apart by spaces.
func TestLatestAloneDateline(t *testing.T) {
	s := "velmora ( ap ) — the latest on the harbour strike ( all times local ): 9: 10 a.m."
	if !latestAlone.MatchString(s) {
		t.Errorf("latestAlone(%q) = false, want true", s)
	}
}
