package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the reading stage's last step, after the names
// are raised. A sea's, a desert's or an island group's name ends on a
// common noun, and in a lower-cased cluster the truecaser raises the
// name's own word ("Mediterranean", "Guantanamo", "Niagara") and leaves
// the noun low: "the Mediterranean sea", "at Guantanamo bay", "Niagara
// falls". raiseGeoNames writes the noun with a capital when the word
// before it, written with a capital, makes with it a name of geoNames:
// the capital the rules wrote is the evidence that the word stands as
// the name here, the list that the noun is part of it. "<noun> of
// <Place>" is read the same way where the list holds it ("the sea of
// Galilee", "isle of Skye"). A capital that only opens the text is no
// evidence when cased text writes that word in lower case ("Dead sea
// creatures"), and "sea" before a creature or "ice" stays low ("Caribbean
// sea turtles").
//
// Measured against 18c2d0d (letter case alone): validation 36 of 5,598
// summaries changed, all read: 36 better ("the Mediterranean Sea",
// "Guantanamo Bay employees", "near Niagara Falls", "the Sea of Japan",
// "the Cayman Islands"), 0 worse, 0 the same. Train 1-38,000: 207 of
// 37,856 changed, every changed word read in its line: all better, two
// of them half a name still ("the Tampa Bay times"). Left: a name with
// no capital written ("the black sea"), nouns after a place that are
// common nouns as often ("a Greek island", "the Nevada desert").
// "florida keys" was added against 697e1c8; its measurement is with
// truecase_stateagency.go's.

// geoNames are the names, lower-cased, "<word> <noun>" and "<noun> of
// <place>", whose noun raiseGeoNames writes capitalised.
var geoNames = lex.Set(
	// seas and oceans
	"mediterranean sea", "aegean sea", "baltic sea", "caspian sea", "salton sea", "bering sea",
	"arabian sea", "weddell sea", "java sea", "caribbean sea", "adriatic sea", "ionian sea",
	"tyrrhenian sea", "barents sea", "okhotsk sea", "sargasso sea", "tasman sea", "coral sea",
	"sulu sea", "andaman sea", "irish sea", "norwegian sea", "china sea", "yellow sea", "dead sea",
	"red sea", "black sea", "north sea", "labrador sea", "beaufort sea", "chukchi sea", "ligurian sea",
	"pacific ocean", "atlantic ocean", "indian ocean", "arctic ocean", "southern ocean",
	"sea of japan", "sea of galilee", "sea of cortez", "sea of azov", "sea of marmara", "sea of okhotsk",
	"gulf of mexico", "gulf of aden", "gulf of oman", "gulf of thailand", "gulf of california",
	"gulf of alaska", "gulf of finland", "gulf of guinea", "gulf of aqaba", "gulf of tonkin",
	"strait of hormuz", "straits of hormuz", "strait of gibraltar", "strait of malacca", "strait of messina",
	"strait of magellan", "bay of biscay", "bay of bengal", "bay of pigs", "bay of fundy",
	// bays
	"guantanamo bay", "tampa bay", "chesapeake bay", "hudson bay", "monterey bay", "montego bay",
	"mandalay bay", "botany bay", "narragansett bay", "biscayne bay", "humboldt bay", "jamaica bay",
	// islands
	"marshall islands", "cayman islands", "farallon islands", "aleutian islands", "galapagos islands",
	"balearic islands", "solomon islands", "canary islands", "falkland islands", "virgin islands",
	"faroe islands", "cook islands", "pitcairn islands", "andaman islands", "kuril islands",
	"spratly islands", "paracel islands", "senkaku islands", "diaoyu islands", "hawaiian islands",
	"caicos islands", "orkney islands", "shetland islands", "scilly islands", "mariana islands",
	"vancouver island", "rikers island", "ellis island", "staten island", "rhode island",
	"robben island", "manus island", "christmas island", "long island", "roosevelt island",
	"roanoke island", "isle of skye", "isle of man", "isle of wight", "isle of tiree", "isle of mull",
	// deserts, canals, peninsulas, mountains, falls
	"sahara desert", "mojave desert", "gobi desert", "atacama desert", "kalahari desert",
	"sonoran desert", "negev desert", "judean desert", "chihuahuan desert", "namib desert",
	"suez canal", "panama canal", "erie canal",
	"arabian peninsula", "sinai peninsula", "crimean peninsula", "korean peninsula",
	"yucatan peninsula", "iberian peninsula", "kamchatka peninsula", "olympic peninsula",
	"rocky mountains", "ural mountains", "appalachian mountains", "smoky mountains",
	"catskill mountains", "adirondack mountains", "zagros mountains",
	"niagara falls", "sioux falls", "wichita falls", "victoria falls", "seneca falls", "idaho falls",
	"twin falls", "great falls", "american falls",
	// keys
	"florida keys",
)

// geoNouns are the nouns that end or open a name of geoNames.
var geoNouns = lex.Set("sea", "ocean", "gulf", "strait", "straits", "bay", "islands", "island", "isle",
	"desert", "canal", "peninsula", "mountains", "falls", "keys")

// seaNounsAfter are the words after "sea" that make it the common noun:
// "Caribbean sea turtles", "Baltic sea ice".
var seaNounsAfter = lex.Set("turtle", "turtles", "lion", "lions", "life", "creature", "creatures", "ice",
	"urchin", "urchins", "star", "stars", "bird", "birds", "otter", "otters", "salt", "shell", "shells",
	"cucumber", "cucumbers", "horse", "horses", "grass", "snake", "snakes", "sponge", "sponges", "anemone",
	"anemones", "animals", "mammals", "level", "levels")

// raiseGeoNames raises, in the sentences, voice statements and claims of
// sum, the noun of a geographic name the rules raised in part.
func raiseGeoNames(sum *chorus.Summary) {
	rewriteTexts(sum, raiseGeoNamesIn)
}

// raiseGeoNamesIn is raiseGeoNames for one text.
func raiseGeoNamesIn(s string) string {
	var fields []string
	for j, f := range lex.SpaceFieldsShared(s) {
		if j == 0 || f == "" || f[0] < 'a' || f[0] > 'z' {
			continue
		}
		core, _ := lowerCore(f)
		if !geoNouns[core] || !strings.HasPrefix(f, core) {
			continue
		}
		if fields == nil {
			fields = lex.SpaceFields(s)
		}
		if geoNameAt(fields, j, core) {
			fields[j] = lex.UpperFirst(f)
		}
	}
	if fields == nil {
		return s
	}
	return strings.Join(fields, " ")
}

// geoNameAt reports whether fields[j], the lower-case noun core, is the
// noun of a name of geoNames the text writes in part with a capital.
func geoNameAt(fields []string, j int, core string) bool {
	if j+2 < len(fields) && fields[j+1] == "of" && fields[j] == core {
		place, _ := lowerCore(fields[j+2])
		if upperFirst(fields[j+2]) && geoNames[core+" of "+place] {
			return true
		}
	}
	prev := fields[j-1]
	if !upperFirst(prev) || !lettersOnly(prev) {
		return false // "coast, sea" or no capital: no name in part
	}
	if !geoNames[lex.Lower(prev)+" "+core] {
		return false
	}
	if j == 1 {
		if known, capital := truecase.Default().Known(lex.Lower(prev)); known && !capital {
			return false // "Dead sea creatures": the text's opening capital alone
		}
	}
	if core == "sea" && j+1 < len(fields) && fields[j] == core {
		next, _ := lowerCore(fields[j+1])
		if seaNounsAfter[next] {
			return false
		}
	}
	return true
}
