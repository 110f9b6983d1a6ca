package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A page's share bar left in a chosen sentence in lower-cased text,
// between the headline and the story ("Tarnwick ferry sinks off the cape
// share tweet a ferry carrying forty people ...", "2.1k shares facebook
// twitter pinterest email the harbour board ...") or at its front
// ("Share share tweet link a ferry ..."). cutShareBar cuts a bar that
// opens one of an article's first sentences before selection; a later
// sentence, or a bar behind a headline, reached summaries. Cut after
// selection (cutChosenShareBars), so no other sentence moves.

// Bounds of cutChosenShareBar.
const (
	// innerBarWords is how far into a sentence a share bar may start.
	innerBarWords = 30
	// innerBarRestWords is the fewest words of the story after the bar.
	innerBarRestWords = 8
)

// cutChosenShareBar returns the story after a share bar in s, and true:
// a bar that opens s (cutShareBar), or a run of two or more of a bar's
// buttons and counts (barButton) within the first innerBarWords words,
// holding "share", "tweet" or a network only a bar names ("pinterest",
// "whatsapp", "flipboard"), or three buttons or more but counts; the words before
// the run (the headline) are cut with it. Before the run no word that
// takes a network as its object or owner stands ("on", "via", "and",
// "the", "his": "posted on facebook twitter ..."), and after it
// innerBarRestWords words or more follow, opening in lower case on no
// conjunction and no noun of the networks' own ("accounts", "posts").
// s and false otherwise.
func cutChosenShareBar(s string) (string, bool) {
	if out := cutShareBar(s); out != s {
		return out, true
	}
	starts, words := fieldStarts(s, innerBarWords+innerBarRestWords+4)
	for i := 0; i < len(words) && i < innerBarWords; i++ {
		if !barButton(fieldText(s, starts, i)) {
			continue
		}
		j, strong, named := i, false, 0
		for j < len(words) && barButton(fieldText(s, starts, j)) {
			strong = strong || barMarks[words[j]]
			if barButtons[words[j]] {
				named++
			}
			j++
		}
		if j-i < 2 || !strong && named < 3 || i > 0 && barOwners[words[i-1]] {
			i = j
			continue
		}
		if j >= len(words) || barAfter[words[j]] {
			return s, false
		}
		rest := s[starts[j]:]
		if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLower(r) || countWords(rest) < innerBarRestWords {
			return s, false
		}
		return lex.UpperFirst(rest), true
	}
	return s, false
}

// barButton reports whether w, a word as it stands in a sentence, is a
// share bar's button (barButtons) or count ("31", "2.1k"), with no
// punctuation after it.
func barButton(w string) bool {
	lw := lex.Lower(w)
	if barButtons[lw] {
		return true
	}
	lw = strings.TrimSuffix(lw, "k")
	return lw != "" && strings.Trim(lw, "0123456789.") == "" && lw[0] != '.'
}

// barButtons are the buttons of a share bar, barMarks those that name
// one in prose seldom, barOwners the words that take a network in prose
// ("on facebook", "its twitter"), barAfter the words after a network
// in prose ("facebook and", "twitter accounts").
var (
	barButtons = lex.Set("share", "shares", "tweet", "email", "e-mail", "print", "pin", "link", "mail", "sms",
		"facebook", "twitter", "pinterest", "google", "google+", "linkedin", "reddit", "whatsapp", "flipboard",
		"tumblr", "messenger", "gmail", "+", "+1")
	barMarks  = lex.Set("share", "tweet", "pinterest", "whatsapp", "flipboard")
	barOwners = lex.Set("on", "via", "and", "or", "the", "a", "his", "her", "its", "their", "our", "my", "your",
		"to", "from", "through", "like", "with", "of", "in")
	barAfter = lex.Set("and", "or", "accounts", "account", "pages", "page", "posts", "post", "users", "feeds",
		"feed", "followers", "messages", "buttons", "button", "icons", "share", "shares", "said", "says", "of")
)

// cutChosenShareBars cuts, in each sentence of a reader's summary of
// lower-cased text, a share bar and the headline before it
// (cutChosenShareBar).
func cutChosenShareBars(sum *chorus.Summary, lower bool) {
	if !lower {
		return
	}
	cutEach(sum, cutChosenShareBar)
}
