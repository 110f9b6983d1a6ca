package clean

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/lex"
)

//go:embed boilerplate.txt
var boilerplateList string

// phrases holds the embedded phrase lists, built once and only read
// afterwards.
var phrases = parsePhrases(boilerplateList)

// phraseLists are the sections of boilerplate.txt.
type phraseLists struct {
	prefix   []string        // drop a short paragraph that starts with one
	contains []string        // drop a short paragraph that contains one
	strip    []string        // cut out wherever found
	prompt   []string        // drop a short sentence that starts with one
	exact    map[string]bool // drop a paragraph equal to one

	// Indexes that spare most texts most comparisons.
	prefixAt, promptAt firstBytes // the prefix and prompt phrases by first byte
	containsBytes      []byteSet  // the bytes of each contains phrase
}

// firstBytes lists, for each byte, the indices of the phrases of a list
// that start with it, in list order.
type firstBytes [256][]int

func indexFirst(list []string) (at firstBytes) {
	for i, ph := range list {
		at[ph[0]] = append(at[ph[0]], i)
	}
	return at
}

// byteSet is a set of byte values.
type byteSet [4]uint64

func bytesOf(s string) (b byteSet) {
	for i := 0; i < len(s); i++ {
		b[s[i]>>6] |= 1 << (s[i] & 63)
	}
	return b
}

// holds reports whether every byte of t is in b.
func (b *byteSet) holds(t *byteSet) bool {
	return t[0]&^b[0] == 0 && t[1]&^b[1] == 0 && t[2]&^b[2] == 0 && t[3]&^b[3] == 0
}

func parsePhrases(list string) phraseLists {
	p := phraseLists{exact: make(map[string]bool)}
	var section *[]string
	exact := false
	for line := range strings.Lines(list) {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case line == "[exact]":
			exact = true
		case exact:
			p.exact[line] = true
		case line == "[prefix]":
			section = &p.prefix
		case line == "[contains]":
			section = &p.contains
		case line == "[strip]":
			section = &p.strip
		case line == "[prompt]":
			section = &p.prompt
		case section != nil:
			*section = append(*section, line)
		}
	}
	p.prefixAt, p.promptAt = indexFirst(p.prefix), indexFirst(p.prompt)
	for _, ph := range p.contains {
		p.containsBytes = append(p.containsBytes, bytesOf(ph))
	}
	return p
}

// Word limits of the paragraph-level rules: longer paragraphs are body
// text even if they mention a phrase.
const (
	prefixMaxWords   = 40
	containsMaxWords = 25
	captionMaxWords  = 60
	headingMaxWords  = 10
	bylineMaxWords   = 15
)

// isNoise reports whether paragraph p (white space collapsed) is page
// furniture to drop whole.
func isNoise(p string) bool { return noise(p).Rule != NotFurniture }

// noise returns the rule by which paragraph p (white space collapsed) is
// page furniture to drop whole, and the phrase that matched, if any.
func noise(p string) Match {
	if !hasLetter(p) {
		return Match{Rule: NoLetters} // "***", "___", "+"
	}
	words := countWords(p)
	// Long paragraphs only need their start lower-cased, for the prefix
	// rules.
	head := p
	if words > containsMaxWords && len(head) > 200 {
		head = head[:200]
	}
	lower := lex.LowerASCII(head)
	if exact := strings.Trim(lower, " .:|-"); words <= 2 && phrases.exact[exact] {
		return Match{Rule: ExactPhrase, Phrase: exact}
	}
	if words <= prefixMaxWords {
		lead := strings.TrimLeft(lower, leadPunct)
		if ph := prefixOf(lower, lead, phrases.prefix, &phrases.prefixAt); ph != "" {
			return Match{Rule: PrefixPhrase, Phrase: ph}
		}
		if ph := prefixOf(lower, lead, phrases.prompt, &phrases.promptAt); ph != "" {
			return Match{Rule: Prompt, Phrase: ph}
		}
		if isTimestamp(lead, words) {
			return Match{Rule: Timestamp}
		}
		if isCopyright(lead) {
			return Match{Rule: Copyright}
		}
	}
	if words <= containsMaxWords {
		has := bytesOf(lower)
		for i, ph := range phrases.contains {
			if has.holds(&phrases.containsBytes[i]) && strings.Contains(lower, ph) {
				return Match{Rule: ContainsPhrase, Phrase: ph}
			}
		}
	}
	switch {
	case words <= 6 && strings.HasPrefix(p, "•"):
		return Match{Rule: Bullet} // a lone "• Jane Doe"
	case words <= bylineMaxWords && isByline(p):
		return Match{Rule: Byline}
	case words <= reporterMaxWords && isReporterLine(lower):
		return Match{Rule: Byline} // a video's reporter line: "Nbc 4's jane roe has more."
	case words <= captionMaxWords && endsWithCredit(p):
		return Match{Rule: Caption} // "Crowds gather on Monday. (AP Photo/Jane Doe)"
	}
	return Match{}
}

// isHeading reports whether p is a lone heading or list item: short and
// without sentence punctuation at its end.
func isHeading(p string) bool {
	return countWords(p) <= headingMaxWords && !endsSentence(p)
}

// hasWordPrefix reports whether s starts with prefix followed by a word
// boundary.
func hasWordPrefix(s, prefix string) bool {
	if !strings.HasPrefix(s, prefix) {
		return false
	}
	if len(s) == len(prefix) {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(prefix)
	next, _ := utf8.DecodeRuneInString(s[len(prefix):])
	return !isWordRune(last) || !isWordRune(next)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isTimestamp reports whether lower (a lower-cased paragraph) is a
// publication stamp such as "Published 3:45 PM ET" or "Updated: Nov 3,
// 2019".
func isTimestamp(lower string, words int) bool {
	if words > 14 || lex.IndexAny(lower, "0123456789") < 0 {
		return false
	}
	for _, w := range []string{"published", "updated", "posted", "last updated", "first published", "last modified", "modified", "date:"} {
		if hasWordPrefix(lower, w) {
			return true
		}
	}
	return updateStamp(lower)
}

// updateStamp reports whether lower (lower-cased) is an update label and
// its stamp alone: "Update 11: 32 a.m.", "Update, 1/5/2016".
func updateStamp(lower string) bool {
	return hasWordPrefix(lower, "update") && lex.IndexAny(lower, "0123456789") >= 0 &&
		stampWords(lower[len("update"):])
}

// isCopyright reports whether lower is a copyright line.
func isCopyright(lower string) bool {
	if !(strings.HasPrefix(lower, "copyright") || strings.HasPrefix(lower, "©") || strings.HasPrefix(lower, "(c) ")) {
		return false
	}
	return lex.IndexAny(lower, "0123456789") >= 0 || strings.Contains(lower, "reserved") || strings.Contains(lower, "©")
}

// bylineWords may appear in lower case inside a byline.
var bylineWords = map[string]bool{
	"and": true, "the": true, "of": true, "in": true, "for": true, "at": true,
	"am": true, "pm": true, "a.m": true, "p.m": true, "de": true, "van": true,
	"von": true, "la": true, "le": true, "du": true, "da": true, "et": true,
	"staff": true, "writer": true, "reporter": true, "correspondent": true,
	"editor": true, "contributor": true, "with": true,
}

// isByline reports whether p is an author line: "By Jane Doe", "By JOHN
// DOE, Associated Press", "By Alex Roe , Staff • June 4, 2017 2:30 pm".
func isByline(p string) bool {
	if len(p) < 4 || !strings.EqualFold(p[:3], "by ") {
		return false
	}
	fields := lex.SpaceFieldsShared(p[3:])
	if len(fields) == 0 {
		return false
	}
	for i, f := range fields {
		f = strings.Trim(f, ",.;•|/-–—()")
		if f == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(f)
		switch {
		case unicode.IsUpper(r), unicode.IsDigit(r), r == '@':
		case i > 0 && bylineWords[lex.Lower(f)]:
		default:
			return false
		}
	}
	return true
}

// countWords counts the space-separated words of a collapsed paragraph.
func countWords(p string) int {
	if p == "" {
		return 0
	}
	return strings.Count(p, " ") + 1
}

// IsFurniture reports whether sentence s, split from a cleaned paragraph,
// is a call to action such as "Click here to ...", "Sign up for ..." or
// "Take our poll", or a teaser announcing what follows ("Here's what you
// need to know about the vote."): sources that run a page's prompts into a
// paragraph leave such sentences behind. So is a sentence of any length
// that opens with a video's "Media caption" label.
func IsFurniture(s string) bool {
	head := s
	if len(head) > 200 {
		head = head[:200]
	}
	// A video's caption run into the story's first sentence with no mark
	// between them ("Media caption the minister praised the army
	// supporters of the ousted president are gathering ..."): no cut can
	// part them, so the sentence goes, however long. Only this test reads
	// a long sentence (leadPunct holds no letters, so trimming before
	// lower-casing is the same).
	const mediaCaption = "media caption "
	if t := strings.TrimLeft(head, leadPunct); len(t) >= len(mediaCaption) && lex.LowerASCII(t[:len(mediaCaption)]) == mediaCaption {
		return true
	}
	// Likewise a page's "Scroll down for video" label, which runs into
	// the picture captions after it ("Scroll down for video Hands on: the
	// mayor greets ...") when the cleaner has not cut it.
	const scrollDown = "scroll down for video"
	if len(head) >= len(scrollDown) && lex.LowerASCII(head[:len(scrollDown)]) == scrollDown {
		return true
	}
	if hashtagRun(s) {
		return true
	}
	if countWords(s) > prefixMaxWords {
		return false
	}
	lower := lex.LowerASCII(head)
	return prefixOf(lower, strings.TrimLeft(lower, leadPunct), phrases.prompt, &phrases.promptAt) != "" ||
		isTeaser(lower, s) || lower != "" && lower[0] == 'u' && updateStamp(lower)
}

// teasers open a sentence that only announces what follows, or sends the
// reader on to find it: "Here's how the council reached that figure.",
// "Read on to find out who won.".
var teasers = []string{"here's what you need to know", "here is what you need to know",
	"here's everything you need to know", "here is everything you need to know",
	"here's what we know", "here is what we know", "here's what else", "here's what could",
	"here's how", "here is how", "here's why", "here is why", "here's where", "here is where",
	"here's who", "here is who", "here's a look", "here is a look", "read on", "find out what",
	"find out how", "find out why", "find out who", "find out which", "find out where",
	"don't wait to find out", "want to know more", "want to find out"}

// teaserMaxWords bounds a teaser: a longer sentence carries news of its
// own ("Here's what we know about the crash that killed 40 people on
// Monday."). "Here's what happened ..." is no teaser: the account follows.
const teaserMaxWords = 12

// pointerMaxWords bounds a sentence that points below (pointsBelow).
const pointerMaxWords = 16

// isTeaser reports whether lower, the lower-cased start of sentence s, is
// a teaser: it opens with one of teasers, has at most teaserMaxWords words
// and holds no colon, after which a sentence would give what it announced
// ("Here's what we know: the ferry ..."); or it points the reader to what
// lies below it on the page (pointsBelow).
func isTeaser(lower, s string) bool {
	if len(lower) < len("read on") {
		return false
	}
	if (lower[0] == 'h' || lower[0] == 'r' || lower[0] == 'f' || lower[0] == 'd' || lower[0] == 'w') &&
		strings.IndexByte(s, ':') < 0 && countWords(s) <= teaserMaxWords {
		for _, t := range teasers {
			if hasWordPrefix(lower, t) {
				return true
			}
		}
	}
	return pointsBelow(s)
}

// pointsBelow reports whether s, a short sentence, ends by pointing to a
// video, statement or list below it on the page: "Watch the clip below.",
// "The text of the letter is below.", "You can see both in the videos
// below." A place below something ("fell to the ground below") is no
// pointer: the sentence must name a reader's act or a text.
func pointsBelow(s string) bool {
	t := strings.TrimRight(s, " .!:\"'”’)")
	if len(t) < len("watch below") || !strings.EqualFold(t[len(t)-len(" below"):], " below") || countWords(s) > pointerMaxWords {
		return false
	}
	lower := lex.LowerASCII(t)
	for _, w := range pointerWords {
		if i := strings.Index(lower, w); i >= 0 && (i == 0 || !isWordRune(rune(lower[i-1]))) {
			return true
		}
	}
	return false
}

// pointerWords show that a sentence ending in "below" points the reader
// to the page.
var pointerWords = []string{"watch", "see ", "find ", "read ", "view", "check", "listen", "click", "included",
	"embedded", "search", "text of", "statement", "video", "clip", "full", "list", "letter", "photos",
	"pictures", "gallery", "tweet", "post"}

// leadPunct is what a paragraph or sentence may open with before a prefix
// phrase: brackets, bullets and dashes.
const leadPunct = "([•*·-–—► "

// prefixOf returns the first of the phrases of list that lower, or lead
// (lower without its leading punctuation), starts with at a word boundary,
// or "". at indexes list: only the phrases that start with the first byte
// of lower or of lead are compared, in list order.
func prefixOf(lower, lead string, list []string, at *firstBytes) string {
	var a, b []int
	if lower != "" {
		a = at[lower[0]]
	}
	if lead != "" && (lower == "" || lead[0] != lower[0]) {
		b = at[lead[0]]
	}
	for len(a) > 0 || len(b) > 0 {
		var i int
		if len(b) == 0 || len(a) > 0 && a[0] < b[0] {
			i, a = a[0], a[1:]
		} else {
			i, b = b[0], b[1:]
		}
		if ph := list[i]; hasWordPrefix(lower, ph) || hasWordPrefix(lead, ph) {
			return ph
		}
	}
	return ""
}

// hashtagRun reports whether s ends with two or more hashtags in a row, a
// social post's or video page's tag list ("... by: Jane Roe #dance #pop.",
// "Day one #tour #nyc"), which no news sentence ends with; a hashtag
// named in the sentence ("The #savethepier campaign grew.") is kept.
func hashtagRun(s string) bool {
	if i := strings.IndexByte(s, '#'); i < 0 || strings.IndexByte(s[i+1:], '#') < 0 {
		return false // two hashtags need two '#'
	}
	f := lex.SpaceFieldsShared(strings.TrimRight(s, ".!?\"'”’ "))
	n := 0
	for i := len(f) - 1; i >= 0 && n < 2; i-- {
		w := strings.TrimRight(f[i], ".,!")
		if len(w) < 2 || w[0] != '#' || !hasLetter(w) {
			break
		}
		n++
	}
	return n >= 2
}
