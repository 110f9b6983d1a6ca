package clean

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file cuts a video syndicator's mark that pages run into the story
// where their video widget stood: "... the vote. Video by jane roe/lohud
// wochit buy photo the mayor at the pier. ( photo: jane roe ) westvale -
// the council voted ...". The mark ("wochit", "wochit-all", "jane
// roe/wochit") closes the widget: the credit before it ("video by ...", a
// photographer's name run into the mark) and the photo caption after it,
// up to its parenthesised photo credit, are the widget's, not the
// story's.

// Bounds of stripVideoMark.
const (
	// videoMarkCreditWords is the most words of the credit before the
	// mark ("video by jane roe", "jane roe/westvale gazette/wochit").
	videoMarkCreditWords = 6
	// videoMarkCaptionWords is the most words of the caption between the
	// mark and its photo credit.
	videoMarkCaptionWords = 30
)

// stripVideoMark cuts every video syndicator's mark in p with the credit
// before it and the photo caption after it (see above). Without a photo
// credit within videoMarkCaptionWords words the mark stays: where the
// widget's caption ends and the story starts is not known, and the mark
// tells later steps that the text around it is a page's.
func stripVideoMark(p string) string {
	if !strings.Contains(p, "ochit") && !strings.Contains(p, "OCHIT") {
		return p
	}
	for range maxStrips {
		start, end, ok := videoMark(p)
		if !ok {
			break
		}
		before := strings.TrimRight(p[:start], " ")
		rest := stripDateline(strings.TrimLeft(p[end:], " "))
		switch {
		case before == "":
			p = lex.UpperFirst(rest)
		case rest == "":
			p = before
		default:
			p = before + " " + lex.UpperFirst(rest)
		}
	}
	return p
}

// videoMark finds the first video mark of p and returns the span to cut:
// from the credit before it to the end of the caption after it (or of the
// mark alone), with ok false when p holds none.
func videoMark(p string) (start, end int, ok bool) {
	low := lex.LowerASCII(p)
	for from := 0; ; {
		i := strings.Index(low[from:], "wochit")
		if i < 0 {
			return 0, 0, false
		}
		i += from
		from = i + len("wochit")
		// The mark is a word, or the last part of a credit joined by
		// slashes ("roe/wochit"); "-all" may follow it.
		tokStart := strings.LastIndexByte(low[:i], ' ') + 1
		if i > tokStart && low[i-1] != '/' {
			continue
		}
		tokEnd := from
		if strings.HasPrefix(low[tokEnd:], "-all") {
			tokEnd += len("-all")
		}
		if tokEnd < len(low) && low[tokEnd] != ' ' {
			continue
		}
		if end = captionAfter(p, tokEnd); end < 0 {
			continue // no caption credit: the widget's text is not told from the story's
		}
		return creditBefore(low, tokStart, i > tokStart), end, true
	}
}

// creditBefore returns where the credit before a video mark starts: at
// "video by" when it stands within videoMarkCreditWords words before the
// mark, at a parenthesised credit just before it ("( jane roe/gazette )
// wochit"), else, for a mark run into a credit ("jane roe/gazette/wochit"),
// at the start of its sentence when that is as near; else at the mark.
func creditBefore(low string, tok int, joined bool) int {
	j := tok // the start of the word after the one read
	for n := 0; n < videoMarkCreditWords && j > 1; n++ {
		k := strings.LastIndexByte(low[:j-1], ' ') + 1
		w := low[k : j-1]
		if strings.HasPrefix(low[k:], "video by ") {
			return k
		}
		if n == 0 && strings.HasSuffix(w, ")") {
			if o := strings.LastIndexByte(low[:j-1], '('); o >= 0 && j-1-o < 80 && strings.Contains(low[o:j-1], "/") {
				return o // "( jane roe/gazette ) wochit"
			}
		}
		if endsSentenceAt(low, j-1) || strings.HasSuffix(w, ")") {
			if joined {
				return j // "... in the harbour. Jane roe/gazette/wochit the ..."
			}
			return tok
		}
		j = k
	}
	if joined && j == 0 {
		return 0
	}
	return tok
}

// captionAfter returns where the photo caption after a video mark ends: just
// after its parenthesised photo credit when one closes within
// videoMarkCaptionWords words ("buy photo the mayor at the pier. ( photo:
// jane roe )"), or -1 when none does.
func captionAfter(p string, at int) int {
	words := 0
	for j := at; j < len(p) && words <= videoMarkCaptionWords; {
		for j < len(p) && p[j] == ' ' {
			j++
		}
		if j < len(p) && p[j] == '(' {
			if k := strings.IndexByte(p[j:], ')'); k > 0 && isCredit(p[j+1:j+k]) {
				return j + k + 1
			}
		}
		k := strings.IndexByte(p[j:], ' ')
		if k < 0 {
			break
		}
		j += k
		words++
	}
	return -1
}
