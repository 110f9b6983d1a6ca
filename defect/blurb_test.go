package defect

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestVideoBlurb checks a video clip's one-line blurb against sentences
// that name a reporter or an outlet in a story's sense.
func TestVideoBlurb(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Nbc's ilse varga reports from tarnwick.", true},
		{"Wsj's tom hale explains.", true},
		{"The post's ilse varga explains what the ruling on the tarnwick pier means.", true},
		{"Cbs news' jane roe has more on the vote.", true},
		{"Nbc bay area's tom hale speaks with the ferry captain's parents.", true},
		{"Abc 7's jane roe takes a look at the new pier.", true},
		{"Wsj's tom hale discusses what the vote means for the harbour.", true},
		{"Jane roe reports on the fire that closed the tarnwick pier.", true},
		{"Wsj harbour reporter ilse varga explains the new tide table.", true},
		{"Cbs news correspondent tom hale has more from tarnwick.", true},
		{"Cbs news correspondent tom hale was injured in tarnwick on monday.", false},
		{"NBC'S ILSE VARGA REPORTS FROM TARNWICK.", true},
		{"Jane Roe REPORTS  ON the fire.", true},
		{"Jane roe Has More.", true},
		{"The ferry sank off Tarnwick on Monday and divers are still searching.", false},
		{"As nbc's ilse varga reports, the pier was closed on monday.", false},
		{"Nbc's ilse varga reports that the mayor of tarnwick will resign.", false},
		{"The mayor's lawyer tom hale explains that the deal is legal.", false},
		{"Jane roe reported on the fire for the tarnwick gazette for a decade.", false},
		{"Nbc's ilse varga reports from tarnwick, where the ferry sank on monday and at least 40 passengers are still missing as divers from three towns search the harbour, the river mouth and the beaches to the north tonight.", false},
	} {
		if got := VideoBlurb(tc.s); got != tc.want {
			t.Errorf("VideoBlurb(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestHasFoldASCII(t *testing.T) {
	for _, tc := range []struct {
		s, word string
		want    bool
	}{
		{"Jane Roe REPORTS from Holm.", "reports", true},
		{"Jane Roe RePoRtS.", "reports", true},
		{"reports", "reports", true},
		{"report", "reports", false},
		{"Tom Hale has MOre", "more", true},
		{"Tom Hale has mor", "more", false},
		{"", "more", false},
		{"ré MORE", "more", true},
	} {
		if got := hasFoldASCII(tc.s, tc.word); got != tc.want {
			t.Errorf("hasFoldASCII(%q, %q) = %v, want %v", tc.s, tc.word, got, tc.want)
		}
	}
}

// TestBlurbCueSame compares blurbCue with the four searches it replaces
// on strings drawn from the words' pieces in both cases.
func TestBlurbCueSame(t *testing.T) {
	pieces := []string{"report", "REPORT", "Rep", "ort", "more", "MoRe", "mo", "re", "correspondent", "CORRESPOND", "ent", "'", "’", "a", "Z", " ", "é", "@", "`"}
	rng := rand.New(rand.NewPCG(1, 17))
	cued := 0
	for range 100000 {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := strings.IndexByte(s, '\'') >= 0 || hasFoldASCII(s, "report") || hasFoldASCII(s, "more") || hasFoldASCII(s, "correspondent")
		if want {
			cued++
		}
		if got := blurbCue(s); got != want {
			t.Fatalf("blurbCue(%q) = %v, the searches say %v", s, got, want)
		}
	}
	if cued < 10000 || cued > 90000 {
		t.Errorf("%d of 100000 strings cued: the draw tests too little", cued)
	}
}

// hasFoldASCII reports whether s holds word, a lower-case ASCII string,
// with any of its letters in upper case: strings.Contains(lex.LowerASCII(s),
// word) without the copy. blurbCue read s with it once for each of its
// words; it is the reference TestBlurbCueSame holds blurbCue to.
func hasFoldASCII(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		k := 0
		for k < len(word) && (s[i+k] == word[k] || s[i+k]+'a'-'A' == word[k] && 'A' <= s[i+k] && s[i+k] <= 'Z') {
			k++
		}
		if k == len(word) {
			return true
		}
	}
	return false
}
