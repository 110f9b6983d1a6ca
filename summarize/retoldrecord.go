package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A record told twice (retellsRecord). A news story's claim that
// something is a first, a record or the most of its kind is often given
// again by a second source in other words (invented: "Osgood became the
// first rider killed on Velmar's bike-share system" and "It is the first
// death on the scheme since it opened in 2013"; "The governor's speech was
// the shortest since 1974" and "It ran 11 minutes, the briefest in
// decades"). Their words differ, so the overlap tests keep both; a reader
// meets one fact twice. Selection passes over the second when it makes
// the same kind of claim about the same thing (sameRecord) and adds no
// fact of its own: no number but the year a record runs from, no name,
// nothing denied. A "first" counts only with a span ("ever", "since",
// "in decades": firstRecord), as an order ("her first speech of the
// tour") is no record. Multi-News default summaries (h27redund): 2 of
// 5,610 validation and 2 of 37,913 train 1-38,000 change, all read: 3
// better (a record told a second time gives way to a new detail: an
// accused still at large, a study's finding), 1 the same (the refill
// tells the claim a third time); Fill is unchanged. Of about 200
// validation sentence pairs making a record claim of one kind, most
// that retell it add a number, a name or a new event and stay.

// recordKinds maps a word that makes a record claim to its kind: a
// first, or a superlative (synonyms share a kind: "shortest" and
// "briefest").
var recordKinds = map[string]string{
	"first": "first", "record": "record",
	"oldest": "old", "earliest": "old", "youngest": "young", "newest": "young",
	"biggest": "big", "largest": "big", "greatest": "big", "smallest": "small", "tiniest": "small",
	"longest": "long", "shortest": "short", "briefest": "short",
	"highest": "high", "tallest": "high", "lowest": "low",
	"deadliest": "deadly", "worst": "deadly", "fastest": "fast", "quickest": "fast", "slowest": "slow",
	"hottest": "hot", "warmest": "hot", "coldest": "cold", "wettest": "wet", "driest": "dry",
}

// recordSpans are words after which a number is the year or span a
// record runs from ("since 1974", "in 40 years"), not a fact of its own.
var recordSpans = lex.Set("since", "in", "for", "than")

const (
	// recordShared is the fewest content keys the two sentences share,
	// record words too: with two, "its biggest business" after "the
	// biggest deal in its history ... its biggest business" passed.
	recordShared = 3
	// recordOwnShare is the largest share of its content keys the
	// retelling may give that the chosen sentences lack: a retelling in
	// other words holds many ("terrestrial" for "land").
	recordOwnShare = 0.65
)

// recordReach is how many words after a record word are read for what
// the record is of ("the largest known land animal": known, land,
// animal).
const recordReach = 4

// recordTitles are words after "first" that make a title or a name, not
// a first: "first lady", "first responders", "first name".
var recordTitles = lex.Set("lady", "ladies", "responder", "responders", "nation", "nations", "name", "names",
	"half", "quarter", "round", "class", "degree", "place", "amendment", "world", "family", "daughter",
	"son", "husband", "wife", "minister", "secretary", "officer", "mate", "baseman", "base", "grade",
	"person", "hand", "aid", "glance", "light", "edition", "look", "step", "steps")

// recordFrame are words after a record word that tell its frame, not
// what it is of ("the first time ever", "the largest known").
var recordFrame = lex.Set("time", "times", "ever", "known", "recorded", "since", "decades", "years", "history")

// recordSpanWords make a first a record: "the first ... ever", "... since
// 1974", "... in decades".
var recordSpanWords = lex.Set("ever", "since", "history", "decades", "decade", "century", "years")

// recordSpanReach is how many words after "first" are read for a
// recordSpanWords word.
const recordSpanReach = 8

// firstRecord reports whether "first", before the words ws, makes a
// record claim: no title follows it (recordTitles) and a recordSpanWords
// word is among the recordSpanReach words after it ("the first rider
// killed since ...", "its first-ever ..."), not an order ("his first
// speech of the tour").
func firstRecord(ws []string) bool {
	if len(ws) > 0 && recordTitles[ws[0]] {
		return false
	}
	for _, w := range ws[:min(len(ws), recordSpanReach)] {
		if recordSpanWords[w] {
			return true
		}
	}
	return false
}

// recordRanks before a superlative make a rank, not a record: "the
// fifth largest".
var recordRanks = lex.Set("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "nd", "rd", "th")

// recordHeads returns, for each record kind (recordKinds) s claims, the
// keys (restatedKey) of the recordReach words after its record word:
// what the record is of.
func recordHeads(s string) map[string][]uint64 {
	ws := lex.LetterWords(s, maxNameWords)
	var out map[string][]uint64
	for i, w := range ws {
		k, ok := recordKinds[w]
		if !ok || w == "first" && !firstRecord(ws[i+1:]) || i > 0 && recordRanks[ws[i-1]] {
			continue
		}
		if out == nil {
			out = make(map[string][]uint64)
		}
		for _, v := range ws[i+1 : min(len(ws), i+1+recordReach)] {
			if _, rec := recordKinds[v]; rec || recordFrame[v] {
				continue
			}
			if h, ok := restatedKey(v); ok {
				out[k] = append(out[k], h)
			}
		}
	}
	for k, v := range out {
		out[k] = lex.SortUnique(v)
	}
	return out
}

// sameRecord reports whether s and t claim a record of one kind of one
// thing: a word after the record word of one is a word after the other's.
func sameRecord(s, t string) bool {
	hs := recordHeads(s)
	if len(hs) == 0 {
		return false
	}
	return sameHeads(hs, recordHeads(t))
}

// sameHeads reports whether two recordHeads results share a kind and a
// word after its record word.
func sameHeads(hs, ht map[string][]uint64) bool {
	for k, v := range hs {
		if w, ok := ht[k]; ok && lex.Intersect(v, w) > 0 {
			return true
		}
	}
	return false
}

// sameRecordOf is sameRecord with each text's recordHeads read once.
func (c *cluster) sameRecordOf(s, t string) bool {
	hs := memo(&c.records, s, recordHeads)
	if len(hs) == 0 {
		return false
	}
	return sameHeads(hs, memo(&c.records, t, recordHeads))
}

// retellsRecord reports whether fact f makes again the record claim of
// picked fact p (sameRecord): f quotes no one, agrees with p on
// negation, shares recordShared content keys (restatedKeys) with p,
// gives at most recordOwnShare of its keys the picked facts lack, names
// no one and nothing they do not (newNameIn), and gives no number they
// lack but a year or span after "since", "in", "for" or "than"
// (recordNumbersTold) and no figure word they lack (newFigureWord).
func (c *cluster) retellsRecord(f, p int, picked []int) bool {
	if !c.mayRetellRecord(f, p) {
		return false
	}
	x := &c.cands[c.facts[f].rep]
	keys := restatedKeys(x.text)
	texts := make([]string, 0, len(picked))
	for _, q := range picked {
		texts = append(texts, c.cands[c.facts[q].rep].text)
	}
	all := strings.Join(texts, " ")
	own := len(keys) - lex.Intersect(keys, restatedKeys(all))
	if float64(own) > recordOwnShare*float64(len(keys)) {
		return false
	}
	if !recordNumbersTold(x.text, all) || c.newFigureWord(x.text, picked) || c.newNameIn(x.text, all) {
		return false
	}
	return true
}

// mayRetellRecord reports whether fact f passes the tests of
// retellsRecord that read f and p alone: f quotes no one, agrees with p
// on negation, makes p's record claim and shares recordShared content
// keys with it.
func (c *cluster) mayRetellRecord(f, p int) bool {
	x, y := &c.cands[c.facts[f].rep], &c.cands[c.facts[p].rep]
	if x.flags&flagQuote != 0 || x.negated != y.negated || !c.sameRecordOf(x.text, y.text) {
		return false
	}
	return lex.Intersect(restatedKeys(x.text), restatedKeys(y.text)) >= recordShared
}

// recordNumbersTold reports whether each number of s (a word holding a
// digit) is a word of t, or follows a recordSpans word.
func recordNumbersTold(s, t string) bool {
	told := make(map[string]bool)
	for _, w := range lex.SpaceFieldsShared(t) {
		told[strings.Trim(w, ",.;:!?()\"'")] = true
	}
	fs := lex.SpaceFieldsShared(s)
	for i, w := range fs {
		if !lex.ContainsAny(w, "0123456789") {
			continue
		}
		if i > 0 && recordSpans[lex.Lower(strings.Trim(fs[i-1], ",.;:"))] {
			continue
		}
		if !told[strings.Trim(w, ",.;:!?()\"'")] {
			return false
		}
	}
	return true
}
