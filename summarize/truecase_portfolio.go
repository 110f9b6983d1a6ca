package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage's last step, after the model
// passes. Before a person's name the truecase model raises the title word
// ("minister" → "Minister", truecase/title.go) but not the portfolio or
// rank that opens the title, a common word elsewhere: a lower-cased
// cluster gives "Scottish first Minister Alex Salmond", "defence
// Secretary Ada Brisk", "tourism Minister Omar Velde", "polish Prime
// Minister Jan Kos". Cased news writes the whole formal title
// capitalised before the name ("First Minister", "Defence Secretary",
// "Police Commissioner"). raisePortfolios raises a word of portfolioWords
// right before "Minister", "Secretary", "Commissioner" or "Chancellor"
// (or "Prime Minister") written capitalised, when a capitalised word that
// is no day or month follows: the title stands before a name. A title
// the model left low ("the defence secretary said") and one after a
// trade's word ("press Secretary") are left as they are.
//
// Measured against c2b99de (letter case alone, beside truecase_paper.go):
// validation 7 of 5,598 summaries changed, all read: 7 better ("Scottish
// First Minister", "Former Defence Secretary", "Polish Prime Minister",
// "Schools Chancellor", "Japanese Economics Minister"); train 1-6,000 6
// of 5,975, all read: 6 better ("Police Commissioner", "Fire
// Commissioner", "Immigration Minister", "Vice Chancellor"); the 873
// clusters of train 6,001-38,000 whose sources hold the shape: 30
// changed, all read: 30 better ("Interior Secretary", "Culture Minister",
// "IRS Deputy Commissioner", "State Labor Commissioner"). Left: a title's
// other lower words ("union Commerce Secretary", "met us Commerce
// Secretary"), titles of two portfolio words ("science and technology
// Minister"), "press Secretary" that the model raised in part.

// portfolioWords are the lower-case words that open a formal title
// before "Minister", "Secretary", "Commissioner" or "Chancellor": a
// ministry's field, "first" and "deputy", and "polish" (the adjective the
// model leaves low as the verb).
var portfolioWords = lex.Set("defence", "defense", "foreign", "home", "interior", "finance",
	"economy", "economics", "health", "education", "transport", "transportation", "commerce",
	"trade", "energy", "labor", "labour", "agriculture", "justice", "environment", "tourism",
	"immigration", "forestry", "culture", "communications", "information", "treasury", "industry",
	"housing", "veterans", "police", "fire", "schools", "first", "deputy", "vice", "fisheries",
	"sports", "welfare", "science", "planning", "employment", "polish")

// portfolioHalf are the words before a portfolio word that make it the
// second of two ("science and technology", "international trade"): the
// portfolio word raised alone would half raise the title.
var portfolioHalf = lex.Set("and", "&", "international", "homeland", "public", "national", "social", "civil")

// portfolioTitles are the title words, as the model writes them, a word
// of portfolioWords opens.
var portfolioTitles = lex.Set("Minister", "Secretary", "Commissioner", "Chancellor")

// raisePortfolios raises the portfolio words of formal titles before
// names in the sentences, voice statements and claims of sum; see the
// file comment.
func raisePortfolios(sum *chorus.Summary) {
	rewriteTexts(sum, raisePortfoliosIn)
}

// raisePortfoliosIn is raisePortfolios for one text.
func raisePortfoliosIn(s string) string {
	if !strings.Contains(s, "Minister ") && !strings.Contains(s, "Secretary ") &&
		!strings.Contains(s, "Commissioner ") && !strings.Contains(s, "Chancellor ") {
		return s
	}
	shared := lex.SpaceFieldsShared(s)
	var fields []string
	for j := 1; j+1 < len(shared); j++ {
		if !portfolioTitles[shared[j]] {
			continue
		}
		p := j - 1
		if shared[j] == "Minister" && shared[p] == "Prime" && p > 0 {
			p--
		}
		if !portfolioWords[shared[p]] || !portfolioName(shared[j+1]) {
			continue
		}
		if shared[p] == "first" && shared[j] != "Minister" {
			continue // "the first Secretary General": a count
		}
		if p > 0 && portfolioHalf[shared[p-1]] {
			continue
		}
		if fields == nil {
			fields = lex.SpaceFields(s)
		}
		fields[p] = lex.UpperFirst(fields[p])
	}
	if fields == nil {
		return s
	}
	return strings.Join(fields, " ")
}

// portfolioName reports whether the field f opens a name: a capitalised
// word of letters that is no day or month ("Minister Friday").
func portfolioName(f string) bool {
	if !upperFirst(f) {
		return false
	}
	core, _ := lowerCore(f)
	if !lettersOnly(core) || weekdays[core] || monthNames[core] {
		return false
	}
	return true
}
