package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A site's or project's welcome line left in an article's text: "Welcome
// to the tarnwick ferry society's website.", "Hello and welcome to the
// harbour archive project.", or run into the page's first sentence
// ("Welcome to the westvale rowing club site the club was founded in
// 1921 ..."). It greets a visitor and tells no news. A welcome that names
// a place or an era ("Welcome to westvale, where the ferries ...",
// "Welcome to the age of the electric ferry") is the writer's device and
// stays: the line must name a page of the web (welcomePlaces) within
// welcomeMaxWords words of "welcome to", with no punctuation before it.
// cutWelcome leaves the line out of the candidates before selection, or
// cuts it from the story run into it.

// Bounds of cutWelcome.
const (
	// welcomeMaxWords is how far after "welcome to" the page's noun may
	// come.
	welcomeMaxWords = 10
	// welcomeMinRest is the fewest words of a story run into the welcome.
	welcomeMinRest = 8
)

// welcomeOpeningBytes bounds where cutWelcome looks for "welcome": after
// at most four greeting words.
const welcomeOpeningBytes = 60

// cutWelcome returns "" when s is a welcome line (see above): "welcome
// to" opens it, maybe after a greeting (welcomeGreetings), and a page's
// noun (welcomePlaces) follows within welcomeMaxWords words with no
// punctuation before it; after the noun s ends, or goes on with a comma
// or "for" or "of" (the page's owner). When a story opens on "the", "a",
// "an", "we", "our" or "this" after the noun, with welcomeMinRest words
// or more, the story is returned, first letter in upper case. s is
// returned as it is otherwise.
func cutWelcome(s string) string {
	if !strings.Contains(lex.LowerASCII(s[:min(len(s), welcomeOpeningBytes)]), "welcome") {
		return s // most lines: no "welcome" near the start
	}
	words := lex.SpaceFields(s)
	i := 0
	for i < len(words) && i < 4 && welcomeGreetings[lex.TrimPunct(lex.Lower(words[i]), ",!")] {
		i++
	}
	if i+2 >= len(words) || lex.Lower(words[i]) != "welcome" || lex.Lower(words[i+1]) != "to" {
		return s
	}
	for j := i + 2; j < len(words) && j < i+2+welcomeMaxWords; j++ {
		raw := lex.Lower(words[j])
		w := lex.TrimRightPunct(raw, `.,;:!?`)
		if !welcomePlaces[w] || w == "page" && (j == 0 || lex.Lower(words[j-1]) != "home") {
			if w != raw || lex.ContainsAny(w, `"“”()`) {
				return s // punctuation before a page's noun: "Welcome to westvale, the new site ..."
			}
			continue
		}
		rest := words[j+1:]
		if w != raw || len(rest) == 0 || rest[0] == "for" || rest[0] == "of" {
			return ""
		}
		if welcomeStory[rest[0]] && len(rest) >= welcomeMinRest {
			return lex.UpperFirst(strings.Join(rest, " "))
		}
		// "the harbour archive project": the last noun ends the page's name
	}
	return s
}

// welcomeGreetings may come before "welcome to": "Hello and welcome to
// ...", a transcript's ">>".
var welcomeGreetings = lex.Set("hello", "hi", "and", ">>", "good", "morning", "afternoon", "evening", "everyone")

// welcomePlaces are the nouns of a page of the web that a welcome line
// names ("home" before "page" only).
var welcomePlaces = lex.Set("site", "website", "homepage", "page", "store", "shop", "database", "project", "blog",
	"liveblog", "forum", "portal", "archive", "archives")

// welcomeStory open a story run into a welcome line.
var welcomeStory = lex.Set("the", "a", "an", "we", "our", "this")
