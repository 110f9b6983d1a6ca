package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus"
)

// This file belongs to the reading stage, after selection: it cuts a
// blog's pointer to the rest of its post. A summary has no "jump" (the
// link a blog's front page puts before the rest of a post) and no page to
// continue on, so "(after the jump)", "(continued)" or "(more on that
// later)" points at nothing; blind readers list it as a dangling
// reference.
//   - A parenthesis that holds only such a pointer goes: "The list (after
//     the jump) names six towns." reads "The list names six towns.".
//   - A short sentence that only points ("Full list after the jump.",
//     "More after the break.") is left out (jumpPointerOnly).

// jumpPointerParen matches the words of a parenthesis that only points at
// the rest of a post or page.
var jumpPointerParen = regexp.MustCompile(`(?i)^(?:(?:and |with |see |read |much |full |the )?(?:more|details|story|text|list|video|photos|the rest)[^()]{0,30} )?(?:after|past|below|beyond) the (?:jump|fold)$|^(?:more|much more|details|the rest)[^()]{0,20} after the break$|^(?:continued|cont\.?|cont'd|to be continued|continued (?:below|after the jump|on next page|on page \d+)|story continues[^()]{0,30}|more (?:on|about) (?:that|this|which|it|them) later)$`)

// jumpPointerSentence matches a sentence that only points at the rest of
// a post: "Full text of the statement after the jump.", "More after the
// break...".
var jumpPointerSentence = regexp.MustCompile(`(?i)^(?:(?:there's |there is |you'll find |find |see |read |get |check out |here's |here are |and )?(?:much |some )?(?:more|the rest|full|details|excerpts|the full|video|photos|the list|a list|more excerpts)\b[^.!?"“”]{0,60}? (?:after|past|below|beyond) the (?:jump|break|fold))(?:[.:!…]|\.\.\.|$)`)

// jumpPointerMaxWords is the most words of a sentence jumpPointerSentence
// may drop.
const jumpPointerMaxWords = 12

// cutJumpPointer returns s without the parentheses that only point at the
// rest of its post (this file's comment), and whether it changed s.
func cutJumpPointer(s string) (string, bool) {
	if !strings.Contains(s, "(") {
		return s, false
	}
	t := pageParen.ReplaceAllStringFunc(s, func(m string) string {
		inner := strings.TrimSpace(m[strings.IndexByte(m, '(')+1 : len(m)-1])
		if jumpPointerParen.MatchString(inner) {
			return ""
		}
		return m
	})
	if t == s {
		return s, false
	}
	t = strings.TrimSpace(t)
	if countWords(t) < 4 {
		return s, false
	}
	return capitalizeFirst(strings.NewReplacer(":.", ".", ",.", ".", ";.", ".").Replace(t)), true
}

// cutJumpPointers cuts the blog pointers from each sentence of sum.
func cutJumpPointers(sum *chorus.Summary) {
	cutEach(sum, cutJumpPointer)
}

// jumpPointerOnly reports whether s is a short sentence that only points
// at the rest of a post ("More after the jump."): dropChosen leaves it out.
func jumpPointerOnly(s string) bool {
	return countWords(s) <= jumpPointerMaxWords && jumpPointerSentence.MatchString(s)
}
