package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage's last step, after
// raisePlacesAfterOf. A few countries share their name with a common
// word ("turkey" the bird, "chad" the paper scrap, "guinea" the coin), and
// the truecase model, whose counts mix the two, leaves them low in a
// lower-cased cluster: "he had been in turkey", "the border with chad".
// raiseCountryNames writes such a country with a capital when the
// cluster's sources write its people's or capital's name too ("turkish",
// "ankara"; "chadian"): evidence the story is the country's; or when it
// stands beside another country ("from turkey into Syria", "Britain,
// turkey and ...") or after "present-day". The food's
// and the bird's uses stay low after an article or a word that takes the
// food ("the turkey", "ground turkey", "wild turkey") and before a noun
// the bird or food makes ("turkey dinner", "guinea pig"); "new guinea"
// is left whole.
//
// Measured against 720b3ea (letter case alone): validation 15 summaries
// changed, all read: 15 better ("in Turkey", "the border with Turkey",
// "Turkey's Justice Minister", "Guinea, Liberia and Sierra Leone"), 0
// worse. Train 1-6,000: 13 changed, all read, all better. Left: the
// country with no evidence in the sources nor beside another country.

// countryEvidence maps a country whose name is also a common word to the
// words whose use in the sources shows the country is meant.
var countryEvidence = map[string][]string{
	"turkey": {"turkish", "ankara", "istanbul", "erdogan", "erdoğan"},
	"chad":   {"chadian", "chadians", "n'djamena", "ndjamena"},
	"guinea": {"guinean", "guineans", "conakry"},
}

// countryNotAfter are the words after which a country's word is the
// common one: articles and the food's words.
var countryNotAfter = lex.Set("the", "a", "an", "his", "her", "their", "our", "my", "your",
	"ground", "roast", "roasted", "smoked", "sliced", "wild", "whole", "frozen", "deli", "fried",
	"hanging", "new", "equatorial", "papua", "hunt", "hunting", "eat", "ate", "eating", "carve", "carved")

// countryNotBefore are the nouns the common word makes before them.
var countryNotBefore = lex.Set("dinner", "dinners", "sandwich", "sandwiches", "breast", "breasts", "meat",
	"burger", "burgers", "point", "day", "hunt", "hunting", "hunter", "hunters", "farm", "farms", "farmer",
	"farmers", "products", "product", "leg", "legs", "vulture", "vultures", "trot", "bacon", "feathers",
	"federation", "foundation", "pardon", "pardoning", "store", "season", "fryer", "call", "calls",
	"pig", "pigs", "fowl", "hen", "hens", "worm", "worms", "shoot", "bowl", "pie", "roll", "rolls",
	"recall", "chili", "salad", "gravy", "dressing", "stuffing", "leftovers", "wrap", "platter")

// countryLinks are the words that may join two countries named side by
// side: "from turkey into Syria", "Britain, turkey and the Gulf".
var countryLinks = lex.Set("and", "or", "from", "to", "into", "with", "between")

// countryNeighbours are the names beside which a country's word is the
// country (countryBeside), beyond the countries datelineRegionNames
// holds.
var countryNeighbours = lex.Set("britain", "europe", "u.s.", "eu", "nato")

// raiseCountryNames raises, in the sentences, voice statements and
// claims of sum, the countries named by common words whose people the
// sources write of, or that stand beside another country.
func (c *cluster) raiseCountryNames(sum *chorus.Summary) {
	var raise map[string]bool
	found := false
	for country, evidence := range countryEvidence {
		if !summaryWrites(sum, country) {
			continue
		}
		found = true
		for _, e := range evidence {
			if c.writesWord(e) {
				if raise == nil {
					raise = make(map[string]bool)
				}
				raise[country] = true
				break
			}
		}
	}
	if !found {
		return
	}
	rewriteTexts(sum, func(s string) string { return countryNamesIn(s, raise) })
}

// summaryWrites reports whether a text of sum holds the lower-case
// string w: the cheap test before a rule reads the cluster's sources.
func summaryWrites(sum *chorus.Summary, w string) bool {
	for _, t := range evidenceTexts(sum) {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// countryNamesIn is raiseCountryNames for one text: it raises the
// countries' words in s that raise holds or that stand beside another
// country (countryBeside), where the common word cannot stand (the
// file's comment).
func countryNamesIn(s string, raise map[string]bool) string {
	fields := lex.SpaceFields(s)
	changed := false
	for j, f := range fields {
		core, _ := lowerCore(f)
		if _, ok := countryEvidence[core]; !ok || !strings.HasPrefix(f, core) {
			continue
		}
		if j > 0 && countryNotAfter[lex.Lower(lex.TrimLeftPunct(fields[j-1], "\"“‘'(["))] {
			continue
		}
		if j+1 < len(fields) && f == core && countryNotBefore[lex.Lower(lex.TrimRightPunct(fields[j+1], ",.;:!?\"”’')"))] {
			continue
		}
		if !raise[core] && !countryBeside(fields, j) {
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

// countryBeside reports whether fields[j] stands beside another country
// written capitalised, joined to it by a comma or a linking word
// ("Britain, turkey", "from turkey into Syria"), or after
// "present-day".
func countryBeside(fields []string, j int) bool {
	if j > 0 && lex.Lower(fields[j-1]) == "present-day" {
		return true
	}
	isCountry := func(f string) bool {
		if f == "" || f[0] < 'A' || f[0] > 'Z' {
			return false
		}
		core, _ := lowerCore(f)
		return datelineRegionNames[core] || countryNeighbours[core]
	}
	if j > 0 && strings.HasSuffix(fields[j-1], ",") && isCountry(fields[j-1]) {
		return true
	}
	if j > 1 && countryLinks[fields[j-1]] && !strings.ContainsAny(fields[j-2], ".,;:") && isCountry(fields[j-2]) {
		return true
	}
	if j > 1 && countryLinks[fields[j-1]] && fields[j-2] == "U.S." {
		return true
	}
	if f := fields[j]; j+1 < len(fields) && strings.HasSuffix(f, ",") && isCountry(fields[j+1]) {
		return true
	}
	return j+2 < len(fields) && !strings.ContainsAny(fields[j], ".,;:") && countryLinks[fields[j+1]] && isCountry(fields[j+2])
}
