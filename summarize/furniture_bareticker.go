package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A wire story names a listed company with its stock code in brackets
// and no exchange: "Harbourline Group Ltd. (992), the biggest ...",
// "Velmora Foods Inc. (VLF) said", "Tarn Motor Co. (7203)". A finance
// site writes "Quayline (qln - get report) rose". A summary has no use
// for the code; cutBareTickers cuts it with the space before it, as
// cutTickers does a bracket naming the exchange (furniture_ticker.go).
// Only a bracket right after a company's legal suffix ("Inc.", "Corp.",
// "Co.", "Ltd.", "Plc", "Group", "Holdings" ...) is read, holding three
// to six digits (not a year) or one to five letters that are no
// stopword; and a bracket of letters the summary uses elsewhere as a
// word ("Tarn Power Co. (tepco) said ... Tepco will") stays: it is the
// company's short name. A code after a bare name ("Velmora (VLF)") is
// left: after a name alone an abbreviation ("the Harbour Board (HB)")
// reads the same.
//
// Measured against 2093563: validation 7 summaries changed (9
// brackets): 6 better, 1 the same (an abbreviation never used again);
// train 1-38,000 39 changed, all read: 34 better, none worse, 5 the same
// (abbreviations of a company or group the summary never used again,
// "Tarn Power Company (tpc) said"). Left: a code after a bare name or a
// possessive ("Velmora's (VLF) stock") and one-letter codes that are
// stopwords ("(s)").

// bareTickerRE matches a company's legal suffix and the bracket of a
// code after it; the group is the code.
var bareTickerRE = regexp.MustCompile(`(?i)\b(?:inc|corp|co|ltd|plc|llc|ag|sa|nv|group|holdings|limited|company|corporation|bhd|oyj|asa|ab)\.?(?:'s)?( ?\( ?([0-9]{3,6}|[a-z]{1,5}) ?\))`)

// getReportRE matches a finance site's code and link in brackets:
// " (qln - get report)".
var getReportRE = regexp.MustCompile(`(?i) ?\( ?[a-z.]{1,6} - get report ?\)`)

// bareTickerNameWords is how many words before a code may be the
// company's name, which may hold the code ("Tarn Bank Corp. (TARN)").
const bareTickerNameWords = 6

// cutBareTickers cuts the stock codes in brackets after a company's
// legal suffix, and a finance site's "(<code> - get report)", from every
// text of sum a reader reads as prose (see above).
func cutBareTickers(sum *chorus.Summary) {
	var texts []string
	hit := false
	for _, s := range sum.Sentences {
		texts = append(texts, s.Text)
		hit = hit || strings.IndexByte(s.Text, '(') >= 0
	}
	if !hit {
		return
	}
	rewriteTexts(sum, func(p string) string { return stripBareTickers(p, texts) })
}

// stripBareTickers returns p without the codes cutBareTickers cuts;
// texts are the summary's sentences, read for another use of a code.
func stripBareTickers(p string, texts []string) string {
	if strings.IndexByte(p, '(') < 0 {
		return p
	}
	if strings.Contains(p, "get report") || strings.Contains(p, "Get Report") {
		p = getReportRE.ReplaceAllString(p, "")
	}
	ms := bareTickerRE.FindAllStringSubmatchIndex(p, -1)
	if ms == nil {
		return p
	}
	var b strings.Builder
	last := 0
	for _, m := range ms {
		code := p[m[4]:m[5]]
		if !bareTickerCode(code) || usedElsewhere(lex.Lower(code), p[:m[2]], texts) {
			continue
		}
		b.WriteString(p[last:m[2]])
		last = m[3]
	}
	if last == 0 {
		return p
	}
	b.WriteString(p[last:])
	return b.String()
}

// bareTickerCode reports whether code, a bracket's digits or letters,
// may be a stock code: digits that are no year from 1800 to 2099, or
// letters that are no stopword ("(is)", "(a)").
func bareTickerCode(code string) bool {
	if code[0] >= '0' && code[0] <= '9' {
		return !(len(code) == 4 && (code[:2] == "18" || code[:2] == "19" || code[:2] == "20"))
	}
	return !lex.IsStopword(lex.Lower(code))
}

// usedElsewhere reports whether code (lower case), a bracket's letters,
// stands as a word in texts, not alone in brackets ("(QCI Europe)" is a
// use), outside the last bareTickerNameWords words of before, the
// company's name that precedes it. Digits are never used so.
func usedElsewhere(code, before string, texts []string) bool {
	if code[0] >= '0' && code[0] <= '9' {
		return false
	}
	inName := 0
	f := lex.SpaceFieldsShared(before)
	for _, w := range f[max(0, len(f)-bareTickerNameWords):] {
		if tickerWordIs(w, code) {
			inName++
		}
	}
	n := 0
	for _, t := range texts {
		for _, w := range lex.SpaceFieldsShared(t) {
			if strings.HasPrefix(w, "(") && strings.HasSuffix(strings.TrimRight(w, ".,;:!?"), ")") {
				continue // a code in brackets of its own, not a use
			}
			if tickerWordIs(w, code) {
				n++
			}
		}
	}
	// The name is counted once in the sentence that holds the code.
	return n > inName
}

// tickerWordIs reports whether the field w, its punctuation trimmed (not
// "&" or an apostrophe inside: "at&t", "macy's" are one word), is code
// in any case.
func tickerWordIs(w, code string) bool {
	w = strings.Trim(w, `.,;:!?"“”()[]`)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return len(w) == len(code) && strings.EqualFold(w, code)
}
