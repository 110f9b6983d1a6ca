package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// falseMediaSeam reports whether the split of rest (a video's caption
// run into a lede, runin_mediacaption.go) before lede falls inside a
// phrase rather than between caption and lede; cw counts the cluster's
// word pairs. Besides a quote glued to the next word (gluedSeam) and a
// name going on the caption's noun phrase (nameInPhrase), a split is
// refused when
//   - the caption's last word follows a comma: the lede would open in
//     the middle of a clause ("... the ferry line is to close, harbour |
//     board officials have said ...");
//   - the caption's last word is a role and the lede opens on a name:
//     the role is the name's title ("... given by the tarnwick ferry
//     company's chairman | anna varga has been ...");
//   - the lede opens with an article and, before its verb, a word the
//     truecase model writes as a name, and the cluster's text holds
//     elsewhere, follows a word that is no stopword in a pair that no
//     other sentence of the cluster holds, with a word after it before
//     the verb (a name alone before the verb may be an appositive:
//     "the harbour's ferry company Tarnline has ..."), and no
//     appositiveNouns before it: a second subject
//     starts there, and what came before it is the caption's tail ("a
//     new timetable | tarnwick is to ...", read as "A new timetable
//     Tarnwick is to ...").
//
// The guards are measured with the rule (runin_mediacaption.go): with
// them, of fb08cac's nine worse readings on train 1-38,000 the false
// seams ("International (AI) has said ...", a chairman's name cut from
// his title, "A new time zone North Korea is to ...", "The police
// station in Kramatorsk pro-Russia militants ...") no longer part, and
// no seam parted on validation changes. A name alone before the
// verb after a kind of body (appositiveNouns) was refused at first:
// validation's "The leader of Lebanese shia militant movement Hezbollah
// has said ..." lost its lede.
func falseMediaSeam(rest, lede string, cw clusterPairs) bool {
	caption := rest[:len(rest)-len(lede)]
	if gluedSeam(caption) || nameInPhrase(caption, lede) {
		return true
	}
	cf := lex.SpaceFields(caption)
	if len(cf) >= 2 && strings.HasSuffix(cf[len(cf)-2], ",") {
		return true
	}
	starts, words := fieldStarts(lex.LowerASCII(rest), imageCaptionMaxWords+200)
	k := -1
	for i, st := range starts {
		if st == len(caption) {
			k = i
			break
		}
	}
	if k < 1 {
		return false
	}
	if roleWords[strings.Trim(words[k-1], ".,")] && !ledeOpener[words[k]] && named(words[k]) {
		return true
	}
	if !ledeOpener[words[k]] {
		return false
	}
	raw := func(i int) string { return fieldText(rest, starts, i) }
	v := ledeSubjectAt(words, raw, k)
	for j := k + 2; j+1 < v; j++ {
		a, b := words[j-1], words[j]
		if a == "" || b == "" || lex.IsStopword(a) || appositiveNouns[a] || !named(b) || ledeBodies[b] || strings.ContainsAny(raw(j-1), ",;:") {
			continue
		}
		if !cw.seen(a+" "+b) && cw.seen(b) {
			return true
		}
	}
	return false
}

// appositiveNouns name a kind of body that a name may follow as an
// appositive inside one noun phrase: "the ferry company Tarnline".
var appositiveNouns = lex.Set("movement", "group", "party", "organisation", "organization", "company", "firm",
	"band", "network", "agency", "channel", "newspaper", "magazine", "broadcaster", "charity", "club", "team",
	"airline", "carrier", "militia", "faction", "coalition", "alliance", "union", "bank", "brand", "agency")
