package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage's last step, after the
// truecase model. Cased headlines write a prize's run in capitals
// ("Golden Globe Nominations"), and the model raises the noun after a
// prize's name beside it: a lower-cased cluster's "oscar nominations"
// reads "Oscar Nominations", and once the summary writes that, the
// second pass raises the same noun after a count ("10 Nominations").
// News style writes these nouns lower-case: "Oscar nominations", "an
// Emmy contender". lowerAwardNouns writes such a noun (prizeNouns) in
// lower case when it follows a prize's name (prizeNames), or a count or
// a lower-case word and no capitalised word follows it. Voice names are
// left alone.
//
// Measured against 666dcbd (letter case alone): validation 2 of 5,598
// summaries changed, both read: 2 better ("10 Oscar nominations", "as
// Oscar front-runners", "10 nominations", "to Oscar nominees"). Train
// 1-33,000 (the run stopped there): 7 changed, all read: 7 better / 0
// worse ("an Oscar contender", "best-picture nominations", "Emmy
// nominations"). ROUGE untouched.

// prizeNouns are the nouns that follow a prize's name in news copy,
// capitalised as the truecase model writes them.
var prizeNouns = lex.Set("Nomination", "Nominations", "Nominee", "Nominees", "Nod", "Nods",
	"Contender", "Contenders", "Hopeful", "Hopefuls", "Telecast", "Frontrunner", "Frontrunners")

// prizeNames are the prizes' names (or their last word) before the nouns.
var prizeNames = lex.Set("Oscar", "Emmy", "Grammy", "Globe", "Tony", "BAFTA", "Award", "Awards")

// lowerAwardNouns writes, in the sentences, voice statements and claims
// of sum, the nouns of prizeNouns (and "Front-runner") in lower case
// after a prize's name, a count or a lower-case word: "Oscar
// Nominations" → "Oscar nominations", "10 Nominations" → "10
// nominations".
func lowerAwardNouns(sum *chorus.Summary) {
	rewriteTexts(sum, func(s string) string {
		if !strings.Contains(s, "Nomin") && !strings.Contains(s, "Nod") && !strings.Contains(s, "Contender") &&
			!strings.Contains(s, "Hopeful") && !strings.Contains(s, "Telecast") && !strings.Contains(s, "Front") {
			return s
		}
		return recaseWords(s, func(i, j int) (string, bool) {
			w := s[i:j]
			front := false
			if w == "Front" {
				if !strings.HasPrefix(s[j:], "-runner") {
					return "", false
				}
				front = true
			} else if !prizeNouns[w] {
				return "", false
			}
			if i < 2 || s[i-1] != ' ' || wordOpensText(s, i) {
				return "", false
			}
			k := i - 1
			for k > 0 && isAlnumASCII(s[k-1]) {
				k--
			}
			prev := s[k : i-1]
			if prev == "" {
				return "", false
			}
			if !prizeNames[prev] {
				if 'A' <= prev[0] && prev[0] <= 'Z' {
					return "", false // "Presidential Hopeful", a run of capitals
				}
				e := j
				if front {
					e = j + len("-runner")
					for e < len(s) && isAlnumASCII(s[e]) {
						e++
					}
				}
				if e+1 < len(s) && s[e] == ' ' && 'A' <= s[e+1] && s[e+1] <= 'Z' {
					return "", false // "the Nominations Committee"
				}
			}
			return strings.ToLower(w[:1]) + w[1:], true
		})
	})
}
