package clean

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

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
