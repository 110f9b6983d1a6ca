package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the reading stage's last step, after the other
// case rules. They raise a surname where it follows its given name
// ("Jeff Sessions", "Shannon Kepler"), but the same surname alone later
// in the summary stays low when the truecase model knows it as a common
// word or not at all: "Democrats laced into sessions,", "fought
// sessions' nomination", "the keplers are not cooperating".
// raiseLaterSurnames writes such a mention as the summary writes the
// name: a word the summary writes capitalised right after a capitalised
// listed given name (lex.IsGivenName), mid-sentence. A word the model
// writes lower-case more often than not must also be the cluster's
// surname (lowerGivenNames: in a person's place in most of its
// mentions) and stand in a person's place here (laterPersonPlace: a
// verb of saying or of a subject after it, or a comma or possessive
// after it and a function word before it; never after a determiner or
// a number: "late night sessions", "two sessions,"). "the <surname>s"
// reads as the family ("the Keplers") when the model does not know the
// surname as a common word.
//
// Measured against 08c0714 (letter case alone): validation 34 of 5,598
// summaries changed (sentences and voice statements), every word read:
// 34 better, 0 worse ("laced into Sessions,", "fought Sessions'
// nomination", "the Keplers are", "the Browns were sentenced", "while
// Coats was speaking", "convicted Cross, a former"). Train 1-38,000:
// 175 of 37,856 changed, every changed word read in its line and about
// 60 with the summary open: 174 better, 1 the same ("big red Cotton": a
// nickname raised in part), 0 worse ("the Obamas", "said
// Parks, describing", "Cardinal Law will be", "According to Early,").
// Tried and not kept: taking a place's noun after a given name as
// evidence ("on Campus," from "St. Louis Campus": laterPlaceNouns now);
// leaving out the nouns noSurnameWord and namesakeNouns hold cost five
// right words on both sets ("Cardinal Law", "Camp's hand", "said
// Bishop.") and saved none. Left: a plural possessive without "the"
// ("one of carvers' daughters"), a surname before a verb not listed
// ("interviewing <surname> to", "saw camp exit").

// raiseLaterSurnames writes, in the sentences, voice statements and
// claims of sum, the bare lower-case mentions of a surname the summary
// writes with its given name in capitals.
func (c *cluster) raiseLaterSurnames(sum *chorus.Summary) {
	names := make(map[string]string)
	rewriteTexts(sum, func(s string) string {
		writtenSurnames(s, names)
		return s
	})
	if len(names) == 0 {
		return
	}
	var bare map[string]string
	read := false
	surname := func(core string) bool {
		if !read {
			read = true
			want := make(map[string]bool, len(names))
			for w := range names {
				if truecase.Default().MostlyLower(w) {
					want[w] = true
				}
			}
			bare, _ = c.lowerGivenNames(want)
		}
		return bare[core] != ""
	}
	rewriteTexts(sum, func(s string) string { return laterSurnamesIn(s, names, surname) })
}

// writtenSurnames adds to names each surname s writes capitalised after
// a capitalised listed given name ("Jeff Sessions" adds "sessions" →
// "Sessions"), of three letters or more and no given name itself.
func writtenSurnames(s string, names map[string]string) {
	if !strings.Contains(s, " ") {
		return
	}
	fields := lex.SpaceFieldsShared(s)
	for k := 1; k < len(fields); k++ {
		g, f := fields[k-1], fields[k]
		if !upperFirst(f) || !upperFirst(g) || !lettersOnly(g) || !lex.IsGivenName(lex.Lower(g)) {
			continue
		}
		core, _ := lowerCore(f)
		if len(core) < 3 || len(f) < len(core) || !lettersOnly(core) || strings.Contains(core, "-") || lex.Lower(f[:len(core)]) != core {
			continue
		}
		if lex.IsGivenName(core) || lex.IsStopword(core) || laterPlaceNouns[core] || strings.ToUpper(f[:len(core)]) == f[:len(core)] {
			continue // "Mary Ann", "NBC", "Louis Campus" (of "St. Louis")
		}
		names[core] = f[:len(core)]
	}
}

// laterPlaceNouns are nouns of a place's name that a given name may
// stand before when a saint's or a town's name is cut from it ("Louis
// Campus" of "St. Louis Campus"): no surname to raise alone.
var laterPlaceNouns = lex.Set("campus", "street", "avenue", "square", "plaza", "stadium", "arena", "airport", "station", "bridge")

// laterSurnamesIn returns s with the lower-case mentions of the surnames
// of names raised where they read as the person (raiseLaterSurnames).
// surname reports whether the cluster holds a common word as a surname.
func laterSurnamesIn(s string, names map[string]string, surname func(string) bool) string {
	var fields []string
	changed := false
	tc := truecase.Default()
	for j, f := range lex.SpaceFieldsShared(s) {
		if j == 0 || f == "" || f[0] < 'a' || f[0] > 'z' {
			continue
		}
		core, _ := lowerCore(f)
		if fields == nil {
			fields = lex.SpaceFields(s)
		}
		written, ok := names[core]
		if !ok {
			// "the keplers": the family of a surname no common word.
			stem, plural := strings.CutSuffix(core, "s")
			written, ok = names[stem]
			if !plural || !ok || lex.Lower(fields[j-1]) != "the" || tc.MostlyLower(stem) || tc.MostlyLower(core) {
				continue
			}
			written += "s"
		} else if thingBefore(fields[j-1]) {
			continue // "the barley", "two barley": a thing, whatever the model knows of it
		} else if tc.MostlyLower(core) && (!laterPersonPlace(fields, j) || !surname(core)) {
			continue
		}
		if !strings.HasPrefix(f, core) {
			continue
		}
		fields[j] = written + f[len(core):]
		changed = true
	}
	if !changed {
		return s
	}
	return strings.Join(fields, " ")
}

// thingBefore reports whether the field p, before a word, makes that
// word a thing's noun: a determiner or a number ("the sessions", "two
// sessions").
func thingBefore(p string) bool {
	pl := lex.Lower(p)
	return determiners[pl] || numberWords[pl] || lex.HasDigit(pl)
}

// laterPersonPlace reports whether fields[j], a bare lower-case surname
// that is also a common word, stands where a person does: a verb of
// saying, personAfter or a subject's verb after it ("sessions said"), or
// a comma or a possessive after it ("into sessions,", "sessions'
// nomination"), and before it a function word, a verb or a title, no
// determiner, number or other word ("the sessions,", "two sessions,",
// "night sessions,").
func laterPersonPlace(fields []string, j int) bool {
	p := fields[j-1]
	if thingBefore(p) {
		return false
	}
	pl := lex.Lower(strings.TrimRight(p, "."))
	if !(lex.IsStopword(pl) || lex.IsAttributionVerb(pl) || abbrevTitles[pl] || roleWords[pl] || verbForm(pl) || participleLike(pl) || strings.HasSuffix(p, ",")) {
		return false
	}
	next := ""
	if j+1 < len(fields) {
		next, _ = lowerCore(fields[j+1])
	}
	if lex.IsAttributionVerb(next) || personAfter[next] || surnameSubjectVerbs[next] {
		return true
	}
	f := fields[j]
	return commaOrPossessive(f) || strings.HasSuffix(f, "s'") || strings.HasSuffix(f, "s’")
}
