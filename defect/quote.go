package defect

import (
	"strings"
	"unicode"

	"github.com/chorusnews/chorus/internal/lex"
)

// quoteMarks maps the quotation marks of news text (typographic, wire “
// and ”, straight) onto one mark.
var quoteMarks = strings.NewReplacer("“", `"`, "”", `"`, "``", `"`, "''", `"`, "„", `"`, "«", `"`, "»", `"`)

// hasQuote reports whether s holds a quotation mark (a straight double
// quote, “ ” « » „, or a wire quote: two backquotes or two apostrophes in
// a row), as strings.ContainsAny and strings.Contains would find them.
// Each mark's first byte is looked for on its own with strings.IndexByte
// (a vector scan), not byte by byte. The marks' UTF-8 forms open with
// 0xC2 or 0xE2, which no decoder reads as part of the rune before (they
// are no continuation bytes), so a byte match is a rune match.
func hasQuote(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || quoteAfter(s, '\'') || quoteAfter(s, '`') || quoteAfter(s, 0xC2) ||
		quoteAfter(s, 0xE2)
}

// quoteAfter reports whether s holds, at a byte c, one of hasQuote's
// marks that opens with c: c twice for an apostrophe or a backquote, « or
// » after 0xC2, “ ” or „ after 0xE2.
func quoteAfter(s string, c byte) bool {
	for i := strings.IndexByte(s, c); i >= 0; {
		switch c {
		case 0xC2: // « U+00AB, » U+00BB
			if i+1 < len(s) && (s[i+1] == 0xAB || s[i+1] == 0xBB) {
				return true
			}
		case 0xE2: // “ U+201C, ” U+201D, „ U+201E
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D || s[i+2] == 0x9E) {
				return true
			}
		default:
			if i+1 < len(s) && s[i+1] == c {
				return true
			}
		}
		j := strings.IndexByte(s[i+1:], c)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// quote is what a sentence quotes and whom it credits.
type quote struct {
	direct bool // it quotes someone's words: a clause, not a title or a term
	named  bool // a speaker other than a pronoun is named outside the quote
	// pronoun reports a speaker given only as a pronoun ("he said").
	pronoun bool
}

// straightQuotes is quoteMarks.Replace(s), returning s itself, with no
// allocation, when s holds no byte a mark quoteMarks replaces starts with
// (0xE2 for the curly and low marks, 0xC2 for the guillemets) and no
// doubled backquote or apostrophe.
func straightQuotes(s string) string {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case 0xE2, 0xC2:
			return quoteMarks.Replace(s)
		case '`', '\'':
			if i+1 < len(s) && s[i+1] == c {
				return quoteMarks.Replace(s)
			}
		}
	}
	return s
}

// quoteOf splits s into quoted and unquoted text and looks for a speaker
// in the unquoted text.
func quoteOf(s string) quote {
	if !hasQuote(s) {
		return quote{}
	}
	s = straightQuotes(s)
	parts := strings.Split(s, `"`)
	// With an odd number of marks, one quote crosses the sentence's edge: it
	// started before s when the first mark closes it (",\"" after words).
	insideFirst := false
	if len(parts)%2 == 0 {
		before := strings.TrimRight(parts[0], " ")
		if before != "" {
			last := before[len(before)-1]
			insideFirst = strings.IndexByte(",.!?-", last) >= 0
		}
	}
	var q quote
	var outside []string
	for i, p := range parts {
		inside := i%2 == 1
		if insideFirst {
			inside = !inside
		}
		if !inside {
			outside = append(outside, p)
			continue
		}
		n := countWords(p)
		t := strings.TrimRight(p, " ")
		ends := t != "" && strings.IndexByte(",.!?", t[len(t)-1]) >= 0
		// A clause in quotes that opens the sentence, follows a colon or
		// runs long is someone's words; a short phrase inside a sentence
		// is a title, a term or a partial quote the sentence carries.
		before := ""
		if i > 0 {
			before = strings.TrimRight(parts[i-1], " ")
		}
		opens := i == 0 || (i == 1 && before == "") || strings.HasSuffix(before, ":")
		if (n >= 4 || (n >= 2 && ends)) && (opens || n >= 8) {
			q.direct = true
		}
	}
	if !q.direct {
		return q
	}
	q.named, q.pronoun = speakerOf(Words(strings.Join(outside, " | "), 200))
	return q
}

// attributionVerbs attribute a quote beyond the speech verbs the scorer
// reads: posts, statements and characterisations.
var attributionVerbs = lex.Set("say", "saying", "tweeted", "posted", "declared", "announced",
	"admitted", "acknowledged", "warned", "claimed", "quipped", "joked", "concluded",
	"countered", "responded", "testified", "remarked", "exclaimed", "shouted", "yelled",
	"called", "calling", "described", "describing", "read", "reads", "according",
	"tells", "telling", "write", "adding", "explaining", "noting", "asking", "insists",
	"argues", "recalls", "recalling", "wonders", "wondered", "suggested", "suggests",
	"agreed", "agrees", "complained", "boasted", "promised", "vowed", "predicted", "added",
	"reports", "reported", "report", "confirmed", "confirms", "quoted", "quotes")

// IsAttributionWord reports whether the lower-case word w may credit a
// quote to its speaker: a verb of speech (IsSpeechVerb) or one of the wider
// attribution words ("announced", "warned", "according").
func IsAttributionWord(w string) bool { return IsSpeechVerb(w) || attributionVerbs[w] }

// skipBefore are words that may stand between a speaker and its verb.
var skipBefore = lex.Set("later", "also", "then", "previously", "once", "reportedly",
	"recently", "further", "simply", "just", "repeatedly", "publicly", "earlier",
	"has", "had", "have", "was", "is", "s", "flatly",
	"told", "privately", "quietly", "bluntly", "added", "and", "but", "who", "only")

// speakerPronouns are the pronouns that name no one by themselves.
var speakerPronouns = lex.Set("he", "she", "they", "i", "we", "you", "it", "him", "her", "them", "us", "me", "one")

// speakerOf looks for the speaker of a quote among the unquoted words (lower
// case): a noun next to a verb of saying, or after "according to".
func speakerOf(words []string) (named, pronoun bool) {
	for i, w := range words {
		if !IsSpeechVerb(w) && !attributionVerbs[w] {
			continue
		}
		if w == "according" {
			if i+2 < len(words) && words[i+1] == "to" {
				if speakerPronouns[words[i+2]] {
					pronoun = true
				} else {
					named = true
				}
			}
			continue
		}
		// Before the verb: "the mayor said", "Smith later told".
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			b := words[j]
			if skipBefore[b] {
				continue
			}
			if speakerPronouns[b] {
				pronoun = true
			} else if isNameWord(b) {
				named = true
			}
			break
		}
		// After it: "said the mayor", "says Smith".
		if i+1 < len(words) && w != "told" && w != "tells" && w != "called" && w != "calling" && w != "described" {
			a := words[i+1]
			switch {
			case speakerPronouns[a]:
				pronoun = true
			case a == "the" || a == "a" || a == "an":
				named = named || i+2 < len(words) && isNameWord(words[i+2])
			case isNameWord(a) && a != "that" && a != "in" && a != "on" && a != "of" && a != "to" && a != "at":
				named = true
			}
		}
	}
	return named, pronoun
}

// notNames are function words that cannot be a speaker.
var notNames = lex.Set("the", "a", "an", "that", "this", "which", "what", "who", "to", "of",
	"in", "on", "at", "for", "with", "as", "by", "from", "it", "is", "was", "be", "been",
	"not", "if", "when", "and", "or", "but", "so", "he", "she", "they", "i", "we", "you")

// isNameWord reports whether a lower-case word may be (the end of) a
// speaker's name or title.
func isNameWord(w string) bool {
	if w == "" || notNames[w] {
		return false
	}
	r := []rune(w)
	return unicode.IsLetter(r[0])
}

// NeedsSpeaker reports whether s quotes someone's words without naming
// who: no attribution, or only a pronoun ("he said"). A summary may carry
// such a sentence only right after the sentence that names the speaker.
func NeedsSpeaker(s string) bool {
	return needsSpeaker(collapse(s)) // strings.Join(lex.SpaceFields(s), " "), without a copy when s is collapsed
}

// needsSpeaker is NeedsSpeaker of s with its white space collapsed
// already.
func needsSpeaker(s string) bool {
	q := quoteOf(s)
	return q.direct && !q.named
}
