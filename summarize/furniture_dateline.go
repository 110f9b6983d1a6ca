package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A wire or station dateline left at the front of a sentence in
// lower-cased text, its outlet in parentheses and a dash after it:
// "Tarnwick (ap) — the council ...", "Tarnwick, vt. (wxyz) - the council
// ...", "Tarnwick, may 28 (reuters) -- the council ...", "Tuesday, may 28,
// 2019 (healthday news) -- the council ...". The cleaner's dateline cuts
// miss these when the place or the outlet is not one they know; cut after
// selection (cutWireDatelines), so no other sentence moves.

// Bounds of cutWireDateline: the words of the place and date before the
// outlet, the words of the outlet, and the story's fewest words.
const (
	wireDatelineBefore  = 6
	wireDatelineOutlet  = 4
	wireDatelineMinRest = 6
)

// cutWireDateline returns s without a dateline that opens it, and true:
// at most wireDatelineBefore words of a place and a date, maybe after a
// writer's "By <name>" (words of
// letters with inner apostrophes, hyphens and dots, maybe a trailing comma
// or dot; numbers of up to four digits; no stopword but a place's "of"),
// maybe a lone dash, then an outlet in parentheses (wireOutlet), a lone
// dash, and at least wireDatelineMinRest words of story. s and false
// otherwise.
func cutWireDateline(s string) (string, bool) {
	if len(s) < 20 || !strings.Contains(s[:min(len(s), 160)], "(") {
		return s, false
	}
	f := lex.SpaceFieldsShared(s[:min(len(s), 300)])
	i := 0
	for ; i < len(f) && i <= wireDatelineBefore && !strings.HasPrefix(f[i], "("); i++ {
		if dashAlone(f[i]) && i > 0 && i+1 < len(f) && strings.HasPrefix(f[i+1], "(") {
			continue // "<place> -- (<outlet>) --"
		}
		if i == 0 && (f[i] == "By" || f[i] == "by") {
			continue // a writer's name before the dateline: cut with it
		}
		if !datelineWord(f[i]) {
			return s, false
		}
	}
	if i >= len(f) || i > wireDatelineBefore {
		return s, false
	}
	name, j := parenOutlet(f, i)
	if j >= len(f) || !strings.HasSuffix(f[j], ")") || !wireOutlet(name) {
		return s, false
	}
	if j+1 >= len(f) || !dashAlone(f[j+1]) {
		return s, false
	}
	rest := afterFields(s, j+2)
	if countWords(rest) < wireDatelineMinRest {
		return s, false
	}
	return lex.UpperFirst(rest), true
}

// parenOutlet reads the outlet in parentheses that opens field i of f,
// maybe tokenized ("( ap )"), up to the field that closes it, within
// wireDatelineOutlet words: its words in lower case and the index of the
// field that closes it (or where the reading stopped).
func parenOutlet(f []string, i int) ([]string, int) {
	var name []string
	j := i
	for ; j < len(f) && j < i+wireDatelineOutlet+2; j++ {
		w := f[j]
		if j == i {
			w = w[1:]
		}
		closed := strings.HasSuffix(w, ")")
		if w = strings.TrimSuffix(w, ")"); w != "" {
			name = append(name, lex.Lower(w))
		}
		if closed {
			break
		}
	}
	return name, j
}

// datelineWord reports whether w may be a word of a dateline's place or
// date: "tarnwick", "st.", "n.c.,", "may", "28,", "2019", "port-au-prince".
func datelineWord(w string) bool {
	w = strings.TrimRight(w, ",")
	if w == "" {
		return false
	}
	if strings.Trim(w, "0123456789") == "" {
		return len(w) <= 4
	}
	lw := lex.Lower(strings.TrimRight(w, "."))
	if lw != "of" && lex.IsStopword(lw) {
		return false
	}
	return labelWord(strings.ReplaceAll(strings.TrimRight(w, "."), ".", ""))
}

// wireOutlet reports whether the words of a parenthesis after a dateline
// name an outlet: a listed agency or network (wireOutlets), a station's
// call sign ("wxyz", "kabc-tv", "wxyz.com"), a network's local name
// ("cbstarnwick"), an outlet "via" a listed one, or outlets of these
// kinds joined by "&" or "and" (a local name after a network's: "cbs vt
// & ap").
func wireOutlet(name []string) bool {
	if len(name) == 0 || len(name) > wireDatelineOutlet {
		return false
	}
	if wireOutlets[strings.Join(name, " ")] {
		return true
	}
	if len(name) >= 3 && wireOutlets[name[len(name)-1]] && name[len(name)-2] == "via" {
		return true
	}
	one := func(w string) bool {
		return wireOutlets[w] || callSign(w) || len(w) >= 5 && len(w) <= 14 && labelWord(w) &&
			(strings.HasPrefix(w, "cbs") || strings.HasPrefix(w, "nbc"))
	}
	if !one(name[0]) {
		return false
	}
	for k := 1; k < len(name); k++ {
		w := name[k]
		switch {
		case w == "&" || w == "and":
			if k == len(name)-1 || !one(name[k+1]) {
				return false
			}
		case one(w):
		case k == 1 && len(w) <= 3 && labelWord(w) && !lex.IsStopword(w) && (name[0] == "cbs" || name[0] == "nbc" || name[0] == "abc" || name[0] == "fox"):
			// a network's local station: "cbs vt"
		default:
			return false
		}
	}
	return true
}

// callSign reports whether w is a North American station's call sign:
// four letters opening on "k" or "w", maybe "-tv", "-dt" or ".com" after
// them.
func callSign(w string) bool {
	w = strings.TrimSuffix(w, ".com")
	w = strings.TrimSuffix(strings.TrimSuffix(w, "-tv"), "-dt")
	if len(w) != 4 || w[0] != 'k' && w[0] != 'w' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// wireOutlets are agencies, wires and networks that sign datelines, by
// their lower-case words.
var wireOutlets = lex.Set("ap", "reuters", "afp", "upi", "bloomberg", "yonhap", "xinhua", "kyodo", "dpa", "efe",
	"ians", "pti", "ansa", "tass", "itar-tass", "ria novosti", "jta", "cn", "cnn", "cbs", "nbc", "abc", "cbc", "bbc",
	"cbsnewyork", "cbs news", "abc news", "nbc news", "reuters health", "thomson reuters foundation", "healthday",
	"healthday news", "business wire", "pr newswire", "globe newswire", "marketwired", "the associated press",
	"associated press", "agence france-presse", "press association", "canadian press", "the canadian press", "aap",
	"bna", "bloomberg news", "dow jones", "mcclatchy", "tns", "sputnik", "anadolu", "wwd", "ips")

// cutWireDatelines cuts, in each sentence of a reader's summary of
// lower-cased text, a wire dateline that opens it (cutWireDateline).
func cutWireDatelines(sum *chorus.Summary, lower bool) {
	if !lower {
		return
	}
	cutEach(sum, cutWireDateline)
	cutEach(sum, cutDatedDateline)
}
