package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage's last step, after the names
// are raised. A US state's highway patrol or state police is the
// agency's name ("the Florida Highway Patrol", "Michigan State Police"),
// and in a lower-cased cluster the truecaser raises the state and leaves
// the two words after it low: "the Ohio highway patrol said". No other
// words stand between a state's name and "highway patrol" or "state
// police" in news, so raiseStateAgencies writes both words with a
// capital when the word (or two words) before them is a state of
// datelineRegions written with a capital. The Florida Keys are raised by
// the same reading in geoNames (truecase_geoname.go).
//
// Measured against 697e1c8 (letter case alone, with "florida keys" in
// geoNames): validation 6 of 5,598 summaries changed, all read with their
// sources: 6 better ("the Florida Highway Patrol says", "the California
// Highway Patrol's field office", "in the Florida Keys"), 0 worse, 0 the
// same. Train 1-6,000: 5 of 5,975 changed, all read: 5 better. Train
// 6,001-38,000, the 350 clusters whose source holds the shape: 33
// changed, every changed word read in its line (38 sentences): all
// better ("Washington State Patrol troopers", "the Nebraska State Patrol
// said", "Caribbean and Florida Keys"). Left: an agency whose state is
// written low ("the ohio highway patrol"), a department's name after a
// state or city ("the Texas Department of Public safety", "the Chicago
// police department", which news writes both ways).

// stateAgencyHeads are the first words, lower-cased, of a state agency's
// name after the state, with the word each takes after it.
var stateAgencyHeads = map[string]map[string]bool{
	"highway": {"patrol": true},
	"state":   {"police": true, "patrol": true},
}

// raiseStateAgencies raises, in the sentences, voice statements and
// claims of sum, the two words of a state's agency after the state.
func raiseStateAgencies(sum *chorus.Summary) {
	rewriteTexts(sum, raiseStateAgenciesIn)
}

// raiseStateAgenciesIn is raiseStateAgencies for one text.
func raiseStateAgenciesIn(s string) string {
	if !strings.Contains(s, "highway ") && !strings.Contains(s, "state ") {
		return s // cheapest test first: most texts name no agency
	}
	fields := lex.SpaceFields(s)
	changed := false
	for j := 1; j+1 < len(fields); j++ {
		tails := stateAgencyHeads[fields[j]]
		if tails == nil {
			continue
		}
		tail, _ := lowerCore(fields[j+1])
		if !tails[tail] || !strings.HasPrefix(fields[j+1], tail) || !stateBefore(fields, j) {
			continue
		}
		fields[j] = lex.UpperFirst(fields[j])
		fields[j+1] = lex.UpperFirst(fields[j+1])
		changed = true
	}
	if !changed {
		return s
	}
	return strings.Join(fields, " ")
}

// stateBefore reports whether the field (or two fields) before fields[j]
// is a state of datelineRegions written with a capital and nothing after
// it: "Ohio highway", "New Mexico state", not "Ohio, state".
func stateBefore(fields []string, j int) bool {
	prev := fields[j-1]
	if !upperFirst(prev) || !lettersOnly(prev) {
		return false
	}
	if datelineRegions[lex.Lower(prev)] {
		return true
	}
	if j >= 2 && upperFirst(fields[j-2]) && lettersOnly(fields[j-2]) {
		return datelineRegions[lex.Lower(fields[j-2])+" "+lex.Lower(prev)]
	}
	return false
}
