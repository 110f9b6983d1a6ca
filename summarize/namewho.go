package summarize

import "strings"

// This file belongs to the attribution stage, beside fullname.go. In a
// lower-cased cluster a surname whose given name the list lacks
// (lex.IsGivenName) gets its full name from lowerGivenNamesOf only when
// two sources write the pair (pairSources: "... ruled that tobin
// varkey, who ...", "financier tobin varkey sued ...") and the bare
// surname shows a person: a verb of saying after it, or a singular verb
// ("varkey was ..."). A surname the sources only describe ("varkey, who
// owns the pier", "the pier varkey bought", "varkey's lawyers") stayed
// bare, and the summary's "Varkey, who owns the pier, ..." named a man
// the reader never met. A relative clause on "who" after the surname and
// its comma shows a person as well (places and firms take "which").
//
// Measured against 29bd75c: validation 1 changed, better (a billionaire
// met by surname alone now named in full); train 1-38,000 6 changed, all
// 6 read, 6 better (the person named in full at the first mention, and a
// later lower-cased mention given its capitals), 0 worse. Not tried:
// "<surname>'s lawyers" as a person's place; a firm's people have
// lawyers too.

// whoAfter reports whether the surname f[j] (cs[j]) ends in a comma and
// the next word is "who": "varkey, who owns the pier".
func whoAfter(f []string, cs []core, j int) bool {
	return j+1 < len(cs) && cs[j].punct && strings.HasSuffix(f[j], ",") && cs[j+1].w == "who"
}
