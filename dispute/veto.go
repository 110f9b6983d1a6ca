package dispute

import (
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
	den := d.Claims[len(d.Claims)-1]
	dw := words(den.Text)
	v := denyAt(dw)
	if v < 0 {
		return true
	}
	for _, c := range d.Claims[:len(d.Claims)-1] {
		cw := words(c.Text)
		if sameSpeaker(c.Speaker, den.Speaker) || rejects(cw) {
			return true
		}
		if wrongdoing(dw[v+1:]) && passing(cw, den.Speaker) {
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
// noun or a wrong ("to reject accusations", "denying any wrongdoing").
// Beside a denial it is one side twice, no accusation (packet 7).
func rejects(ws []string) bool {
	if denyAt(ws) >= 0 {
		return true
	}
	for i, w := range ws {
		if !rejectVerbs[w] || negated(ws, i) {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+3; j++ {
			if claimWords[ws[j]] != nil || wrongs[ws[j]] {
				return true
			}
		}
	}
	return false
}

// accuseWords put a name as the one accused right after them
// ("alleged Porter had choked", "accused the minister", "charges
// against Lind").
var accuseWords = lex.Set("accused", "accuses", "accusing", "alleged", "alleges", "alleging", "charged",
	"charging", "against", "sued", "suing", "blamed", "blaming", "implicated", "implicating", "claimed", "claims",
	"victim", "victims", "accuse", "accusations", "allegations")

// caseNouns after a name make it the name of a case, not of the one
// accused ("the alleged Stanford fraud").
var caseNouns = lex.Set("fraud", "scandal", "case", "scheme", "affair", "trial", "investigation", "probe",
	"inquiry", "saga", "empire", "group", "company", "family", "estate", "foundation")

// passing reports a claim that does not accuse the denier who: it names
// who by the last word of the name neither among its first eight words
// (the subject: "Businessman Eike Batista was jailed ..."; "Adams is
// accused of") nor within seven words after a word of accusing ("alleged that Governor Ann
// Walker ..."), save as the name of a case ("the alleged Stanford
// fraud"), or it accuses someone else ("accused the judge of ...").
// Blind readers rejected such claims beside "denies any wrongdoing"
// (packet 7: the accusation in passing, or not at all). A denier not
// named cannot be checked: false.
func passing(ws []string, who string) bool {
	f := strings.Fields(strings.ToLower(who))
	if len(f) == 0 {
		return false
	}
	name := strings.Trim(f[len(f)-1], ".,'’")
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
