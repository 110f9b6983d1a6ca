package defect

import (
	"regexp"
	"strings"
)

// outletCredit matches a photo credit of a name and a newspaper joined by a
// slash, in lower case and outside parentheses: "jane roe/tarnwick
// courier-news", "jo pell / the elmsford star". Group 1 is the name,
// group 2 what follows the credit.
var outletCredit = regexp.MustCompile(`(?:^|[ "'])([a-z][a-z.'-]* [a-z][a-z.'-]*) ?/ ?(?:the |for )?(?:[a-z-]+ ){0,2}(?:news|times|post|herald|tribune|journal|star|gazette|chronicle|bee|press|globe|sun|republic|register|inquirer|observer|examiner|dispatch|ledger|star-ledger|journal-constitution)\b( ?[a-z]*)`)

// outletNames are the words one of which outletCredit needs after the
// slash ("star-ledger" and "journal-constitution" hold "star" and
// "journal").
var outletNames = []string{"news", "times", "post", "herald", "tribune", "journal", "star", "gazette", "chronicle", "bee",
	"press", "globe", "sun", "republic", "register", "inquirer", "observer", "examiner", "dispatch", "ledger"}

// outletNameIn reports whether s holds one of outletNames, as a word or
// not: a sentence with none after its first slash spares the regular
// expression.
func outletNameIn(s string) bool {
	for _, w := range outletNames {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// outletWords end the name of a news outlet: slash-joined outlets are the
// sponsors of a poll ("a Courier News/Elmsford Times poll"), not a credit.
var outletWords = map[string]bool{"news": true, "times": true, "post": true, "press": true,
	"journal": true, "herald": true, "tribune": true, "cbs": true, "abc": true, "nbc": true, "cnn": true}

// hasOutletCredit reports whether lower, a lower-cased sentence, holds a
// photo credit of a name and a newspaper joined by a slash outside
// parentheses, after other words ("the mayor waves on monday jane
// roe/tarnwick courier the council ..."): what is left of a caption or a
// headline run into the text. A credit that opens the sentence, perhaps
// after a label ("Photo: jane roe/tarnwick star the council voted ..."),
// is not counted: the story's own sentence may follow it. Nor is a poll's
// sponsors ("... news/elmsford times poll").
func hasOutletCredit(lower string) bool {
	slash := strings.IndexByte(lower, '/')
	if slash < 0 || !outletNameIn(lower[slash+1:]) {
		return false // outletCredit needs an outlet's word after a slash
	}
	for _, m := range outletCredit.FindAllStringSubmatchIndex(lower, 4) {
		name := lower[m[2]:m[3]]
		if open := strings.LastIndexByte(lower[:m[2]], '('); open >= 0 && strings.IndexByte(lower[open:m[2]], ')') < 0 {
			continue // a parenthesised credit is the cleaner's
		}
		if creditOpens(lower[:m[2]]) {
			continue // the story's sentence may follow a credit that opens it
		}
		if last := name[strings.LastIndexByte(name, ' ')+1:]; outletWords[last] || len(last) < 2 {
			continue
		}
		switch strings.TrimSpace(lower[m[4]:m[5]]) {
		case "poll", "polls", "polling", "survey", "surveys":
			continue
		}
		return true
	}
	return false
}

// creditOpens reports whether before, the text of a sentence before a
// credit's name, is empty or only a credit label ("photo:", "photo by",
// "credit").
func creditOpens(before string) bool {
	before = strings.Trim(before, ` "'|:`)
	switch before {
	case "", "photo", "photo by", "photos", "photograph", "photograph by", "photographer", "credit",
		"image credit", "image", "picture", "by":
		return true
	}
	return false
}
