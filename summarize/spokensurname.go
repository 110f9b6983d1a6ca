package summarize

import (
	"regexp"
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// raiseSpokenSurnames raises a surname a lower-cased cluster's summary
// writes in lower case before "said", "says", "told" or "added", after a
// comma or opening a sentence (`," wolf said`, "Sunday, winter said"),
// when the summary writes it in full after a listed given name ("Michelle
// Wolf"): a surname that is also a common word ("wolf", "smart", "law")
// the truecaser leaves lower-case alone. Run after truecaseSummary.
//
// Multi-News validation: 7 of 5,599 summaries change, all read, 7 better
// ("Sunday, Winter said" after "Ed Winter"); train 1-38,000: 38 of
// 37,865, all read, 38 better ("," Holder added", "," Plank said").
//
// The capitalised pairs are read overlapping: read in turn, "Harbour
// Detective Anna Heron" gave "Harbour Detective" and "Anna" alone, and
// "Heron said" stayed lower-case; once raiseAcronyms wrote "Nypd
// Detective ..." as "NYPD Detective ..." this lost two names a summary had
// raised. Measured against e07b5e0 (raiseAcronyms): validation 1 of 5,599
// changed, better ("Zapier CEO Wade Foster" → "Foster said"); train
// 1-38,000 7 changed, all read: 5 better ("Cherry said", "White said",
// "Gay said", "Cook said"), 2 worse ("Santa Clara Police" → "Police
// said"), which placeNouns then kept.
func raiseSpokenSurnames(sum *chorus.Summary) {
	if !slices.ContainsFunc(evidenceTexts(sum), spokenSurnameIn) {
		return // most summaries: no lower-case word before a verb of saying
	}
	forms := map[string]string{}
	for _, st := range sum.Sentences {
		// Each pair of capitalised words side by side, overlapping: in
		// "Lead Detective Anna Varga" the pair "Detective Anna" must not
		// hide "Anna Varga".
		words := titleWordRE.FindAllStringIndex(st.Text, -1)
		for k := 0; k+1 < len(words); k++ {
			a, b := words[k], words[k+1]
			if st.Text[a[1]:b[0]] == " " && lex.IsGivenName(strings.ToLower(st.Text[a[0]:a[1]])) && !placeNouns[strings.ToLower(st.Text[b[0]:b[1]])] {
				forms[strings.ToLower(st.Text[b[0]:b[1]])] = st.Text[b[0]:b[1]]
			}
		}
	}
	if len(forms) == 0 {
		return
	}
	rewriteTexts(sum, func(s string) string {
		if !saysVerb(s) {
			return s
		}
		return spokenSurname.ReplaceAllStringFunc(s, func(x string) string {
			m := spokenSurname.FindStringSubmatch(x)
			form, ok := forms[m[2]]
			if !ok {
				return x
			}
			return m[1] + form + x[len(m[1])+len(m[2]):]
		})
	})
}

// placeNouns close a place's or a body's name after a word that is also a
// given name ("Santa Clara Police", "Warren County"): no surname.
var placeNouns = lex.Set("police", "county", "city", "department", "fire", "sheriff", "court",
	"park", "street", "avenue", "river", "valley", "college", "university", "school", "hospital")

var (
	// titleWordRE matches a capitalised word: "Michelle", "Wolf".
	titleWordRE = regexp.MustCompile(`\b[A-Z][a-z]+\b`)
	// spokenSurname matches a lower-case word before a verb of saying,
	// opening the text or after a comma (and a closing quote).
	spokenSurname = regexp.MustCompile(`(^|,["”]? )([a-z]+) (?:said|says|told|added)\b`)
)

// spokenSurnameIn reports whether spokenSurname matches s, read from each
// verb of saying back, byte by byte: the expression, which opens on no
// literal text, tried a match at every byte of every summary's texts.
func spokenSurnameIn(s string) bool {
	for _, verb := range [...]string{" said", " says", " told", " added"} {
		for i := 0; ; {
			k := strings.Index(s[i:], verb)
			if k < 0 {
				break
			}
			at := i + k // the space before the verb
			i = at + 1
			if end := at + len(verb); end < len(s) && isWordByte(s[end]) {
				continue // no \b after the verb
			}
			w := at // where the lower-case word before the verb starts
			for w > 0 && 'a' <= s[w-1] && s[w-1] <= 'z' {
				w--
			}
			if w == at {
				continue // no word
			}
			if w == 0 {
				return true // ^
			}
			if s[w-1] != ' ' {
				continue
			}
			before := s[:w-1]
			if strings.HasSuffix(before, ",") || strings.HasSuffix(before, `,"`) || strings.HasSuffix(before, ",”") {
				return true
			}
		}
	}
	return false
}

// isWordByte reports whether b is an ASCII word character, as \b reads
// them: [0-9A-Za-z_].
func isWordByte(b byte) bool {
	return '0' <= b && b <= '9' || 'A' <= b && b <= 'Z' || 'a' <= b && b <= 'z' || b == '_'
}

// saysVerb reports whether s holds a word spokenSurname ends on, the
// cheap test before the expression runs.
func saysVerb(s string) bool {
	return strings.Contains(s, " said") || strings.Contains(s, " says") || strings.Contains(s, " told") || strings.Contains(s, " added")
}
