package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file cuts a link's or widget's label that a page ran into the
// sentence after it: "Read the ruling here the judge ordered ..." reads
// "The judge ordered ...", "Related news the council says ..." reads "The
// council says ...". A label left alone with no sentence after it is a
// teaser (linkLine, flags.go), which a reader's summary leaves out.

// linkHereWords bounds the words of a "Read ... here" label, "here"
// included.
const linkHereWords = 6

// linkRestWords is the fewest words of the sentence after a label.
const linkRestWords = 10

// cutLinkLabel returns s without a link's label that opens it and runs
// into a lower-case sentence of linkRestWords words or more: "Read",
// "See", "View", "Watch" or "Listen" and at most linkHereWords words up to
// "here" ("Read the full ruling here the judge ordered ..."), or a bare
// "Related" or "Related news" ("Related news the council says ...").
// "Related content ...", "Related stories: ..." and the like name a list
// of links whose first headline follows, which linkLine marks whole.
func cutLinkLabel(s string) string {
	if s == "" || !strings.ContainsRune("RSVWLrsvwl", rune(s[0])) {
		return s
	}
	fields := lex.SpaceFieldsShared(s[:min(len(s), 120)])
	if len(fields) < 2 {
		return s
	}
	first := lex.Lower(fields[0])
	cut := 0
	switch first {
	case "read", "see", "view", "watch", "listen":
		for i := 1; i < len(fields) && i < linkHereWords; i++ {
			if lex.ContainsAny(fields[i], `.,;:!?"“”`) {
				return s
			}
			if lex.Lower(fields[i]) == "here" {
				cut = i + 1
				break
			}
		}
	case "related":
		cut = 1
		if lex.Lower(fields[1]) == "news" {
			cut = 2
		}
		if cut < len(fields) && relatedList[lex.Lower(strings.TrimRight(fields[cut], ":"))] {
			return s
		}
	}
	if cut == 0 || cut >= len(fields) {
		return s
	}
	return storyAfter(s, cut, linkRestWords)
}

// relatedList after "Related" name a list of links: "Related content",
// "Related stories", "Related news articles".
var relatedList = lex.Set("content", "stories", "story", "articles", "article", "links", "link", "gallery", "video",
	"videos", "posts", "coverage", "reading", "topics", "items", "headlines", "headline", "searches", "", "related", "news")

// widgetRelatedHeadWords is the most words of a headline or caption
// before a mid-sentence "related stories" label that cutWidgetOpener cuts.
const widgetRelatedHeadWords = 40

// cutWidgetOpener returns s, one of an article's first sentences, without
// the words of a page's video or link widget that the flattened page ran
// into it:
//   - the close button of a video player that opens the page: the
//     sentence after it is the video's caption ("Close the mayor of
//     westvale talks about the ferry's last crossing."), left out whole
//     (""), when the article's first sentence opens with it (first) and
//     the next word is not one "close" takes as an adjective or adverb
//     ("Close to 300 people ...", "Close friends of the mayor ...":
//     closeTakes);
//   - a video page's uploader line ("Uploaded by ferryfan99 on the mayor
//     ..."), likewise on the first sentence;
//   - a headline or caption and the "related stories" label after it,
//     with no colon ("Ferry line fined related stories a westvale ferry
//     line has been fined ..."): a news page prints its related links'
//     box between the headline and the story, and the flattened page
//     keeps only the label.
//
// What is left must open in lower case and hold linkRestWords words or
// more; a label that opens the sentence ("Related stories: ...") names a
// list of links, which linkLine marks whole.
func cutWidgetOpener(s string, first bool) string {
	if s == "" || !first && !hasFoldASCII(s[:min(len(s), 400)], "related") {
		return s // past the first sentence only "related stories" is cut (no rune but ASCII lower-cases to these letters)
	}
	fields := lex.SpaceFieldsShared(s[:min(len(s), 400)])
	if len(fields) < 3 {
		return s
	}
	cut := 0
	switch {
	case first && fields[0] == "Close" && !closeTakes[lex.Lower(lex.TrimPunct(fields[1], `,.;:!?`))]:
		return "" // the video's caption: "Close the mayor of westvale talks about the ferry's last crossing."
	case first && fields[0] == "Uploaded" && fields[1] == "by" && len(fields) > 4 && fields[3] == "on":
		cut = 4
	default:
		for i := 1; i+1 < len(fields) && i < widgetRelatedHeadWords; i++ {
			if lex.Lower(fields[i]) == "related" && lex.Lower(fields[i+1]) == "stories" && !relatedCount[lex.Lower(fields[i-1])] {
				cut = i + 2
				break
			}
		}
	}
	if cut == 0 || cut >= len(fields) {
		return s
	}
	rest := afterFields(s, cut)
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsLower(r) && r != '\'' && r != '"' && r != '‘' && r != '“' || countWords(rest) < linkRestWords {
		return s
	}
	return lex.UpperFirst(rest)
}

// closeTakes are the words "close" goes with as an adjective or adverb
// when a story itself opens with it: "Close to", "Close by", "Close up",
// "Close behind", "Close friends", "Close ties", "Close calls".
var closeTakes = lex.Set("to", "by", "up", "behind", "enough", "friend", "friends", "ties", "call", "calls", "relative",
	"relatives", "aide", "aides", "ally", "allies", "associate", "associates", "range", "quarters", "contact",
	"contacts", "family", "encounter", "encounters", "race", "races", "runner-up", "second", "watchers", "observers")

// relatedCount before "related stories" makes them prose ("two related
// stories ran ..."), not a widget's label.
var relatedCount = lex.Set("the", "a", "two", "three", "four", "five", "several", "many", "other", "these", "those",
	"some", "more", "its", "his", "her", "their", "our", "and", "or", "of", "in", "on", "for", "with", "about")

// shareBarRestWords is the fewest words of the sentence after a share bar.
const shareBarRestWords = 5

// cutShareBar returns s without a page's share bar that opens it and runs
// into a lower-case sentence of shareBarRestWords words or more: two or
// more of the bar's buttons and counts ("Share share tweet link the mayor
// of westvale ...", "Email this the mayor ...", "Pin share 3 31 shares the
// mayor ...", "+ read article the mayor ...") read "The mayor ...". A lone
// "Share" or "Tweet" is left: it may open the sentence itself.
func cutShareBar(s string) string {
	if s == "" || !strings.ContainsRune("SsTtEePp+", rune(s[0])) {
		return s
	}
	head := s[:min(len(s), 160)]
	if w, ok := firstASCIIField(head); ok && !shareBarOpeners[lex.Lower(w)] {
		return s // the loop below stops at its first word
	}
	fields := lex.SpaceFieldsShared(head)
	n := 0
	for n < len(fields) {
		w := lex.Lower(fields[n])
		prev := ""
		if n > 0 {
			prev = lex.Lower(fields[n-1])
		}
		ok := shareBarButtons[w] || n > 0 && strings.Trim(w, "0123456789,+()") == "" ||
			w == "this" && (prev == "email" || prev == "e-mail") || w == "article" && (prev == "print" || prev == "read") ||
			w == "read" && prev == "+"
		if !ok || n == 0 && !shareBarOpeners[w] {
			break
		}
		n++
	}
	if n < 2 || n >= len(fields) {
		return s
	}
	return storyAfter(s, n, shareBarRestWords)
}

// firstASCIIField returns the first field of strings.Fields(s) when s
// opens with one of ASCII bytes that no space comes before, and false
// when it cannot tell (a space or a byte from 0x80 up at the start, or
// a byte from 0x80 up before the first ASCII space).
func firstASCIIField(s string) (string, bool) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return "", false
		case c == ' ' || '\t' <= c && c <= '\r':
			return s[:i], i > 0
		}
	}
	return s, s != ""
}

// shareBarButtons are the buttons of a page's share bar; shareBarOpeners those
// that open one.
var (
	shareBarButtons = lex.Set("share", "shares", "tweet", "email", "e-mail", "print", "pin", "link", "copy", "send", "+",
		"+1")
	shareBarOpeners = lex.Set("share", "tweet", "email", "e-mail", "print", "pin", "+")
)

// storyAfter returns s from its word n on, capitalised, when that rest
// opens lower-case and holds minWords words or more (a sentence going on
// after the cut furniture); else s as it is.
func storyAfter(s string, n, minWords int) string {
	rest := afterFields(s, n)
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsLower(r) || countWords(rest) < minWords {
		return s
	}
	return lex.UpperFirst(rest)
}
