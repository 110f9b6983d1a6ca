package dispute

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/voices"
)

// denyVerbs deny a claim. Only finite forms: "deny" and "denying" more
// often refuse ("wrong to deny an inmate surgery", "denying her a visa").
// The verbs in objectVerbs deny only when their object names a claim
// ("rejected the allegations"): they reject reforms and dismiss lawsuits
// far more often.
var denyVerbs = map[string]bool{"denied": true, "denies": true, "deny": true, "disputed": true, "disputes": true,
	"refuted": true, "refutes": true, "contradicted": true, "contradicts": true,
	"rejected": true, "rejects": true, "dismissed": true, "dismisses": true}

// objectVerbs deny only a claim named as such.
var objectVerbs = map[string]bool{"disputes": true, "rejected": true, "rejects": true, "dismissed": true,
	"dismisses": true, "contradicts": true}

// notDenial are words before a verb of denial that make it something else:
// an adjective ("a disputed meeting"), a refusal ("would not deny",
// "declined to confirm or deny").
var notDenial = map[string]bool{"a": true, "an": true, "the": true, "not": true, "to": true, "or": true,
	"directly": true, "never": true, "was": true, "were": true, "been": true, "be": true, "is": true,
	"being": true, "are": true, "am": true, "get": true, "gets": true, "got": true, "getting": true}

// negators in the clause before a verb of denial turn it around ("Neither
// side denied that ...", "no one disputes").
var negators = map[string]bool{"neither": true, "nor": true, "nobody": true, "none": true, "no": true,
	"not": true, "never": true}

// negated reports a negator among the six words before ws[i] in its
// clause, a contracted "not" too ("didn't deny").
func negated(ws []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-6 && ws[j] != ","; j-- {
		if negators[ws[j]] || strings.HasSuffix(ws[j], "n't") || strings.HasSuffix(ws[j], "n’t") {
			return true // "didn't deny", "can’t dispute"
		}
	}
	return false
}

// asked reports a verb of denial in a question put to the speaker
// ("Asked whether he disputes the report, Vell said he would not
// comment"): "whether" or "if" among the four words before ws[i] in its
// clause. No one denies anything in it.
func asked(ws []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4 && ws[j] != ","; j-- {
		if ws[j] == "whether" || ws[j] == "if" {
			return true
		}
	}
	return false
}

// objects open the object of "disputed" used as a verb.
var objects = map[string]bool{"the": true, "that": true, "this": true, "those": true, "these": true, "a": true,
	"an": true, "his": true, "her": true, "its": true, "their": true, "it": true, "any": true, "such": true}

// claimVerbs mark the sentence that makes a claim a denial answers.
var claimVerbs = map[string]bool{"accused": true, "accuses": true, "alleged": true, "alleges": true,
	"claimed": true, "claims": true, "said": true, "says": true, "reported": true, "reports": true, "blamed": true,
	"blames": true, "charged": true, "suggested": true, "rumored": true, "rumoured": true, "according": true,
	"indicted": true, "told": true}

// claimWords are the nouns a denial's object names a claim by, each with
// the words of the sentence that makes such a claim: "denied the charges"
// answers a sentence of charges or an indictment, not any sentence.
var claimWords = map[string][]string{
	"account": {"said", "says", "told", "according", "account", "reported"}, "accounts": {"said", "says", "told", "according", "reported"},
	"claim":  {"claimed", "claims", "claim", "said", "says", "suggested", "according", "alleged", "alleges", "allegedly", "accused", "accuses"},
	"claims": {"claimed", "claims", "claim", "said", "says", "suggested", "according", "alleged", "alleges", "allegedly", "accused", "accuses"},
	"report": {"reported", "reportedly", "according", "said", "says", "told"}, "reports": {"reported", "reportedly", "according", "said", "says", "told"},
	"allegation":  {"alleged", "allegedly", "allegation", "allegations", "accused", "accuses", "accusation", "accusations", "lawsuit", "lawsuits", "claims", "claimed", "claiming", "allege"},
	"allegations": {"alleged", "allegedly", "allegation", "allegations", "accused", "accuses", "accusation", "accusations", "lawsuit", "lawsuits", "claims", "claimed", "claiming", "allege"},
	"accusation":  {"accused", "accuses", "accusation", "accusations", "alleged"}, "accusations": {"accused", "accuses", "accusation", "accusations", "alleged"},
	"charge": {"charged", "charge", "charges", "indicted", "indictment", "accused", "prosecutors"}, "charges": {"charged", "charge", "charges", "indicted", "indictment", "accused", "prosecutors"},
	"assertion": {"asserted", "said", "says", "claimed"}, "assertions": {"asserted", "said", "says", "claimed"},
	"suggestion": {"suggested", "said", "says"},
	"version":    {"said", "says", "told", "according", "account"}, "story": {"said", "says", "told", "reported", "according"},
	// "dismissed the rumors": the sentence that tells the rumour ("Rumors
	// of an affair ... persisted").
	"rumor": rumourWords, "rumors": rumourWords, "rumour": rumourWords, "rumours": rumourWords,
}

// rumourWords tell a rumour: the claim "denied the rumors" answers.
var rumourWords = []string{"rumor", "rumors", "rumour", "rumours", "rumored", "rumoured", "speculation", "speculated", "reportedly"}

// strongClaims mark a sentence that reports a claim as a claim.
var strongClaims = map[string]bool{"accused": true, "accuses": true, "alleged": true, "alleges": true,
	"allegedly": true, "claimed": true, "claims": true, "reported": true, "reportedly": true, "according": true,
	"rumored": true, "rumoured": true, "charged": true, "allegations": true, "accusations": true}

// negates reports whether ws says "no" or "not" right before one of
// mods: "there was no shooting" answers "the shooting report", it does not
// make it.
func negates(ws, mods []string) bool {
	for i := 1; i < len(ws); i++ {
		if (ws[i-1] == "no" || ws[i-1] == "not") && slices.Contains(mods, ws[i]) {
			return true
		}
	}
	return false
}

// rebuttals mark a sentence that already answers a claim: it cannot be
// the claim a denial answers.
var rebuttals = map[string]bool{"denied": true, "denies": true, "deny": true, "denying": true, "denial": true,
	"contradicting": true, "disputing": true, "rejecting": true, "dismissing": true, "refuting": true, "disputes": true,
	"contradicts": true, "refutes": true, "rejects": true, "dismisses": true,
	"challenged": true, "rejected": true, "dismissed": true, "rebutted": true, "countered": true, "refuted": true,
	"disputed": true, "contradicted": true, "insisted": true, "false": true, "untrue": true, "unfounded": true,
	"baseless": true, "fabricated": true, "inaccurate": true, "mistaken": true, "unsubstantiated": true,
	"defending": true, "defended": true, "defends": true}

// rumours before a verb of denial put the claim in the denial's own
// sentence ("Rumors were rampant that ..., though the couple denied
// those reports"): no other sentence is set beside it, but its two
// clauses may be (splitDenial, rumoured).
var rumours = map[string]bool{"rumors": true, "rumours": true, "speculation": true, "allegations": true,
	"accusations": true, "reports": true, "claims": true, "charges": true}

// denials pairs each denial with the claim it denies.
func denials(all []sentence, docs []voices.Doc) []chorus.Dispute {
	var out []chorus.Dispute
	seen := map[string]bool{}
	var lw lex.Words
	for k, s := range all {
		if d, ok := relativeDenial(all, s, docs); ok {
			// "X is accused of ..., which he denies": both in one sentence.
			if !seen[pairKey(s, s)] {
				seen[pairKey(s, s)] = true
				out = append(out, d)
			}
			continue
		}
		if d, ok := passiveDenial(all, k, docs); ok {
			// "This was denied by the government": the denier after "by".
			if key := pairKey(all[max(k-1, 0)], s) + d.Claims[0].Text; !seen[key] {
				seen[key] = true
				out = append(out, d)
			}
			continue
		}
		v := denyAt(s.words)
		if v < 0 {
			continue
		}
		if l := runInLede(s, v); l >= 0 {
			// "<headline> Sir Ian Marsh has denied ...": the lede alone,
			// when it names its denier.
			if t := ledeOf(s, l); denyAt(t.words) == v-l {
				if who, _ := denier(t, v-l); who != "" {
					s, v = t, v-l
				}
			}
		}
		if hasAny(s.words[:v], claimVerbs) || hasAny(s.words[:v], rumours) || inQuote(s.text, s.words[v]) ||
			s.isJunk() || !complete(s.text) {
			// The claim and its denial in one sentence, a denial inside
			// a quote, or a cut-off sentence: nothing to set side by
			// side, save two clauses joined by "but" ("The prosecution
			// said he murdered her, but he denies this").
			if d, ok := splitDenial(all, s, v, docs); ok && !seen[pairKey(s, s)] {
				seen[pairKey(s, s)] = true
				out = append(out, d)
			}
			continue
		}
		shown, who := denier(s, v)
		if who == "" {
			// "He denied it": the denial needs its speaker, save right
			// after the accusation it answers ("Ann Pell is charged
			// with fraud. She denies the charges.").
			if j, verdict := pronounDenial(all, k, v); j >= 0 && !seen[pairKey(all[j], s)] {
				seen[pairKey(all[j], s)] = true
				dc := claimOf(s, docs, sourcesOf(all, s))
				s.c.shown[denialKey+dc.Text] = ""
				if verdict {
					s.c.shown[verdictKey+dc.Text] = ""
				}
				out = append(out, chorus.Dispute{Topic: deniedBy(""),
					Claims: []chorus.Claim{claimOf(all[j], docs, sourcesOf(all, all[j])), dc}})
			}
			continue
		}
		// One speaker's own account is no claim beside their denial.
		claimable := func(c sentence) bool {
			return claimable(c) && !sameSpeaker(c.rawSpeaker(), who) && !sameSide(c, who) && !pointer(c.words)
		}
		claim, byAct, byBlame := -1, false, false
		obj := s.words[v+1:]
		if sayVerbs[s.words[v]] {
			if len(obj) > 0 && obj[0] == "that" {
				obj = obj[1:]
			}
			if len(obj) > 0 && (obj[0] == "it" || obj[0] == "this") {
				obj = []string{"it"} // "said it was false": what was said before
			}
		}
		if wrongdoing(obj) || deniedAct(obj) || deniesResponsibility(obj) {
			// "denied any wrongdoing": the sentence of any source that
			// accuses the denier by name, sharing most words with the
			// denial.
			best := 0
			for j, c := range all {
				if j == k || !claimable(c) || !makes(c, "allegations") && !makes(c, "charges") || !names(c, who) ||
					wrongdoing(obj) && passing(c.words, who) {
					continue
				}
				if n := lex.Intersect(c.termsOf(), s.termsOf()); n > best {
					best, claim = n, j
				}
			}
			if claim < 0 && deniesResponsibility(obj) {
				// "denied any involvement": a sentence that blames the
				// denier ("blamed Moscow for the attack"; blame.go).
				claim = blameClaim(all, k, who, claimable)
				byBlame = claim >= 0
			}
			if claim < 0 {
				claim = actClaim(all, k, obj, who, claimable)
				byAct = claim >= 0
			}
		} else if noun, mods, ok := anaphoric(obj); ok && len(mods) == 0 {
			// "disputed that account": the nearest sentence before, in
			// the same source, that makes such a claim and shares a word
			// of substance with the denial.
			// Of those, the one that states the claim ("accused Lind of
			// ...") before one that only names it ("amid the
			// allegations"), and then the one that names the denier.
			best := -1
			for j := k - 1; j >= 0 && j >= k-3 && all[j].doc == s.doc; j-- {
				if c := all[j]; claimable(c) && makes(c, noun) && lex.Intersect(c.termsOf(), s.termsOf()) >= 1 && !accusesOther(c, who) {
					score := 0
					if !mentionOnly(c.words) {
						score += 2
					}
					if names(c, who) {
						score++
					}
					if score > best {
						best, claim = score, j
					}
				}
			}
			if claim < 0 && accusationNouns[noun] {
				// "The museum has denied the claims", the accusation
				// told elsewhere: the sentence of any source that
				// accuses the denier by name ("accused the museum of
				// ..."), sharing most words with the denial.
				best := 0
				for j, c := range all {
					// A sentence that names an allegation only by a
					// word of another kind ("the trial of the antitrust
					// lawsuit" beside "dismissed those claims") must
					// state it with a verb.
					if j == k || !claimable(c) || !makes(c, noun) && (!makes(c, "allegations") || mentionOnly(c.words)) || passing(c.words, who) {
						continue
					}
					if n := lex.Intersect(c.termsOf(), s.termsOf()); n > best {
						best, claim = n, j
					}
				}
			}
			if claim < 0 && accusationNouns[noun] && k > 0 && all[k-1].doc == s.doc {
				// "A ministry spokesman denied the allegations" right
				// after a sentence that tells someone's claim ("The
				// group says the photographs prove ..."): the claim
				// just told, though it names it otherwise.
				// A denial that goes on ("..., saying its staff come
				// first") must share a word with it: else it answers
				// another allegation than the one told.
				c := all[k-1]
				tail := len(s.words)-v > 6 && lex.Intersect(c.termsOf(), s.termsOf()) == 0
				if claimable(c) && hasAny(c.words, tellVerbs) && !tellVerbs[c.words[0]] && !tail && !accusesOther(c, who) && !mentionOnly(c.words) {
					claim = k - 1
				}
			}
		} else if ok {
			// "dismissed the shooting report", "contradicted the White
			// House's account": the sentence of any source that makes
			// such a claim and names what the object names.
			modTerms := lex.ContentTerms(nil, &lw, strings.Join(mods, " "))
			best := 0
			for j, c := range all {
				if j == k || !claimable(c) || !makes(c, noun) || lex.Intersect(modTerms, c.termsOf()) < len(modTerms) || negates(c.words, mods) {
					continue
				}
				if n := lex.Intersect(c.termsOf(), s.termsOf()); n > best {
					best, claim = n, j
				}
			}
		} else {
			// The object clause, up to its first comma; "denied reports
			// that X" denies X.
			obj = clauseOf(obj)
			clause := strings.Join(obj, " ")
			objTerms := lex.ContentTerms(nil, &lw, clause)
			need := min(minShared, len(objTerms))
			if need < 2 {
				continue
			}
			best := 0
			for j, c := range all {
				if j == k || !claimable(c) || !hasAny(c.words, claimVerbs) && !hasClaimWord(c.words) {
					continue
				}
				if negates(c.words, longWords(obj)) || sameSide(c, who) || sequenceDiffers(obj, c.words) || !namesHead(obj, s.words[v], c.words) {
					continue // the claim agrees, or tells another matter
				}
				// A claim that names the denier and reports a claim
				// may state the denied fact in fewer of its words
				// ("killed 36 isis fighters, officials said" beside
				// "isis denied that any of its fighters were killed").
				need, half := need, 2
				if need == minShared && names(c, who) && hasAny(c.words, claimVerbs) {
					need, half = 2, 3
				}
				if n := lex.Intersect(objTerms, c.termsOf()); n >= need && n > best && half*n >= len(objTerms) {
					best, claim = n, j
				}
			}
		}
		// The denial's own object may state the claim, naming who makes
		// it (inlineClaim): shown when no other sentence's claim is.
		if d, ok := inlineClaim(all, s, v, who, docs); ok && !seen[pairKey(s, s)] {
			seen[pairKey(s, s)] = true
			out = append(out, d)
		}
		if claim < 0 {
			// "Police say he left the dog in the van, but the boy's uncle
			// refutes the claim": the claim told in the same sentence by a
			// verb of saying in the present plural, which claimVerbs lacks.
			if containsWord(s.words[:v], "say") {
				if d, ok := splitDenial(all, s, v, docs); ok && !seen[pairKey(s, s)] {
					seen[pairKey(s, s)] = true
					out = append(out, d)
				}
			}
			continue
		}
		key := pairKey(all[claim], s)
		if seen[key] {
			continue
		}
		seen[key] = true
		c := all[claim]
		dc := claimOf(s, docs, sourcesOf(all, s))
		if dc.Speaker == "" {
			dc.Speaker = who
		}
		s.c.shown[denialKey+dc.Text] = shown
		if byAct {
			s.c.shown[actKey+dc.Text] = shown
		}
		if byBlame {
			s.c.shown[blameKey+dc.Text] = shown
		}
		out = append(out, chorus.Dispute{
			Topic:  deniedBy(dc.Speaker),
			Claims: []chorus.Claim{claimOf(c, docs, sourcesOf(all, c)), dc},
		})
	}
	return out
}

// tellVerbs tell a claim as someone's: the sentence before "denied the
// allegations" that holds one tells what is denied.
var tellVerbs = lex.Set("says", "said", "claims", "claimed", "alleges", "alleged", "accused", "accuses",
	"according", "told", "charged", "insists", "argues", "argued", "contends")

// accusesOther reports a claim that accuses someone other than a denier
// named by a proper name ("Scarlett Johansson has been accused of
// hypocrisy" beside "Franco denies the allegations"): it does not name
// the denier, yet reports an accusation (packet 12).
func accusesOther(c sentence, who string) bool {
	return properName(who) && !names(c, who) && hasAny(c.words, accusedWords)
}

// properName reports a speaker named by a proper name ("Franco", "Jeff
// Sessions"), not by a noun phrase ("A military spokesman").
func properName(who string) bool {
	f := lex.SpaceFieldsShared(who)
	if len(f) == 0 {
		return false
	}
	for _, w := range f {
		if r := w[0]; r < 'A' || r > 'Z' {
			return false
		}
	}
	switch lex.Lower(f[0]) {
	case "a", "an", "the", "his", "her", "its", "their":
		return false
	}
	return true
}

// butWords join a claim and the denial that answers it in one sentence.
var butWords = lex.Set("but", "although", "though", "yet")

// splitKey prefixes, in cache.shown, the denial of a claim told in the
// same sentence (splitDenial): the confidence model, fitted on disputes
// of two sentences, does not score it.
const splitKey = "\x00split "

// splitDenial returns the claim and the denial of a sentence that tells
// both, joined by "but" or "although" after a comma: "Syrian television
// accused Israel of bombing the centre, but the rebels disputed that,
// saying ...". The claim clause must report a claim (a verb of claiming
// or accusing) and hold no denial or quote; the denial clause must open
// with its subject (at most six words, no "that" or "which") and deny
// the claim as a whole: "it", "this", "that" or a claim noun ("the
// accusation"). Each is shown as the source's own words, cut at the
// comma with an ellipsis.
func splitDenial(all []sentence, s sentence, v int, docs []voices.Doc) (chorus.Dispute, bool) {
	if s.isJunk() || !complete(s.text) || inQuote(s.text, s.words[v]) || lex.ContainsAny(s.text, "\"“”") {
		return chorus.Dispute{}, false
	}
	c := -1
	for i := v - 1; i >= 1 && i >= v-7; i-- {
		if s.words[i-1] == "," && butWords[s.words[i]] {
			c = i
			break
		}
	}
	if c < 3 || !hasAny(s.words[:c], claimVerbs) && !containsWord(s.words[:c], "say") && !hasAny(s.words[:c], accuseWords) && !rumoured(s.words[:c]) ||
		hasAny(s.words[:c], rebuttals) {
		return chorus.Dispute{}, false
	}
	for i := 1; i < c; i++ {
		if claimVerbs[s.words[i-1]] && (s.words[i] == "it" || s.words[i] == "this" || s.words[i] == "so") {
			return chorus.Dispute{}, false // "X said it was true, but Y denied the claim": what is claimed is not stated
		}
	}
	for _, w := range s.words[c+1 : v] {
		if w == "," || w == "that" || w == "which" || w == "who" || claimVerbs[w] {
			return chorus.Dispute{}, false // "but police said that ...": not the denier's own clause
		}
	}
	obj := s.words[v+1:]
	noun, _, ok := anaphoric(obj)
	if !ok && len(obj) > 1 && (obj[0] == "it" || obj[0] == "this") && obj[1] == "and" {
		ok = true // "but he denies this and says he thought she was an intruder"
	}
	if !ok && deniesResponsibility(obj) && (hasAny(s.words[:c], blameWords) || hasAny(s.words[:c], claimVerbs)) {
		ok = true // "Kestria blamed Ostria for the attack, but Ostria denied any involvement"
	}
	if !ok || noun != "" && !accusationNouns[noun] && claimWords[noun] == nil {
		return chorus.Dispute{}, false
	}
	// The cut in the text: the comma before the conjunction.
	claimText, denialText, ok := cutAtComma(s.text, s.words[c], false)
	if !ok || lex.CountFields(claimText) < 6 {
		return chorus.Dispute{}, false
	}
	// The denier is the subject of the denial's clause alone ("...,
	// although he denied it": no one named).
	from, to := c+1, v
	for to > from && (adverbs[s.words[to-1]] || s.words[to-1] == "had" || s.words[to-1] == "has" || s.words[to-1] == "have") {
		to--
	}
	who := ""
	if to > from && !pronouns[s.words[from]] {
		who = speakerName(s, strings.Join(s.orig[from:to], " "))
	}
	return splitPair(all, s, docs, claimText, denialText, who), true
}

// cutAtComma cuts text at the comma before word (its first such comma,
// or its last when last is set) into the claim before it and the denial
// from it on, each marked as a part: "X is accused of … …" and "… which
// he denies". It reports false when no ", word " stands in text.
func cutAtComma(text, word string, last bool) (claim, denial string, ok bool) {
	low, cut := lex.Lower(text), ", "+word+" "
	if len(low) != len(text) {
		return "", "", false // low's offsets are not text's (a letter lower-cased to another length)
	}
	at := strings.Index(low, cut)
	if last {
		at = strings.LastIndex(low, cut)
	}
	if at < 0 {
		return "", "", false
	}
	return strings.TrimSpace(text[:at]) + " …", "… " + strings.TrimSpace(text[at+1:]), true
}

// splitPair returns the dispute of one sentence s cut in two: claimText
// (the accusation) and denialText (who denies it), both cited to every
// source carrying s word for word, and marks both as shown.
func splitPair(all []sentence, s sentence, docs []voices.Doc, claimText, denialText, who string) chorus.Dispute {
	ids := make([]int, 0, 2)
	for _, d := range sourcesOf(all, s) {
		ids = append(ids, docs[d].Source)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	claim := chorus.Claim{Text: lex.UpperFirst(tidy(claimText)), Sources: ids}
	denial := chorus.Claim{Text: tidy(denialText), Sources: slices.Clone(ids), Speaker: who}
	s.c.shown[claim.Text] = ""
	s.c.shown[denialKey+denial.Text] = who
	s.c.shown[splitKey+denial.Text] = who
	return chorus.Dispute{Topic: deniedBy(who), Claims: []chorus.Claim{claim, denial}}
}

// rumoured reports a clause that tells a rumour or report as such, its
// noun before a "that" clause ("Rumors were rampant that the pair would
// marry"): a claim, though no verb of claiming tells it.
func rumoured(ws []string) bool {
	for i, w := range ws {
		if !rumours[w] {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+4; j++ {
			if ws[j] == "that" {
				return true
			}
		}
	}
	return false
}

// pairKey identifies a claim and its denial: each pair is shown once
// (onePerTopic then shows each claim once).
func pairKey(claim, denial sentence) string {
	return lex.Lower(tidy(claim.text)) + "\x00" + lex.Lower(tidy(denial.text))
}

// accusedWords make a sentence an accusation of someone.
var accusedWords = lex.Set("accused", "accuses", "charged", "alleged", "alleges", "allege", "allegedly", "indicted",
	"allegations", "accusations", "sued", "lawsuit")

// pronounDenial returns the claim a denial whose subject is a pronoun
// answers ("She denies the charges", "He has denied any wrongdoing"), or
// -1: one of the two sentences before it in the same source, when it
// accuses someone (the one the pronoun names) of what the denial's
// object names, or tells the verdict that found them guilty ("He was
// convicted of fraud in May. He denies the charges."); verdict reports
// the latter, or a denied act the sentence states ("He denied killing
// her" after "He is serving life for killing his wife").
func pronounDenial(all []sentence, k, v int) (j int, verdict bool) {
	s := all[k]
	ws := s.words
	if v < 1 || !subjectPronouns[ws[0]] {
		return -1, false
	}
	for _, w := range ws[1:v] {
		if !adverbs[w] {
			return -1, false // "He said the company denied ...": not his denial
		}
	}
	obj := ws[v+1:]
	noun, mods, ok := anaphoric(obj)
	act := deniedAct(obj) && !wrongdoing(obj)
	if !(ok && len(mods) == 0 && accusationNouns[noun]) && !wrongdoing(obj) && !act {
		return -1, false
	}
	sentenced := -1
	for j = k - 1; j >= 0 && j >= k-2 && all[j].doc == s.doc; j-- {
		c := all[j]
		if !claimable(c) {
			continue
		}
		if act && !statesAct(c.words, obj) {
			continue // "He denied killing her" answers a sentence of the killing
		}
		if hasAny(c.words, accusedWords) && (noun == "" || makes(c, noun) || makes(c, "allegations")) {
			return j, act
		}
		// "Vell was convicted of fraud. He denies the charges.": the
		// court's verdict is the accusation he answers; a sentence of
		// the sentence only ("was sentenced to 80 years") when none
		// tells what he was convicted of.
		if i := slices.Index(c.words, "convicted"); i >= 0 && !negated(c.words, i) {
			return j, true
		}
		if i := slices.Index(c.words, "sentenced"); i >= 0 && !negated(c.words, i) && sentenced < 0 {
			sentenced = j
		}
	}
	return sentenced, sentenced >= 0
}

// subjectPronouns open a denial by the one just named.
var subjectPronouns = lex.Set("he", "she", "they")

// accusationNouns name an accusation: the claim denied accuses the
// denier ("denied the charges", "rejects the claims").
var accusationNouns = lex.Set("allegation", "allegations", "accusation", "accusations", "charge", "charges",
	"claim", "claims")

// crimes are acts a denial names as its object ("denied murder").
var crimes = lex.Set("murder", "murders", "manslaughter", "rape", "fraud", "assault", "bribery", "theft",
	"corruption", "harassment", "abuse", "misconduct", "kidnapping", "arson", "espionage", "terrorism",
	"doping", "cheating", "plagiarism", "embezzlement", "hacking", "wrongdoing")

// deniedAct reports an object that denies an act of the denier's own
// ("denied killing her", "denies taking money", "denied murder"): like a
// denial of wrongdoing, it answers a sentence that accuses the denier.
func deniedAct(obj []string) bool {
	i := 0
	if i < len(obj) && (obj[i] == "ever" || obj[i] == "any" || obj[i] == "all") {
		i++
	}
	if i >= len(obj) {
		return false
	}
	w := obj[i]
	if crimes[w] {
		return true
	}
	if w == "having" && i+1 < len(obj) && strings.HasSuffix(obj[i+1], "ed") && !lex.IsStopword(obj[i+1]) {
		return true // "denied having committed the murder"
	}
	return strings.HasSuffix(w, "ing") && len(w) > 5 && !lex.IsStopword(w) && !notActs[w]
}

// notActs end in -ing but are no act of the denier ("denied nothing",
// "denied everything", "denied wrongdoing" is a wrong).
var notActs = lex.Set("nothing", "everything", "anything", "something", "morning", "evening", "thing", "things",
	"building", "ruling", "briefing", "funding", "training", "housing", "wedding", "clothing", "meaning")

// wrongs are what a denial of wrongdoing names ("denied any wrongdoing",
// "denies involvement in the scheme", "denied all knowledge of it",
// "denied any role in the attacks").
var wrongs = map[string]bool{"wrongdoing": true, "involvement": true, "knowledge": true, "guilt": true, "role": true}

// wrongdoing reports an object that denies wrongdoing of the denier's
// own, naming no claim: "any wrongdoing", "involvement in the scheme".
func wrongdoing(obj []string) bool {
	i := 0
	if i < len(obj) && (obj[i] == "any" || obj[i] == "all" || obj[i] == "his" || obj[i] == "her" || obj[i] == "their" || obj[i] == "its") {
		i++
	}
	return i < len(obj) && wrongs[obj[i]]
}

// names reports whether claim c names who by the last word of the name
// ("Lind" of "Mara Lind", "company" of "The ferry company"; nameKey).
func names(c sentence, who string) bool {
	last := nameKey(who)
	return len(last) > 3 && containsWord(c.words, last)
}

// nameKey returns the word a claim names who by, lower-cased: the last
// word of the name, or for a body's people ("Chinese officials", "the
// Syrian government") the word before the role ("accused the chinese
// government of"); "" for a small word.
func nameKey(who string) string {
	f := lex.SpaceFieldsShared(lex.Lower(who))
	if len(f) == 0 {
		return ""
	}
	last := strings.Trim(f[len(f)-1], ".,'’")
	if len(f) >= 2 && roleNouns[last] {
		last = strings.Trim(f[len(f)-2], ".,'’")
	}
	if lex.IsStopword(last) {
		return ""
	}
	return last
}

// roleNouns name a body's people, not the body: a denier "Chinese
// officials" is named by "chinese".
var roleNouns = lex.Set("officials", "official", "government", "authorities", "spokesman", "spokeswoman",
	"spokesperson", "leaders", "diplomats", "ministry", "military")

// denialKey prefixes the text of a denial in cache.shown: its speaker is
// the denier, who may differ from the sentence's speaker as a claim.
const denialKey = "\x00denial "

// deniedBy returns the topic of a denial by who ("Denied by the ferry
// company"; "Denied" when no one is named).
func deniedBy(who string) string {
	if who == "" {
		return "Denied"
	}
	return "Denied by " + lowerArticle(who)
}

// anaphoric returns the claim noun of a denial's object that points back
// ("the charges", "those reports", "the accusations of the women"), with
// the words that name whose or which claim it is ("the shooting report",
// "the White House's account"); noun is "" for "it" or "this". ok is
// false for an object that states what is denied ("reports that ...").
func anaphoric(obj []string) (noun string, mods []string, ok bool) {
	if len(obj) >= 1 && (obj[0] == "it" || obj[0] == "this" || obj[0] == "that") && (len(obj) == 1 || obj[1] == "," || obj[1] == "at" || obj[1] == "in") {
		return "", nil, true
	}
	for i := 0; i < len(obj) && i < 4; i++ {
		if claimWords[obj[i]] == nil {
			continue
		}
		if i > 0 && !determiners[obj[0]] {
			return "", nil, false
		}
		if i+1 < len(obj) && (obj[i+1] == "that" || clauseOpeners[obj[i+1]]) {
			return "", nil, false // "claims that he ...", "claims he ..."
		}
		if i == 0 {
			return obj[0], nil, true // "denied allegations of fraud"
		}
		for _, m := range obj[1:i] {
			if m == "," || m == "and" || m == "or" || claimVerbs[m] {
				return "", nil, false
			}
			if !modifiers[m] {
				mods = append(mods, m)
			}
		}
		return obj[i], mods, true
	}
	return "", nil, false
}

// clauseOpeners after a claim noun open the claim itself ("denied claims
// he had been warned"), not words about whose claim it is.
var clauseOpeners = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "his": true, "her": true, "their": true, "its": true,
	"the": true, "a": true, "an": true}

// determiners open an object that names a claim by a noun further on
// ("the most serious allegation").
var determiners = map[string]bool{"the": true, "that": true, "this": true, "those": true, "these": true,
	"such": true, "his": true, "her": true, "its": true, "their": true, "all": true, "any": true}

// modifiers before a claim noun say nothing of whose claim it is.
var modifiers = map[string]bool{"most": true, "serious": true, "latest": true, "new": true, "respective": true,
	"recent": true, "earlier": true, "initial": true, "original": true, "such": true, "these": true, "those": true,
	"all": true, "any": true, "media": true, "news": true, "press": true}

// inQuote reports whether the first use of verb in text falls inside
// quotation marks.
func inQuote(text, verb string) bool {
	at := strings.Index(lex.Lower(text), verb)
	if at < 0 || at > len(text) {
		return false // (lower-casing can change the length of text)
	}
	before := text[:at]
	return (strings.Count(before, "\"")+strings.Count(before, "“")+strings.Count(before, "”"))%2 == 1
}

// claimable reports whether c can be the claim a denial answers: a whole
// sentence of a source, not a quote alone, not page furniture, and not
// itself an answer to a claim.
func claimable(c sentence) bool {
	return !quoteOnly(c.text) && !hasAny(c.words, rebuttals) && complete(c.text) && !c.isJunk() && !pronounLed(c)
}

// makes reports whether c makes the kind of claim noun names; for "it",
// a claim reported as one ("accused", "alleged", "according to"), not
// anyone's words.
func makes(c sentence, noun string) bool {
	if noun == "" {
		return hasAny(c.words, strongClaims)
	}
	for _, w := range claimWords[noun] {
		if containsWord(c.words, w) {
			return true
		}
	}
	return false
}

// denyAt returns the index of the verb of denial in ws, or -1. "Denied"
// as an adjective of permission ("was denied bail", "denied entry") does
// not count: the verb must not follow a form of "be".
func denyAt(ws []string) int {
	for i, w := range ws {
		if !denialHeads[w] {
			continue // neither a verb of denial nor one saidFalse or insistedNot reads
		}
		if i+1 >= len(ws) || i > 0 && notDenial[ws[i-1]] || negated(ws, i) || asked(ws, i) {
			continue
		}
		if (saidFalse(ws, i) || insistedNot(ws, i)) && !ruling(ws, i) {
			return i // "said the allegations were false", "insisted it had not"
		}
		if !denyVerbs[w] {
			continue
		}
		switch ws[i+1] {
		case "her", "him", "them", "me", "us", "access", "entry", "coverage", "bail", "by", "recognition", "bond", "parole":
			continue // "denied her coverage": a refusal
		}
		if (w == "disputed" || w == "contradicted") && !objects[ws[i+1]] && claimWords[ws[i+1]] == nil {
			continue // "over disputed profits": an adjective
		}
		if objectVerbs[w] && !claimObject(ws[i+1:]) {
			continue // "rejected the reform"
		}
		if ruling(ws, i) {
			continue // "the court denied the petition": a ruling
		}
		if refusal(ws[i+1:]) {
			continue // "denied a medical abortion", "denied Lind a visa": withheld
		}
		return i
	}
	return -1
}

// denialHeads holds every word denyAt can return at: the verbs of denial
// and those saidFalse and insistedNot read. Any other word is passed over
// before the words around it are read.
var denialHeads = func() map[string]bool {
	m := make(map[string]bool, len(denyVerbs)+len(sayVerbs)+len(insistVerbs))
	for _, set := range []map[string]bool{denyVerbs, sayVerbs, insistVerbs} {
		for w, ok := range set {
			if ok {
				m[w] = true
			}
		}
	}
	return m
}()

// grants are what one is given or refused, not what one asserts: care,
// services, rights and papers ("denied a medical abortion", "denies
// inmates treatment"). With "deny" they make it a refusal, as the
// requests of a ruling do (ruling). Blind readers (session 10, test)
// rejected "denied a medical abortion" read as a denial of a claim.
var grants = lex.Set("abortion", "abortions", "treatment", "treatments", "care", "surgery", "operation",
	"medication", "medicine", "medicines", "transplant", "transfusion", "vaccine", "vaccination", "insurance",
	"service", "services", "admission", "admittance", "access", "entry", "boarding", "custody", "visitation",
	"visits", "citizenship", "passport", "residency", "communion", "burial", "hearing", "counsel", "food",
	"water", "shelter", "housing", "aid", "help", "assistance", "rights", "right", "opportunity", "chance",
	"promotion", "seat", "place", "spot", "pay", "wages", "pension", "compensation", "credit", "mortgage",
	"membership", "accreditation", "credentials", "clearance", "release", "exemption", "ticket")

// refusal reports the object of a verb of denial that makes it a
// refusal, something withheld: a grant among its first three words
// ("a medical abortion", "them treatment", "the family access"), or a
// person named before the thing withheld ("denied Lind a visa", "denied
// the woman an abortion": a name or a noun, then "a" or "an" with no word
// between that could open a clause).
func refusal(obj []string) bool {
	obj = pastDay(obj) // "denied Thursday a report that ..."
	for j := 0; j < len(obj) && j < 3; j++ {
		if obj[j] == "," || obj[j] == "that" || claimWords[obj[j]] != nil || wrongs[obj[j]] {
			return false
		}
		if grants[obj[j]] {
			return true
		}
	}
	for j := 1; j < len(obj) && j < 4; j++ {
		if obj[j] != "a" && obj[j] != "an" {
			continue
		}
		if j+1 < len(obj) && (claimWords[obj[j+1]] != nil || wrongs[obj[j+1]]) {
			return false // "denied on Friday a report that ..."
		}
		for _, w := range obj[:j] {
			if w == "," || w == "that" || finite[w] || claimWords[w] != nil || wrongs[w] || strings.HasSuffix(w, "ing") ||
				pronouns[w] || adverbs[w] || strings.HasSuffix(w, "ly") || lex.ContainsAny(w, "'’") || notRecipients[w] {
				return false
			}
		}
		return true
	}
	return false
}

// notRecipients are words before "a" or "an" in an object that show no
// one is refused a thing ("dismissed as a hoax", "rejected calls for a
// rerun", "denied outright a report").
var notRecipients = lex.Set("of", "in", "with", "to", "and", "on", "there", "ever", "any", "as", "for", "such",
	"outright", "over", "was", "is", "once", "again", "both", "either", "even")

// sayVerbs report a denial when what they say is that a claim is false.
var sayVerbs = map[string]bool{"said": true, "says": true, "called": true, "calls": true, "branded": true,
	"labeled": true, "labelled": true}

// falseWords call a claim false.
var falseWords = map[string]bool{"false": true, "untrue": true, "baseless": true, "unfounded": true,
	"fabricated": true, "inaccurate": true, "lies": true, "lie": true, "nonsense": true, "groundless": true,
	"fabrication": true, "fiction": true, "bogus": true}

// saidFalse reports a verb of saying at ws[i] whose object is a claim
// named as such, or "it", called false in the same clause ("said the
// allegations were false", "called the reports baseless", "said it was
// untrue", "said the report was not true").
func saidFalse(ws []string, i int) bool {
	if !sayVerbs[ws[i]] || i+2 >= len(ws) {
		return false
	}
	obj := ws[i+1:]
	if obj[0] == "that" && len(obj) > 2 {
		obj = obj[1:] // "said that the report was false"
	}
	named := obj[0] == "it" || obj[0] == "this" || claimWords[obj[0]] != nil ||
		determiners[obj[0]] && len(obj) > 1 && claimWords[obj[1]] != nil ||
		determiners[obj[0]] && len(obj) > 2 && claimWords[obj[2]] != nil
	if !named {
		return false
	}
	for j := 1; j < len(obj) && j <= 6 && obj[j] != ","; j++ {
		if falseWords[obj[j]] || obj[j] == "true" && (obj[j-1] == "not" || obj[j-1] == "never") {
			return true
		}
	}
	return false
}

// insistVerbs report a denial when what they insist on is a negative.
var insistVerbs = map[string]bool{"insisted": true, "insists": true, "maintained": true, "maintains": true}

// insistedNot reports "insisted (that) X had not ...": a verb of
// insisting whose clause states a negative within its first six words.
func insistedNot(ws []string, i int) bool {
	if !insistVerbs[ws[i]] {
		return false
	}
	for j := i + 1; j < len(ws) && j <= i+6 && ws[j] != ","; j++ {
		if ws[j] == "not" || ws[j] == "never" || strings.HasSuffix(ws[j], "n't") || strings.HasSuffix(ws[j], "n’t") {
			return j > i+1 // "insisted not" is no clause
		}
	}
	return false
}

// courts are who rule rather than deny: "the court denied", "a judge
// dismissed".
var courts = map[string]bool{"court": true, "courts": true, "judge": true, "judges": true, "justices": true,
	"justice": true, "panel": true, "jury": true, "jurors": true, "juror": true, "tribunal": true, "magistrate": true}

// juries give a verdict: whatever they reject ("jurors rejected the claim
// that ..."), they rule on it, they take no side (packet 5).
var juries = map[string]bool{"jury": true, "jurors": true, "juror": true, "juries": true}

// requests are what a ruling denies: "denied the petition", "rejected
// his appeal".
var requests = map[string]bool{"petition": true, "petitions": true, "motion": true, "motions": true,
	"request": true, "requests": true, "appeal": true, "appeals": true, "application": true, "bid": true,
	"plea": true, "injunction": true, "stay": true, "waiver": true, "asylum": true, "permit": true,
	"permits": true, "easement": true, "easements": true, "license": true, "licence": true, "visa": true, "visas": true,
	"permission": true, "approval": true, "funding": true, "benefits": true, "loan": true, "tenure": true,
	"nomination": true, "refund": true}

// ruling reports whether the verb of denial at ws[i] is a ruling or a
// refusal: a request or a grant among the first three words of its
// object ("denied the petition", "denied an easement"), a jury among the
// five words before it, or a court or judge there whose object is not a
// statement. Blind readers rejected "a court denied the petition" and "a
// judge dismissed the charges" shown as denials of a claim (packet 4,
// 2026-12-01), and "the corps denied an easement" and "jurors rejected
// the claim" (packet 5).
func ruling(ws []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if juries[ws[j]] {
			return true
		}
		if bodies[ws[j]] && (ws[i] == "dismissed" || ws[i] == "dismisses") {
			// "The court eventually dismissed that claim", "the Senate
			// dismissed the charges": a ruling on it, not a side's
			// denial (packet 6).
			return true
		}
	}
	if unproven(ws[i+1:]) {
		return true // "rejected the claim, saying she failed to prove it"
	}
	for j := i + 1; j < len(ws) && j <= i+3; j++ {
		if requests[ws[j]] {
			return true
		}
		if statements[ws[j]] && !courtBefore(ws, i) {
			return false // "the committee rejected the claim": one side against another
		}
	}
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if courts[ws[j]] {
			return true
		}
	}
	return false
}

// courtBefore reports a court or judge among the five words before the
// verb at ws[i]: "the judges rejected the claim of distant relatives" is
// a ruling on it, not a side's denial (packet 2).
func courtBefore(ws []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if courts[ws[j]] {
			return true
		}
	}
	return false
}

// bodies rule on a claim or charge when they dismiss it: courts, and the
// legislatures and prosecutors that drop charges.
var bodies = map[string]bool{"court": true, "courts": true, "judge": true, "judges": true, "justices": true,
	"panel": true, "tribunal": true, "magistrate": true, "senate": true, "house": true, "congress": true,
	"parliament": true, "legislature": true, "assembly": true, "prosecutors": true, "prosecutor": true,
	"committee": true, "commission": true, "board": true, "regulators": true, "arbitrator": true}

// unproven reports the words of a ruling that a claim was not proven
// ("saying she failed to prove", "for lack of evidence").
func unproven(ws []string) bool {
	for i, w := range ws {
		switch w {
		case "unproven", "unsubstantiated", "insufficient":
			return true
		case "prove", "proven", "proved", "establish", "show":
			if i > 0 && (ws[i-1] == "to" && i > 1 && (ws[i-2] == "failed" || ws[i-2] == "unable") || ws[i-1] == "not") {
				return true
			}
		case "evidence":
			if i > 1 && ws[i-1] == "of" && ws[i-2] == "lack" {
				return true
			}
		}
	}
	return false
}

// statements are claims a court may reject as a party would: "the judges
// rejected the claim, saying the heirs had no standing".
var statements = map[string]bool{"claim": true, "claims": true, "account": true, "accounts": true,
	"report": true, "reports": true, "story": true, "allegation": true, "allegations": true, "assertion": true}

// claimObject reports whether the first words of an object name a claim
// ("the allegations", "reports that").
func claimObject(obj []string) bool {
	for i := 0; i < len(obj) && i < 3; i++ {
		if claimWords[obj[i]] != nil {
			return true
		}
	}
	// "rejected premier Ann Pell's assertion that ...": a claimant's
	// claim, its owner named in more words.
	for i := 0; i+1 < len(obj) && i < 5; i++ {
		if obj[i] == "," || obj[i] == "that" {
			break
		}
		if _, ok := possessive(obj[i]); ok {
			return claimWords[obj[i+1]] != nil || inlineNouns[obj[i+1]]
		}
	}
	return false
}

// quoteOnly reports whether s opens with a quotation mark: someone's
// words, not a report of a claim.
func quoteOnly(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "“") || strings.HasPrefix(s, "``")
}

func hasAny(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if set[w] {
			return true
		}
	}
	return false
}

func hasClaimWord(ws []string) bool {
	for _, w := range ws {
		if claimWords[w] != nil {
			return true
		}
	}
	return false
}

func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// sourcesOf returns the documents that carry sentence s word for word.
func sourcesOf(all []sentence, s sentence) []int {
	var out []int
	key := strings.Join(s.words, " ")
	for _, c := range all {
		if strings.Join(c.words, " ") == key {
			out = append(out, c.doc)
		}
	}
	if !slices.Contains(out, s.doc) {
		out = append(out, s.doc) // a lede cut from its headline (ledeOf)
	}
	return out
}

// clauseOf returns what a denial's object states is denied: past a claim
// noun that opens it ("reports that X", "claims X" deny X), up to the end
// of its first clause that holds a verb, so that an aside ("that the
// commander, Ali Reza, was killed") stays in and a trailing clause
// ("..., saying ...", "and said ...", ", who ...") does not.
func clauseOf(obj []string) []string {
	obj = pastDay(obj) // "denied Thursday reports that ..."
	for i := 0; i < len(obj) && i < 2; i++ {
		if claimWords[obj[i]] != nil && (i == 0 || determiners[obj[0]] || obj[0] == "a" || obj[0] == "an") {
			if rest := pastDay(obj[i+1:]); len(rest) > 0 && rest[0] == "that" {
				i = len(obj) - len(rest) // "a report Sunday that ..."
			}
			obj = obj[i+1:]
			break
		}
	}
	end, verb := len(obj), false
	for i, w := range obj {
		if w == "," && (verb || i+1 < len(obj) && relatives[obj[i+1]]) {
			end = i
			break
		}
		if w == "," && i+1 < len(obj) && (obj[i+1] == "saying" || obj[i+1] == "calling") || w == "and" && i+1 < len(obj) && (obj[i+1] == "said" || obj[i+1] == "says" || obj[i+1] == "added") {
			end = i
			break
		}
		if finite[w] || strings.HasSuffix(w, "ed") && i > 0 && pronouns[obj[i-1]] {
			verb = true
		}
	}
	return obj[:end]
}

// pastDay returns ws past a day that opens it ("Thursday", "on
// Thursday", "last Friday"): when a denial or report was made, not what
// it says.
func pastDay(ws []string) []string {
	if len(ws) > 1 && (ws[0] == "on" || ws[0] == "last") && weekdays[ws[1]] {
		return ws[2:]
	}
	if len(ws) > 0 && weekdays[ws[0]] {
		return ws[1:]
	}
	return ws
}

// relatives open a clause about a noun of the object (", who says ..."):
// it is no part of what is denied.
var relatives = map[string]bool{"who": true, "which": true, "where": true, "whose": true}

// finite are the verbs that make a clause of an object.
var finite = map[string]bool{"is": true, "was": true, "were": true, "are": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "could": true, "can": true, "did": true, "does": true, "should": true}

// longWords returns the words of ws of four letters or more.
func longWords(ws []string) []string {
	var out []string
	for _, w := range ws {
		if len(w) >= 4 {
			out = append(out, w)
		}
	}
	return out
}

// sameSide reports whether claim c is told by the denier's own side: the
// head of a denier named by a common noun ("The judges") among the first
// words of c ("Three high court judges ruled ..."), c reporting no
// accusation.
func sameSide(c sentence, who string) bool {
	f := lex.SpaceFieldsShared(who)
	if len(f) == 0 || hasAny(c.words, strongClaims) {
		return false // "The men are accused of ..." is the other side's claim
	}
	head := strings.Trim(f[len(f)-1], ".,'’")
	if len(head) < 3 || lex.Lower(head) != head {
		return false // a name: a claim about its bearer is no claim of theirs
	}
	return slices.Contains(c.words[:min(5, len(c.words))], head)
}

// firsts and seconds name one of a series of claims ("the initial
// lawsuit", "a second accuser"): a denial of the first does not answer
// the second.
var (
	firsts  = map[string]bool{"first": true, "initial": true, "original": true, "earlier": true, "previous": true}
	seconds = map[string]bool{"second": true, "another": true, "latest": true, "third": true, "subsequent": true}
)

// sequenceDiffers reports whether a denial's object and a claim name
// different ones of a series.
func sequenceDiffers(obj, claim []string) bool {
	return hasAny(obj, firsts) && hasAny(claim, seconds) && !hasAny(claim, firsts) ||
		hasAny(obj, seconds) && hasAny(claim, firsts) && !hasAny(claim, seconds)
}

// namesHead reports whether a claim names what a dispute is about when
// the object of "disputed" or "contradicted" is a noun of it ("disputed
// the characterization of the post"): the claim must use that noun.
func namesHead(obj []string, verb string, claim []string) bool {
	if verb != "disputed" && verb != "disputes" && verb != "contradicted" && verb != "contradicts" {
		return true
	}
	if len(obj) < 3 || !determiners[obj[0]] || obj[2] != "of" || claimWords[obj[1]] != nil {
		return true
	}
	stem := obj[1][:min(len(obj[1]), 6)]
	for _, w := range claim {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// pointer reports a sentence that only points to another report ("More
// details can be found in the paper's report, linked below"): it makes no
// claim of its own.
func pointer(ws []string) bool {
	for i, w := range ws {
		switch w {
		case "linked", "click", "details":
			return true
		case "found":
			if i > 0 && ws[i-1] == "be" {
				return true
			}
		}
	}
	return false
}

// actKey prefixes, in cache.shown, the denial of an act paired by
// actClaim: the confidence model, which reads shared words and was
// fitted on claims that accuse with a verb of accusing, scores these
// low; the vetoes still apply.
const actKey = "\x00act "

// verdictKey prefixes, in cache.shown, a pronoun's denial paired with
// the verdict or the act told just before it (pronounDenial): shown
// unless a rule vetoes it, as the confidence model, fitted on denials
// with a named speaker, scores these below its bar.
const verdictKey = "\x00verdict "

// actClaim returns a sentence, or -1, that says the
// denier did the act a denial of an act names: "Gen Ida Vos said Kestria
// controlled the rebels" beside "Kestria denies controlling the rebels".
// The claim must report it with a verb of saying or claiming, name the
// denier, then within six words a form of the act's verb (its stem
// before "-ing", five letters or more: "controll"), and hold the first
// content words of the act's object (up to three, before a comma, a
// conjunction or a verb of saying).
func actClaim(all []sentence, k int, obj []string, who string, claimable func(sentence) bool) int {
	i := 0
	if i < len(obj) && (obj[i] == "ever" || obj[i] == "any" || obj[i] == "all") {
		i++
	}
	if i >= len(obj) || !strings.HasSuffix(obj[i], "ing") || len(obj[i]) < 8 {
		return -1
	}
	stem := strings.TrimSuffix(obj[i], "ing")
	var what []string
	for _, w := range obj[i+1:] {
		if w == "," || w == "and" || w == "but" || w == "or" || claimVerbs[w] || len(what) == 3 {
			break
		}
		if len(w) > 3 && !lex.IsStopword(w) {
			what = append(what, w)
		}
	}
	if len(what) == 0 {
		return -1
	}
	key := nameKey(who)
	if len(key) <= 3 {
		return -1
	}
	for j, c := range all {
		if j == k || !claimable(c) || !hasAny(c.words, claimVerbs) || negated(c.words, 0) {
			continue
		}
		at := slices.Index(c.words, key)
		if at < 0 {
			continue
		}
		act := -1
		for x := at + 1; x < len(c.words) && x <= at+6; x++ {
			if strings.HasPrefix(c.words[x], stem) || strings.HasPrefix(c.words[x], stem[:len(stem)-1]) && len(stem) > 5 {
				act = x
				break
			}
		}
		if act < 0 {
			continue
		}
		all := true
		for _, w := range what {
			if !containsWord(c.words[act:], w) {
				all = false
				break
			}
		}
		if all {
			return j
		}
	}
	return -1
}
