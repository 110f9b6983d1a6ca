package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/lex"
)

// agencies is the alternation of the news agencies recognised in dateline
// tags (lex.Agencies).
var agencies = strings.Join(lex.Agencies(), "|")

// dateRE is the date a dateline may carry after its place: "Sept 18",
// "Sept. 18, 2031", "18 September", "Tuesday".
const dateRE = `(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?` +
	`|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?: \d{4})?` +
	`|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)`

// dashRE is the dash that ends a dateline.
const dashRE = `(?:—|–|---|--|-|_|\|)`

var (
	// agencyDateline matches a dateline with an agency tag at the start of a
	// paragraph: "NEW YORK (AP) —", "Santa Rosa, Calif. ( ap ) —",
	// "(Reuters) -", "LONDON, Sept 18 (Reuters) -".
	agencyDateline = regexp.MustCompile(`(?i)^(?:\pL[\pL.'’-]*(?:,? \pL[\pL.'’-]*){0,4}(?:,? ` + dateRE + `)? ?)?\( ?(?:` + agencies + `) ?\)(?: ?` + dashRE + `)? *`)
	// tagDateline matches a dateline closed by an agency tag the list does
	// not name, two to six capitals, and a dash: "TARNWICK, Aldera, Sept 18
	// (AWS) - ". The place must be capitalised and the dash is required.
	tagDateline = regexp.MustCompile(`^\p{Lu}[\pL.'’-]*(?:,? \p{Lu}[\pL.'’-]*){0,4}(?:,? ` + dateRE + `)? ?\( ?[A-Z]{2,6} ?\) ?` + dashRE + ` +`)
	// capsDateline matches an upper-case dateline without agency tag:
	// "LONDON —", "NEW YORK _", "WELLFORD, Ore. —", "LONDON, Sept 18 -".
	capsDateline = regexp.MustCompile(`^[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]*){0,3}(?:, [A-Z][\pL.'’-]*(?: [A-Z][\pL.'’-]*){0,2})??(?:,? ` + dateRE + `)? ` + dashRE + ` +`)
	// datedDateline matches a dateline in mixed case that carries a date,
	// which a sentence never opens with: "Tarnwick, Aldera, Sept 18 - ".
	// lowerDateline matches the dateline of lower-cased text (Multi-News):
	// a capitalised place of up to three words, perhaps a region, a date
	// and a tag in parentheses, then a dash or bar and a lower-case word
	// ("London – a ...", "Little rock, ark. - a ...", "Tarnwick/oldbridge -
	// a ..." for a story filed from two places, "Colerain township,
	// ohio ( wkrc ) - police ...", "Johnson city ( wxyz-tv ) -- one ...",
	// "Eastvale, wv ( wabc/wxyz ) - a ..." for two stations).
	lowerDateline = regexp.MustCompile(`^\p{Lu}[\p{Ll}.'’]*(?: [\p{Ll}.'’]+){0,2}(?:/[\p{Ll}.'’]+(?: [\p{Ll}.'’]+)?)?(?:, [\p{Ll}.'’]+(?: [\p{Ll}.'’]+)?)?(?:,? (?:jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec)[a-z]*\.? \d{1,2})?(?: \( ?(?:[\p{Ll}\d.-]{2,12}|[\p{Ll}]{3,5}(?:-tv)?/[\p{Ll}]{3,5}(?:-tv)?)(?: [\p{Ll}.]+){0,2} ?\))? (?:-|–|—|---|--|\|) \p{Ll}`)
	// barDateline matches the place written twice around a bar, a wire
	// copy's dateline as pages run it into the text: "Athens | athens -
	// greek police ...", "WASHINGTON | Washington — ..."; both places
	// must be the same words (stripDateline checks).
	barDateline = regexp.MustCompile(`^(\p{Lu}[\pL.'’]*(?: [\pL.'’]+){0,2}) ?\| ?(\pL[\pL.'’]*(?: [\pL.'’]+){0,2}) (?:-|–|—|--) +`)
	// doubleSlashDateline matches the dateline Gulf papers close with two
	// slashes: "DUBAI //", "Abu dhabi / / a ...".
	doubleSlashDateline = regexp.MustCompile(`^\p{Lu}[\pL.'’]*(?: [\pL.'’]+){0,2} ?/ ?/ +`)
	datedDateline       = regexp.MustCompile(`^\p{Lu}[\pL.'’-]*(?:,? \p{Lu}[\pL.'’-]*){0,3},? ` + dateRE + ` ` + dashRE + ` +`)
)

// stripInline removes the noise that sits inside a paragraph: a dateline
// prefix, photo credits in parentheses, furniture phrases such as "toggle
// caption", and a trailing wire code like "(tc-pfg-dkt)". It returns the
// paragraph with white space collapsed.
func stripInline(p string) string {
	orig := p
	p = stripPunctRuns(p)
	p = stripVideoMark(stripVideoBar(stripUpdates(p)))
	p = stripLead(p)
	p = stripDateline(p)
	if strings.IndexByte(p, '(') >= 0 {
		if q := stripCredits(p); q != p {
			// "... a vigil. ( photo by jane roe ) westvale ( wxyz ) – the
			// family ...": the station dateline the credit hid now opens a
			// sentence.
			p = stripLead(collapseSpace(q))
		}
		p = stripWireCode(p)
	}
	p = stripWireTail(p)
	p = stripNameCards(p)
	if q := stripPhrases(p); q != p {
		// "Please enable javascript to watch this video cleveland, ohio --
		// a ...", "Harbour chief quits enlarge this image ... updated at 5:
		// 45 p.m. et the chairman ...": what the phrase hid opens the text.
		p = stripDateline(stripLead(q))
	}
	if p != orig {
		p = collapseSpace(p)
	}
	return p
}

// stripDateline removes a dateline prefix, keeping the sentence after it.
// A dateline is cut whole, place, date and agency tag together, so that
// cutting a credit-like tag later ("(Reuters)") never leaves its place
// behind ("LONDON, Sept 18 - ...").
// capsTagAt reports whether p may open with tagDateline's dateline, its
// first '(' at i: p opens with a capital (an ASCII one, or a byte of a
// multi-byte letter), and two ASCII capitals follow the '(' and at most
// one space. The dateline's place and date hold no '(', so its tag's is
// the first; lower-cased text ("( cnn )") is passed by before the
// expression runs.
func capsTagAt(p string, i int) bool {
	if !('A' <= p[0] && p[0] <= 'Z' || p[0] >= 0x80) {
		return false
	}
	t := strings.TrimPrefix(p[i+1:], " ")
	return len(t) >= 2 && 'A' <= t[0] && t[0] <= 'Z' && 'A' <= t[1] && t[1] <= 'Z'
}

func stripDateline(p string) string {
	if i := strings.IndexByte(p, '('); i >= 0 && i < 80 {
		if agencyAfter(p[i+1:]) {
			if loc := agencyDateline.FindStringIndex(p); loc != nil && loc[1] < len(p) {
				return lex.UpperFirst(p[loc[1]:])
			}
		}
		if capsTagAt(p, i) {
			if loc := tagDateline.FindStringIndex(p); loc != nil && loc[1] < len(p) {
				return lex.UpperFirst(p[loc[1]:])
			}
		}
	}
	if len(p) > 3 && 'A' <= p[0] && p[0] <= 'Z' && 'A' <= p[1] && p[1] <= 'Z' {
		if loc := capsDateline.FindStringIndex(p); loc != nil && loc[1] < len(p) {
			return lex.UpperFirst(p[loc[1]:])
		}
	}
	if strings.Contains(p[:min(len(p), 40)], "/") {
		if loc := doubleSlashDateline.FindStringIndex(p); loc != nil && loc[1] < len(p) {
			return lex.UpperFirst(p[loc[1]:])
		}
	}
	if rest, ok := cutColonDateline(p); ok {
		return rest // "Singapore: the city's ...", "LUCKNOW: A court ..."
	}
	// The patterns below all need a dash or bar near the start.
	if !hasDashOrBar(p[:min(len(p), 100)]) {
		return p
	}
	if mayBeDated(p) {
		if loc := datedDateline.FindStringIndex(p); loc != nil && loc[1] < len(p) {
			return lex.UpperFirst(p[loc[1]:])
		}
	}
	if rest, ok := CutBarDateline(p); ok {
		return lex.UpperFirst(rest)
	}
	if atStationDateline(p) { // "St. Louis, mo ( ktvi ) - police ...", which lowerDateline's lower-case place misses
		if loc := stationDateline.FindStringIndex(p); loc != nil {
			_, size := utf8.DecodeLastRuneInString(p[:loc[1]])
			return lex.UpperFirst(p[loc[1]-size:])
		}
	}
	if loc := lowerDateline.FindStringIndex(p); loc != nil && lowerPlace(p[:loc[1]]) {
		_, size := utf8.DecodeLastRuneInString(p[:loc[1]]) // the sentence's first letter
		return lex.UpperFirst(p[loc[1]-size:])
	}
	return p
}

// hasDashOrBar reports whether s holds a hyphen, en or em dash or bar:
// lex.IndexAny(s, "-–—|") >= 0 without decoding every rune of s (a
// dash's bytes open no other rune, nor close one).
func hasDashOrBar(s string) bool {
	return strings.IndexByte(s, '-') >= 0 || strings.IndexByte(s, '|') >= 0 || strings.Contains(s, "–") || strings.Contains(s, "—")
}

// agencyAfter reports whether rest, the text after the first "(" of a
// paragraph, opens with a name of agencies (after one space at most), in
// any case: agencyDateline needs it, since neither the place nor the date
// before its tag holds a parenthesis. Text with a non-ASCII byte near its
// start is let through, as (?i) also folds "ſ" and the Kelvin sign onto
// "s" and "k". It spares most paragraphs with a parenthesis the
// expression.
func agencyAfter(rest string) bool {
	rest = strings.TrimPrefix(rest, " ")
	for i := 0; i < len(rest) && i < maxAgencyBytes; i++ {
		if rest[i] >= utf8.RuneSelf {
			return true
		}
	}
	for _, a := range agencyNames {
		if len(rest) >= len(a) && strings.EqualFold(rest[:len(a)], a) {
			return true
		}
	}
	return false
}

// agencyNames are the names of agencies (lex.Agencies), and maxAgencyBytes
// the length of the longest.
var agencyNames = lex.Agencies()

var maxAgencyBytes = func() int {
	n := 0
	for _, a := range agencyNames {
		n = max(n, len(a))
	}
	return n
}()

// mayBeDated reports whether p may open with what datedDateline matches:
// its place is letters, periods, apostrophes, hyphens, commas and spaces,
// and its date either holds a digit, which is then the first other
// character of p, or is a weekday, whose "day" lies before that character.
// It spares most paragraphs with a dash near their start the expression.
func mayBeDated(p string) bool {
	e := 0
	for e < len(p) {
		r, n := utf8.DecodeRuneInString(p[e:])
		if !unicode.IsLetter(r) && !strings.ContainsRune(".'’-, ", r) {
			break
		}
		e += n
	}
	return e < len(p) && '0' <= p[e] && p[e] <= '9' || strings.Contains(p[:e], "day")
}

// lowerPlace reports whether the opening a lower-case dateline pattern
// matched is a place and not a sentence's first words: it has a region or
// tag ("Little rock, ark. -"), or is at most three words whose first is no
// stopword, pronoun or connective ("London –", not "The plan -") and no
// censored word ("f --- you").
func lowerPlace(m string) bool {
	if lex.ContainsAny(m, ",(") {
		return true
	}
	fields := lex.SpaceFieldsShared(m) // place words, the dash, the next letter
	first := lex.Lower(fields[0])
	if len(fields) < 3 || len(fields)-2 > 3 || lex.IsStopword(first) || notPlaces[first] {
		return false
	}
	// A censored word before the dash is not a place: a one-word place has
	// three letters or more ("pu --- was"), a longer one's last word two
	// ("shut the f --- up", but "Santa fe -").
	last := fields[len(fields)-3]
	if len(fields) == 3 {
		return len(last) >= 3 || strings.HasSuffix(last, ".")
	}
	return len(last) >= 2
}

// notPlaces open a sentence, not a dateline, before a dash.
var notPlaces = map[string]bool{"but": true, "and": true, "so": true, "yet": true,
	"however": true, "meanwhile": true, "still": true, "then": true, "also": true}

// stripPhrases cuts the [strip] phrases of boilerplate.txt out of p,
// ignoring ASCII case, together with the photo credit that follows a
// "toggle caption" ("toggle caption Jane Doe/AP Jane Doe/AP").
func stripPhrases(p string) string {
	if !mayHavePhrase(p) {
		return p
	}
	lower := lex.LowerASCII(p)
	for _, ph := range phrases.strip {
		for range maxStrips {
			i := strings.Index(lower, ph)
			if i < 0 {
				break
			}
			end := i + len(ph)
			if strings.HasSuffix(ph, "caption") || ph == "enlarge this image" {
				end = skipCredit(p, skipDoubled(lower, end))
				for _, tail := range []string{" via getty images ", " images "} {
					if strings.HasPrefix(lower[end:], tail) {
						end += len(tail) - 1
						break
					}
				}
			}
			if pictureWidget[ph] {
				i = widgetRunIn(lower, i) // the headline or caption the widget follows
			}
			rest := p[end:]
			if i > 0 && sentenceWidget[ph] && endsSentence(strings.TrimRight(p[:i], " ")) {
				// "<sentence>. <caption> <widget> the story ...": the story
				// opens a sentence of its own, which the splitter needs.
				// A station's dateline after its video button goes too.
				rest = " " + lex.UpperFirst(stripDateline(strings.TrimLeft(rest, " ")))
			}
			p = p[:i] + " " + rest
			lower = lower[:i] + " " + lex.LowerASCII(rest)
			if i == 0 { // the paragraph's sentence now opens it
				p = lex.UpperFirst(strings.TrimLeft(p, " "))
				lower = lex.LowerASCII(p)
			}
		}
	}
	return p
}

// pictureWidget holds the [strip] phrases of a picture widget, which a
// page sets between a headline (or a photo's caption) and the story:
// "Harbour chief quits enlarge this image toggle caption jane roe/ap
// jane roe/ap the chairman of ...".
var pictureWidget = map[string]bool{"enlarge this image": true, "toggle caption": true, "hide caption": true,
	"[ + - ] video video video video": true, "[ + - ] video video video": true, "[ + - ] video video": true, "[ + - ] video": true}

// sentenceWidget holds the [strip] phrases after which the story opens a
// sentence in lower-cased text when the words before the phrase end one
// ("Rated pg ( for peril ). Printer-friendly » e-mail this to a friend »
// the film opens ..."): the story's first letter is raised, so that the
// splitter sees the sentence.
var sentenceWidget = map[string]bool{"printer-friendly » e-mail this to a friend »": true,
	"[ + - ] video video video video": true, "[ + - ] video video video": true, "[ + - ] video video": true, "[ + - ] video": true}

// widgetRunIn returns where the text run into a picture widget at i
// starts: the start of lower or the end of the sentence before i, when
// between widgetMinWords and headlineMaxWords words lie there, none ending
// a sentence: a headline or caption with no punctuation of its own, which
// the page ran into the story's first words ("Harbour chief quits ...
// the chairman of the harbour board resigned ..."). Otherwise it returns
// i.
func widgetRunIn(lower string, i int) int {
	words, inWord := 0, false
	for j := i - 1; j >= 0; j-- {
		c := lower[j]
		if c == ' ' {
			if endsSentenceAt(lower, j) {
				return cutIfWords(words, j+1, i)
			}
			inWord = false
			continue
		}
		if !inWord {
			inWord = true
			words++
			if words > headlineMaxWords {
				return i
			}
		}
	}
	return cutIfWords(words, 0, i)
}

// skipDoubled returns the end of a photo credit written twice that
// follows index i, the way a picture widget repeats it ("toggle caption
// harbour radio harbour radio the ferry ..."): one to doubledMaxWords
// words said again at once. It returns i when there is none.
func skipDoubled(lower string, i int) int {
	ws := headlineWords(lower[i:], 2*doubledMaxWords)
	for n := min(doubledMaxWords, len(ws)/2); n >= 1; n-- {
		same := true
		for k := range n {
			if ws[k].w != ws[n+k].w {
				same = false
				break
			}
		}
		if same {
			return i + ws[2*n-1].end
		}
	}
	return i
}

// doubledMaxWords bounds the words of a credit skipDoubled finds.
const doubledMaxWords = 8

// endsSentenceAt reports whether the word before the space at j ends a
// sentence: it ends in "!", "?" or a quote mark, or in a period after four
// letters or more with no period among them ("harbour.", not "u.s." or
// "jr."), or is a period alone (tokenized text: "harbour .").
func endsSentenceAt(lower string, j int) bool {
	if j == 0 {
		return false
	}
	switch lower[j-1] {
	case '!', '?', '"':
		return true
	case '.':
		k := j - 1
		for k > 0 && 'a' <= lower[k-1] && lower[k-1] <= 'z' {
			k--
		}
		if k == j-1 {
			return k > 0 && lower[k-1] == ' ' // tokenized text: "in may . hide caption"
		}
		return j-1-k >= 4 && (k == 0 || lower[k-1] == ' ')
	}
	return strings.HasSuffix(lower[:j], "”")
}

// cutIfWords returns start when words is at least widgetMinWords, else i.
func cutIfWords(words, start, i int) int {
	if words >= widgetMinWords {
		return start
	}
	return i
}

// widgetMinWords is the fewest words of a headline or caption that
// widgetRunIn cuts before a picture widget.
const widgetMinWords = 3

// phraseTails are lower-case pieces of every [strip] phrase, present in
// its usual capitalisations; a paragraph without any of them holds no
// phrase and need not be lower-cased.
var phraseTails = []string{"avascript", "AVASCRIPT", "timeline", "TIMELINE", "ogout", "OGOUT", "aption", "APTION", "ontinue", "ONTINUE", "nlarge", "NLARGE", "me up!", "ME UP!", "ews videos", "EWS VIDEOS", "interest", "Interest", "INTEREST", "allery", "ALLERY", "this image", "THIS IMAGE", "this story.", "THIS STORY.",
	"+ - ] video", "+ - ] Video", "+ - ] VIDEO", "friend »", "Friend »", "FRIEND »",
	"03 forbidden", "03 Forbidden", "03 FORBIDDEN", "04 not found", "04 Not Found", "04 NOT FOUND"}

// phraseTailSet finds any of phraseTails in one pass of a paragraph.
var phraseTailSet = lex.NewSubstrings(phraseTails...)

// mayHavePhrase reports whether p holds one of phraseTails.
func mayHavePhrase(p string) bool { return phraseTailSet.In(p) }

// maxStrips bounds how many times one phrase is cut from a paragraph, which
// keeps the work linear on adversarial input.
const maxStrips = 16

// skipCredit returns the end of the photo credit that may follow index i:
// up to two runs of at most five words each ending in a word with a slash
// ("Jane Doe/AP", "jane doe / ap").
func skipCredit(p string, i int) int {
	end := i
	for range 2 {
		fields := 0
		j := end
		found := -1
		for fields < 6 && j < len(p) {
			for j < len(p) && p[j] == ' ' {
				j++
			}
			k := j
			for k < len(p) && p[k] != ' ' {
				k++
			}
			if k == j {
				break
			}
			word := p[j:k]
			if lex.ContainsAny(word, ".,;:!?\"") {
				break
			}
			fields++
			if strings.Contains(word, "/") {
				found = k
				if word == "/" && k < len(p) { // "jane doe / ap"
					k2 := k + 1
					for k2 < len(p) && p[k2] != ' ' {
						k2++
					}
					found = k2
				}
				break
			}
			j = k
		}
		if found < 0 {
			break
		}
		end = found
	}
	return end
}

// CutBarDateline returns s after a dateline that writes its place twice
// around a bar ("Athens | athens - greek police ..."), and whether s
// opened with one: both places the same words, some text after it.
func CutBarDateline(s string) (string, bool) {
	m := barDateline.FindStringSubmatchIndex(s)
	if m == nil || m[1] >= len(s) || !strings.EqualFold(s[m[2]:m[3]], s[m[4]:m[5]]) {
		return s, false
	}
	return s[m[1]:], true
}
