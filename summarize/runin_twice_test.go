package summarize

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

func TestTwiceHeadline(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"Ferry service halted in Tarnwick ferry service halted in Tarnwick the harbour board voted on Monday to stop all crossings.",
			"The harbour board voted on Monday to stop all crossings.", true},
		{"Rents rise 40% in Velmora rents rise 40 percent in Velmora tenants say they can no longer afford the old town.",
			"Rents rise 40 percent in Velmora tenants say they can no longer afford the old town.", true},
		{"The loud noise that fills the loud noise that fills Tarnwick's harbour every night is keeping the town awake.",
			"The loud noise that fills Tarnwick's harbour every night is keeping the town awake.", true},
		{"Rents rose 40 percent in Velmora this year rents rose 40% in Velmora this year.",
			"Rents rose 40% in Velmora this year.", true},
		// A speaker repeating himself, a short tail, or no repeat at all.
		{"\"We will rebuild, we will rebuild,\" the mayor said again and again at the harbour.", "", false},
		{"Ferry service halted in Tarnwick ferry service halted in Tarnwick today.", "", false},
		{"The harbour board voted on Monday to stop all crossings to the island.", "", false},
	} {
		got, ok := twiceHeadline(tc.in)
		if ok != tc.ok || ok && got != tc.want {
			t.Errorf("twiceHeadline(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// twiceHeadlineJoined is twiceHeadline as it was written before its keys
// were sliced from one string: the keys joined again for each headline
// length. TestTwiceHeadlineSame holds the two to the same answers.
func twiceHeadlineJoined(s string) (string, bool) {
	words := strings.Fields(s)
	if len(words) < 2*twiceMinWords {
		return s, false
	}
	keys := make([]string, len(words))
	for i, w := range words {
		var b strings.Builder
		for _, r := range strings.ToLower(w) {
			switch {
			case r == '%':
				b.WriteString("percent")
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				b.WriteRune(r)
			}
		}
		keys[i] = b.String()
	}
	for p := twiceMinWords; p <= twiceMaxWords && 2*p <= len(words)+2; p++ {
		head := strings.Join(keys[:p], "")
		if head == "" {
			continue
		}
		q, got := p, ""
		for q < len(words) && len(got) < len(head) {
			got += keys[q]
			q++
		}
		if got != head || len(words) > q && len(words)-q < twiceStoryMin {
			continue
		}
		if strings.ContainsAny(strings.Join(words[:q], " "), twiceMarksSkip) {
			return s, false
		}
		if q == len(words) {
			return capitalizeFirst(strings.Join(words[p:], " ")), true
		}
		story := strings.Join(words[q:], " ")
		if r := []rune(story); len(r) == 0 || !unicode.IsLetter(r[0]) {
			return s, false
		}
		if twiceOpeners[strings.ToLower(words[q])] {
			return capitalizeFirst(story), true
		}
		return capitalizeFirst(strings.Join(words[p:], " ")), true
	}
	return s, false
}

// TestTwiceHeadlineSame checks twiceHeadline against twiceHeadlineJoined
// on random sentences that repeat their opening words, with the word
// forms a key folds together (case, "%" and "percent", punctuation,
// letters beyond ASCII, words that are all punctuation).
func TestTwiceHeadlineSame(t *testing.T) {
	vocab := []string{"ferry", "Ferry", "halted", "in", "Tarnwick", "tarnwick,", "40%", "40", "percent",
		"the", "The", "harbour", "board", "voted", "--", "\"we", "é", "Émile", "x2", "ab-cd", "a", "it's", "§"}
	rng := rand.New(rand.NewPCG(23, 1))
	for range 20000 {
		n := 5 + rng.IntN(16)
		head := make([]string, n)
		for i := range head {
			head[i] = vocab[rng.IntN(len(vocab))]
		}
		words := append([]string(nil), head...)
		for _, w := range head { // the headline again, each word maybe in another form
			switch rng.IntN(4) {
			case 0:
				words = append(words, strings.ToUpper(w))
			case 1:
				words = append(words, w+",")
			default:
				words = append(words, w)
			}
		}
		for range rng.IntN(10) {
			words = append(words, vocab[rng.IntN(len(vocab))])
		}
		s := strings.Join(words, " ")
		got, ok := twiceHeadline(s)
		want, wantOK := twiceHeadlineJoined(s)
		if got != want || ok != wantOK {
			t.Fatalf("twiceHeadline(%q) = %q, %v; the joined keys give %q, %v", s, got, ok, want, wantOK)
		}
	}
}
