package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A wire dateline that lost its agency tag and its dash, run into a story
// that opens on a people's adjective and a title: "Tarnwick vellonian
// president ilse varga signed ..." (a caption before it ends with a
// stop, so the splitter opens the sentence on the city). The city reads as
// part of the title ("Tarnwick Vellonian President Ilse Varga"), which no
// sentence of a story writes: a city's name never stands before a
// nation's adjective and a title. cutChosenBareDateline cuts one only
// before "the", "a", "an" or a count; cutNationDateline takes this shape
// too. Cut after selection (cutFrontDatelines), so no other sentence
// moves.
//
// Multi-News validation: 5 of 5,599 summaries change, all read, all
// better ("Riyadh Yemeni President ...", "Seoul North Korean leader ...",
// "Beijing Chinese state media ..."); train 1-38,000: 13 of 37,865, all
// read, all better (one also truecases the surname it opened on in two
// later sentences). "Vatican city pope ..." (the see is no listed
// city): validation 1 more, dev 5 more, all read, all better. Fill ROUGE on
// validation unchanged (45.92 / 16.23 / 19.82).

// nationAdjectives are peoples' adjectives a wire story writes before a
// title ("french president", "north korean leader").
var nationAdjectives = lex.Set("afghan", "american", "argentine", "australian", "austrian", "belgian", "brazilian",
	"british", "canadian", "chilean", "chinese", "colombian", "cuban", "czech", "danish", "dutch", "egyptian",
	"emirati", "ethiopian", "filipino", "finnish", "french", "german", "greek", "hungarian", "indian",
	"indonesian", "iranian", "iraqi", "irish", "israeli", "italian", "japanese", "jordanian", "kenyan",
	"korean", "kuwaiti", "lebanese", "libyan", "malaysian", "mexican", "moroccan", "nigerian", "norwegian",
	"pakistani", "palestinian", "peruvian", "philippine", "polish", "portuguese", "qatari", "romanian",
	"russian", "saudi", "serbian", "somali", "spanish", "sudanese", "swedish", "swiss", "syrian",
	"taiwanese", "thai", "tunisian", "turkish", "ukrainian", "venezuelan", "vietnamese", "yemeni",
	"zimbabwean")

// nationTitles are the titles a people's adjective stands before in such a
// story ("french president", "italian prime minister").
var nationTitles = lex.Set("president", "president-elect", "prime", "premier", "chancellor", "vice", "foreign",
	"defense", "defence", "interior", "finance", "leader", "opposition", "king", "queen", "crown", "prince",
	"princess", "ambassador", "actor", "actress", "authorities", "officials", "police", "military", "army",
	"troops", "forces", "security", "state", "government", "lawmakers", "minister")

// nationDatelineOpeners open a story after a bare dateline: a people's
// adjective (a title must follow it: nationTitleAfter), "north" and
// "south" of "north korean".
var nationDatelineOpeners = func() map[string]bool {
	m := lex.Set("north", "south")
	for w := range nationAdjectives {
		m[w] = true
	}
	return m
}()

// cutNationDateline returns s without a city a dateline names run into
// the story with no dash, and true, when the story opens on a people's
// adjective ("north korean" of two words) and one of nationTitles:
// "Paris french president ..." reads "French president ..."; and
// "Vatican city" before "pope". s and false otherwise.
func cutNationDateline(s string) (string, bool) {
	if strings.HasPrefix(lex.LowerASCII(s[:min(len(s), 18)]), "vatican city pope ") {
		// "Vatican city pope ...": the see's dateline (no listed city)
		// before its head's title.
		if rest := afterFields(s, 2); countWords(rest) >= fusedLedeMinWords {
			return lex.UpperFirst(rest), true
		}
		return s, false
	}
	out := cutBareDatelineBefore(s, nationDatelineOpeners)
	if out == s || !nationTitleAfter(out) {
		return s, false
	}
	return out, true
}

// nationTitleAfter reports whether s opens on a people's adjective and a
// title of nationTitles: "French president", "North korean leader".
func nationTitleAfter(s string) bool {
	f := lex.SpaceFields(s[:min(len(s), 60)])
	if len(f) < 2 {
		return false
	}
	first := lex.Lower(f[0])
	if first == "north" || first == "south" {
		if lex.Lower(f[1]) != "korean" {
			return false
		}
		f = f[1:]
		first = "korean"
	}
	return len(f) >= 2 && nationAdjectives[first] && nationTitles[strings.Trim(lex.Lower(f[1]), ",")]
}
