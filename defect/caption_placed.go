package defect

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A picture agency's caption gives the full date and then the place:
// "Ilse Varga speaks during a rally at the Velmora arena on March 9, 2018
// in Tarnwick, Ostland.", "Fireworks light the sky above the harbour on
// July 4, 2016, in Velmora." DatedScene asks for the date last, so these
// pass it; PlacedScene reads them.

// placedSceneDate matches a full date (a weekday before it allowed) and a
// place closing a sentence (lower case): group 1 is the word before the
// date, group 2 the place's words after "in", "at", "outside" or "near".
var placedSceneDate = regexp.MustCompile(`(\S+) (?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),? )?` +
	`(?:jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec)[a-z]*\.?,? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d\d,? ` +
	`(?:in|at|outside|near) ([^0-9:;!?"()]{2,80}?)\.?$`)

// placedSceneYearPlace reports whether s could match placedSceneDate
// (which reads s lower-cased): the place after the year holds no ASCII
// digit, so the year ("19dd" or "20dd") ends at the last digit of s and
// is followed by an optional comma, a space and "in", "at", "outside" or
// "near" (any case) and a space. It is only a cheap test before the
// expression, which tries every start in s.
func placedSceneYearPlace(s string) bool {
	i := strings.LastIndexAny(s, "0123456789")
	if i < 3 || s[i-3] != '1' && s[i-3] != '2' || s[i-3] == '1' && s[i-2] != '9' || s[i-3] == '2' && s[i-2] != '0' ||
		s[i-1] < '0' || s[i-1] > '9' {
		return false
	}
	r := s[i+1:]
	r = strings.TrimPrefix(r, ",")
	if len(r) == 0 || r[0] != ' ' {
		return false
	}
	r = r[1:]
	for _, w := range [...]string{"in ", "at ", "outside ", "near "} {
		if len(r) >= len(w) && strings.EqualFold(r[:len(w)], w) {
			return true
		}
	}
	return false
}

// placedSceneMaxPlace is the most words of the place after the date.
const placedSceneMaxPlace = 9

// placedSceneNotPlace are words that make the words after the date no
// place: an age ("at the age of ..."), a clause, a source ("..., the
// lawsuit says") or a publication ("appears ... in the journal ...").
var placedSceneNotPlace = lex.Set("age", "after", "before", "when", "while", "where", "which", "who", "that",
	"says", "said", "according", "as", "journal", "issue", "edition")

// PlacedScene reports whether sentence s closes with a full date and a
// place after a scene told in the present or with no verb (the tests of
// DatedScene on the words before the date, and no past, perfect or
// future in the place's words), the word before the date none of
// sceneDateBefore, the place at most placedSceneMaxPlace words with none
// of placedSceneNotPlace.
func PlacedScene(s string) bool {
	t := strings.TrimSpace(s)
	if len(t) < 20 || !strings.Contains(t, " in ") && !strings.Contains(t, " at ") && !strings.Contains(t, " outside ") && !strings.Contains(t, " near ") {
		return false
	}
	if !placedSceneYearPlace(t) {
		return false
	}
	lt := lex.LowerASCII(t)
	m := placedSceneDate.FindStringSubmatchIndex(lt)
	if m == nil || sceneDateBefore[strings.Trim(lt[m[2]:m[3]], ",")] {
		return false
	}
	place := lex.LetterWords(lt[m[4]:m[5]], -1)
	if len(place) == 0 || len(place) > placedSceneMaxPlace {
		return false
	}
	for _, w := range place {
		if placedSceneNotPlace[w] {
			return false
		}
	}
	before := lex.LetterWords(lt[:m[3]], -1)
	return toldInPresent(before) && toldInPresent(place) && placedSceneVerb(before)
}

// placedSceneVerbs are the present forms of a picture's scene besides
// sceneVerbs: plurals ("pose", "perform") and a few more a caption writes.
var placedSceneVerbs = lex.Set("speak", "attend", "arrive", "perform", "walk", "gesture", "wave", "pose",
	"listen", "smile", "react", "celebrate", "greet", "pray", "kneel", "stand", "sit", "march", "rally",
	"watch", "hold", "holds", "talk", "talks", "meet", "meets", "clash", "clashes", "photographs", "rises",
	"rise", "accepts", "receives", "leads", "tries", "wait", "waits", "repairs", "approaches", "burns", "fill",
	"fills", "plays", "play", "sings", "sing", "visits", "visit", "cheer", "cheers", "protest", "protests")

// placedScenePassive are the participles of a caption's present passive
// ("is seen", "are shown").
var placedScenePassive = lex.Set("seen", "shown", "pictured", "photographed", "displayed", "viewed")

// placedSceneVerb reports whether words (lower case, before the date)
// hold a verb of a picture's scene: one of sceneVerbs or
// placedSceneVerbs not after sceneNouns, or "is"/"are" before one of
// placedScenePassive.
func placedSceneVerb(w []string) bool {
	for i, x := range w {
		switch {
		case (sceneVerbs[x] || placedSceneVerbs[x]) && (i == 0 || !sceneNouns[w[i-1]]):
			return true
		case (x == "is" || x == "are") && i+1 < len(w) && placedScenePassive[w[i+1]]:
			return true
		}
	}
	return false
}

// cutSceneDate matches an agency caption's date cut after its month
// (lower case): "..., thursday, jan." ends a line split at the month's
// full stop, the day and year lost to the next line.
var cutSceneDate = regexp.MustCompile(`, (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),? (?:jan|feb|aug|sept?|oct|nov|dec)\.$`)

// CutDateScene reports whether sentence s is a picture agency's caption
// whose date was cut after the month ("Ilse Varga waves to the crowd in
// Tarnwick, Friday, Feb.") told in the present or with no verb (the test
// of DatedScene).
func CutDateScene(s string) bool {
	t := strings.TrimSpace(s)
	if len(t) < 20 || t[len(t)-1] != '.' {
		return false
	}
	if !cutMonthEnd(t) {
		return false // most sentences: no month's short form before the stop
	}
	lt := lex.LowerASCII(t)
	m := cutSceneDate.FindStringIndex(lt)
	return m != nil && toldInPresent(lex.LetterWords(lt[:m[0]], -1))
}

// cutMonthEnd reports whether t, ending in '.', ends with a space and
// one of cutSceneDate's months in any case before that stop: the words
// the expression needs there, read before t is lower-cased.
func cutMonthEnd(t string) bool {
	sp := strings.LastIndexByte(t, ' ')
	if sp < 0 {
		return false
	}
	switch w := t[sp+1 : len(t)-1]; len(w) {
	case 3:
		for _, m := range [...]string{"jan", "feb", "aug", "sep", "oct", "nov", "dec"} {
			if strings.EqualFold(w, m) {
				return true
			}
		}
	case 4:
		return strings.EqualFold(w, "sept")
	}
	return false
}
