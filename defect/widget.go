package defect

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file holds the furniture rules that a phrase cue cannot state: the
// text that news pages' widgets leave in an article's body (a video
// player's "Close" button before its caption, a gallery's "image 1 of 29"
// counter). Plain phrases of that kind ("story highlights", "show hide",
// "add this video to your website") are cues in detect.go.

// widgetClasses returns the furniture classes of the widget text in s and
// its lower-case form.
func widgetClasses(s, lower string) Set {
	var set Set
	if closeButton(lower) {
		set = set.With(Caption)
	}
	if digitOfDigit(lower) && galleryCounter.MatchString(lower) {
		set = set.With(Caption)
	}
	if playButton(lower) || strings.HasPrefix(lower, "published on ") && uploadDate.MatchString(lower) {
		set = set.With(Caption)
	}
	if strings.HasPrefix(lower, "for ") && strings.Contains(lower, ", see ") && disambiguation.MatchString(lower) {
		set = set.With(Promo)
	}
	if speakerLabel(lower) || reporterTag(lower) {
		set = set.With(Credit)
	}
	return set
}

// reporterTag reports whether lower is, or ends with, a video clip's
// reporter tag: "jane roe reports.", "nbc's jane roe reports from
// cairo.", "... in
// upscale restaurants? jane roe reports." (36 in the Multi-News validation
// sources, all tags), and not a sentence about reports ("his aides
// deflected reports.", "..., the los angeles times reports.").
func reporterTag(lower string) bool {
	if !strings.Contains(lower, " reports") {
		return false // most sentences: Index is quicker than LastIndex to say so
	}
	i := strings.LastIndex(lower, " reports")
	head, tail := lower[:i], lower[i+len(" reports"):]
	if place, ok := strings.CutPrefix(tail, " from "); ok {
		tail = "." // "jane roe reports from cairo."
		if n := lex.CountFields(place); n > 3 || !strings.HasSuffix(place, ".") || lex.ContainsAny(place, ",;:") {
			return false
		}
	}
	if tail != "." {
		return false
	}
	if i := strings.LastIndexAny(head, ".?!"); i >= 0 {
		if i+1 >= len(head) || head[i+1] != ' ' && head[i+1] != '"' {
			return false // "u.s. reports." or an abbreviation's dot
		}
		head = strings.TrimLeft(head[i+1:], `" `)
	}
	words := lex.SpaceFieldsShared(head)
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	for k, w := range words {
		w = strings.TrimSuffix(w, "'s")
		if notSpeakers[w] || k > 0 && lex.IsAttributionVerb(w) || w == "" {
			return false
		}
		for j := 0; j < len(w); j++ {
			if c := w[j]; !('a' <= c && c <= 'z') && c != '-' {
				return false
			}
		}
	}
	return true
}

// speakerLabel reports whether s opens with a transcript's speaker label:
// a role ("reporter: ...", "dispatcher: ...") or a short label before a
// spoken opening ("TRUMP: We will ...", "santorum: yes, that's fine",
// "jane roe: we know it's ..."),
// and not with an expository label ("Results: we observed ...", "Here's
// my point: you ...").
func speakerLabel(lower string) bool {
	i := strings.Index(lower, ": ")
	if i <= 0 || i > 40 {
		return false
	}
	label, rest := lower[:i], strings.TrimLeft(lower[i+2:], " ")
	words := lex.SpaceFieldsShared(label)
	if len(words) > 3 || rest == "" || notSpeakers[label] || notSpeakers[words[0]] {
		return false
	}
	for _, w := range words {
		for j := 0; j < len(w); j++ {
			if c := w[j]; !('a' <= c && c <= 'z') && c != '.' && c != '-' && c != '\'' {
				return false
			}
		}
		if lex.IsAttributionVerb(w) || strings.HasSuffix(w, "'s") {
			return false // "he added: ...", "the mayor's answer: ..."
		}
	}
	if speakerRoles[label] {
		return true
	}
	next, _, _ := strings.Cut(rest, " ")
	return spokenOpenings[strings.TrimRight(next, ",.;!?")]
}

// speakerRoles are the labels of a transcript's speakers by role.
var speakerRoles = lex.Set("reporter", "dispatcher", "caller", "anchor", "interviewer", "host", "moderator",
	"announcer", "narrator", "unidentified man", "unidentified woman", "unidentified male", "unidentified female")

// spokenOpenings open a speaker's turn rather than written prose.
var spokenOpenings = lex.Set("i", "i'm", "i've", "i'll", "i'd", "we", "we're", "we've", "we'll", "you", "you're",
	"you've", "yes", "yeah", "no", "well", "oh", "okay", "ok", "uh", "um", "thank", "thanks", "sure", "absolutely",
	"nice", "hello", "hi", "good", "listen", "look")

// notSpeakers are labels (or their first word) that head expository text
// or a notice, not a speaker's turn: "Note: we will post ...", "Results:
// we observed ...", "It's official: we ...".
var notSpeakers = lex.Set("he", "she", "they", "it", "i", "we", "you", "the", "a", "an", "this", "that", "these",
	"those", "for", "in", "on", "and", "but", "so", "one", "what", "here", "there", "his", "her", "their", "its",
	"as", "at", "to", "of", "my", "our", "your", "some", "many", "most", "all", "no", "not", "why", "how", "who",
	"when", "where", "which", "it's", "here's", "that's", "there's", "what's", "consider", "full", "note",
	"please", "ed", "results", "result", "objective", "objectives", "key", "methods", "method", "conclusion",
	"conclusions", "background", "abstract", "translation", "bottom", "upshot", "original", "see", "update",
	"warning", "disclosure", "answer", "question", "example", "summary", "lesson", "moral", "verdict", "fact",
	"truth", "reality", "problem", "point", "tip", "step", "rule", "q")

// uploadDate matches the upload date that opens a video site's
// description, run into its text: "published on mar 9, 2017 the senator
// ..." (50 in the Multi-News validation sources, all video descriptions).
var uploadDate = regexp.MustCompile(`^published on (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? (?:19|20)\d\d\b`)

// disambiguation matches an encyclopedia's note on a page of the same
// name: "for the film, see ...", "for other uses, see ...".
var disambiguation = regexp.MustCompile(`^for (?:the|other|a|an) [^,]{1,60}, see `)

// playButton reports whether lower opens with the "Play" button of a
// video player run into the text after it ("play family members told
// ...", "play video 1: 28 watch ..."), and not with play the noun of a
// game ("play resumed after ...", "play was suspended ...").
func playButton(lower string) bool {
	rest, ok := strings.CutPrefix(lower, "play ")
	if !ok {
		return false
	}
	next, _, _ := strings.Cut(rest, " ")
	return !playWords[strings.Trim(next, `,.;:'"`)]
}

// playWords follow "play" where it opens a sentence of its own: the game
// ("Play resumed ...") or the stage play ("Play opens ...").
var playWords = lex.Set("resumed", "resumes", "resume", "was", "is", "will", "would", "has", "had", "began",
	"begins", "begin", "starts", "started", "stopped", "continued", "continues", "opens", "opened",
	"closes", "closed", "ended", "ends", "time", "ball", "it", "on", "off", "along", "by", "of", "a", "an", "")

// galleryCounter matches a photo gallery's counter: "image 1 of 29",
// "photo 3 of 12", "slide 2 of 9".
var galleryCounter = regexp.MustCompile(`\b(?:image|photo|picture|slide)s? \d{1,3} of \d{1,3}\b`)

// closeButton reports whether lower opens with the "Close" button of a
// video player or gallery, run into the caption after it ("close lena
// dunham was hospitalized ..."), and not with the word close used in a
// sentence ("close to 100 people ...", "close friends said ...").
func closeButton(lower string) bool {
	rest, ok := strings.CutPrefix(lower, "close ")
	if !ok {
		return false
	}
	next, _, _ := strings.Cut(rest, " ")
	return !closeWords[strings.Trim(next, `,.;:'"`)]
}

// closeWords follow "close" where it opens a sentence of its own: "Close
// to ...", "Close friends of ...", "Close behind, ...".
var closeWords = lex.Set("to", "by", "behind", "on", "friend", "friends", "ties", "tie", "relative",
	"relatives", "family", "call", "calls", "range", "up", "enough", "relationship", "relationships",
	"associate", "associates", "ally", "allies", "aide", "aides", "contact", "contacts", "observers",
	"inspection", "second", "third", "race", "races", "quarters", "encounter", "encounters", "games",
	"vote", "votes", "elections", "election", "cooperation", "collaboration", "attention", "scrutiny",
	"examination", "look", "analysis", "reading", "shave", "")

// digitOfDigit reports whether lower holds " of " between two digits, as
// a gallery counter does; most sentences do not, and skip the regular
// expression.
func digitOfDigit(lower string) bool {
	for from := 0; ; {
		i := strings.Index(lower[from:], " of ")
		if i < 0 {
			return false
		}
		i += from
		if i > 0 && i+4 < len(lower) && isDigit(lower[i-1]) && isDigit(lower[i+4]) {
			return true
		}
		from = i + 4
	}
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }
