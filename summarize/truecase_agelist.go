package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the reading stage's last step, after the rules
// that raise names. A list of people with their ages ("Hannah, 16;
// devonte, 15; and Sierra, 12"; "Carver, 32, and brown, 30") names
// people alone, but a lower-cased cluster's name that is also a common
// word ("brown") or that the model never saw ("devonte") stays low among
// the raised ones. raiseAgeListNames writes such a name with a capital
// when it stands, followed by an age, next to a capitalised name
// followed by an age, with only "and" between them; the word is no
// stopword, no word the model writes mostly lower-case and follows no
// article or possessive ("her son, 5, and Ana, 3" keeps "son"). The same
// word is then raised elsewhere in the summary where a person's name
// stands: before "'s" or a verb of saying ("brown's best friend").
//
// Measured against 720b3ea (letter case alone): validation 3 summaries
// changed, all read, all better ("and Brown, 30" and "Brown's best
// friend", "Devonte, 15", "Onil, 50"); train 1-6,000: 2, both better.
// Left: a given name after a kin word ("daughter kala").

// raiseAgeListNames raises the lower-case names in lists of people and
// their ages in the sentences, voice statements and claims of sum.
func raiseAgeListNames(sum *chorus.Summary) {
	tc := truecase.Default()
	var names map[string]bool
	rewriteTexts(sum, func(s string) string {
		out, raised := ageListNamesIn(s, tc)
		for _, w := range raised {
			if names == nil {
				names = make(map[string]bool)
			}
			names[w] = true
		}
		return out
	})
	if names != nil {
		rewriteTexts(sum, func(s string) string { return personWordsIn(s, names) })
	}
}

// ageItem is a name followed by an age in a list: the index of the
// name's field and whether it is written capitalised.
type ageItem struct {
	j       int
	capital bool
}

// ageListNamesIn is raiseAgeListNames's first step for one text: it
// returns s with the list's names raised, and the words it raised.
func ageListNamesIn(s string, tc *truecase.Model) (string, []string) {
	if !strings.Contains(s, ", ") || !lex.HasDigit(s) {
		return s, nil
	}
	fields := lex.SpaceFields(s)
	var items []ageItem
	for j := 0; j+1 < len(fields); j++ {
		f := fields[j]
		if len(f) < 3 || f[len(f)-1] != ',' || !listAgeField(fields[j+1]) {
			continue
		}
		name := f[:len(f)-1]
		if !lettersOnly(name) {
			continue
		}
		items = append(items, ageItem{j, name[0] >= 'A' && name[0] <= 'Z'})
	}
	if len(items) < 2 {
		return s, nil
	}
	var raised []string
	for k, it := range items {
		if it.capital {
			continue
		}
		w := fields[it.j][:len(fields[it.j])-1]
		if w[0] < 'a' || w[0] > 'z' || lex.IsStopword(w) || tc.MostlyLower(w) {
			continue
		}
		if it.j > 0 && (determiners[lex.Lower(fields[it.j-1])] || strings.HasSuffix(fields[it.j-1], "'s")) {
			continue
		}
		if !(k > 0 && items[k-1].capital && listedNext(fields, items[k-1].j, it.j)) &&
			!(k+1 < len(items) && items[k+1].capital && listedNext(fields, it.j, items[k+1].j)) {
			continue
		}
		fields[it.j] = lex.UpperFirst(fields[it.j])
		raised = append(raised, w)
	}
	if raised == nil {
		return s, nil
	}
	return strings.Join(fields, " "), raised
}

// listAgeField reports whether f is an age in a list: one to three digits
// and a comma, a semicolon, a full stop or a closing bracket.
func listAgeField(f string) bool {
	n := digitsEnd(f, 0)
	if n == 0 || n > 3 {
		return false
	}
	rest := f[n:]
	return rest == "," || rest == ";" || rest == "." || rest == ")" || rest == ");" || rest == "),"
}

// listedNext reports whether the items whose names are fields a and b
// (a < b) follow each other in a list: only the age of a and "and" or
// "or" stand between them.
func listedNext(fields []string, a, b int) bool {
	if b-a < 2 || b-a > 3 {
		return false
	}
	return b-a == 2 || fields[a+2] == "and" || fields[a+2] == "or"
}

// personWordsIn raises, in s, the lower-case words of names where a
// person's name stands: before "'s" or a verb of saying.
func personWordsIn(s string, names map[string]bool) string {
	fields := lex.SpaceFields(s)
	changed := false
	for j, f := range fields {
		core, _ := lowerCore(f)
		if !names[core] || !strings.HasPrefix(f, core) {
			continue
		}
		rest := f[len(core):]
		possessive := strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
		saying := rest == "" && j+1 < len(fields) && lex.IsAttributionVerb(lex.TrimRightPunct(fields[j+1], ",.;:"))
		if !possessive && !saying {
			continue
		}
		fields[j] = lex.UpperFirst(f)
		changed = true
	}
	if !changed {
		return s
	}
	return strings.Join(fields, " ")
}
