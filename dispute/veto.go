package dispute

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// The vetoes of this file answer the errors blind readers found in
// packet 7: a denial beside a claim that does not state what is denied,
// a denial beside another denial or the denier's own words, and counts
// of different events, victims or kinds of creature.

// denialVetoed reports a denial dispute (the denial last) whose other
// claims do not state what is denied: a claim that is itself a denial
// or the denier's own, and a denial of wrongdoing ("denies any
// wrongdoing", "denied involvement") beside a claim that accuses
// someone else or names the denier only in passing (packet 7).
func denialVetoed(d chorus.Dispute) bool {
	dw := words(d.Claims[len(d.Claims)-1].Text)
	v := denyAt(dw)
	if v < 0 {
		return true
	}
	return denialVetoedAt(d, dw, v)
}

// denialVetoedAt is denialVetoed for the denial's words dw whose verb of
// denial is dw[v] (a passive one for passiveVetoed).
func denialVetoedAt(d chorus.Dispute, dw []string, v int) bool {
	den := d.Claims[len(d.Claims)-1]
	obj := dw[v+1:]
	if dismissedCharges(dw, v) {
		return true
	}
	pred, rest := deniedPredicate(dw, v)
	for _, c := range d.Claims[:len(d.Claims)-1] {
		cw := words(c.Text)
		if pred != "" && !statesDeniedClause(cw, pred, rest) {
			return true // "denied the site is nuclear" beside "a site was found"
		}
		if sameSpeaker(c.Speaker, den.Speaker) || rejects(cw) || ownAccount(cw) || toldBy(cw, den.Speaker) ||
			toldBySpokes(cw, den.Speaker) || ownTestimony(cw, den.Speaker) || negatedClaim(cw) {
			return true
		}
		if wrongdoing(obj) && passing(cw, den.Speaker) && !(deniesResponsibility(obj) && blamesIn(cw, den.Speaker)) {
			return true
		}
		if deniedAct(obj) && !wrongdoing(obj) && !statesAct(cw, obj) {
			return true
		}
		if mentionOnly(cw) && statesOwnClaim(obj) {
			return true
		}
		if quotedStatement(c.Text, cw, obj) || ownSaid(cw, nameKey(den.Speaker)) || namedOnly(cw, obj) {
			return true
		}
		if otherCountry(cw, den.Speaker, obj) || reaction(cw) || unknowing(obj, cw) {
			return true
		}
	}
	return false
}

// dismissedCharges reports charges or counts dismissed by who brings
// them ("the government dismissed charges of animal fighting", "in which
// prosecutors dismissed two counts"): a plea deal or a ruling, no side's
// denial (packet 9).
func dismissedCharges(dw []string, v int) bool {
	if dw[v] != "dismissed" && dw[v] != "dropped" {
		return false
	}
	obj := false
	for j := v + 1; j < len(dw) && j <= v+3; j++ {
		if dw[j] == "charges" || dw[j] == "counts" || dw[j] == "count" || dw[j] == "case" || dw[j] == "indictment" {
			obj = true
		}
	}
	if !obj {
		return false
	}
	for j := v - 1; j >= 0 && j >= v-4; j-- {
		if prosecution[dw[j]] {
			return true
		}
	}
	return false
}

// prosecution brings charges: dismissing them is no denial.
var prosecution = lex.Set("government", "prosecutors", "prosecutor", "state", "prosecution", "attorney", "attorneys",
	"authorities", "police", "which", "whom", "da")

// ownWords tell the speaker's own account ("a man who insists he
// accidentally shot her").
var ownWords = lex.Set("insists", "insisted", "maintains", "maintained", "contends", "contended")

// ownAccount reports a claim that gives someone's own account in a
// relative clause of insisting ("a man who insists he accidentally shot
// dead Reeva Steenkamp"): beside that man's denial it is his side twice
// (packet 9).
func ownAccount(cw []string) bool {
	for i := 1; i < len(cw); i++ {
		if ownWords[cw[i]] && cw[i-1] == "who" {
			return true
		}
	}
	return false
}

// toldBy reports a claim told by the denier's side, named by a common
// noun among the claim's first eight words and followed by a verb of
// saying ("In a statement, the Trump campaign said it was ...": "The
// campaign also denied that claim"; packet 3).
func toldBy(cw []string, who string) bool {
	f := lex.SpaceFieldsShared(lex.Lower(who))
	if len(f) == 0 {
		return false
	}
	head := strings.Trim(f[len(f)-1], ".,'’")
	if len(head) < 4 || head != strings.Trim(lex.SpaceFieldsShared(who)[len(f)-1], ".,'’") {
		return false // a name: a claim about its bearer is no claim of theirs
	}
	for i := 0; i+1 < len(cw) && i < 8; i++ {
		if cw[i] == head && (cw[i+1] == "said" || cw[i+1] == "says" || cw[i+1] == "stated" || cw[i+1] == "claimed") {
			return true
		}
	}
	return false
}

// actSynonyms are words a claim may state a denied act with ("denied
// killing her" answers "charged with murder").
var actSynonyms = map[string][]string{
	"assau": {"assault", "assaulted", "abuse", "abused", "attacked", "hit", "beat", "beating", "raped", "violence", "physically"},
	"beat":  {"beat", "beaten", "abuse", "abused", "assault", "assaulted", "violence", "hit", "physically"},
	"attac": {"attack", "attacked", "assault", "assaulted", "abuse", "abused", "violence", "hit", "physically"},
	"dragg": {"dragged", "abuse", "abused", "assault", "assaulted", "violence", "physically", "physical"},
	"pushi": {"pushed", "shoved", "abuse", "abused", "assault", "assaulted", "violence", "physically", "physical"},
	"choki": {"choked", "strangled", "abuse", "abused", "assault", "assaulted", "violence", "physically", "physical"},
	"grabb": {"grabbed", "groped", "abuse", "abused", "assault", "assaulted", "physically", "physical"},
	"kill":  {"murder", "killed", "killing", "shot", "shooting", "death", "slaying", "slain", "manslaughter", "homicide"},
	"murd":  {"kill", "killed", "killing", "shot", "shooting", "death", "slaying", "slain", "manslaughter", "homicide"},
	"shoot": {"shot", "kill", "killed", "killing", "gunfire", "fired"},
	"tak":   {"took", "taken", "accepted", "received"},
	"accep": {"took", "taken", "received", "bribe", "bribes"},
	"rap":   {"raped", "assault", "assaulted", "sexual"},
	"sexu":  {"sexually", "sexual", "assault", "assaulted", "harass", "harassed", "harassment", "groped"},
	"abus":  {"abuse", "abused", "assault", "assaulted", "beat", "beating"},
	"hit":   {"hit", "punched", "struck", "assault", "assaulted", "beat", "attacked"},
	"punch": {"punched", "hit", "struck", "assault", "assaulted"},
	"steal": {"stole", "stolen", "theft", "stealing", "took"},
	"guilt": {"charged", "accused", "indicted", "convicted", "alleged", "allegedly"},
	"innoc": {"charged", "accused", "indicted", "convicted", "alleged", "allegedly"},
	"harm": {"harmed", "hurt", "injured", "injuring", "abuse", "abused", "assault", "assaulted", "beat", "beating",
		"suffocating", "suffocated", "smothering", "smothered", "shaking", "killed", "killing", "murder", "murdering"},
}

// statesAct reports whether a claim states the act a denial denies
// ("denied killing the child", "denies sheltering the rebels", "denied
// striking a deal"): the act's word, by its stem, or a word for the same
// act, or for a crime named as the object the crime itself. A claim that
// only names the denier beside another matter ("allegations of police
// perjury in the prosecution of McCullough", "came under pressure from
// Murdoch") does not (packets 7, 9).
func statesAct(cw, obj []string) bool {
	i := 0
	if i < len(obj) && (obj[i] == "ever" || obj[i] == "any" || obj[i] == "all") {
		i++
	}
	if i >= len(obj) {
		return true
	}
	if i+1 < len(obj) && lightActs[obj[i]] {
		i++ // "denies trying to abort": the act is the next verb
		if obj[i] == "to" && i+1 < len(obj) {
			i++
		}
	}
	if obj[i] == "committed" && i+1 < len(obj) {
		i++ // "denied having committed the murder": the act is the crime
		if (obj[i] == "the" || obj[i] == "a" || obj[i] == "any") && i+1 < len(obj) {
			i++
		}
	}
	act := obj[i]
	stem := strings.TrimSuffix(act, "ing")
	if len(stem) > 5 {
		stem = stem[:5]
	} else if n := len(stem); n > 3 && stem[n-1] == stem[n-2] && stem[n-1] != 'l' && stem[n-1] != 's' {
		stem = stem[:len(stem)-1] // "hitting" -> "hit"
	}
	for k, syn := range actSynonyms {
		if strings.HasPrefix(act, k) {
			for _, w := range cw {
				if slices.Contains(syn, w) {
					return true
				}
			}
		}
	}
	for _, w := range cw {
		if len(w) >= len(stem) && strings.HasPrefix(w, stem) || slices.Contains(irregulars[stem], w) {
			return true
		}
	}
	return false
}

// irregulars are the past forms of acts a denial names by their -ing form
// ("denied ever meeting him" answers "she said they met"), by the act's
// stem as statesAct cuts it.
var irregulars = map[string][]string{
	"meet": {"met"}, "pay": {"paid"}, "sell": {"sold"}, "know": {"knew", "known"}, "tell": {"told"},
	"giv": {"gave", "given"}, "hold": {"held"}, "send": {"sent"}, "leav": {"left"}, "buy": {"bought"},
	"bring": {"brought"}, "writ": {"wrote", "written"}, "speak": {"spoke", "spoken"}, "hid": {"hid", "hidden"},
	"mak": {"made"}, "fight": {"fought"}, "run": {"ran"}, "lead": {"led"}, "seek": {"sought"},
	"teach": {"taught"}, "think": {"thought"}, "driv": {"drove", "driven"}, "keep": {"kept"}, "lend": {"lent"},
	"spend": {"spent"}, "sleep": {"slept"}, "throw": {"threw", "thrown"}, "steal": {"stole", "stolen"},
	"bit": {"bit", "bitten"},
}

// lightActs say no more than that an act was tried or done ("denied
// trying to abort", "denies having taken money").
var lightActs = lex.Set("trying", "attempting", "having", "being", "ever", "personally", "knowingly", "intentionally")

// statesOwnClaim reports a denial that states the claim it denies ("as he
// denied two ex-wives' claims of physical and emotional abuse"): beside a
// claim that only mentions the allegations, the denial holds both sides
// and the claim adds nothing (packet 7).
func statesOwnClaim(obj []string) bool {
	for i, w := range obj {
		if i > 4 {
			break
		}
		if claimWords[w] != nil && i+2 < len(obj) && (obj[i+1] == "of" || obj[i+1] == "that") {
			return true
		}
	}
	return false
}

// rejectVerbs, before a claim noun, make a sentence a denial of its own
// ("went on television to reject accusations of ...", "denied two
// ex-wives' claims").
var rejectVerbs = lex.Set("deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "rejecting",
	"dismiss", "dismisses", "dismissed", "dismissing", "refute", "refutes", "refuted", "refuting")

// rejects reports a claim that is itself a denial: a verb of denial
// (denyAt) or a verb of rejecting followed within three words by a claim
// noun or a wrong ("to reject accusations", "denying any wrongdoing"),
// or a slamVerbs word followed by a claim noun or a lawsuit.
// Beside a denial it is one side twice, no accusation (packet 7).
func rejects(ws []string) bool {
	if denyAt(ws) >= 0 {
		return true
	}
	for i, w := range ws {
		slam := slamVerbs[w]
		if !rejectVerbs[w] && !slam || negated(ws, i) {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+3; j++ {
			if claimWords[ws[j]] != nil || wrongs[ws[j]] || slam && suitNouns[ws[j]] {
				return true
			}
		}
	}
	return false
}

// slamVerbs, the press's words for rejecting, make a sentence a
// rejection when a claim noun or a lawsuit follows within three words
// ("<name> slams lawsuit against <defendant>", "slammed the allegations"):
// a headline of the denier's side run into the claim's sentence, no
// accusation (session 18, a development error).
var slamVerbs = lex.Set("slams", "slammed", "slam", "slamming")

// suitNouns name a lawsuit, rejected by a slamVerbs word.
var suitNouns = lex.Set("lawsuit", "lawsuits", "suit")

// accuseWords put a name as the one accused right after them
// ("alleged Porter had choked", "accused the minister", "charges
// against Lind").
var accuseWords = lex.Set("accused", "accuses", "accusing", "alleged", "alleges", "allege", "alleging", "charged",
	"charging", "against", "sued", "suing", "blamed", "blaming", "implicated", "implicating", "claimed", "claims",
	"victim", "victims", "accuse", "accusations", "allegations")

// caseNouns after a name make it the name of a case, not of the one
// accused ("the alleged Stanford fraud").
var caseNouns = lex.Set("fraud", "scandal", "case", "scheme", "affair", "trial", "investigation", "probe",
	"inquiry", "saga", "empire", "group", "company", "family", "estate", "foundation")

// passing reports a claim that does not accuse the denier who: it names
// who by the last word of the name (nameKey) neither among its first eight words
// (the subject: "Businessman Eike Batista was jailed ..."; "Adams is
// accused of") nor within seven words after a word of accusing ("alleged that Governor Ann
// Walker ..."), save as the name of a case ("the alleged Stanford
// fraud"), or it accuses someone else ("accused the judge of ...").
// Blind readers rejected such claims beside "denies any wrongdoing"
// (packet 7: the accusation in passing, or not at all). A denier not
// named cannot be checked: false.
func passing(ws []string, who string) bool {
	name := nameKey(who)
	if len(name) <= 3 {
		return false
	}
	found := false
	for i, w := range ws {
		if w != name || i+1 < len(ws) && caseNouns[ws[i+1]] {
			continue
		}
		if i < 8 || i+3 < len(ws) && (ws[i+1] == "is" || ws[i+1] == "was" || ws[i+1] == "has" || ws[i+1] == "had") &&
			(accuseWords[ws[i+2]] || ws[i+2] == "been" && accuseWords[ws[i+3]]) {
			found = true // the subject, or "Adams is accused of"
		}
		if i+3 < len(ws) && ws[i+1] == "," && ws[i+2] == "who" && (ws[i+3] == "is" || ws[i+3] == "was") && i+4 < len(ws) &&
			(accuseWords[ws[i+4]] || ws[i+4] == "being" && i+5 < len(ws) && accuseWords[ws[i+5]]) {
			found = true // "Oscar Lind, who is charged with"
		}
		for j := i - 1; j >= 0 && j >= i-7; j-- {
			if accuseWords[ws[j]] {
				found = true
			}
		}
	}
	if !found {
		return true
	}
	for i, w := range ws {
		if w != "accused" && w != "accuses" && w != "accusing" {
			continue
		}
		j := i + 1
		if j < len(ws) && (ws[j] == "the" || ws[j] == "a" || ws[j] == "an" || ws[j] == "his" || ws[j] == "her") {
			j++
		}
		if j < len(ws) && ws[j] != name && !lex.IsStopword(ws[j]) && ws[j] != "," && !isNumber(ws[j]) {
			if j+1 >= len(ws) || ws[j+1] != name {
				return true // "accused the judge of arrogance"
			}
		}
	}
	return false
}

// perpetrators are the one a toll may count among the dead or leave out.
var perpetrators = lex.Set("gunman", "shooter", "attacker", "bomber", "assailant", "killer", "suspect", "hijacker")

// arrests say the perpetrator was taken alive: not among the dead.
var arrests = lex.Set("detained", "arrested", "captured", "custody", "apprehended")

// perpetrator reports a claim that names a single perpetrator ("the
// gunman", "the gunman's", "including the suspect").
func perpetrator(ws []string) bool {
	for _, w := range ws {
		if perpetrators[strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")] {
			return true
		}
	}
	return false
}

// animals are creatures a count may be of instead of people.
var animals = lex.Set("crows", "birds", "horses", "cattle", "cows", "sheep", "pigs", "chickens", "dogs", "cats",
	"fish", "whales", "dolphins", "animals", "deer", "elephants", "geese", "ducks", "poultry", "hens", "goats",
	"bats", "monkeys", "turtles", "seals")

// countVetoed reports a count whose claims count different things: one
// counts animals and another people ("four dead crows" beside "killed
// five people"), they name different causes ("died of starvation"
// beside "died of malaria"), or two figures one apart beside a
// single perpetrator not taken alive ("left four dead" with the gunman,
// "killed three people"), where the difference is whether the gunman
// is counted (packets 3 and 7).
func countVetoed(d chorus.Dispute) bool {
	ws := make([][]string, len(d.Claims))
	for i, c := range d.Claims {
		ws[i] = words(c.Text)
	}
	// Animals beside people.
	nAnimal := 0
	for _, w := range ws {
		if countsAnimals(w) {
			nAnimal++
		}
	}
	if nAnimal > 0 && nAnimal < len(ws) {
		return true
	}
	// Different causes.
	var causes []string
	for _, w := range ws {
		if c := causeOf(w); c != "" {
			causes = append(causes, c)
		}
	}
	for i := range causes {
		for j := i + 1; j < len(causes); j++ {
			if causes[i] != causes[j] {
				return true
			}
		}
	}
	// Different countries, or a count charged beside one confessed.
	if disjointCountries(ws) || otherStage(ws) {
		return true
	}
	// Different places named at the figures.
	if otherPlace(ws, kindOf(d.Topic)) {
		return true
	}
	// A round lower bound and a figure just above it ("more than 100"
	// beside "at least 114"): both can be right (packet 2).
	if roundBound(ws, kindOf(d.Topic)) {
		return true
	}
	// Off by one beside a perpetrator.
	vals := map[int]bool{}
	perp, alive := false, false
	for _, w := range ws {
		for _, f := range figuresOf(w) {
			if f.kind == "dead" {
				vals[f.value] = true
			}
		}
		perp = perp || perpetrator(w)
		alive = alive || hasAny(w, arrests)
	}
	if perp && !alive && len(vals) == 2 {
		var a []int
		for v := range vals {
			a = append(a, v)
		}
		if a[0]-a[1] == 1 || a[1]-a[0] == 1 {
			return true
		}
	}
	return false
}

// roundBound reports a count of two figures of kind whose smaller is a
// round lower bound ("more than 100", "over 50": a multiple of 50) and
// whose larger lies within a quarter above it ("at least 114"): the
// round figure says no more than the other. ("At least 40" beside 50
// is an update readers count as a dispute: 40 is no multiple of 50.)
func roundBound(ws [][]string, kind string) bool {
	var lo, hi *figure
	for _, w := range ws {
		for _, f := range figuresOf(w) {
			if kind != "" && f.kind != kind {
				continue
			}
			f := f
			if lo == nil || f.value < lo.value {
				lo = &f
			}
			if hi == nil || f.value > hi.value {
				hi = &f
			}
			break
		}
	}
	if lo == nil || hi == nil || lo.value == hi.value {
		return false
	}
	return lo.bound == '>' && lo.value >= 50 && lo.value%50 == 0 && 4*hi.value <= 5*lo.value
}

// countsAnimals reports a figure of animals: a number followed, past
// "dead" and up to two other words, by an animal ("four dead crows").
func countsAnimals(ws []string) bool {
	for i, w := range ws {
		if _, ok := atoi(w); !ok {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+3; j++ {
			if animals[ws[j]] {
				return true
			}
		}
	}
	return false
}

// causeOf returns the cause a death is put down to ("starvation" of
// "died of starvation", "malaria" of "deaths from malaria"), or "".
func causeOf(ws []string) string {
	for i := 0; i+2 < len(ws); i++ {
		switch ws[i] {
		case "died", "die", "dying", "deaths", "death", "dead":
		default:
			continue
		}
		if ws[i+1] != "of" && ws[i+1] != "from" {
			continue
		}
		c := ws[i+2]
		if c == "a" || c == "an" || c == "the" {
			if i+3 >= len(ws) {
				return ""
			}
			c = ws[i+3]
		}
		if len(c) > 3 && !lex.IsStopword(c) && !isNumber(c) {
			return lex.Stem(c)
		}
	}
	return ""
}

// splitVetoed reports a claim and denial cut from one sentence
// (splitDenial) that the rules of a denial reject: the denial clause
// must deny as denyAt reads it, and the claim clause must be no page
// furniture, no denial of its own, nor a dismissal of charges.
func splitVetoed(d chorus.Dispute) bool {
	if len(d.Claims) != 2 {
		return true
	}
	cw, dw := words(d.Claims[0].Text), words(d.Claims[1].Text)
	v := denyAt(dw)
	if v < 0 && (containsWord(dw, "which") || hasAny(dw, accusationNouns)) {
		v = closingDenial(dw) // "… which he denies.", "… a charge he denies." (relativeDenial)
	}
	if v < 0 || dismissedCharges(dw, v) || rejects(cw) {
		return true
	}
	return captionLike(d.Claims[0].Text) || labelled(d.Claims[0].Text)
}

// otherPlace reports a count whose claims put their figures in different
// places: each names a place with "in" or "from" and no article at its
// figure ("In Afghanistan, 73 people were reported dead" beside "over 200
// deaths reported from Pakistan": two countries' tolls of one quake),
// within four words, and neither place is at the other's figure.
func otherPlace(ws [][]string, kind string) bool {
	var places []string
	for _, w := range ws {
		p := placeAtFigure(w, kind)
		if p == "" {
			return false
		}
		places = append(places, p)
	}
	for i := range places {
		for j := i + 1; j < len(places); j++ {
			if places[i] != places[j] {
				return true
			}
		}
	}
	return false
}

// placeAtFigure returns the word after "in" or "from" within four words
// either side of the first figure of kind in ws, when it reads as a place:
// no article or other small word, no -ing word, no event ("in clashes").
func placeAtFigure(ws []string, kind string) string {
	at := -1
	for i, w := range ws {
		if _, ok := atoi(w); !ok {
			continue
		}
		for _, f := range figuresOf(ws[max(0, i-4):min(len(ws), i+6)]) {
			if f.kind == kind || kind == "" {
				at = i
			}
		}
		if at >= 0 {
			break
		}
	}
	if at < 0 {
		return ""
	}
	for k := max(0, at-4); k <= at+4 && k+1 < len(ws); k++ {
		if ws[k] != "in" && ws[k] != "from" || k == at {
			continue
		}
		p := ws[k+1]
		if len(p) < 4 || lex.IsStopword(p) || strings.HasSuffix(p, "ing") || notPlaces[p] || counts[p] != "" || isNumber(p) {
			continue
		}
		return p
	}
	return ""
}

// notPlaces follow "in" at a figure without naming a place.
var notPlaces = lex.Set("attack", "attacks", "clashes", "violence", "crash", "crashes", "fire", "fires", "blast",
	"blasts", "explosion", "explosions", "flood", "floods", "flooding", "storm", "storms", "quake", "earthquake",
	"accident", "accidents", "incident", "protests", "riots", "hospital", "hospitals", "custody", "total", "all",
	"addition", "critical", "serious", "stable", "connection", "recent", "days", "weeks", "hours", "months", "years",
	"mudslides", "landslides", "avalanche", "collapse", "stampede", "bombing", "bombings", "raids", "airstrikes",
	"fighting", "hurricane", "typhoon", "tornado", "tornadoes", "cyclone", "wildfire", "wildfires", "area", "areas",
	"region", "city", "town", "village", "country", "province", "state", "capital", "downtown", "north", "south",
	"east", "west", "northern", "southern", "eastern", "western", "central")
