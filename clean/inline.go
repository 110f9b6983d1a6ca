package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// agencies names the news agencies recognised in dateline tags.
const agencies = `ap|reuters|afp|upi|cnn|dpa|xinhua|bloomberg|ansa|efe|kyodo|yonhap|interfax|tass|pti|ians|ani|cbs|nbc|abc|cnbc|bbc|nyt|the associated press|associated press`

var (
	// agencyDateline matches a dateline with an agency tag at the start of a
	// paragraph: "NEW YORK (AP) —", "Santa Rosa, Calif. ( ap ) —",
	// "(Reuters) -".
	agencyDateline = regexp.MustCompile(`(?i)^(?:\pL[\pL.'’-]*(?:,? \pL[\pL.'’-]*){0,4} ?)?\( ?(?:` + agencies + `) ?\)(?: ?(?:—|–|--|-|_|:|\|))? *`)
	// capsDateline matches an upper-case dateline without agency tag:
	// "LONDON —", "NEW YORK _", "WELLFORD, Ore. —".
	capsDateline = regexp.MustCompile(`^[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]*){0,3}(?:, [A-Z][\pL.'’-]*(?: [A-Z][\pL.'’-]*){0,2})? (?:—|–|--|-|_|\|) +`)
)

// stripInline removes the noise that sits inside a paragraph: a dateline
// prefix, photo credits in parentheses, furniture phrases such as "toggle
// caption", and a trailing wire code like "(tc-pfg-dkt)". It returns the
// paragraph with white space collapsed.
func stripInline(p string) string {
	orig := p
	p = stripDateline(p)
	if strings.IndexByte(p, '(') >= 0 {
		p = stripCredits(p)
		p = stripWireCode(p)
	}
	p = stripWireTail(p)
	p = stripPhrases(p)
	if p != orig {
		p = collapseSpace(p)
	}
	return p
}

// stripDateline removes a dateline prefix, keeping the sentence after it.
func stripDateline(p string) string {
	if i := strings.IndexByte(p, '('); i >= 0 && i < 60 {
		if loc := agencyDateline.FindStringIndex(p); loc != nil && loc[1] < len(p) {
			return capitalize(p[loc[1]:])
		}
	}
	if len(p) > 3 && 'A' <= p[0] && p[0] <= 'Z' && 'A' <= p[1] && p[1] <= 'Z' {
		if loc := capsDateline.FindStringIndex(p); loc != nil && loc[1] < len(p) {
			return capitalize(p[loc[1]:])
		}
	}
	return p
}

// capitalize upper-cases the first letter of s, which starts a sentence
// once a dateline is cut off ("Paris ( ap ) — the museum ...").
func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// stripCredits removes parenthesised photo credits: "(AP Photo/Jane
// Doe)", "(Image: Getty)", "( jane doe / getty images )".
func stripCredits(p string) string {
	var b strings.Builder
	rest := p
	changed := false
	for {
		open := strings.IndexByte(rest, '(')
		if open < 0 {
			break
		}
		end := strings.IndexByte(rest[open:], ')')
		if end < 0 {
			break
		}
		end += open
		if isCredit(rest[open+1 : end]) {
			before := rest[:open]
			if end+1 < len(rest) && strings.IndexByte(".,;:!?", rest[end+1]) >= 0 {
				before = strings.TrimRight(before, " ")
			}
			b.WriteString(before)
			changed = true
		} else {
			b.WriteString(rest[:end+1])
		}
		rest = rest[end+1:]
	}
	if !changed {
		return p
	}
	b.WriteString(rest)
	return b.String()
}

// Credit markers: how a parenthesised photo credit starts or ends, and the
// credits that are only an agency name.
var (
	creditPrefixes = []string{"photo", "image", "picture", "credit", "courtesy", "file photo", "ap photo", "getty", "reuters/", "afp/", "video:", "pictured"}
	creditSuffixes = []string{"getty images", "/ap", "/ ap", "/reuters", "/ reuters", "/afp", "/ afp", "/getty", "photographer", "associated press", "ap photo", "shutterstock", "/ staff"}
	creditWhole    = map[string]bool{"ap": true, "reuters": true, "afp": true, "associated press": true, "getty": true, "file": true, "file photo": true}
)

// isCredit reports whether the text inside parentheses is a photo credit
// or a bare agency tag.
func isCredit(inner string) bool {
	if len(inner) > 120 {
		return false
	}
	lc := strings.TrimSpace(toLowerASCII(inner))
	if creditWhole[lc] {
		return true
	}
	if countWords(lc) > 10 {
		return false
	}
	for _, s := range creditPrefixes {
		if hasWordPrefix(lc, s) {
			return true
		}
	}
	for _, s := range creditSuffixes {
		if strings.HasSuffix(lc, s) {
			return true
		}
	}
	return false
}

// endsWithCredit reports whether paragraph p ends with a parenthesised
// photo credit, which marks the whole paragraph as a caption.
func endsWithCredit(p string) bool {
	if !strings.HasSuffix(p, ")") {
		return false
	}
	open := strings.LastIndexByte(p, '(')
	if open < 0 {
		return false
	}
	inner := p[open+1 : len(p)-1]
	if creditWhole[strings.TrimSpace(toLowerASCII(inner))] {
		return false // "(AP)" alone closes a sentence, not a caption
	}
	return isCredit(inner)
}

// stripWireCode removes a trailing wire-service routing code such as
// "(tc-pfg-dkt)", "(vls/sv/me)" or "(scl)": groups of two to four
// lower-case letters joined by hyphens or slashes, in parentheses at the
// very end.
func stripWireCode(p string) string {
	t := strings.TrimRight(p, " ")
	if !strings.HasSuffix(t, ")") {
		return p
	}
	open := strings.LastIndexByte(t, '(')
	if open < 0 {
		return p
	}
	if inner := t[open+1 : len(t)-1]; !isWireCode(inner) && inner != "MORE" && inner != "END" {
		return p
	}
	if open > 0 && t[open-1] != ' ' {
		return p
	}
	return strings.TrimRight(t[:open], " ")
}

func isWireCode(s string) bool {
	if s == "" || s == "sic" || strings.Trim(s, "-/") != s || strings.Contains(s, "--") || strings.Contains(s, "//") {
		return false
	}
	for _, group := range strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '/' }) {
		if len(group) < 2 || len(group) > 4 {
			return false
		}
		for i := 0; i < len(group); i++ {
			if group[i] < 'a' || group[i] > 'z' {
				return false
			}
		}
	}
	return true
}

// stripPhrases cuts the [strip] phrases of boilerplate.txt out of p,
// ignoring ASCII case, together with the photo credit that follows a
// "toggle caption" ("toggle caption Jane Doe/AP Jane Doe/AP").
func stripPhrases(p string) string {
	if !mayHavePhrase(p) {
		return p
	}
	lower := toLowerASCII(p)
	for _, ph := range phrases.strip {
		for range maxStrips {
			i := strings.Index(lower, ph)
			if i < 0 {
				break
			}
			end := i + len(ph)
			if strings.HasSuffix(ph, "caption") {
				end = skipCredit(p, end)
			}
			p = p[:i] + " " + p[end:]
			lower = lower[:i] + " " + lower[end:]
		}
	}
	return p
}

// phraseTails are lower-case pieces of every [strip] phrase, present in
// its usual capitalisations; a paragraph without any of them holds no
// phrase and need not be lower-cased.
var phraseTails = []string{"aption", "APTION", "ontinue", "ONTINUE", "nlarge", "NLARGE"}

func mayHavePhrase(p string) bool {
	for _, t := range phraseTails {
		if strings.Contains(p, t) {
			return true
		}
	}
	return false
}

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
			if strings.ContainsAny(word, ".,;:!?\"") {
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

// grafTail matches the continuation note that ends some wire stories after
// their last sentence: `At its, 4th graf pvs`, `Chile said, graf 3 pvs`,
// `"During the, pickup 4th pvs`, `The vote, 3rd graf prv`.
var grafTail = regexp.MustCompile(`(?i)[.!?"'”] "?[^.!?"”]{0,40}, [^"”]{0,40}?(?:graf|pvs|prv|pickup|pick up|writethru)[^"”]{0,25}$`)

// grafMarkers are the words of grafTail, tested before running it.
var grafMarkers = []string{"graf", "pvs", "prv", "pick", "Writethru", "writethru"}

// stripWireTail removes wire-service notes after the last sentence of a
// paragraph: continuation notes ("Hodler was, 3rd graf pvs") and editors'
// initials ("... a date. kl").
func stripWireTail(p string) string {
	tail := p
	if len(tail) > 100 {
		tail = tail[len(tail)-100:]
	}
	for _, m := range grafMarkers {
		if strings.Contains(tail, m) {
			if loc := grafTail.FindStringIndex(tail); loc != nil {
				p = p[:len(p)-len(tail)+loc[0]+1]
			}
			break
		}
	}
	return stripCodeTail(p)
}

// stripCodeTail removes an editor's code of one to three lower-case
// letters after the last sentence: "... a date. kl".
func stripCodeTail(p string) string {
	sp := strings.LastIndexByte(p, ' ')
	if sp < 1 || len(p)-sp-1 > 3 {
		return p
	}
	for i := sp + 1; i < len(p); i++ {
		if p[i] < 'a' || p[i] > 'z' {
			return p
		}
	}
	before := strings.TrimRight(p[:sp], " ")
	if before == "" {
		return p
	}
	switch r, _ := utf8.DecodeLastRuneInString(before); r {
	case '.', '!', '?', '"', '”':
		return before
	}
	return p
}
