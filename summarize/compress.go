package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/clean"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage: it trims the page furniture that
// sticks to the edges of a sentence without being part of it — list
// bullets, a tweet's embed footer ("— Name (@handle) April 14, 2015"), a
// photo credit in parentheses, a wire tag ("(CNN)") and the dateline
// before it — so that the budget buys the story's own words. It never
// touches the words inside the sentence, so what it keeps is still what the
// source said.

// Limits of the edge trims. Each came with its trim and was checked, not
// swept, on the first 1000 multinews-val clusters by chorus bench (F of
// ROUGE-1/2/SU4, 260 words): 8a6284f (bullets, tweet footers, credits, wire
// tags, datelines: 45.75/16.42/20.00 -> 45.80/16.46/20.04), bc07204 (wire
// tags up to 80 words in: 46.02/16.68/20.21 -> 46.02/16.69/20.22), 4813719
// (teasers: 45.88/16.57/20.13 -> 45.95/16.63/20.18) and 6dc71e5 (brackets:
// full multinews-val 45.97/16.37/19.93 -> 45.97/16.37/19.94).
const (
	// trimPasses is how many rounds the trims run, since one trim can
	// bare the furniture of another (8a6284f).
	trimPasses = 3
	// minTrimmedWords: trims that would leave fewer words are undone
	// (8a6284f).
	minTrimmedWords = minWords + 2
	// tweetFooterBytes is how far into a sentence a tweet footer's
	// "(@handle)" may stand (8a6284f).
	tweetFooterBytes = 200
	// firstYear and lastYear bound the year of a tweet footer's date
	// (8a6284f).
	firstYear, lastYear = "1990", "2099"
	// maxCreditWords is the length of the longest parenthesised credit
	// cut (8a6284f).
	maxCreditWords = 12
	// maxBracketWords is the length of the longest bracketed link, credit
	// or note cut; minBracketWords the shortest one with letters and no
	// slash, so that "[He] said" stays (6dc71e5).
	maxBracketWords = 20
	minBracketWords = 3
	// maxWireTagWords is how many words may stand before a wire tag
	// (bc07204), found within the first wireTagBytes bytes.
	maxWireTagWords = 80
	wireTagBytes    = 700
	// datelineBytes is how far into an article's first sentence the dash
	// after a dateline may stand, and maxDatelineWords the length of the
	// longest dateline (8a6284f).
	datelineBytes    = 60
	maxDatelineWords = 3
	// minTeaserWords and minAfterTeaserWords: a teaser before an ellipsis
	// is cut when it has at least 2 words and at least 6 follow (4813719).
	minTeaserWords      = 2
	minAfterTeaserWords = 6
)

// trimEdges returns s without the furniture at its edges that p enables.
// first says whether s opens its article (where datelines stand). It
// returns s uncut when too little would be left. Either way the first
// letter is a capital: Multi-News lowers it after a run-on question.
func trimEdges(s string, first bool, p *Tuning) string {
	ops := p.Trims
	if ops == 0 || s == "" {
		return s
	}
	orig := s
	for range trimPasses {
		before := s
		if ops&TrimBullet != 0 {
			s = cutBullet(s)
		}
		if ops&TrimTweet != 0 {
			s = cutTweetFooter(s)
		}
		if ops&TrimCredit != 0 {
			s = cutLeadingParen(s)
		}
		if ops&TrimWireTag != 0 {
			s = cutWireTag(s)
		}
		if ops&TrimTeaser != 0 {
			if rest := cutTeaser(s); rest != s {
				s, first = rest, true // what follows a teaser opens its article
			}
		}
		if ops&TrimDateline != 0 {
			if first {
				s = cutDateline(s)
			}
			s = cutBarDateline(s)
			s = cutPlaceDateline(s)
		}
		if s == before {
			break
		}
	}
	if s != orig && countWords(s) < minTrimmedWords { // uncut, s is orig already
		s = orig // too little left: the sentence as it was, capitalised
	}
	return lex.UpperFirst(s)
}

// cutBullet removes a leading bullet or dash.
func cutBullet(s string) string {
	for _, b := range []string{"• ", "— ", "– ", "- ", "* ", "· ", "-- "} {
		if rest, ok := strings.CutPrefix(s, b); ok {
			return strings.TrimSpace(rest)
		}
	}
	return s
}

// cutTweetFooter removes everything up to the end of an embedded tweet's
// footer, "— Name (@handle) Month D, YYYY", found in the first
// tweetFooterBytes bytes.
func cutTweetFooter(s string) string {
	head := s[:min(len(s), tweetFooterBytes)]
	at := strings.Index(head, "(@")
	if at < 0 {
		at = strings.Index(head, "( @")
	}
	if at < 0 {
		return s
	}
	close := strings.IndexByte(s[at:], ')')
	if close < 0 {
		return s
	}
	rest := lex.SpaceFieldsShared(s[at+close+1:])
	// Month D, YYYY
	if len(rest) < 4 || !months[lex.Lower(rest[0])] || !isYear(rest[2]) {
		return s
	}
	return strings.Join(rest[3:], " ")
}

var months = lex.Set("january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december")

func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return w >= firstYear && w <= lastYear
}

// cutLeadingParen removes a parenthesised credit opening the sentence,
// "(Jane Doe, The Daily Post) The storm ...", of at most 12 words, and a
// bracketed link, credit or update note, "[ See photos of the site ] The
// storm ...", "[ Photo/Agency ] ...", of at most 20 words. A bracket of one
// or two words is left alone: it may be an editor's word standing for the
// subject ("[He] said ...").
func cutLeadingParen(s string) string {
	switch {
	case strings.HasPrefix(s, "("):
		end := strings.IndexByte(s, ')')
		if end < 0 || countWords(s[1:end]) > maxCreditWords {
			return s
		}
		return strings.TrimSpace(s[end+1:])
	case strings.HasPrefix(s, "["):
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return s
		}
		in := s[1:end]
		if n := countWords(in); n > maxBracketWords || n < minBracketWords && strings.IndexFunc(in, unicode.IsLetter) >= 0 && !strings.Contains(in, "/") {
			return s
		}
		return strings.TrimSpace(s[end+1:])
	}
	return s
}

// wireTags are the agency tags that end a dateline: "(cnn)" and, as
// tokenized text writes it, "( cnn )", for each of lex.WireAgencies.
var wireTags = func() []string {
	var tags []string
	for _, a := range lex.WireAgencies() {
		tags = append(tags, "("+a+")", "( "+a+" )")
	}
	return tags
}()

// cutWireTag removes the text up to a wire tag in the first
// maxWireTagWords words (a dateline, or a run of story highlights), and the
// dash after it: "Story highlights ... (CNN) The storm ...".
func cutWireTag(s string) string {
	head := lex.LowerASCII(s[:min(len(s), wireTagBytes)])
	for _, tag := range wireTags {
		i := strings.Index(head, tag)
		if i < 0 || countWords(s[:i]) > maxWireTagWords {
			continue
		}
		rest := strings.TrimSpace(s[i+len(tag):])
		return strings.TrimSpace(cutBullet(rest))
	}
	return s
}

// cutBarDateline removes a bar dateline ("Athens | athens - greek police
// have asked ...") wherever the sentence stands: the cleaner cuts it at a
// paragraph's start, but a page may run it after a photo caption in the
// same paragraph ("1 of 3. A girl is seen in a handout photo. Athens |
// athens (Reuters) - ..."), where it kept the story's lead from leading.
func cutBarDateline(s string) string {
	if !strings.Contains(s[:min(len(s), datelineBytes)], "|") {
		return s
	}
	rest, _ := clean.CutBarDateline(s) // the cleaner's rule (clean.Paragraphs)
	return rest
}

// cutDateline removes a dateline of at most three words without stopwords
// ("KABUL —", "Dover, Fla. —") that opens an article, and a wire story's
// dateline in capitals after the page furniture run into the same line
// ("Eds: UPDATES with ... AP Photo By ... Associated Press Writer
// BUCHAREST, Romania — An Arctic cold wave ...": the cleaner has dropped
// its "(AP)" tag, and the whole line used to be read as a caption).
func cutDateline(s string) string {
	i := strings.Index(s[:min(len(s), datelineBytes)], " — ")
	n := len(" — ")
	if i < 0 {
		i, n = strings.Index(s[:min(len(s), datelineBytes)], " -- "), len(" -- ")
	}
	if i <= 0 || !isDateline(s[:i]) {
		return cutFurnitureDateline(s)
	}
	return strings.TrimSpace(s[i+n:])
}

// cutPlaceDateline removes a dateline opening any sentence of an article,
// a place and its region or a listed city, a dash, then the story in lower
// case ("Kandahar, afghanistan - at least 10 ...", "Manchester, n.h. — for
// one night ...", "Moscow - russian president ..."): Multi-News runs a
// second dispatch's dateline into the text, where cutDateline, which reads
// only an article's first line, does not look. The place has at most
// maxPlaceDatelineWords words, no stopword, digit or quote, and either one
// comma between place and region or a city of clean.IsDatelinePlace.
func cutPlaceDateline(s string) string {
	head := s[:min(len(s), datelineBytes)]
	for _, dash := range placeDashes {
		i := strings.Index(head, dash)
		if i <= 0 {
			continue
		}
		place, rest := s[:i], s[i+len(dash):]
		r, _ := utf8.DecodeRuneInString(rest)
		if !unicode.IsLower(r) || !isPlaceDateline(place) {
			return s
		}
		return strings.TrimSpace(rest)
	}
	return s
}

// placeDashes are the dashes after a dateline, the spaced hyphen last.
var placeDashes = []string{" — ", " -- ", " – ", " - "}

// maxPlaceDatelineWords bounds a place-and-region dateline ("united
// nations headquarters, new york").
const maxPlaceDatelineWords = 5

// isPlaceDateline reports whether place reads as a dateline's place: a
// listed city, or "place, region" (two words at least, so no stopword)
// read by isPlaceName, without an apostrophe.
func isPlaceDateline(place string) bool {
	if clean.IsDatelinePlace(place) {
		return true
	}
	name, region, ok := strings.Cut(place, ", ")
	return ok && name != "" && region != "" && !lex.ContainsAny(region, ",") &&
		!lex.ContainsAny(place, "'’") && isPlaceName(place, maxPlaceDatelineWords)
}

// isDateline reports whether place can be a dateline: isPlaceName with
// at most maxDatelineWords words.
func isDateline(place string) bool { return isPlaceName(place, maxDatelineWords) }

// isPlaceName reports whether place reads as a place name of at most max
// words: no digits or quotes, and no stopword unless it is one word.
func isPlaceName(place string, max int) bool {
	words := lex.SpaceFieldsShared(place)
	if len(words) > max || lex.ContainsAny(place, "\"“”0123456789") {
		return false
	}
	var tok tokenizer
	for _, t := range tok.tokens(place) {
		if t.stop && len(words) > 1 {
			return false
		}
	}
	return true
}

// cutFurnitureDateline removes, from an article's first line, page
// furniture (defect.Furniture: an editor's note, a photo credit, a
// byline) and the dateline after it, when the dateline opens with a word
// in capitals ("BUCHAREST, Romania —") and its dash stands within the
// first wireTagBytes bytes.
func cutFurnitureDateline(s string) string {
	i := strings.Index(s[:min(len(s), wireTagBytes)], " — ")
	if i <= 0 {
		return s
	}
	words := lex.SpaceFieldsShared(s[:i])
	for k := max(len(words)-maxDatelineWords, 1); k < len(words); k++ {
		place := strings.Join(words[k:], " ")
		if !capitals(strings.TrimRight(words[k], ",")) || !isDateline(place) {
			continue
		}
		if defect.Furniture(strings.Join(words[:k], " ")) == defect.OK {
			return s
		}
		return strings.TrimSpace(s[i+len(" — "):])
	}
	return s
}

// capitals reports whether w is a word of at least three letters, all
// capitals.
func capitals(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 3
}

// cutTeaser removes the teasers, cut off with an ellipsis, that run into a
// sentence: "The school was... A deputy walks ..." keeps "A deputy walks
// ...". An ellipsis inside a quote is the speaker's, and stays.
func cutTeaser(s string) string {
	for {
		i := strings.Index(s, "... ")
		n := len("... ")
		if j := strings.Index(s, "… "); j >= 0 && (i < 0 || j < i) {
			i, n = j, len("… ")
		}
		if i < 0 || lex.ContainsAny(s[:i], "\"“”") || strings.Contains(s[:i], "''") || strings.Contains(s[:i], "``") {
			return s
		}
		rest := strings.TrimSpace(s[i+n:])
		if countWords(s[:i]) < minTeaserWords || countWords(rest) < minAfterTeaserWords {
			return s
		}
		s = rest
	}
}
