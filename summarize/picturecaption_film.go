package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A film's or a show's still captioned with its cast and title alone:
// "Anna Varga stars in "The Tarnwick Ferry."", "Tomas Rell and Ilse Roe
// star in 'Harbour Lights' on Netflix.", "Ana Roe Tomas Rell and Ilse
// Varga star in "Low Tide."" (a photographer's name run in before the
// cast). The line names what the picture shows; a review's or a story's
// sentence about the cast says more: who they play ("... stars in the
// film as a ferry captain, ..."), what the film is ("..., which opens
// Friday"), or puts a word of its own before the verb ("<name> also
// stars in ...", "<name> will star in ...", "Members of the family star
// in ..."). filmCaption reads the caption; markTeasers flags it with
// flagNarrator before selection.
// Measured against 90852e2: validation 1 changed, better (an opening
// caption of a show's return on a streaming service gave way to the news
// that all its episodes were out); train 1-38,000 3 changed, 1 better
// (a film's caption with its photographer's name run in gone), 1 the
// same (a caption gone, a credits line "With <cast>." in its place), 1
// worse (a caption gone, a second wording of the opening's "act of war"
// in its place). A lower-cased page's subject ("<names> also star in
// ...") is read without capitals; "also" kept one such line in a first
// try (validation 2 changed, 1 of them a story's sentence lost), hence
// filmCaptionSubjectNot.

// Bounds of filmCaption.
const (
	filmCaptionMaxWords = 16 // the most words of the caption
	filmCaptionMaxTitle = 8  // the most words after "in"
)

// filmCaptionTitleNot are words after "in" that make the line a story's
// sentence: a role, a clause, a time or a comparison.
var filmCaptionTitleNot = lex.Set("as", "who", "which", "that", "alongside", "with", "after", "since", "when", "while",
	"and", "but", "because", "opposite", "next", "upcoming", "coming", "new", "his", "her", "their", "its", "own")

// filmCaptionSubjectNot are words that a lower-cased sentence's subject
// holds only when it is a story's ("<names> also star in ..."), besides
// the stopwords.
var filmCaptionSubjectNot = lex.Set("also", "both", "all", "now", "still", "will", "would", "could", "may", "might",
	"to", "who", "which", "that", "then", "together", "again", "each", "soon", "later", "once", "here", "there",
	"who'll", "currently", "previously", "recently", "newly", "reportedly")

// filmCaption reports whether s reads as a still's caption naming its cast
// and title alone (see above): at most filmCaptionMaxWords words ending in
// a full stop (a closing quotation mark may follow it); every word before
// "star" or "stars" capitalised but "and" (in a lower-cased text, lex.Cased
// false: none a stopword or a word of filmCaptionSubjectNot but the first
// and "and"), with at least two words
// there;
// after "in" at most filmCaptionMaxTitle words, no comma and no word of
// filmCaptionTitleNot, quotation marks standing alone not counted.
func filmCaption(s string) bool {
	t := strings.TrimRight(strings.TrimSpace(s), `"'”’ `)
	if len(t) < 15 || t[len(t)-1] != '.' || !strings.Contains(lex.LowerASCII(t), " star") {
		return false
	}
	f := lex.SpaceFieldsShared(strings.TrimSuffix(t, "."))
	if len(f) > filmCaptionMaxWords {
		return false
	}
	cased := lex.Cased(t)
	v := -1
	for i, x := range f {
		l := lex.LowerASCII(x)
		if (l == "stars" || l == "star") && i+1 < len(f) && f[i+1] == "in" {
			v = i
			break
		}
		if x == "and" {
			continue
		}
		if strings.ContainsAny(x, "\"“”'‘’()") {
			return false
		}
		if c := x[0]; cased && (c < 'A' || c > 'Z') || !cased && i > 0 && (lex.IsStopword(strings.Trim(l, ",")) || filmCaptionSubjectNot[strings.Trim(l, ",")]) {
			return false
		}
	}
	if v < 2 || f[v-1] == "and" {
		return false
	}
	var title []string // the words after "in", but quotation marks standing alone
	for _, x := range f[v+2:] {
		if strings.Trim(x, `"'“”‘’`) != "" {
			title = append(title, x)
		}
	}
	if len(title) == 0 || len(title) > filmCaptionMaxTitle {
		return false
	}
	for _, x := range title {
		if strings.HasSuffix(x, ",") || filmCaptionTitleNot[strings.Trim(lex.LowerASCII(x), `"'“”‘’.`)] {
			return false
		}
	}
	return true
}
