package summarize

import "github.com/chorusnews/chorus/internal/lex"

// A verb after an infinitive's "to" is no bare surname. A lower-cased
// cluster may write a given name before a common verb ("we heard anna
// talk about the pier"), and lowerGivenNames then reads "talk" as Anna's
// surname; a summary's "who tends to talk off the cuff" was written "who
// tends to Anna Talk off the cuff". nameBare leaves a mention alone after
// "to" and a verb that takes an infinitive (infinitiveAt).
//
// Multi-News validation: 1 changed, 1 better / 0 worse / 0 the same;
// train 1-38,000: 0 changed (every summary with the shape read).

// infinitiveVerbs take an infinitive after "to": "tends to talk",
// "wants to run".
var infinitiveVerbs = lex.Set("tend", "tends", "tended", "want", "wants", "wanted", "need", "needs", "needed",
	"going", "used", "try", "tries", "trying", "tried", "like", "likes", "liked", "began", "begin", "begins",
	"started", "decided", "plan", "plans", "planned", "hope", "hopes", "hoped", "refused", "agreed", "seem",
	"seems", "seemed", "able", "continue", "continues", "continued", "chose", "vowed", "promised", "failed",
	"managed", "learned", "forced", "allowed", "expected", "afraid", "willing", "unable", "ready")

// infinitiveAt reports whether words[j] (lower case, as nameBare reads
// them) follows "to" and one of infinitiveVerbs.
func infinitiveAt(words []string, j int) bool {
	return j > 1 && words[j-1] == "to" && infinitiveVerbs[words[j-2]]
}
