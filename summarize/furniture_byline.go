package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// bylineRoleWords bounds the words of a byline cutRunInByline cuts, "By"
// and the role included.
const bylineRoleWords = 9

// cutRunInByline returns s, one of an article's first sentences, without
// a byline that ends in the writer's role and runs into the story: "By
// jane roe – gazette staff writer the ferry sank ..." reads "The ferry
// sank ...", and so does "By gazette staff the ferry sank ...". The byline
// opens with "By" (or "By:"), ends at a role word (bylineRoles) within
// bylineRoleWords words, and holds no other word than names, dashes and
// "and"/"of" ("By the time staff arrived ..." is the story's own); a
// story of linkRestWords words or more must follow it.
func cutRunInByline(s string) string {
	if len(s) < 3 || s[0] != 'B' && s[0] != 'b' || s[1] != 'y' && s[1] != 'Y' {
		return s
	}
	fields := lex.SpaceFieldsShared(s[:min(len(s), 200)])
	if len(fields) < 3 || !strings.EqualFold(strings.TrimSuffix(fields[0], ":"), "by") {
		return s
	}
	at := -1
	for i := 1; i < len(fields) && i < bylineRoleWords; i++ {
		w := lex.Lower(strings.TrimRight(fields[i], ","))
		if bylineRoles[w] && !lex.ContainsAny(fields[i], ".;:") {
			at = i
			break
		}
		if w == "–" || w == "—" || w == "-" || w == "and" || w == "of" {
			continue
		}
		if lex.IsStopword(w) || lex.ContainsAny(w, `;:!?"“”()`) || !hasLetterOrDigit(w) {
			return s
		}
	}
	if at < 1 {
		return s
	}
	for at+1 < len(fields) && bylineRoles[lex.Lower(strings.TrimRight(fields[at+1], ","))] {
		at++ // "staff writer"
	}
	rest := afterFields(s, at+1)
	if countWords(rest) < linkRestWords {
		return s
	}
	return lex.UpperFirst(rest)
}

// bylineRoles end a byline: the writer's role or the desk's.
var bylineRoles = lex.Set("staff", "reporter", "editor", "writer", "correspondent", "columnist", "contributor",
	"staffer", "reporters", "writers", "editors", "correspondents")
