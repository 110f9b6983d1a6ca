package voices

import (
	_ "embed"
	"strings"
)

//go:embed words.txt
var wordList string

// roles and commons are the sections of words.txt, built once.
var (
	roles   = section(wordList, "roles")
	commons = section(wordList, "commons")
)

// section returns the words of the "[name]" section of list.
func section(list, name string) map[string]bool {
	m := make(map[string]bool)
	in := false
	for line := range strings.Lines(list) {
		w := strings.TrimSpace(line)
		switch {
		case w == "" || strings.HasPrefix(w, "#"):
		case strings.HasPrefix(w, "[") && strings.HasSuffix(w, "]"):
			in = w[1:len(w)-1] == name
		case in:
			m[w] = true
		}
	}
	return m
}
