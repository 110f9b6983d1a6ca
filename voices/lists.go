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
