package voices

import (
	_ "embed"

	"github.com/chorusnews/chorus/internal/lex"
)

//go:embed words.txt
var wordList string

// roles and commons are the sections of words.txt, built once.
var (
	roles   = lex.Set(lex.Section(wordList, "roles")...)
	commons = lex.Set(lex.Section(wordList, "commons")...)
)

// IsRoleWord reports whether the lower-case word w is one of the title and
// job words a title before a name is made of (the roles of words.txt):
// "president", "spokesman", "police", "former".
func IsRoleWord(w string) bool { return roles[w] }
