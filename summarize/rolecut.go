package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the attribution stage (role.go): guards on the
// role written before a person's first full mention. A full name the
// sources also write as an organisation's ("the Walt Disney Co.",
// "Charlie Hebdo magazine") names no person there: a founder's role
// written before it misreads the sentence; and where the sources never
// write the surname alone, as they do a person's, a later full mention
// is not cut to it ("Charlie Hebdo" cut to "Hebdo"). A title read back from the
// name may be only the end of a longer one, cut at "of" or after a word
// of it ("Secretary of State Ann Roe" read as "State", "Atty. Gen." read
// as "Gen."), or take in a caption's word run into the sentence
// ("Screenshots Acme CEO"): the person is better left without the cut
// title, and the caption's word is left out of the title. Multi-News
// validation: 1 of 5,599 summaries changes (better, a caption's word
// left out); train 1-38,000: 15 of 37,865, all read: 14 better (a cut
// "State", "Gen." or caption word gone, a company's founder role
// gone, a magazine's name kept whole), 1 worse (a person a company is
// named for kept in full at a later mention).

// orgAfter are the words after a full name that make it an
// organisation's name ("the Walt Disney Co.", "Charlie Hebdo magazine").
var orgAfter = lex.Set("co", "company", "corp", "corporation", "inc", "llc", "ltd", "plc", "studios",
	"magazine", "newspaper", "weekly", "offices")

// orgName reports whether a sentence of the cluster writes the full name
// given+family (lower case), or its possessive, right before a word of
// orgAfter.
func (c *cluster) orgName(given, family string) bool {
	fields, cores := c.candCores()
	for ci, cs := range cores {
		for j := 0; j+2 < len(cs); j++ {
			if cs[j].w != given {
				continue
			}
			// "charlie hebdo offices", "charlie hebdo's offices"; not
			// "charlie hebdo, offices".
			w := strings.TrimSuffix(strings.TrimSuffix(lex.Lower(fields[ci][j+1]), "'s"), "’s")
			if s, punct := lowerCore(w); s != family || punct {
				continue
			}
			if orgAfter[cs[j+2].w] {
				return true
			}
		}
	}
	return false
}

// surnameWritten reports whether a sentence of the cluster writes family
// (lower case) with no given name before it, as sources write a
// person's later mentions ("Hebdo" alone is not written for "Charlie
// Hebdo").
func (c *cluster) surnameWritten(given, family string) bool {
	_, cores := c.candCores()
	for _, cs := range cores {
		for j, x := range cs {
			if x.w == family && (j == 0 || cs[j-1].w != given) {
				return true
			}
		}
	}
	return false
}

// titleCutBefore are the words before a title that show it the end of a
// longer one: "Secretary of State", "Atty. Gen.", "Surgeon General".
var titleCutBefore = lex.Set("of", "atty.", "attorney", "solicitor", "surgeon", "inspector", "adjutant")

// titleCut reports whether a sentence of sents writes the title role
// before name with a word of titleCutBefore before it, "of" only after
// a role word ("Secretary of State", not "the son of reporter ...").
func titleCut(sents []string, name, role string) bool {
	want := lex.SpaceFieldsShared(lex.Lower(role + " " + name))
	for _, s := range sents {
		f := lex.SpaceFieldsShared(lex.Lower(s))
		for j := 1; j+len(want) <= len(f); j++ {
			p := strings.TrimLeft(f[j-1], "\"“‘'([")
			if !titleCutBefore[p] || !wordsAt(f[j:], want) {
				continue
			}
			if p != "of" {
				return true
			}
			// "secretary of state", not "the son of reporter ...".
			if j > 1 {
				if h, _ := lowerCore(f[j-2]); roleWords[h] {
					return true
				}
			}
		}
	}
	return false
}

// wordsAt reports whether f opens with the words want, f's last word
// compared without its closing punctuation.
func wordsAt(f, want []string) bool {
	for k, w := range want {
		x := f[k]
		if k == len(want)-1 {
			x, _ = lowerCore(x)
		}
		if x != w {
			return false
		}
	}
	return true
}

// titleCaptionWords open a caption or a credit run into a sentence, never a
// title: "Screenshots", "Photo", "Pay".
var titleCaptionWords = lex.Set("screenshot", "screenshots", "photo", "photos", "image", "images", "getty",
	"pictured", "caption", "credit", "pay", "advertisement")

// dropCaptionWord returns the title role without a caption's word it
// opens on ("Screenshots Acme CEO" -> "Acme CEO").
func dropCaptionWord(role string) string {
	f := lex.SpaceFieldsShared(role)
	if len(f) < 2 {
		return role
	}
	if w, _ := lowerCore(f[0]); titleCaptionWords[w] {
		return strings.Join(f[1:], " ")
	}
	return role
}
