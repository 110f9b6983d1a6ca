package truecase

// This file holds "chief" before a title the text writes capitalised
// before a name: "former chief Justice Roy Hale" reads "former Chief
// Justice Roy Hale". The title rules raise the title word alone
// (raiseTitles, completePhrases), and cased text writes the whole formal
// title capitalised before a name.

// chiefTitles are the titles "Chief" opens ("Chief Justice", "Chief
// Minister"); not a rank ("the army chief General Ruiz": a noun before
// the rank).
var chiefTitles = map[string]bool{
	"justice": true, "judge": true, "minister": true, "commissioner": true, "rabbi": true,
}

// raiseChiefTitles raises a lower-case "chief" of outs right before a
// title word (chiefTitles) that outs writes capitalised before a capitalised
// word, and reports whether it raised any: "chief Justice Roy Hale" →
// "Chief Justice Roy Hale", "chief Rabbi Ezra Dahan". A "chief" before a
// title that no name follows ("the chief justice said") is left alone.
//
// Measured against 2e04780 (letter case alone): validation 2 of 5,598
// summaries changed, both better ("Chief Justice John Roberts wrote",
// "former Chief Justice Roy Moore"); train 1-38,000, the 128 clusters
// whose sources write "chief" before a title: 22 changed, 21 better
// ("Chief Judge", "Chief Minister", "Chief Commissioner"), 1 the same
// (a title half raised before and after). With every title of titles,
// "the military Chief General <name>" read worse: ranks are left out.
func raiseChiefTitles(text string, toks []token, outs []string) bool {
	raised := false
	for i := 1; i+1 < len(toks); i++ {
		if toks[i-1].key != "chief" || outs[i-1] != "chief" || !chiefTitles[toks[i].key] || toks[i].initial || toks[i+1].initial {
			continue
		}
		if !spaced(text[toks[i-1].end:toks[i].start], "chief") || !spaced(text[toks[i].end:toks[i+1].start], toks[i].key) {
			continue
		}
		if cl, ok := class(outs[i]); !ok || cl != titleCase {
			continue
		}
		if cl, ok := class(outs[i+1]); !ok || cl != titleCase || calendarWords[toks[i+1].key] {
			continue
		}
		outs[i-1] = "Chief"
		raised = true
	}
	return raised
}
