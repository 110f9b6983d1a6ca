package summarize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// An embedded tweet's text read as the article's own narration: the page
// gives "<tweet text> pic.twitter.com/<id> — <Name> (@handle) <Month D,
// YYYY>", the trims (cutTweetFooter) take the signature off the next
// sentence, and a chosen "<tweet text>." reaches the reader with no
// speaker. creditTweets gives it the signature's name: "<Name> tweeted:
// "<tweet text>."". It runs on a reader's summary after selection, so
// only the chosen sentence changes.

// Bounds of creditTweets.
const (
	// tweetCreditMaxName is the most words of a tweet signature's name.
	tweetCreditMaxName = 4
	// tweetCreditLeadIn is the fewest words before a colon read as the
	// writer's lead-in to the tweet ("Just in: ..." is the tweet's own).
	tweetCreditLeadIn = 5
	// tweetSpan bounds, in bytes, the text from a sentence's start to the
	// signature of a tweet it opens or goes on (tweetSignerLater): a
	// tweet held 140 characters until late 2017, and the page's spacing
	// adds about a tenth. Since 2017 a tweet may hold 280, but an
	// article's own sentence and a short tweet after it fit that too:
	// 140 is asked of every year.
	tweetSpan = 155
)

// creditTweets gives each sentence of a reader's summary that an embedded
// tweet's signature follows in its article (tweetSigner) its author:
// "<Name> tweeted: "<text>"". A sentence holding a quotation mark or the
// word "tweet" (its speaker is given), or tweetCreditLeadIn words or more
// before a colon (the writer's lead-in run into the tweet), or a
// retweet ("Rt @<account>: ..."), is left alone. A sentence that names
// no source of its own ("said", "according to": tweetReported) also
// takes the name of a tweet it opens or goes on whose signature follows
// a later sentence (tweetSignerLater). Two sentences of one tweet shown
// in a row read as one quotation, credited once.
func (c *cluster) creditTweets(picked []int, sum *chorus.Summary) {
	if len(picked) != len(sum.Sentences) {
		return
	}
	credited := make([]string, len(picked)) // the name each sentence is credited to here
	for i, f := range picked {
		s := sum.Sentences[i].Text
		if lex.ContainsAny(s, "\"“”") || strings.Contains(strings.ToLower(s), "tweet") {
			continue
		}
		if strings.HasPrefix(strings.ToLower(s), "rt @") {
			continue // a retweet: the words are another account's
		}
		if head, _, ok := strings.Cut(s, ": "); ok && lex.CountFields(head) >= tweetCreditLeadIn {
			continue // "Here's the latest from <name>: <tweet>": the writer's lead-in is no tweet
		}
		cd := c.cands[c.facts[f].rep]
		name := tweetSigner(c.docs[cd.doc].article.Text, cd.text)
		rest := ""
		if name == "" && !tweetReported(s) {
			name, rest = tweetSignerLaterRest(c.docs[cd.doc].article.Text, cd.text)
			if namesSigner(s, name) {
				name = "" // "Below, <name>'s manifesto ...": the writer points at the tweet
			}
		}
		if name == "" {
			continue
		}
		credited[i] = name
		if i > 0 && credited[i-1] == name && c.tweetNext(c.facts[picked[i-1]].rep, c.facts[f].rep) {
			// The tweet's next sentence, shown next: one quotation.
			sum.Sentences[i-1].Text = strings.TrimSuffix(sum.Sentences[i-1].Text, `"`)
			sum.Sentences[i].Text = s + `"`
			continue
		}
		if tail := tweetTail(rest); tail != "" && (i+1 >= len(picked) || !c.tweetNext(c.facts[f].rep, c.facts[picked[i+1]].rep)) {
			s += " " + tail // the tweet's punchline, not cut off
		}
		sum.Sentences[i].Text = name + ` tweeted: "` + s + `"`
	}
}

// tweetTailMaxWords bounds the words of a tweet's rest that tweetTail
// appends to a credited sentence.
const tweetTailMaxWords = 12

// tweetTail returns the rest of a tweet after a chosen sentence, up to its
// signature, when it reads as the tweet's short closing line: at most
// tweetTailMaxWords words, ending a sentence, with no hashtag, mention,
// link or quotation mark, not trailing off ("..."); the page's "&amp;"
// reads "&". It returns "" otherwise.
func tweetTail(rest string) string {
	rest = strings.TrimSpace(rest)
	if rest == "" || countWords(rest) > tweetTailMaxWords || lex.ContainsAny(rest, "#@\"“”") ||
		strings.Contains(rest, "http") || strings.Contains(rest, "www.") || strings.Contains(rest, ".com") {
		return ""
	}
	if !lex.ContainsAny(rest[len(rest)-1:], ".!?") || strings.HasSuffix(rest, "..") || strings.HasSuffix(rest, "…") {
		return "" // "... the phony...": the tweet goes on in the next one
	}
	return strings.ReplaceAll(rest, "&amp;", "&")
}

// tweetNext reports whether candidate b stands right after candidate a in
// the article of a: the next sentence of one tweet.
func (c *cluster) tweetNext(a, b int) bool {
	text := c.docs[c.cands[a].doc].article.Text
	i, j := tweetAt(text, c.cands[a].text), tweetAt(text, c.cands[b].text)
	return i >= 0 && j > i && strings.TrimSpace(text[min(j, i+len(c.cands[a].text)):j]) == ""
}

// tweetSigner returns the name of the tweet whose text ends with sent in
// text: right after sent (and an optional "pic.twitter.com/" or web link)
// stands a dash, a name of one to tweetCreditMaxName words of letters
// (each given a capital), "(@handle)" and a date "Month D, YYYY". It
// returns "" when text holds no such signature after sent.
func tweetSigner(text, sent string) string {
	at := tweetAt(text, sent)
	if at < 0 {
		return ""
	}
	return tweetSignature(text[at+len(sent) : min(len(text), at+len(sent)+400)])
}

// tweetAt returns where sent, a candidate's text, stands in text, or -1.
// Multi-News lowers a sentence's first letter; the trims give it a
// capital: both are tried.
func tweetAt(text, sent string) int {
	if sent == "" {
		return -1
	}
	at := strings.Index(text, sent)
	if at < 0 {
		r, n := utf8.DecodeRuneInString(sent)
		at = strings.Index(text, string(unicode.ToLower(r))+sent[n:])
	}
	return at
}

// tweetSignature reads the signature an embedded tweet's text is followed
// by at the start of rest: an optional link, a dash, the name, "(@handle)"
// and "Month D, YYYY". It returns the name, each word given a capital,
// or "" when rest opens with no signature.
func tweetSignature(rest string) string {
	// The fields it may read: a link, the dash, the name, "(", the
	// handle, ")" and the date's three.
	f := lex.FirstFields(rest, tweetCreditMaxName+8)
	k := 0
	if k < len(f) && (strings.HasPrefix(strings.ToLower(f[k]), "pic.twitter.com/") || strings.HasPrefix(f[k], "http")) {
		k++
	}
	if k >= len(f) {
		return ""
	}
	dash := f[k]
	var first string
	switch {
	case dash == "—" || dash == "-" || dash == "--" || dash == "–":
		k++
	case strings.HasPrefix(dash, "—"):
		first = strings.TrimPrefix(dash, "—")
		k++
	default:
		return ""
	}
	var name []string
	if first != "" {
		name = append(name, first)
	}
	for ; k < len(f) && !strings.HasPrefix(f[k], "("); k++ {
		name = append(name, f[k])
	}
	if len(name) == 0 || len(name) > tweetCreditMaxName || k >= len(f) {
		return ""
	}
	// "(@handle)" or "( @handle )".
	h := f[k]
	if h == "(" && k+1 < len(f) {
		k++
		h = "(" + f[k]
	}
	if !strings.HasPrefix(h, "(@") || len(h) < 3 {
		return ""
	}
	if !strings.HasSuffix(h, ")") {
		if k+1 >= len(f) || f[k+1] != ")" {
			return ""
		}
		k++
	}
	k++
	if k+2 >= len(f) || !months[strings.ToLower(f[k])] {
		return ""
	}
	if !isYear(strings.TrimRight(f[k+2], ".,")) {
		return ""
	}
	for i, w := range name {
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '.' && r != '\'' && r != '’' && r != '-' {
				return ""
			}
		}
		name[i] = lex.UpperFirst(w)
	}
	return strings.Join(name, " ")
}

// tweetSignerLater returns the name of the tweet sent opens or goes on
// when its signature (tweetSignature) follows a later sentence of the
// tweet: "<sent> <more of the tweet> pic.twitter.com/<id> — <Name>
// (@handle) <date>". The text from sent's start to the signature must
// fit one tweet (tweetSpan): the article's own sentence before an
// embedded tweet is mostly longer than that together with the tweet. The words between sent and the
// signature hold no quotation mark and no other signature. It returns ""
// when there is none.
func tweetSignerLater(text, sent string) string {
	name, _ := tweetSignerLaterRest(text, sent)
	return name
}

// tweetSignerLaterRest is tweetSignerLater that also returns the tweet's
// words between sent and the signature.
func tweetSignerLaterRest(text, sent string) (name, rest string) {
	at := tweetAt(text, sent)
	if at < 0 {
		return "", ""
	}
	from := at + len(sent)
	end := min(len(text), at+tweetSpan)
	for j := from + 1; j < end; j++ {
		if text[j-1] != ' ' {
			continue
		}
		gap := text[from:j]
		if lex.ContainsAny(gap, "\"“”") || strings.Contains(gap, "(@") || strings.Contains(gap, "( @") {
			return "", ""
		}
		if c := text[j]; c != 'p' && c != 'P' && c != 'h' && c != '-' && c != 0xe2 { // a link, "-", or "—" / "–"
			continue
		}
		name := tweetSignature(text[j:min(len(text), j+400)])
		if name == "" {
			continue
		}
		if countWords(gap) == 0 {
			return "", ""
		}
		return name, gap
	}
	return "", ""
}

// tweetReported reports whether s reads as the writer's report, not a
// tweet's words: it credits a source ("said", "according to", "wrote",
// "clarified", ...), names the site ("on twitter") or ends in a colon
// that leads in to the tweet.
func tweetReported(s string) bool {
	if strings.HasSuffix(strings.TrimRight(s, ". "), ":") {
		return true // "The response was criticized:": the writer's lead-in to the tweet
	}
	for _, w := range lex.LetterWords(s, 80) {
		switch w {
		case "said", "says", "told", "tells", "reported", "reports", "according", "wrote", "writes",
			"added", "adds", "clarified", "explained", "declared", "announced", "twitter":
			return true
		}
	}
	return false
}

// namesSigner reports whether s names name, a tweet's signer: it holds
// every word of the name of three letters or more ("the" aside), or two
// of them. A tweet seldom names its own author in full; the writer's
// sentence before it often does. One word is not enough: an account's
// tweets name its team, town or building ("<surname> tower").
func namesSigner(s, name string) bool {
	words := lex.LetterWords(s, 80)
	have, want := 0, 0
	for _, n := range lex.LetterWords(name, tweetCreditMaxName) {
		if len(n) < 3 || n == "the" {
			continue
		}
		want++
		if slices.Contains(words, n) {
			have++
		}
	}
	return want > 0 && (have == want || have >= 2)
}
