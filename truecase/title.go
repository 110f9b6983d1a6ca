package truecase

import "strings"

// titles are the words of a formal title, written capitalised right
// before a person's name ("President Obama", "Judge Roy Hale", "Prince
// Harry"); a title of a trade ("editor", "spokesman") is not among them.
var titles = map[string]bool{
	"president": true, "premier": true, "minister": true, "chancellor": true, "king": true,
	"queen": true, "prince": true, "princess": true, "pope": true, "senator": true,
	"governor": true, "mayor": true, "sheriff": true, "judge": true, "justice": true,
	"secretary": true, "commissioner": true,
	"ambassador": true, "general": true, "admiral": true, "colonel": true, "cardinal": true,
	"archbishop": true, "bishop": true, "rabbi": true, "imam": true, "emperor": true,
	"sultan": true, "sheikh": true, "dr.": true, "sen.": true, "gov.": true, "rep.": true,
	"gen.": true, "rev.": true, "gens.": true, "sens.": true, "reps.": true,
}

// raiseTitles raises the lower-case title words of outs (titles) that
// stand right before a capitalised word of a person's name, and reports
// whether it raised any: "president Bashar al-Assad" → "President Bashar
// al-Assad", "prince Harry" → "Prince Harry". A capitalised day or month
// after the title is no name ("the judge Friday").
func (m *Model) raiseTitles(text string, toks []token, outs []string) bool {
	raised := false
	for i := 0; i+1 < len(toks); i++ {
		t, next := toks[i], toks[i+1]
		if !titles[t.key] || next.initial || calendarWords[next.key] || !spaced(text[t.end:next.start], t.key) {
			continue
		}
		if cl, ok := class(outs[i]); !ok || cl != lowerCase {
			continue
		}
		if cl, ok := class(outs[i+1]); !ok || cl != titleCase {
			continue
		}
		outs[i] = write(outs[i], word{})
		raised = true
	}
	return raised
}

// royalTitles are the titles a text may write capitalised alone for one
// person ("the Queen", "the Prince said") or that are names themselves
// ("Prince", "King"): fromNames raises them alone as other words.
var royalTitles = map[string]bool{
	"king": true, "queen": true, "prince": true, "princess": true, "pope": true, "emperor": true, "sultan": true,
}

// honorifics are the abbreviations only a surname follows: "Mr. choi",
// "Ms. black", "Dr. kazdin".
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true}

// particles are the lower-case words that open a surname after an
// honorific: "Mr. de Blasio", "Ms. van Dyke".
var particles = map[string]bool{
	"de": true, "del": true, "della": true, "di": true, "da": true, "du": true, "dos": true,
	"le": true, "la": true, "van": true, "von": true, "der": true, "den": true, "ter": true,
	"al": true, "el": true, "bin": true, "ibn": true,
}

// honorificSurname reports whether toks[i] of text follows "Mr.", "Mrs.",
// "Ms." or "Dr." (for "Mr", "Mrs" and "Ms" the full stop may be left
// out, as British papers do) and is a surname: a word of a name
// (spanWord), no title ("Mr. president") nor particle ("Mr. de Blasio").
// Cased text writes what follows an honorific capitalised whatever it
// means elsewhere ("Ms. black", "Mr. woods").
func honorificSurname(text string, toks []token, i int) bool {
	p, t := toks[i-1], toks[i]
	if !honorifics[p.key] || !spanWord(t.key) || titles[t.key] || particles[t.key] {
		return false
	}
	gap := text[p.end:t.start]
	if p.key == "dr" && !strings.HasPrefix(gap, ".") {
		return false // "broadcaster DR that": a name of its own
	}
	return strings.Trim(gap, ". ") == "" && strings.Count(gap, ".") <= 1
}
