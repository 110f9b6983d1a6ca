package summarize

import (
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
)

// creditTweets gives each sentence of a reader's summary that an embedded
// tweet's signature follows in its article (tweetSigner) its author:
// "<Name> tweeted: "<text>"". A sentence holding a quotation mark or the
// word "tweet" (its speaker is given), or tweetCreditLeadIn words or more
// before a colon (the writer's lead-in run into the tweet), or a
// retweet ("Rt @<account>: ..."), is left alone.
func (c *cluster) creditTweets(picked []int, sum *chorus.Summary) {
	if len(picked) != len(sum.Sentences) {
		return
	}
	for i, f := range picked {
		s := sum.Sentences[i].Text
		if strings.ContainsAny(s, "\"“”") || strings.Contains(strings.ToLower(s), "tweet") {
			continue
		}
		if strings.HasPrefix(strings.ToLower(s), "rt @") {
			continue // a retweet: the words are another account's
		}
		if head, _, ok := strings.Cut(s, ": "); ok && len(strings.Fields(head)) >= tweetCreditLeadIn {
			continue // "Here's the latest from <name>: <tweet>": the writer's lead-in is no tweet
		}
		cd := c.cands[c.facts[f].rep]
		name := tweetSigner(c.docs[cd.doc].article.Text, cd.text)
		if name == "" {
			continue
		}
		sum.Sentences[i].Text = name + ` tweeted: "` + s + `"`
	}
}

// tweetSigner returns the name of the tweet whose text ends with sent in
// text: right after sent (and an optional "pic.twitter.com/" or web link)
// stands a dash, a name of one to tweetCreditMaxName words of letters
// (each given a capital), "(@handle)" and a date "Month D, YYYY". It
// returns "" when text holds no such signature after sent.
func tweetSigner(text, sent string) string {
	if sent == "" {
		return ""
	}
	at := strings.Index(text, sent)
	if at < 0 {
		// Multi-News lowers a sentence's first letter; the trims give it
		// a capital.
		r, n := utf8.DecodeRuneInString(sent)
		sent = string(unicode.ToLower(r)) + sent[n:]
		at = strings.Index(text, sent)
	}
	if at < 0 {
		return ""
	}
	// The fields it may read: a link, the dash, the name, "(", the
	// handle, ")" and the date's three.
	rest := lex.FirstFields(text[at+len(sent):min(len(text), at+len(sent)+400)], tweetCreditMaxName+8)
	k := 0
	if k < len(rest) && (strings.HasPrefix(strings.ToLower(rest[k]), "pic.twitter.com/") || strings.HasPrefix(rest[k], "http")) {
		k++
	}
	if k >= len(rest) {
		return ""
	}
	dash := rest[k]
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
	for ; k < len(rest) && !strings.HasPrefix(rest[k], "("); k++ {
		name = append(name, rest[k])
	}
	if len(name) == 0 || len(name) > tweetCreditMaxName || k >= len(rest) {
		return ""
	}
	// "(@handle)" or "( @handle )".
	h := rest[k]
	if h == "(" && k+1 < len(rest) {
		k++
		h = "(" + rest[k]
	}
	if !strings.HasPrefix(h, "(@") || len(h) < 3 {
		return ""
	}
	if !strings.HasSuffix(h, ")") {
		if k+1 >= len(rest) || rest[k+1] != ")" {
			return ""
		}
		k++
	}
	k++
	if k+2 >= len(rest) || !months[strings.ToLower(rest[k])] || !isYear(strings.TrimRight(rest[k+2], ".,")) {
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
