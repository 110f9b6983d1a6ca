package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A picture's caption with no date and no credit: a name at the front and
// a scene told in the present ("Mayor Ilse Varga arrives for the vote.",
// "Tomas Rell and Ilse Varga greet supporters after the debate.") or with
// no verb ("Tomas Rell and Ilse Varga at the premiere of <film>.").
// News told in the present shares the verbs, so sceneCaption asks for a
// short sentence, a scene verb right after a name of a few words with no
// word of a clause before it, a preposition or an article after the
// verb, and no finite verb of a story after it; dropPictureCaptions
// leaves it out only when another sentence of the summary names its
// person (sceneCaptionNamed).

// sceneCaptionVerbs are the present forms of a caption's scene, each with
// the words that may follow it: "p" a preposition, "a" an article or a
// possessive too.
var sceneCaptionVerbs = map[string]string{
	"arrives": "p", "speaks": "p", "gestures": "p", "waves": "pa", "poses": "p", "walks": "p",
	"greets": "pa", "smiles": "p", "reacts": "p", "listens": "p", "watches": "pa", "performs": "pa",
	"attends": "a", "prays": "p", "kneels": "p", "hugs": "pa", "embraces": "pa", "salutes": "pa",
	"testifies": "p", "celebrates": "p",
}

// sceneCaptionPlurals are the plural forms, read only after a subject of
// two names or more ("<name> and <name> arrive ...").
var sceneCaptionPlurals = map[string]string{
	"arrive": "p", "speak": "p", "gesture": "p", "wave": "pa", "pose": "p", "walk": "p", "greet": "pa",
	"smile": "p", "react": "p", "listen": "p", "watch": "pa", "perform": "pa", "attend": "a", "pray": "p",
	"kneel": "p", "hug": "pa", "embrace": "pa", "celebrate": "p",
}

// sceneCaptionPreps may follow a scene verb ("arrives for", "speaks
// during").
var sceneCaptionPreps = lex.Set("at", "during", "to", "for", "in", "on", "with", "after", "before", "as",
	"outside", "near", "from", "along", "past", "through", "into", "inside", "while", "ahead", "onstage")

// sceneCaptionArticles may follow a verb marked "a" ("greets supporters"
// reads no article and is left).
var sceneCaptionArticles = lex.Set("a", "an", "the", "his", "her", "their")

// sceneCaptionClause are words that make the words before the verb a
// clause or a phrase rather than a name and its title.
var sceneCaptionClause = lex.Set("to", "will", "would", "can", "could", "may", "might", "must", "should",
	"who", "which", "that", "if", "when", "as", "not", "also", "now", "still", "only", "just", "then", "often",
	"never", "always", "there", "it", "he", "she", "they", "we", "i", "you", "this", "these", "those", "what",
	"why", "how", "is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "be", "been", "but",
	"so", "because", "while", "where", "every", "each", "all", "some", "most", "many", "no", "if", "once")

// sceneCaptionFinite are words of a story's finite verb after the scene
// verb ("... as the council is ...", "..., who has ...").
var sceneCaptionFinite = lex.Set("is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
	"could", "said", "says", "say", "told", "tells", "should", "may", "might", "must")

// sceneCaptionAttendNouns are what one attends as a pupil or a member,
// not as a picture's scene.
var sceneCaptionAttendNouns = lex.Set("university", "school", "college", "church", "classes", "class", "seminary")

// Bounds of sceneCaption.
const (
	sceneCaptionMinWords = 4  // the fewest words of the sentence
	sceneCaptionMaxWords = 16 // the most words of the sentence
	sceneCaptionMinName  = 2  // the fewest words before the verb
	sceneCaptionMaxName  = 8  // the most words before the verb
)

// premiereCaption matches a verbless caption (lower case): two names or
// more at an event, "<name> and <name> at the premiere of ...".
var premiereCaption = regexp.MustCompile(`^[a-z][a-z'.-]*(?: [a-z'.-]+){0,4} and [a-z'.-]+(?: [a-z'.-]+){0,4},? (?:at|during|attend) the (?:[a-z0-9'-]+ ){0,4}` +
	`(?:premiere|opening|screening|gala|party|ceremony|awards|ball|launch|festival|show|benefit|event)\b`)

// sceneCaption reports whether s reads as a picture's caption with no
// date, with the words before its verb (the name, lower case): a name of sceneCaptionMinName to sceneCaptionMaxName words and a
// verb of sceneCaptionVerbs (or, after "and", sceneCaptionPlurals)
// followed by what the verb allows, or two names at an event with no
// verb (premiereCaption); sceneCaptionMinWords to sceneCaptionMaxWords
// words, a full stop, no quotation mark, comma before the verb, figure
// after it or word of sceneCaptionFinite.
func sceneCaption(s string) ([]string, bool) {
	t := strings.TrimSpace(s)
	if len(t) < 12 || t[len(t)-1] != '.' || lex.ContainsAny(t, "\"“”:;?!()") {
		return nil, false
	}
	w := lex.FirstFields(lex.LowerASCII(strings.TrimSuffix(t, ".")), sceneCaptionMaxWords+1) // one more tells a longer sentence
	if len(w) < sceneCaptionMinWords || len(w) > sceneCaptionMaxWords || lyAdverb(w[0]) || sceneCaptionPreps[w[0]] {
		return nil, false
	}
	for _, x := range w {
		if sceneCaptionFinite[strings.Trim(x, ",")] || strings.HasSuffix(x, "n't") || strings.HasPrefix(x, "'") {
			return nil, false
		}
	}
	if premiereCaption.MatchString(strings.Join(w, " ")) {
		for _, x := range w {
			if sceneCaptionClause[strings.Trim(x, ",")] && x != "and" {
				return nil, false
			}
		}
		return w[:min(len(w), 3)], true
	}
	and := false
	for v, x := range w {
		if v > sceneCaptionMaxName {
			return nil, false
		}
		if strings.HasSuffix(x, ",") || sceneCaptionClause[x] || x == "and" && v == 0 {
			return nil, false
		}
		if x == "and" {
			and = true
			continue
		}
		follow, ok := sceneCaptionVerbs[x]
		if !ok && and {
			follow, ok = sceneCaptionPlurals[x]
		}
		if !ok {
			continue
		}
		if v < sceneCaptionMinName {
			return nil, false
		}
		if v+1 == len(w) {
			return w[:v], !strings.Contains(follow, "a") // "<name> gestures."
		}
		next := w[v+1]
		for _, r := range w[v+1:] {
			if lex.ContainsAny(r, "0123456789") && !strings.HasSuffix(r, "th") && !strings.HasSuffix(r, "st") && !strings.HasSuffix(r, "nd") && !strings.HasSuffix(r, "rd") {
				return nil, false
			}
		}
		if strings.HasSuffix(next, ",") {
			return nil, false
		}
		if x == "attends" || x == "attend" {
			return w[:v], v+2 < len(w) && sceneCaptionArticles[next] && !sceneCaptionAttendNouns[w[v+2]]
		}
		return w[:v], strings.Contains(follow, "p") && sceneCaptionPreps[next] || strings.Contains(follow, "a") && sceneCaptionArticles[next]
	}
	return nil, false
}

// sceneCaptionNamed reports whether a word of name (a sceneCaption's
// name: not an article, title or "and", at least four letters) stands in
// other, the summary's other sentences (lower case): the caption is not
// the summary's only word of its person.
func sceneCaptionNamed(name []string, other string) bool {
	for _, x := range name {
		x = strings.TrimSuffix(strings.Trim(x, ",."), "'s")
		if len(x) >= 4 && !sceneCaptionTitles[x] && containsWord(other, x) {
			return true
		}
	}
	return false
}

// sceneCaptionTitles are words of a name's title that tell no person.
var sceneCaptionTitles = lex.Set("president", "minister", "prime", "senator", "candidate", "presidential",
	"democratic", "republican", "former", "actor", "actress", "singer", "star", "leader", "chief", "coach",
	"governor", "mayor", "director", "people", "police", "officer", "officers", "with", "from", "their")
