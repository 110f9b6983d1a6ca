package summarize

import (
	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the reading stage's last step, after
// truecaseSummary. The truecase model raises a word when at least two
// stories of its cased text write it capitalised; a name only one story
// used stays lower-case, though that story never wrote it otherwise: "al
// qaeda", "mark zuckerberg said", "on reddit", "broward county",
// "snapchat". raiseOneStoryWords writes such a word of a lower-cased
// summary as the cased text did (truecase.Model.OneStory: capitalised
// twice or more, never lower-case, in one story): "Qaeda", "Zuckerberg",
// "Reddit", "MacBook". It leaves a word of three letters or fewer ("woo",
// "dos"), one opening the text (capitalised already), and one the
// spelling word list the model was built with (SCOWL's wamerican) holds
// in lower case alone (oneStoryCommon): "an nbc affiliate", "the mummy",
// "a coral reef" are common nouns one story wrote in a name.
//
// Measured against b1dbf07 (acronymSpelled): validation 139 of 5,599
// summaries changed, every one of the 201 words changed read: 196 right
// ("Afghan" 37 times, "al Qaeda", "Zuckerberg", "Voyager", "Broward",
// "Playboy", "Reddit", "MacBook", "Robert de Niro", "SUVs"), 5 wrong
// ("69 Franks and buns" twice, "a Barber", "Permethrin" twice); train
// 1-38,000 991 of 37,862 changed (1,335 words), 40 changed words drawn
// and read: 39 right, 1 wrong ("a NASA Rover"). ROUGE of the Fill
// summaries is untouched: they are not truecased.
//
// Tried and not kept: telling the common nouns by the sources (a
// determiner before the word in a quarter of its uses, as
// truecase.commonNoun does): in a lower-cased cluster "an nbc affiliate"
// puts the determiner before "nbc", and 357 of the 358 such words on
// validation passed. Left: the names the word list holds in lower case
// ("told politico", 22 words on validation).

// oneStoryCommon are the words of four letters or more the truecase model
// saw capitalised alone, in one story, that the spelling word list holds
// in lower case alone. It is derived from the model and the list, not
// chosen by hand, and so holds names of the news too ("politico",
// "macron", "browns"), left lower-case but beside a given name, where the
// model raises them itself.
var oneStoryCommon = lex.Set(
	"affiliate", "amir", "apricot", "audition", "bantam", "barrios", "bassi", "beaver", "becks",
	"blockchain", "bookshop", "brat", "braves", "brooking", "browns", "cedar", "champagne",
	"coiffures", "coils", "communicator", "corolla", "coronet", "craven", "credo", "decipher",
	"dreamer", "equalization", "extinguishing", "falcons", "felling", "fetter", "filch", "fission",
	"foothill", "forger", "forte", "gibbons", "gigabyte", "groundhog", "hams", "hanks", "horizons",
	"incubator", "jinn", "luau", "lute", "lutes", "macron", "manes", "maul", "meek", "moraine",
	"mountaineer", "mummy", "naturalization", "navigation", "newt", "orioles", "pandas", "pelican",
	"pelt", "persona", "petite", "politico", "porters", "quanta", "raspberry", "reef", "retina",
	"rheum", "rhodium", "riff", "rube", "ruff", "sable", "safari", "salaam", "scrub", "servo",
	"shamrock", "shire", "shiver", "shoemaker", "spades", "townships", "trek", "tricycle", "tridents",
	"trilling", "truss", "unbound", "viewfinder", "voyagers", "wagoner", "weathers", "wicks",
	"wizardry", "wolves",
)

// raiseOneStoryWords writes the lower-case words of the sentences, voice
// statements and claims of sum that one story of cased text wrote
// capitalised alone in that story's form.
func raiseOneStoryWords(sum *chorus.Summary) {
	tc := truecase.Default()
	rewriteTexts(sum, func(s string) string { return raiseOneStoryIn(tc, s) })
}

// raiseOneStoryIn is raiseOneStoryWords for one text.
func raiseOneStoryIn(tc *truecase.Model, s string) string {
	return recaseWords(s, func(i, j int) (string, bool) { return oneStoryAt(tc, s, i, j) })
}

// oneStoryAt returns the word s[i:j] as one story of cased text wrote it,
// when it is a lower-case word of letters standing alone that
// raiseOneStoryWords raises.
func oneStoryAt(tc *truecase.Model, s string, i, j int) (string, bool) {
	w := s[i:j]
	if len(w) < 4 || oneStoryCommon[w] || !lowerLettersASCII(w) || !standsAlone(s, i, j) {
		return "", false // opening the text, or an address or a hyphened word: "tmz.com", "pro-afghan"
	}
	up, ok := tc.OneStory(w)
	if !ok || len(up) != len(w) {
		return "", false
	}
	return up, true
}

// lowerLettersASCII reports whether s is made of lower-case ASCII letters
// alone.
func lowerLettersASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}
