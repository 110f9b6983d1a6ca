package dispute

import (
	"math"
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// The confidence of a dispute is a logistic model over features read from
// the dispute as it is shown (its topic and claims: text, sources,
// speaker), so a blind reader's packet and the code see the same input.
//
// Provenance: fitted by TestFitScore (fit_test.go; it runs only with
// CHORUS_DISPUTE_PACKETS set to the folder of the blind packets, which is
// not in the repository) on the judged disputes of blind packets 1-7
// that vetoed does not reject (241 of 276; packet 6 without its
// Multi-News test and DUC 2004 items, which are never fitted on), each
// labelled positive when both readers judged it real and correctly
// paired. L2-regularised logistic regression (lambda scoreLambda, bias
// unpenalised), weights rounded to two decimals. Packets 1 and 2 were
// shown whatever their score, packets 3-7 only above the earlier
// models' thresholds (0.65, 0.80 for packet 6, 0.75 for packet 7).
// Cross-validated by packet (each scored by a model fitted on the other
// six), 0.80 showed 127 of 241, 111 positive (87.4%; 0.75: 84.6%, 0.85:
// 89.3%); fitted only on the packets before it (packets 3-7, as the
// rounds were run), 72 of 83 (86.7%). Before the mention feature and
// the pairing rules of session 4 (passing, the accused of a denied act)
// the same cross-validation gave 110 of 125 (88.0%): no measurable
// change on these items, which hold none of the denials the session-4
// rules add (the claims denied told in another source, a denied act, a
// pronoun denier). Blind rounds found less than these figures: round 7
// was run at 0.75 with a cross-validated 84.6% and its readers found
// 69.4%, round 6 at 0.80 82.9%; the threshold stays at 0.80 (0.85 and
// 0.90 buy no precision in cross-validation). The vetoes of packets 6
// and 7 (veto.go) were written after reading their errors, which
// flatters these figures.
const (
	// scoreLambda is the L2 penalty the weights were fitted with.
	scoreLambda = 1.0
	// MinConfidence is the model probability a dispute needs to be shown.
	MinConfidence = 0.80
	// MinCountConfidence is the probability a count needs (session 8):
	// on the judged development disputes of packets 1-7 the vetoes let
	// through, counts the model scores 0.76-0.80 were 12 of 14 right
	// (0.75-0.76: 0 of 2 more; 0.80 and above: 52 of 52), and on Multi-News
	// validation, train 33001-38999 and DUC 2003/2006 the six counts it
	// adds were read real (later counts or sources that differ, one
	// reader), where the misses were: "four vs five dead", "60 vs 129".
	// Denials keep MinConfidence (0.75-0.80: 3 of 6 right).
	MinCountConfidence = 0.76
	// MinAccusedConfidence is the probability a denial needs when its
	// claim accuses the denier by name with a verb (accusesDenier;
	// session 8): on Multi-News validation, train 33001-38999 and DUC
	// 2003/2006 the denials scored 0.70-0.80 were 5 right of 5 with the
	// rule and 2 of 14 without it (one reader); of the judged
	// development disputes of packets 1-7, 9, 10 and 12 the vetoes let
	// through, the 18 denials the rule holds were all judged right by
	// both readers (17 scored 0.80 or more, one 0.74).
	MinAccusedConfidence = 0.70
	// MinStatedConfidence is the probability a denial needs when it
	// states what it denies in a clause and its claim states the same
	// act by the clause's verb (statesDenied; session 10): on the dev
	// half of the session's dumps (Multi-News validation, train
	// clusters of odd md5, DUC 2003/2006/2007) the not-shown denials of
	// that kind scored 0.46-0.75 and were 10 right of 11 (one reader),
	// the strict9 recall cluster 4848 among them; none scored below
	// 0.46.
	MinStatedConfidence = 0.45
)

// minConfidence returns the confidence d needs to be shown: a count
// MinCountConfidence, a denial whose claim states the act its clause
// denies MinStatedConfidence, one whose claim accuses the denier by name
// MinAccusedConfidence, a denial of rumours beside the rumour it answers
// MinRumourConfidence (rumour.go), any other denial MinConfidence.
func minConfidence(d chorus.Dispute) float64 {
	if !isDenialTopic(d) {
		return MinCountConfidence
	}
	if statesDenied(d) {
		return MinStatedConfidence
	}
	if accusesDenier(d) {
		return MinAccusedConfidence
	}
	if rumourDenial(d) {
		return MinRumourConfidence
	}
	return MinConfidence
}

// accusationVerbs state an accusation against someone ("X was charged
// with", "Y accused X of", "claimed that X is"); "alleged" and the
// nouns ("amid the allegations") are left out: they name one in passing.
var accusationVerbs = lex.Set("accused", "accuses", "accusing", "charged", "indicted", "claimed", "alleges", "alleging")

// passives put the accused before the verb ("Cosby has been accused").
var passives = lex.Set("been", "is", "was", "were", "are", "be", "being")

// accusesDenier reports a denial whose claim accuses the denier, named
// by a name (not "A spokesman", "Those banks"), with a verb: the denier's name after the verb
// ("Democrats accused Republicans of ...", "claimed that Fraim is
// affiliated with ...") or before it in the passive ("Bill Cosby has
// been accused of ...", "McDaniels ... have been charged with murder"),
// and the claim is not credited to the denier.
func accusesDenier(d chorus.Dispute) bool {
	if len(d.Claims) != 2 {
		return false
	}
	claim, deny := d.Claims[0], d.Claims[1].Speaker
	f := lex.SpaceFieldsShared(lex.Lower(deny))
	if len(f) == 0 || deny[0] < 'A' || deny[0] > 'Z' || determiners[f[0]] || f[0] == "a" || f[0] == "an" ||
		claim.Speaker != "" && sameSpeaker(claim.Speaker, deny) {
		return false // "A military spokesman", "Those banks": no name
	}
	name := nameKey(deny)
	if len(name) <= 3 {
		return false
	}
	ws := words(claim.Text)
	for i, w := range ws {
		if !accusationVerbs[w] {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+8; k++ {
			if ws[k] == name {
				return true
			}
		}
		if i > 0 && passives[ws[i-1]] {
			for k := i - 2; k >= 0 && k >= i-24; k-- {
				if ws[k] == name {
					return true
				}
			}
		}
	}
	return false
}

// feature indexes the feature vector.
const (
	fBias         = iota // 1
	fDenial              // a denial (else a count)
	fLogRatio            // count: ln(largest/smallest figure), capped at ln 10
	fBound               // count: some figure is a bound or estimate ("at least", "nearly")
	fHedge               // count: a claim projects or hedges ("likely", "expected", "could")
	fPart                // count: a claim counts a part ("including", "among")
	fCountShared         // count: content words shared by the claims (Jaccard)
	fRound               // count: the largest figure is round (a multiple of 10, >= 20)
	fManySources         // more than two sources cited in all
	fUpdate              // count: shown as a count that changed as reports came in
	fSameSource          // the claims share a source
	fDenyShared          // denial: content words shared by claim and denial (Jaccard)
	fAllegation          // denial: the claim reports a claim (alleged, accused, reported, according)
	fFullName            // denial: the denier is named by two words or more
	fSameSpeaker         // denial: the claim is credited to the denier
	fAnaphor             // denial: the denial points back ("denied the allegations")
	fClaimSpeaker        // denial: the claim is credited to someone
	fNoDiff              // count: fewer than two different figures of the kind found
	fOtherTime           // a claim points to another time ("last year", "earlier", "ago")
	fLong                // a claim runs past 45 words
	fClaimNeg            // denial: the claim states a negative ("did not", "never"), as a denial does
	fWeakClaim           // denial: the denial points back and the claim reports no claim as one
	fMention             // denial: the denial points back and the claim only mentions a claim ("amid the allegations")
	nFeatures
)

// featureNames name the features, for the fit's report.
var featureNames = [nFeatures]string{"bias", "denial", "logratio", "bound", "hedge", "part", "countshared", "round",
	"manysources", "update", "samesource", "denyshared", "allegation", "fullname", "samespeaker", "anaphor", "claimspeaker", "nodiff", "othertime", "long",
	"claimneg", "weakclaim", "mention"}

// scoreWeights are the fitted weights, by feature (see the provenance
// above).
var scoreWeights = [nFeatures]float64{
	1.27,  // bias
	-0.48, // denial
	-0.77, // logratio
	0.98,  // bound
	0.37,  // hedge
	-0.94, // part
	0.77,  // countshared
	-0.35, // round
	0.03,  // manysources
	0.00,  // update
	-0.56, // samesource
	0.43,  // denyshared
	0.78,  // allegation
	-0.01, // fullname
	0.00,  // samespeaker
	1.00,  // anaphor
	-1.78, // claimspeaker
	-1.68, // nodiff
	-0.01, // othertime
	-0.42, // long
	-0.60, // claimneg
	0.20,  // weakclaim
	-0.90, // mention
}

// vetoed reports a dispute the rules reject whatever its confidence:
// a denial whose last claim holds no verb of denial as denyAt reads it
// (a ruling, a refusal), a claim that is page furniture (captionLike), or
// a count one of whose claims is dated to a month the others do not
// name ("In June, gunmen stormed the hotel": another event). The rules
// of candidates apply the first two already; vetoed reads them from the
// dispute as shown, so that the fit sees what would be shown.
func vetoed(d chorus.Dispute) bool {
	if len(d.Claims) < 2 {
		return true
	}
	for _, c := range d.Claims {
		if captionLike(c.Text) || labelled(c.Text) || twoSentences(c.Text) || cut(c.Text) {
			return true
		}
	}
	if isDenialTopic(d) {
		return denialVetoed(d)
	}
	return otherMonth(d) || otherScope(d) || otherSpan(d) || subCount(d) || countVetoed(d) || recalled(d) || severalEvents(d)
}

// cut reports a claim that stops before its sentence ends ("Democrats
// in the state have vehemently denied the allegations from": packet 1):
// its last word is not followed by a full stop, question or exclamation
// mark, or the ellipsis a clause cut at its comma ends with.
func cut(text string) bool {
	t := strings.TrimRight(strings.TrimSpace(text), "\"'”’) ")
	return t == "" || !lex.ContainsAny(t[len(t)-1:], ".!?") && !strings.HasSuffix(t, "…")
}

// labelled reports a claim that opens with a page's label ("Famous
// feuds: ...", "Watch: ..."): a colon among its first four words, before
// any verb of speech, is the furniture of a list or a headline
// (packet 6).
func labelled(text string) bool {
	f := lex.SpaceFieldsShared(text)
	for i := 0; i < len(f) && i < 3; i++ {
		if !strings.HasSuffix(f[i], ":") {
			continue
		}
		for _, w := range f[:i+1] {
			if furnitureLabels[lex.Lower(strings.Trim(w, ":,"))] {
				return true
			}
		}
		return false // "Kuala Lumpur: ...", "Researchers found: ...": a dateline, a speaker
	}
	return false
}

// furnitureLabels are the words of a page's labels before a colon.
var furnitureLabels = lex.Set("exclusive", "watch", "video", "videos", "photos", "photo", "pictures", "gallery",
	"related", "update", "updated", "opinion", "analysis", "breaking", "live", "more", "read", "see", "also",
	"feuds", "stories", "highlights", "facts", "quiz", "listen", "podcast", "sponsored", "advertisement",
	"trending", "popular", "recommended", "famous", "top", "explainer", "timeline")

// twoSentences reports a claim that holds the end of one sentence and
// the start of another ("... on July 29, 2013. eight people ..."): text
// run together, read as one claim (packet 6).
func twoSentences(text string) bool {
	f := lex.SpaceFieldsShared(text)
	for i := 0; i+1 < len(f); i++ {
		w, ok := strings.CutSuffix(strings.TrimRight(f[i], "\"'”’)"), ".")
		if !ok || strings.Contains(w, ".") || len(w) < 3 && !isNumber(w) {
			continue // "Mr.", "U.S.", "a."
		}
		if abbreviations[lex.Lower(w)] {
			continue
		}
		if r := f[i+1][0]; r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}

// abbreviations end in a full stop inside a sentence.
var abbreviations = lex.Set("mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "gov", "sen",
	"rep", "rev", "prof", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
	"oct", "nov", "dec", "no", "vs", "ft", "mt", "ave", "blvd", "approx", "est", "calif", "fla", "mass", "penn",
	"ariz", "colo", "conn", "ill", "ind", "kan", "mich", "minn", "miss", "okla", "ore", "tenn", "tex", "wash", "wis")

// scopeWords make a count a total over a wide area ("throughout
// Europe", "across two states", "nationwide").
var scopeWords = lex.Set("throughout", "across", "nationwide", "statewide", "worldwide", "countrywide",
	"europe-wide", "continent-wide", "region-wide", "elsewhere")

// otherScope reports a count whose claims cover different places: one
// counts over an area ("throughout Europe", "nationwide") and another
// does not, or one counts in two places ("in Texas and Oklahoma") and
// another in one of them only. Blind readers rejected "62 throughout
// Europe" beside "47 in Poland" and a two-state toll beside one state's
// (packet 6).
func otherScope(d chorus.Dispute) bool {
	wide := 0
	var pairs [][2]string
	ws := make([][]string, len(d.Claims))
	for i, c := range d.Claims {
		ws[i] = words(c.Text)
	}
	for i := range ws {
		if area, ok := scopeOf(ws[i]); ok {
			// "across Gaza" beside "in the Gaza Strip" is one place.
			same := area != ""
			for _, o := range ws {
				same = same && containsWord(o, area)
			}
			if !same {
				wide++
			}
		}
		for k := 0; k+3 < len(ws[i]); k++ {
			if ws[i][k] != "in" && ws[i][k] != "struck" && ws[i][k] != "hit" {
				continue
			}
			a := k + 1
			if a+3 < len(ws[i]) && regionWords[ws[i][a]] {
				a++ // "in northern Pakistan and India"
			}
			if ws[i][a+1] == "and" && len(ws[i][a]) > 3 && len(ws[i][a+2]) > 3 &&
				!lex.IsStopword(ws[i][a]) && !lex.IsStopword(ws[i][a+2]) {
				pairs = append(pairs, [2]string{ws[i][a], ws[i][a+2]})
			}
		}
	}
	if wide > 0 && wide < len(d.Claims) {
		return true
	}
	for _, p := range pairs {
		for _, w := range ws {
			if containsWord(w, p[0]) != containsWord(w, p[1]) {
				return true // one of the two places only
			}
		}
	}
	return false
}

// regionWords name part of a place before its name ("northern
// Pakistan").
var regionWords = lex.Set("northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
	"northeastern", "northwestern", "southeastern", "southwestern", "coastal", "rural")

// scopeOf reports a figure counted over an area: a scope word within four
// words after a number ("62 people throughout Europe"), with the word
// naming the area ("europe"; "" for "nationwide").
func scopeOf(ws []string) (string, bool) {
	for i, w := range ws {
		if _, ok := atoi(w); !ok {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+4 && ws[j] != ","; j++ {
			if !scopeWords[ws[j]] {
				continue
			}
			k := j + 1
			for k < len(ws) && (ws[k] == "the" || ws[k] == "a") {
				k++
			}
			if k < len(ws) && ws[k] != "," {
				return ws[k], true
			}
			return "", true
		}
	}
	return "", false
}

// spanUnits are the units of a period a count is summed over.
var spanUnits = lex.Set("weeks", "months", "years", "week", "month", "year")

// spanned reports a claim that counts over a period ("in seven weeks",
// "over the past month", "since January", "so far this year").
func spanned(ws []string) bool {
	for i, w := range ws {
		next := ""
		if i+1 < len(ws) {
			next = ws[i+1]
		}
		switch w {
		case "in", "over", "within", "during":
			for j := i + 1; j < len(ws) && j <= i+4; j++ {
				if n, ok := atoi(ws[j]); ok && j+1 < len(ws) && (spanUnits[ws[j+1]] || ws[j+1] == "days" && n >= 7) {
					return true // "in seven weeks", "over the past 10 days"; not "in four days of clashes"
				}
				if (ws[j] == "past" || ws[j] == "last") && j+1 < len(ws) && spanUnits[ws[j+1]] {
					return true // "over the past month"
				}
			}
		case "since":
			if months[next] || next == "last" || next == "the" || isNumber(next) {
				return true
			}
		case "so":
			if next == "far" {
				return true
			}
		}
	}
	return false
}

// otherSpan reports a count one of whose claims sums a period the others
// do not (a county's total beside "seven weeks" of it; packet 6).
func otherSpan(d chorus.Dispute) bool {
	n := 0
	for _, c := range d.Claims {
		if spanned(words(c.Text)) {
			n++
		}
	}
	return n > 0 && n < len(d.Claims)
}

// places are where part of a count was found ("eight found in a
// trailer"): a figure placed in one is a part of the whole.
var places = lex.Set("trailer", "truck", "van", "car", "vehicle", "container", "boat", "bus", "house", "home",
	"apartment", "building", "room", "basement", "cellar", "warehouse", "tunnel", "cabin", "shed", "tent")

// placed reports a claim with a figure found or held in a place within
// six words after it ("8 people found in a trailer").
func placed(ws []string) bool {
	for i, w := range ws {
		if _, ok := atoi(w); !ok {
			continue
		}
		for j := i + 1; j+2 < len(ws) && j <= i+6; j++ {
			if (ws[j] == "in" || ws[j] == "inside") && (ws[j+1] == "a" || ws[j+1] == "the" || ws[j+1] == "one") && places[ws[j+2]] {
				return true
			}
			if (ws[j] == "in" || ws[j] == "inside") && places[ws[j+1]] {
				return true
			}
		}
	}
	return false
}

// subCount reports a count one of whose claims counts only those found
// in a place (eight in the trailer beside nine in all; packet 6) or
// those dead when found ("39 people packed into a trailer ... and eight
// men already dead" beside "at least nine people died"; packet 3).
func subCount(d chorus.Dispute) bool {
	n := 0
	for _, c := range d.Claims {
		if ws := words(c.Text); placed(ws) || alreadyDead(ws) {
			n++
		}
	}
	return n > 0 && n < len(d.Claims)
}

// alreadyDead reports a figure of those "already dead" when found: the
// count at one moment, which later deaths raise.
func alreadyDead(ws []string) bool {
	for i := 1; i < len(ws); i++ {
		if ws[i] == "dead" && ws[i-1] == "already" {
			return true
		}
	}
	return false
}

// recalled reports a count one of whose claims recalls another event
// ("An explosion Tuesday at a condominium that killed one person came as
// a reminder of how destructive a gas leak can be"; packet 3).
func recalled(d chorus.Dispute) bool {
	for _, c := range d.Claims {
		for _, w := range words(c.Text) {
			if w == "reminder" || w == "reminiscent" || w == "recalled" || w == "recalling" {
				return true
			}
		}
	}
	return false
}

// otherMonth reports a count one of whose claims says "in <month>" and
// another names no such month.
func otherMonth(d chorus.Dispute) bool {
	named := make([]map[string]bool, len(d.Claims))
	any := false
	for i, c := range d.Claims {
		named[i] = map[string]bool{}
		ws := words(c.Text)
		for k := 1; k < len(ws); k++ {
			if months[ws[k]] && (ws[k] != "may" || ws[k-1] == "in") {
				named[i][ws[k]] = true
				if ws[k-1] == "in" {
					any = true
				}
			}
		}
	}
	if !any {
		return false
	}
	for m := range named[0] {
		all := true
		for _, n := range named[1:] {
			all = all && n[m]
		}
		if all {
			return false
		}
	}
	return true
}

// Confidence returns the model's probability that d is a real dispute
// whose claims are correctly paired.
func Confidence(d chorus.Dispute) float64 {
	return confidence(features(d), scoreWeights)
}

func confidence(x, w [nFeatures]float64) float64 {
	z := 0.0
	for i := range x {
		z += w[i] * x[i]
	}
	return 1 / (1 + math.Exp(-z))
}

var hedges = lex.Set("likely", "expected", "could", "may", "might", "feared", "fear", "predicted", "projected",
	"estimate", "estimates", "potentially", "possibly", "would")

var partWords = lex.Set("including", "among", "include", "included", "includes")

var allegationWords = lex.Set("alleged", "alleges", "allegedly", "allegation", "allegations", "accused", "accuses",
	"accusation", "accusations", "reported", "reportedly", "according", "claimed", "claims", "lawsuit", "suit",
	"charged", "charges", "indicted", "indictment", "complaint", "rumors", "rumours")

var backNouns = lex.Set("allegations", "allegation", "claims", "claim", "reports", "report", "charges", "charge",
	"accusations", "accusation", "account", "story", "rumors", "rumours", "assertion", "suggestion", "that")

var otherTimes = lex.Set("earlier", "ago", "previous", "previously", "since", "separate", "similar", "another", "last", "years")

// containsPair reports whether ws holds a then b.
func containsPair(ws []string, a, b string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == a && ws[i+1] == b {
			return true
		}
	}
	return false
}

// isDenialTopic reports whether d is a denial: its topic says so, or (a
// dispute without a topic) its last claim holds a verb of denial.
func isDenialTopic(d chorus.Dispute) bool {
	if strings.HasPrefix(d.Topic, "Denied") {
		return true
	}
	if d.Topic != "" || len(d.Claims) == 0 {
		return false
	}
	return denyAt(words(d.Claims[len(d.Claims)-1].Text)) >= 0
}

// kindOf returns the kind of count d's topic names, or "".
func kindOf(topic string) string {
	for k, t := range topics {
		if strings.HasPrefix(topic, t) {
			return k
		}
	}
	return ""
}

// contentWords returns the sorted distinct content words of ws: no stop
// words, numbers or short words.
func contentWords(ws []string) []string {
	var out []string
	for _, w := range ws {
		if len(w) < 3 || isNumber(w) || lex.IsStopword(w) {
			continue
		}
		if _, ok := numberWords[w]; ok {
			continue
		}
		out = append(out, lex.Stem(w))
	}
	return lex.SortUnique(out)
}

// features reads the feature vector of d.
func features(d chorus.Dispute) [nFeatures]float64 {
	var x [nFeatures]float64
	x[fBias] = 1
	if len(d.Claims) < 2 {
		return x
	}
	ws := make([][]string, len(d.Claims))
	srcs := map[int]int{}
	total := 0
	for i, c := range d.Claims {
		ws[i] = words(c.Text)
		for _, s := range c.Sources {
			srcs[s]++
			total++
		}
	}
	if len(srcs) > 2 {
		x[fManySources] = 1
	}
	if total > len(srcs) {
		x[fSameSource] = 1
	}
	for _, w := range ws {
		if hasAny(w, otherTimes) || containsPair(w, "last", "year") || containsPair(w, "this", "year") || containsPair(w, "last", "month") {
			x[fOtherTime] = 1
		}
		if len(w) > 45 {
			x[fLong] = 1
		}
	}
	first, last := ws[0], ws[len(ws)-1]
	if isDenialTopic(d) {
		x[fDenial] = 1
		x[fDenyShared] = lex.Jaccard(contentWords(first), contentWords(last))
		if hasAny(first, allegationWords) {
			x[fAllegation] = 1
		}
		deny := d.Claims[len(d.Claims)-1].Speaker
		if lex.CountFields(deny) >= 2 && plausibleName(deny) {
			x[fFullName] = 1
		}
		claimBy := d.Claims[0].Speaker
		if claimBy != "" {
			x[fClaimSpeaker] = 1
			if deny != "" && sameSpeaker(claimBy, deny) {
				x[fSameSpeaker] = 1
			}
		}
		if v := denyAt(last); v >= 0 && v+2 < len(last) && objects[last[v+1]] && backNouns[last[v+2]] {
			x[fAnaphor] = 1
			if !hasAny(first, strongClaims) {
				x[fWeakClaim] = 1
			}
			if mentionOnly(first) {
				x[fMention] = 1
			}
		}
		for _, w := range first {
			if w == "not" || w == "never" || w == "no" || strings.HasSuffix(w, "n't") {
				x[fClaimNeg] = 1
				break
			}
		}
		return x
	}
	kind := kindOf(d.Topic)
	if strings.Contains(d.Topic, "changed as reports") {
		x[fUpdate] = 1
	}
	var vals []int
	for _, w := range ws {
		if hasAny(w, hedges) {
			x[fHedge] = 1
		}
		if hasAny(w, partWords) {
			x[fPart] = 1
		}
		for _, f := range figuresOf(w) {
			if kind == "" || f.kind == kind {
				vals = append(vals, f.value)
				if f.bound != 0 {
					x[fBound] = 1
				}
				break
			}
		}
	}
	if len(slices.Compact(slices.Sorted(slices.Values(vals)))) < 2 {
		x[fNoDiff] = 1
	}
	if len(vals) >= 2 {
		lo, hi := slices.Min(vals), slices.Max(vals)
		if lo > 0 {
			x[fLogRatio] = math.Min(math.Log(float64(hi)/float64(lo)), math.Log(10))
		}
		if hi >= 20 && hi%10 == 0 {
			x[fRound] = 1
		}
	}
	x[fCountShared] = lex.Jaccard(contentWords(first), contentWords(ws[1]))
	return x
}

// claimVerbForms tell what someone claims or reports: a claim stated,
// not one named in passing.
var claimVerbForms = lex.Set("accused", "accuses", "accusing", "alleged", "alleges", "alleging", "allegedly",
	"claimed", "claiming", "reported", "reportedly", "according", "charged", "indicted", "said", "says", "told",
	"suggested", "sued", "suing", "accuse", "allege", "claim", "say", "report")

// mentionOnly reports a claim that names a claim in passing ("amid the
// allegations", "alluded to allegations against him", "the pictures and
// allegations caused a scandal") without a verb that states one or a
// clause that says what it is ("allegations that he ...").
func mentionOnly(ws []string) bool {
	if hasAny(ws, claimVerbForms) {
		return false
	}
	for i := 0; i+1 < len(ws); i++ {
		if claimWords[ws[i]] != nil && (ws[i+1] == "that" || clauseOpeners[ws[i+1]] && ws[i+1] != "the" && ws[i+1] != "a" && ws[i+1] != "an") {
			return false // "allegations that he ...", "claims he ..."
		}
	}
	return true
}
