package defect

import "github.com/chorusnews/chorus/internal/lex"

// The word lists below are the one home of the sentence-opening
// vocabulary: summarize's sentence flags (features of its learned scorer)
// read them through the Is* functions, so changing a list changes the
// scorer's inputs; retrain it afterwards. The verbs of speech are shared
// with the sentence splitter and live in internal/lex.

var pronouns = lex.Set("he", "she", "they", "it", "his", "her", "their", "its",
	"him", "them", "this", "these", "those", "such")

var connectives = lex.Set("but", "however", "and", "also", "meanwhile", "still",
	"yet", "so", "moreover", "instead", "then", "nevertheless", "furthermore",
	"besides", "thus", "therefore", "otherwise", "or", "nor", "though",
	"although", "indeed", "likewise", "similarly", "meantime", "later", "that")

// subjects are the pronouns that can stand as a speaker.
var subjects = lex.Set("he", "she", "they")

// labels open captions, credits and link lists: "Photo: ...".
var labels = lex.Set("photo", "photos", "image", "image caption", "caption",
	"credit", "credits", "related", "read more", "more on this story", "see also",
	"watch", "video", "advertisement", "share this article", "share", "follow us",
	"file photo", "pictured", "getty images", "ap photo", "reuters", "editor's note", "editors' note",
	"note", "correction", "clarification", "read", "also read", "read also",
	"impact", "at a glance", "by the numbers", "fast facts") // the last four: fact-box labels ("IMPACT: ...")

// IsPronoun reports whether w (lower case) is a pronoun or demonstrative
// that, opening a sentence, points back at something said before ("he",
// "their", "this").
func IsPronoun(w string) bool { return pronouns[w] }

// IsConnective reports whether w (lower case) is a discourse connective that,
// opening a sentence, links it to the one before ("but", "however", "also").
func IsConnective(w string) bool { return connectives[w] }

// IsSubjectPronoun reports whether w (lower case) is a pronoun that can
// stand as the speaker of a quote ("he", "she", "they").
func IsSubjectPronoun(w string) bool { return subjects[w] }

// IsSpeechVerb reports whether w (lower case) is a verb of saying that
// attributes a quote ("said", "told", "wrote"): the attribution verbs of
// the shared word lists (lex.IsAttributionVerb).
func IsSpeechVerb(w string) bool { return lex.IsAttributionVerb(w) }

// IsLabel reports whether label (lower case, the text before a colon) opens
// a caption, credit or link list: "photo", "related", "read more".
func IsLabel(label string) bool { return labels[label] }

// Words returns up to n leading words of s, lower-cased, letters only
// (lex.LetterWords).
func Words(s string, n int) []string { return lex.LetterWords(s, n) }
