package dispute

import (
	"strings"

	"github.com/chorusnews/chorus"
)

// This file shows a count of the dead that the confidence model scores
// under MinCountConfidence when both sources state it as the toll of
// their story in their opening sentences (session 24): the plainest kind
// of count that differs ("four people died" beside "at least five
// deaths"), which the model scores low for a large ratio or few words
// shared.

// leadKey prefixes, in cache.shown, a count's claim told in one of the
// first leadTollSentences sentences of its source.
const leadKey = "\x00lead\x00"

// leadTollSentences is the number of a source's opening sentences a
// leadToll claim must be told in.
const leadTollSentences = 3

// MinLeadTollConfidence is the probability a leadToll count needs: on
// Multi-News validation and train 1-38,000 the 9 counts of that kind it
// adds under MinCountConfidence scored 0.51-0.75, all read right.
const MinLeadTollConfidence = 0.50

// tollWords state a death toll.
var tollWords = map[string]bool{"killed": true, "killing": true, "kills": true, "dead": true, "died": true,
	"death": true, "deaths": true}

// leadToll reports a count of the dead of two claims, each told in its
// source's opening sentences (leadKey in shown), each stating a toll by a
// toll word, neither hedged, dated to another time or to a month, nor a
// sub-count (a part word shortly after its figure: "12 people, including
// two women").
func leadToll(d chorus.Dispute, shown map[string]string) bool {
	if len(d.Claims) != 2 || isDenialTopic(d) || !strings.HasPrefix(d.Topic, topics["dead"]+":") {
		return false
	}
	for _, c := range d.Claims {
		if _, lead := shown[leadKey+c.Text]; !lead {
			return false
		}
		ws := words(c.Text)
		if !hasAny(ws, tollWords) || hasAny(ws, hedges) || hasAny(ws, otherTimes) || hasAny(ws, months) || partOfToll(ws) {
			return false
		}
	}
	return true
}

// partOfToll reports a figure of the dead followed within eight words by a
// word that makes it, or a figure after it, a part of a whole
// ("including", "among", "of whom"); a part word after another figure
// ("150 vehicles, including a team") is none.
func partOfToll(ws []string) bool {
	tolls := map[int]bool{}
	for _, f := range figuresOf(ws) {
		if f.kind == "dead" {
			tolls[f.value] = true
		}
	}
	for i, w := range ws {
		if n, ok := atoi(w); !ok || !tolls[n] {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+8; j++ {
			if partWords[ws[j]] || ws[j] == "whom" {
				return true
			}
		}
	}
	return false
}
