package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A writer's hook that dares the reader to doubt what they believe: "If
// you think the old ferry was slow, think again.", "Just when you
// thought the harbour strike was over, think again.", "If you think the
// pier is safe, you'd be wrong." The page's next lines tell what is so;
// the hook alone tells nothing, speaks to the reader and, chosen, reads
// as the summary teasing its reader (blind readers list it as promo
// wording). thinkAgainHook finds it, never chosen (markTeasers,
// flagNarrator): the sentence ends on the retort (thinkAgainEnds, after
// a comma and at most a few words of thinkAgainLeadIns: "then", "it's
// time to", "you might want to"), and the clause before it speaks to
// the reader ("you") or opens on "if" or "when". A quotation is a
// speaker's and stays; so does a retort with a subject of its own
// ("..., the council should think again.") and one told of ("She urged
// voters to think again.").
//
// Measured against 578636d (default summaries; markTeasers runs for a
// reader only, so Fill is unchanged; every changed summary read with its
// source): validation 2 of 5,598 changed, both better (a study's "If you
// think <people of the past> were <dull>, ... think again." and a science
// page's "Just when you thought ..., think again." gone, nothing else
// moved); train 1-6,000 1 changed, better (the hook run after a page's
// time stamp gone for a line on the story); train 1-38,000, the 151
// clusters holding "think again", "guess again", "be wrong/mistaken", a
// "Let ...!" line or an appeal's opening (every cluster with "think
// again"), 2 changed, both better (that one and a "Before you <use a
// thing>, you might want to think again." gone for the study's finding).
// Found in the reading and guarded: a host's news joined to the hook
// ("<host> will host the awards again, and if you think ..., then think
// again.") lost its news; such a sentence stays (thinkAgainClause). Known
// misses: that sentence's hook tail is not cut; "Think <claim>? Think
// again." split into two sentences is left to the short-sentence rules.

// thinkAgainEnds close a hook, lower case, without the final mark.
var thinkAgainEnds = []string{"think again", "guess again", "you'd be wrong", "you would be wrong", "you're wrong",
	"you are wrong", "you'd be mistaken", "you would be mistaken", "you're mistaken", "you are mistaken",
	"you are sorely mistaken", "you're sorely mistaken", "you'd be sorely mistaken", "you're dead wrong",
	"you'd be dead wrong"}

// thinkAgainLeadIns may stand between the hook's comma and its retort,
// lower case, each with its trailing space ("" for none).
var thinkAgainLeadIns = lex.Set("", "then ", "it's time to ", "it is time to ", "it's high time to ", "time to ",
	"it may be time to ", "it might be time to ", "you might want to ", "you may want to ", "you'd better ",
	"you had better ", "you may need to ", "you might need to ", "better ")

// thinkAgainHook reports whether s is a writer's hook daring its reader
// to think again, as above.
func thinkAgainHook(s string) bool {
	n := len(s)
	if n < 20 || s[n-1] != '.' && s[n-1] != '!' {
		return false
	}
	// The needle first: the retort's last letters, "again", "wrong" or
	// "mistaken", before the final mark.
	tail := s[max(0, n-9) : n-1]
	if !hasFoldASCII(tail, "again") && !hasFoldASCII(tail, "wrong") && !hasFoldASCII(tail, "mistaken") {
		return false
	}
	if lex.ContainsAny(s, "\"“”‘") {
		return false
	}
	low := strings.ReplaceAll(lex.LowerASCII(s[:n-1]), "’", "'")
	low = strings.ReplaceAll(low, " ' ", "'")
	low = strings.ReplaceAll(low, " '", "'")
	comma := strings.LastIndex(low, ", ")
	if comma < 0 {
		return false
	}
	head, retort := low[:comma], low[comma+2:]
	end := ""
	for _, e := range thinkAgainEnds {
		if strings.HasSuffix(retort, e) {
			end = e
			break
		}
	}
	if end == "" || !thinkAgainLeadIns[retort[:len(retort)-len(end)]] {
		return false
	}
	return thinkAgainClause(head)
}

// thinkAgainOpeners open the condition of a hook: "if you think ...", "just
// when you thought ...", "before you decide ...".
var thinkAgainOpeners = []string{"if", "when", "before"}

// thinkAgainWho open a hook's condition with no opener word, lower case.
var thinkAgainWho = []string{"anyone who ", "those who ", "for those who ", "you "}

// thinkAgainClause reports whether head, the lower-case words before a hook's
// retort and its comma, is the hook's condition alone: it opens on one
// of thinkAgainOpeners, speaking to the reader ("you") unless it opens the
// sentence ("If anyone thinks ..."), or on thinkAgainWho. Words before the
// opener are a dateline or a page's stamp run in ("May 3, 2016 4: 10pm
// est just when you ..."), not a clause of news joined by "and", "but",
// "or" or a comma ("<star> will host the awards again, and if you think
// ..."): that sentence tells something besides the hook and stays.
func thinkAgainClause(head string) bool {
	at := -1
	for _, o := range thinkAgainOpeners {
		for from := 0; from < len(head); {
			i := strings.Index(head[from:], o)
			if i < 0 {
				break
			}
			i += from
			end := i + len(o)
			if (i == 0 || head[i-1] == ' ') && end < len(head) && head[end] == ' ' {
				if at < 0 || i < at {
					at = i
				}
				break
			}
			from = i + 1
		}
	}
	if at < 0 {
		for _, w := range thinkAgainWho {
			if strings.HasPrefix(head, w) {
				return true
			}
		}
		return false
	}
	if at == 0 {
		return true
	}
	switch pre := strings.TrimRight(head[:at], " "); {
	case pre == "and" || pre == "but" || pre == "so":
		return true // "And if you think ...": the opener opens the sentence
	case strings.HasSuffix(pre, ",") || strings.HasSuffix(pre, ";") || strings.HasSuffix(pre, " and") ||
		strings.HasSuffix(pre, " but") || strings.HasSuffix(pre, " or"):
		return false
	}
	return hasWord(head[at:], "you")
}
