package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A writer's byline with a comma and the writer's role run into the
// story's first sentence, in lower-cased text: "By ilse varga, gazette
// staff writer the harbour council voted ...", "By tom reyes, anchor and
// managing editor our friend on the night desk ...". cutOpeningByline
// wants the story right after the name, and cutRunInByline a byline with
// no comma; here the name ends in a comma, a role of at most
// roleBylineMax words follows that ends on a role word (roleBylineEnds),
// and the story opens right after it on a word that no role goes on with
// (roleBylineOpeners: an article, a pronoun, a subordinator), so the seam
// is where the role's last word meets a sentence's first. A wire
// service's name alone may stand for the role ("By ilse varga, cnn two
// boats sank ..."): no story goes on from it; so may a station's
// "<name> news". A role that
// does not end on a listed role word ("head of the harbour desk westvale
// was founded ...") is left: where it ends cannot be told.
//
// Measured against 578636d (default summaries): Multi-News validation 0
// of 5,598 summaries change, train 1-6,000 0 of 5,975; of the 98 train
// 1-38,000 clusters with an article opening "by <name>, ..." (or the
// other shapes of this branch), 2 change, both better (a wire service's
// byline and a station's "<name> news" byline cut from a lede; "news"
// was added as a role's end after the first). Most such bylines that reach a summary name
// an outlet of several words or a role that ends on no role word ("By
// <name>, <site> blog <story>", "By <name>, head of <desk> <story>"):
// they are left, where the seam is not known. A first draft read
// only roles that end on a role word and changed none of them.

// roleBylineMax is the most words of the role after the name's comma.
const roleBylineMax = 5

// roleBylineEnds end a writer's role in a byline: bylineRoles, the
// titles a credit gives ("managing editor", "executive director") and a
// station's or desk's "news" ("<station> news").
var roleBylineEnds = lex.Set("staff", "reporter", "editor", "writer", "correspondent", "columnist", "contributor",
	"staffer", "reporters", "writers", "editors", "correspondents", "director", "producer", "anchor", "manager",
	"officer", "president", "founder", "chairman", "chairwoman", "analyst", "economist", "critic", "blogger",
	"journalist", "photographer", "news")

// roleBylineOutlets are wire services and networks a byline names
// alone after the writer's comma ("By <name>, cnn <story>"), as written
// in lower-cased text.
var roleBylineOutlets = lex.Set("cnn", "ap", "afp", "reuters", "bloomberg", "npr", "nbc", "abc", "cbs", "upi", "bbc")

// roleBylineOpeners open the story after a role: words no role goes on
// with.
var roleBylineOpeners = lex.Set("the", "a", "an", "i", "we", "you", "he", "she", "they", "it", "it's", "this",
	"these", "those", "there", "when", "while", "if", "after", "although", "our", "my", "his", "her", "their")

// cutRoleByline returns s from its story, first letter in upper case, and
// true when s opens "By <name>, <role> <story>": "By" and a name as
// cutOpeningByline reads it (openBylineName) whose last word ends in a
// comma; one to roleBylineMax words of letters (no other punctuation, no
// stopword but "and" and "of"), the last a role word (roleBylineEnds) and
// the next no role word, "and" or "of" (roleBylineGoesOn), or a lone
// wire service's name (roleBylineOutlets) before a word of letters or
// digits that goes on with no role, no "news" and no phrase
// (openByNotNext); then a story of openBylineMinRest words or more
// that opens on one of roleBylineOpeners (after a wire service's name, on
// any such word). s and false otherwise.
func cutRoleByline(s string) (string, bool) {
	if len(s) < len("by jo roe, editor a b c d e f") || s[0] != 'B' && s[0] != 'b' || s[1] != 'y' || s[2] != ' ' ||
		!strings.Contains(s[:min(len(s), 60)], ",") {
		return s, false
	}
	f := lex.SpaceFields(s[:min(len(s), 300)])
	if len(f) < 5 || f[0] != "By" && f[0] != "by" {
		return s, false
	}
	// The name's last word holds the comma: the second or third field
	// after "By" ("<given> <surname>," or "<given> <initial> <surname>,").
	c := 0
	for j := 2; j <= 3 && j < len(f); j++ {
		if strings.HasSuffix(f[j], ",") {
			c = j
			break
		}
	}
	if c == 0 {
		return s, false
	}
	name := [4]string{}
	copy(name[:], f[:c+1])
	name[c] = strings.TrimSuffix(f[c], ",")
	if openBylineName(name[:c+1], 1) != c+1 {
		return s, false
	}
	if k := c + 1; k+1 < len(f) && roleBylineOutlets[f[k]] && !roleBylineGoesOn(lex.Lower(f[k+1])) &&
		f[k+1] != "news" && (labelWord(f[k+1]) || digitsOnly(f[k+1])) && !openByNotNext[lex.Lower(f[k+1])] {
		// A wire service's name alone: "By <name>, cnn two boats ...".
		rest := afterFields(s, k+1)
		if countWords(rest) < openBylineMinRest {
			return s, false
		}
		return lex.UpperFirst(rest), true
	}
	end := 0
	for k := c + 1; k < len(f) && k <= c+roleBylineMax; k++ {
		w := f[k]
		lw := lex.Lower(w)
		if !labelWord(w) || lex.IsStopword(lw) && lw != "and" && lw != "of" {
			return s, false
		}
		if roleBylineEnds[lw] && (k+1 >= len(f) || !roleBylineGoesOn(lex.Lower(f[k+1]))) {
			end = k + 1
			break
		}
	}
	if end == 0 || end >= len(f) || !roleBylineOpeners[lex.Lower(f[end])] {
		return s, false
	}
	rest := afterFields(s, end)
	if countWords(rest) < openBylineMinRest {
		return s, false
	}
	return lex.UpperFirst(rest), true
}

// roleBylineGoesOn reports whether w, after a role word, goes on with the
// role: another role word ("staff writer"), "and" or "of".
func roleBylineGoesOn(w string) bool {
	return roleBylineEnds[w] || w == "and" || w == "of"
}

// cutBylineOpening cuts a byline that opens s (cutOpeningByline), or one
// with a comma and a role (cutRoleByline).
func cutBylineOpening(s string) (string, bool) {
	if rest, ok := cutOpeningByline(s); ok {
		return rest, true
	}
	return cutRoleByline(s)
}
