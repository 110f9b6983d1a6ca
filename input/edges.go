package input

import (
	"strings"
	"unicode"

	textclean "github.com/chorusnews/chorus/clean"
)

// minProseWords is the fewest words of a paragraph that counts as the
// article's prose for trimEdges: the article runs from the first such
// paragraph that ends a sentence to the last (a standfirst without a full
// stop, a caption, a long menu line are not yet the article: the
// readability pages .974305/.949175/.961576 → .974329/.949169/.961584, one page's
// "Topics: …" line under its standfirst and an infobox's dates dropped;
// trafilatura's set unchanged); on a text where no such paragraph ends a
// sentence, from the first to the last of any kind.
const minProseWords = 15

// maxMetaWords is the longest line, in words, that isMetaLine takes for
// post metadata.
const maxMetaWords = 20

// trimEdges drops the lines of post metadata (isMetaLine) that stand
// before the article's first paragraph of prose or after its last one:
// the date, byline, reading time and view count above a story, the tags,
// permalink and "Loading comments" line below it. Inside the article nothing is
// dropped, so a short date heading between paragraphs stays. A text
// without a paragraph of minProseWords words is returned unchanged.
//
// On the extraction dev sets (chorus bench extraction, 2-core EPYC) it
// lifted the readability pages' precision .96878 → .96883 (recall
// unchanged) and left trafilatura's snippets unchanged: none of the
// lines it drops there (dates, "Written by: …", "Views: 184", "Tags: …",
// "Estimated reading time: 6 minutes", "READ THE REST") is a snippet.
// "Posted by …" lines are not dropped: two readability pages keep theirs
// in the gold text (recall .94924 → .94915 with them).
func trimEdges(text string) string {
	paras := strings.Split(text, "\n\n")
	first, last := proseSpan(paras, true)
	if first < 0 {
		first, last = proseSpan(paras, false)
	}
	if first < 0 {
		return text
	}
	keep := paras[:0]
	for i, p := range paras {
		if (i < first || i > last) && (isMetaLine(p) || isLegalLine(p)) {
			continue
		}
		keep = append(keep, p)
	}
	return strings.Join(keep, "\n\n")
}

// metaPrefixes open a line of post metadata, lower-cased.
var metaPrefixes = []string{
	"written by", "posted in", "posted on", "filed under", "filed in",
	"tags:", "tagged:", "tagged with", "keywords", "categories:", "category:", "topics:",
	"share this", "share:", "print this", "permalink", "views:", "estimated reading time",
	"reading time", "last updated", "last modified", "published:", "updated:", "published by",
	"from:", "loading comments", "read the rest", "read full article", "view comments",
	"leave a comment", "no comments", "next:", "previous:", "tagged ",
	"medically reviewed by", "fact checked by", "fact-checked by",
}

// kickerLabels are the section labels a news page sets over or under its
// headline ("Opinion", "Analysis", "World news"), lower-cased words
// joined by spaces: alone on a line at the text's edges they are the
// page's, not the story's.
var kickerLabels = map[string]bool{
	"opinion": true, "analysis": true, "commentary": true, "editorial": true, "explainer": true, "perspective": true,
	"interview": true, "column": true, "op ed": true, "guest essay": true, "essay": true, "letters": true,
	"breaking": true, "breaking news": true, "live": true, "news": true, "world": true, "world news": true,
	"politics": true, "business": true, "sport": true, "sports": true, "health": true, "science": true,
	"technology": true, "tech": true, "entertainment": true, "lifestyle": true, "culture": true, "travel": true,
	"local": true, "local news": true, "national": true, "us news": true, "uk news": true, "economy": true,
	"markets": true, "climate": true, "environment": true, "education": true, "crime": true, "weather": true,
	"arts": true, "books": true, "music": true, "media": true, "obituaries": true, "features": true, "feature": true,
}

// isKicker reports whether p is a section label alone (kickerLabels).
func isKicker(p string) bool {
	if len(p) > 40 {
		return false
	}
	return kickerLabels[strings.Join(words(p), " ")]
}

// isMetaLine reports whether p is a short line of post metadata: a date or
// time stamp alone ("July 7, 2020", "Updated June 13, 2019 at 2:30 pm"), a
// byline ("By Jane Roe", "Written by: Jane Roe"), a line opening with one
// of metaPrefixes ("Tags: …", "Views: 184", "Permalink …") or made of
// metadata labels and values (isLabelLine), a reading
// time ("5 min read"), or such items joined by '|', '·' or '•' ("January
// 13, 2020 | categories: Python | View Comments": with these joined lines,
// trafilatura's set .94892/.94336/.94613 → .95266/.94336/.94799, without
// leaked .051 → .047; the readability pages unchanged). A clock time
// with stamp words only ("Updated 9:52 PM ET", "Written: 2023-11-07
// 15:03:30") is a stamp too: it drops two such lines above trafilatura
// pages' articles and leaves both dev sets' figures unchanged.
func isMetaLine(p string) bool {
	w := words(p)
	if len(w) == 0 || len(w) > maxMetaWords {
		return false
	}
	if parts := strings.FieldsFunc(p, isMetaSeparator); len(parts) > 1 {
		dated, named := false, false
		for _, part := range parts {
			switch w := words(part); {
			case isDateLine(w) || hasClock(part) && isClockLine(w):
				dated = true
			case isMetaPart(part):
			case isNamePart(part):
				named = true
			default:
				return false
			}
		}
		return !named || dated
	}
	return isMetaPart(p)
}

// maxNameWords is the most words of a writer's name in a line of post
// metadata.
const maxNameWords = 4

// isNamePart reports whether p, one item of a line of post metadata, may
// be a writer's name: one to maxNameWords words, each opening with a
// capital letter, no digits ("Jane Roe" in "Jane Roe | March 3, 2020").
// isMetaLine takes a name only beside a date.
func isNamePart(p string) bool {
	f := strings.Fields(p)
	if len(f) == 0 || len(f) > maxNameWords {
		return false
	}
	for _, x := range f {
		r := []rune(x)
		if !unicode.IsUpper(r[0]) || strings.ContainsFunc(x, unicode.IsDigit) {
			return false
		}
	}
	return true
}

// isMetaSeparator reports whether r separates the items of a line of post
// metadata ("January 13, 2020 | categories: Python | View Comments").
func isMetaSeparator(r rune) bool { return r == '|' || r == '·' || r == '•' }

// isMetaPart reports whether p, a line or one item of a line, is post
// metadata (see isMetaLine).
func isMetaPart(p string) bool {
	w := words(p)
	if len(w) == 0 || len(w) > maxMetaWords {
		return false
	}
	if isDateLine(w) || hasClock(p) && isClockLine(w) {
		return true
	}
	lower := strings.ToLower(strings.TrimSpace(p))
	if strings.HasPrefix(lower, "by ") {
		return len(w) <= 6 || textclean.Furniture(p).Rule == textclean.Byline
	}
	if isStampByline(p, lower) || isSourceStamp(w) {
		return true
	}
	if hasAnyPrefix(lower, metaPrefixes...) || isLabelLine(lower) || isBareLabelLine(p) || isSignOff(p) || isKicker(p) {
		return true
	}
	return len(w) <= 4 && len(w) >= 2 && isDigits(w[0]) && w[len(w)-1] == "read"
}

// isStampByline reports whether p is a time stamp and a byline on one
// line ("2/26/2015 7:11 AM PST BY JANE ROE"): a stamp (isMetaPart) before
// " by " and at most six words after it.
func isStampByline(p, lower string) bool {
	i := strings.Index(lower, " by ")
	if i <= 0 || len(lower) != len(p) {
		return false
	}
	return len(words(p[i+4:])) <= 6 && isMetaPart(p[:i])
}

// stampLabels open a time stamp after a source's name, as word pairs.
var stampLabels = [][2]string{{"first", "published"}, {"last", "updated"}, {"last", "modified"}}

// isSourceStamp reports whether the words w are a source's name of at
// most four words and a labelled time stamp with its year ("Gazette
// Money (Port Wendle) First published February 1, 2016: 1:28 AM ET").
func isSourceStamp(w []string) bool {
	for i := 1; i <= 4 && i+1 < len(w); i++ {
		for _, l := range stampLabels {
			if w[i] == l[0] && w[i+1] == l[1] && isDateLine(w[i:]) && hasYear(w[i:]) {
				return true
			}
		}
	}
	return false
}

// hasYear reports whether one of the words w is a year from 1900 to 2099.
func hasYear(w []string) bool {
	for _, x := range w {
		if len(x) == 4 && isDigits(x) && (x[:2] == "19" || x[:2] == "20") {
			return true
		}
	}
	return false
}

// months are month names and their abbreviations, lower-cased.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// dateWords may stand beside a date in a stamp: weekdays, clock and zone
// words, and the stamp's own label ("Updated", "Posted on", "Latest
// update").
var dateWords = map[string]bool{
	"am": true, "pm": true, "a": true, "p": true, "m": true, "at": true, "on": true,
	"updated": true, "update": true, "published": true, "posted": true, "created": true,
	"last": true, "latest": true, "first": true, "modified": true, "date": true, "report": true, "news": true,
	"written": true, "edited": true,
	"et": true, "est": true, "edt": true, "ct": true, "cst": true, "cdt": true, "pt": true, "pst": true, "pdt": true,
	"gmt": true, "utc": true, "bst": true, "cet": true, "cest": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
}

// hasClock reports whether s holds a clock time: one or two digits, a
// colon and two digits ("9:52", "15:03:30").
func hasClock(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if s[i] == ':' && isDigit(s[i-1]) && isDigit(s[i+1]) && isDigit(s[i+2]) &&
			(i+3 == len(s) || !isDigit(s[i+3])) {
			return true
		}
	}
	return false
}

// isDigit reports whether b is an ASCII digit.
func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// maxDateWords is the longest date or time stamp, in words.
const maxDateWords = 16

// isDateLine reports whether the words w (lower-cased, as words returns
// them) are a date or time stamp alone: month names, numbers, ordinals
// and dateWords only, with a month name or at least three numbers
// ("2019 02 15", "21 10 2019").
func isDateLine(w []string) bool {
	if len(w) == 0 || len(w) > maxDateWords {
		return false
	}
	month, numbers := false, 0
	for _, x := range w {
		switch {
		case months[x]:
			month = true
		case dateWords[x]:
		case isDigits(x) || isOrdinal(x):
			numbers++
		default:
			return false
		}
	}
	return month || numbers >= 3
}

// isClockLine reports whether the words w of a line holding a clock time
// are a time stamp alone: numbers and dateWords only ("9:52 PM",
// "Updated 2:30 p.m. ET").
func isClockLine(w []string) bool {
	if len(w) == 0 || len(w) > maxDateWords {
		return false
	}
	for _, x := range w {
		if !dateWords[x] && !isDigits(x) {
			return false
		}
	}
	return true
}

// isDigits reports whether s is a non-empty run of ASCII digits.
func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// isOrdinal reports whether s is a number with an English ordinal suffix
// ("6th", "21st").
func isOrdinal(s string) bool {
	for _, suffix := range []string{"st", "nd", "rd", "th"} {
		if n, ok := strings.CutSuffix(s, suffix); ok && isDigits(n) {
			return true
		}
	}
	return false
}

// metaLabels are the labels of post metadata written "Label: value",
// lower-cased.
var metaLabels = map[string]bool{
	"date": true, "news date": true, "release date": true, "published": true, "updated": true,
	"posted": true, "posted on": true, "category": true, "categories": true, "section": true,
	"tags": true, "topics": true, "author": true, "authors": true, "source": true, "filed under": true,
}

// isLabelLine reports whether the lower-cased line p is made of
// "Label: value" pairs whose labels are all metaLabels, with or without a
// space before the colon ("News date : 04/21/2022 Category : Press
// Releases"). Taken at the edges of the text (trimEdges), these lines
// lifted trafilatura's set .95833/.94336/.95079 → .96024/.94336/.95172,
// without leaked .041 → .039 (21 → 20 of 511), with kept unchanged; the
// readability pages unchanged.
func isLabelLine(p string) bool {
	segs := strings.Split(p, ":")
	if len(segs) < 2 || !metaLabels[strings.Join(words(segs[0]), " ")] {
		return false
	}
	for _, seg := range segs[1 : len(segs)-1] {
		w := words(seg)
		ok := false
		for n := 1; n <= 2 && n < len(w); n++ {
			ok = ok || metaLabels[strings.Join(w[len(w)-n:], " ")]
		}
		if !ok {
			return false
		}
	}
	return true
}

// proseSpan returns the first and last paragraphs of prose: minProseWords
// words or more, ending a sentence when sentence is set, and not a
// publisher's legal line (isLegalLine: a disclaimer is written as a
// sentence but is not the article); -1, -1 when there is none.
func proseSpan(paras []string, sentence bool) (first, last int) {
	first, last = -1, -1
	for i, p := range paras {
		if isProse(p, sentence) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// isProse reports whether p is a paragraph of prose for proseSpan:
// minProseWords words or more, ending a sentence when sentence is set,
// and not a legal line.
func isProse(p string, sentence bool) bool {
	return len(words(p)) >= minProseWords && (!sentence || endsSentence(p)) && !isLegalLine(p)
}

// endsSentence reports whether p ends with sentence punctuation, a
// closing quote or bracket after it allowed.
func endsSentence(p string) bool {
	p = strings.TrimRight(strings.TrimSpace(p), "\"'”’)]»")
	return strings.HasSuffix(p, ".") || strings.HasSuffix(p, "!") || strings.HasSuffix(p, "?") || strings.HasSuffix(p, ":") || strings.HasSuffix(p, "…")
}

// bareLabels are labels of post metadata that pages set apart from their
// value by markup alone, so that the text reads "Author Jane Roe" or
// "Related Subjects Harbours", lower-cased.
var bareLabels = []string{"author ", "authors ", "related subjects ", "related topics ", "keywords ", "tags ", "topics "}

// maxBareLabelWords is the longest bare label line, in words.
const maxBareLabelWords = 6

// isBareLabelLine reports whether p is a line of post metadata whose label
// has no colon: one of bareLabels and a value, at most maxBareLabelWords
// words in all, not ending a sentence ("Author Jane Roe", "Related
// Subjects Harbours"). Taken at the text's edges only (isMetaPart).
func isBareLabelLine(p string) bool {
	p = strings.TrimSpace(p)
	w := words(p)
	return len(w) <= maxBareLabelWords && !endsSentence(p) && hasAnyPrefix(strings.ToLower(p), bareLabels...)
}

// maxSignOffWords is the longest sign-off line, in words.
const maxSignOffWords = 5

// isSignOff reports whether p is a writer's sign-off: a dash and a name of
// at most maxSignOffWords capitalised words ("– Jane Roe", "— Jane Roe,
// Courier"), the byline some papers print under the story. Taken at the
// text's edges only (isMetaPart).
func isSignOff(p string) bool {
	p = strings.TrimSpace(p)
	rest, ok := "", false
	for _, d := range []string{"-", "–", "—"} {
		if r, found := strings.CutPrefix(p, d); found {
			rest, ok = strings.TrimSpace(r), true
			break
		}
	}
	f := strings.Fields(rest)
	if !ok || len(f) == 0 || len(f) > maxSignOffWords || endsSentence(rest) {
		return false
	}
	for _, w := range f {
		if r := []rune(w); !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return true
}

// isEmptyLabel reports whether p is a metadata label with no value
// ("Release Date:", "Tags:"): the value was a widget the extractor left
// out, and the label is furniture wherever it stands (dropFurniture).
// Trafilatura's set .97390/.94727/.96040 → .97586/.94727/.96135, without
// leaked 13 → 12 of 511; the readability pages unchanged.
func isEmptyLabel(p string) bool {
	p = strings.TrimSpace(p)
	return strings.HasSuffix(p, ":") && metaLabels[strings.Join(words(p), " ")]
}
