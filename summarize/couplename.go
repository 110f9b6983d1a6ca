package summarize

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the attribution stage, beside fullname.go. Where
// the sources call a man and a woman of one surname "Mr Varga" and "Mrs
// Varga" (a couple, a family: twoPeople), writeFullNames writes neither
// in full, since one full name could be the wrong person's; the summary
// then opens "Mr Varga, 56, was found ..." and the reader never learns
// who he is. nameCoupleHonorifics writes the first "Mr Varga" as the
// one full name the sources give a man of that surname ("Peter Varga")
// and the first "Mrs Varga" or "Ms Varga" as the one they give a woman
// ("Anna Varga"). The given name must be listed for that gender only
// (lex.IsMaleGivenName, lex.IsFemaleGivenName) and be the only such name
// the sources write before the surname: "Peter Varga" and "Paul Varga"
// leave "Mr Varga" as it is. A mention inside a quotation, or after the
// summary has written that full name, is left alone.
//
// Measured against 59e8e88 with surnamefirst.go: validation 1 of 5,599
// changed, read: 1 better (a man found dead, met as "Mr X" in the
// opening sentence, now named; the sources also write his wife "Mrs
// X"); train 1-38,000 8 changed among the 1,565 summaries holding an
// honorific, all read: 7 better (a poisoned spy, a victim's father, an
// editor's husband, a couple at a grave), 1 the same (a well-known wife
// named in full in a sentence that keeps her husband's "Mr X"), 0 worse.
// A given name that is also a common word is on no list ("Will"), so
// such a person keeps the honorific.
func (c *cluster) nameCoupleHonorifics(sum *chorus.Summary) {
	two := c.twoPeople()
	if len(two) == 0 {
		return
	}
	var men, women map[string]string
	done := make(map[string]bool) // honorific gender and surname rewritten or named
	var before []string           // the summary's words so far (lowerCore)
	for i := range sum.Sentences {
		s := sum.Sentences[i].Text
		fields := lex.SpaceFields(s)
		changed := false
		for j := 0; j+1 < len(fields); j++ {
			if !honorificAt(fields[j]) || inQuotation(fields, j) {
				continue
			}
			word := fields[j+1]
			sur, _ := lowerCore(word)
			if !two[sur] {
				continue
			}
			if men == nil {
				men, women = c.coupleNames(two)
			}
			index := women
			if strings.TrimSuffix(lex.Lower(fields[j]), ".") == "mr" {
				index = men
			}
			full, ok := index[sur]
			key := full
			if !ok || done[key] || coupleNamedBefore(before, fields[:j], full) {
				continue
			}
			done[key] = true
			var named bool
			if fields, named = nameAtHonorific(fields, j, sur, full); named {
				changed = true
			}
		}
		if changed {
			t := strings.Join(fields, " ")
			sum.Words += countWords(t) - countWords(s)
			sum.Sentences[i].Text = t
			s = t
		}
		for _, f := range lex.SpaceFieldsShared(s) {
			w, _ := lowerCore(f)
			before = append(before, w)
		}
	}
}

// coupleNamedBefore reports whether the words before (lowerCore) or the fields of
// this sentence before the mention write full name full's two words in a
// row: the person is named already.
func coupleNamedBefore(before, fields []string, full string) bool {
	parts := lex.SpaceFieldsShared(lex.Lower(full))
	if len(parts) != 2 {
		return false
	}
	words := slices.Clone(before)
	for _, f := range fields {
		w, _ := lowerCore(f)
		words = append(words, w)
	}
	for k := 0; k+1 < len(words); k++ {
		if words[k] == parts[0] && words[k+1] == parts[1] {
			return true
		}
	}
	return false
}

// coupleNames returns, for each surname of two, the one full name the
// cluster's sentences write with a man's given name before it (men) and
// the one with a woman's (women), in capitals: "peter varga" gives men
// "varga" -> "Peter Varga". A surname written with two given names of a
// gender has no entry for that gender.
func (c *cluster) coupleNames(two map[string]bool) (men, women map[string]string) {
	men, women = make(map[string]string), make(map[string]string)
	many := make(map[string]bool) // "m:"/"f:" + surname with two given names
	_, cores := c.candCores()
	for _, cs := range cores {
		for k := 1; k < len(cs); k++ {
			sur := cs[k].w
			if !two[sur] || cs[k-1].punct {
				continue
			}
			g := cs[k-1].w
			var index map[string]string
			var tag string
			switch {
			case lex.IsMaleGivenName(g):
				index, tag = men, "m:"
			case lex.IsFemaleGivenName(g):
				index, tag = women, "f:"
			default:
				continue
			}
			full := placeCase(g, 0) + " " + nameCase(sur)
			if old, ok := index[sur]; ok && old != full {
				many[tag+sur] = true
			}
			index[sur] = full
		}
	}
	for key := range many {
		if key[0] == 'm' {
			delete(men, key[2:])
		} else {
			delete(women, key[2:])
		}
	}
	return men, women
}
