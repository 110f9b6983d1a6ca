package dispute

import "github.com/chorusnews/chorus"

// MinRumourConfidence is the probability a denial of rumours needs
// ("Her office dismissed the rumours") when its claim tells a rumour as
// one ("Rumours of a merger persisted all spring"; rumourDenial). The
// confidence model, fitted on denials beside accusations, scores such a
// pair below MinConfidence for want of a word of alleging; the pairing
// rule already asks for the rumour noun on both sides (session 27: the
// strict9 recall cluster scored 0.79).
const MinRumourConfidence = MinAccusedConfidence

// rumourNouns name a rumour as the object of a denial.
var rumourNouns = map[string]bool{"rumor": true, "rumors": true, "rumour": true, "rumours": true}

// rumourDenial reports a denial that points back to rumours ("dismissed
// the rumors", "denied those rumours") set beside a claim that tells a
// rumour by a word of rumour ("Rumours of ... persisted", "was rumoured
// to").
func rumourDenial(d chorus.Dispute) bool {
	if len(d.Claims) != 2 {
		return false
	}
	dw := words(d.Claims[1].Text)
	v := denyAt(dw)
	if v < 0 || sayVerbs[dw[v]] || insistVerbs[dw[v]] {
		return false
	}
	noun, mods, ok := anaphoric(dw[v+1:])
	if !ok || !rumourNouns[noun] || len(mods) > 0 {
		return false
	}
	cw := words(d.Claims[0].Text)
	for _, w := range rumourWords {
		if containsWord(cw, w) {
			return true
		}
	}
	return false
}
