package dispute

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/voices"
)

// Limits on what Find returns, chosen for the story page, not fitted.
const (
	// MaxDisputes is the number of disputes returned.
	MaxDisputes = 3
	// MaxClaims is the number of differing figures shown for one count.
	MaxClaims = 4
	// minShared is the number of content terms a denial's object must
	// share with a sentence for it to be the claim denied.
	minShared = 3
)

// sentence is one sentence of one source.
type sentence struct {
	doc, pos int // source index and sentence position in it
	text     string
	words    []string // lower-cased words, punctuation trimmed
	orig     []string // the same words as the text spells them
	idx      int      // index in the cluster's sentences
	c        *cache
}

// cache holds what is read of a sentence only when a rule needs it: most
// clusters have no figure or denial to check, and the attribution, the
// content terms and the furniture test cost more than the rules.
type cache struct {
	docs      []voices.Doc
	published []time.Time // by document, when known
	lw        lex.Words
	terms     map[int][]uint64
	junk      map[int]bool
	speakers  map[int]map[int]string // doc → sentence position → speaker
	// shown maps a claim's text (denialKey and the text for a denial) to
	// the speaker shown for it; Claim.Speaker holds the raw name the
	// rules and the confidence model read until the disputes are shown.
	shown map[string]string
}

// termsOf returns the content terms of s.
func (s sentence) termsOf() []uint64 {
	t, ok := s.c.terms[s.idx]
	if d := s.c.docs[s.doc]; !ok && len(d.Terms) == len(d.Sentences) {
		t, ok = d.Terms[s.pos], true // the caller's
	}
	if !ok {
		t = lex.ContentTerms(nil, &s.c.lw, s.text)
		s.c.terms[s.idx] = t
	}
	return t
}

// isJunk reports page furniture (a caption, a credit): never a claim.
func (s sentence) isJunk() bool {
	j, ok := s.c.junk[s.idx]
	if !ok {
		j = defect.Furniture(s.text) != defect.OK || captionLike(s.text)
		s.c.junk[s.idx] = j
	}
	return j
}

// speakerOf returns who the sentence credits by name, or "": the
// speaker package's name when it reads as a speaker in this sentence
// (speakerName).
func (s sentence) speakerOf() string { return speakerName(s, s.rawSpeaker()) }

// rawSpeaker returns the speaker package's name for the sentence when it
// reads as a name (plausibleName), or "".
func (s sentence) rawSpeaker() string {
	m, ok := s.c.speakers[s.doc]
	if !ok {
		m = map[int]string{}
		for _, a := range s.c.docs[s.doc].Attributions() {
			for _, i := range a.Sentences {
				if a.Name != "" {
					m[i] = a.Name
				}
			}
		}
		s.c.speakers[s.doc] = m
	}
	if name := m[s.pos]; plausibleName(name) {
		return name
	}
	return ""
}

// plausibleName reports whether the speaker package's name reads as a
// name: not a word of the clause it was cut from ("Whether Trump",
// "Linked", "Detailed Account Released").
func plausibleName(name string) bool {
	f := lex.SpaceFieldsShared(lex.Lower(name))
	if len(f) == 0 {
		return false
	}
	for _, w := range f {
		if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || pronouns[w] {
			return false
		}
	}
	if speechVerbs[f[0]] {
		return false // "Accuse Bill Cosby": a verb of the clause
	}
	if len(f) == 1 && (adverbs[f[0]] || connectives[f[0]] || pronouns[strings.TrimSuffix(strings.TrimSuffix(f[0], "'s"), "’s")]) {
		return false // "Always" of "Ghomeshi has always denied", "He's"
	}
	switch f[0] {
	case "whether", "if", "when", "after", "before", "as", "while", "because", "the", "a", "an", "in", "on", "at", "for", "but":
		return false
	}
	return true
}

// speechVerbs are verbs the speaker package can leave at the head of a
// name it cuts from a clause ("women who accuse Bill Cosby").
var speechVerbs = map[string]bool{"accuse": true, "accuses": true, "say": true, "says": true, "tell": true,
	"tells": true, "deny": true, "denies": true, "claim": true, "claims": true, "allege": true, "alleges": true,
	"blame": true, "blames": true, "sue": true, "sues": true, "urge": true, "urges": true, "ask": true, "asks": true,
	"insist": true, "insists": true, "believe": true, "believes": true, "dispute": true, "disputes": true}

// Find returns the disputes of docs: first the counts the sources give
// differently (each figure one claim citing every source that gives it),
// then denials paired with the claim they deny. At most MaxDisputes; nil
// when there are none.
func Find(docs []voices.Doc) []chorus.Dispute { return FindDated(docs, nil) }

// FindDated is Find for sources whose publication times are known:
// published[i] is when docs[i] appeared (the zero time, or a short slice,
// for unknown). The figures of a count whose sources all have a time are
// shown earliest first, and a count that only grows from one report to
// the next is shown as an update rather than as sources that differ.
func FindDated(docs []voices.Doc, published []time.Time) []chorus.Dispute {
	// Only the disputes the confidence model trusts, and no rule vetoes,
	// are shown (score.go).
	all, shown := scored(docs, published)
	// A denial shown on the lower bar of a claim that states what it
	// denies (MinStatedConfidence) gives way to one of the same topic
	// that clears the bar of its kind without it.
	sure := map[string]bool{}
	for _, d := range all {
		if !vetoed(d) && Confidence(d) >= max(minConfidence(d), MinConfidence) {
			sure[d.Topic] = true
		}
	}
	out := slices.DeleteFunc(all, func(d chorus.Dispute) bool {
		if _, passive := shown[passiveKey+d.Claims[len(d.Claims)-1].Text]; passive {
			return passiveVetoed(d)
		}
		if _, split := shown[splitKey+d.Claims[len(d.Claims)-1].Text]; split {
			return splitVetoed(d)
		}
		if _, inline := shown[inlineKey+d.Claims[0].Text]; inline {
			return splitVetoed(d)
		}
		if _, act := shown[actKey+d.Claims[len(d.Claims)-1].Text]; act {
			return vetoed(d)
		}
		if _, verdict := shown[verdictKey+d.Claims[len(d.Claims)-1].Text]; verdict {
			return vetoed(d)
		}
		if _, blamed := shown[blameKey+d.Claims[len(d.Claims)-1].Text]; blamed {
			return vetoed(d)
		}

		c := Confidence(d)
		if statesDenied(d) && c < MinConfidence && sure[d.Topic] {
			return true
		}
		if vetoed(d) {
			return true
		}
		if c >= MinLeadTollConfidence && leadToll(d, shown) {
			return false // a toll both sources lead with (leadtoll.go)
		}
		return c < minConfidence(d)
	})
	// A denial whose object states the claim (inlineClaim) is shown so
	// only when no other sentence's claim is shown beside it.
	paired := map[string]bool{}
	for _, d := range out {
		if _, inline := shown[inlineKey+d.Claims[0].Text]; !inline {
			paired[d.Claims[len(d.Claims)-1].Text] = true
		}
	}
	out = slices.DeleteFunc(out, func(d chorus.Dispute) bool {
		_, inline := shown[inlineKey+d.Claims[0].Text]
		return inline && paired[d.Claims[len(d.Claims)-1].Text]
	})
	for i := range out {
		relabel(&out[i], shown)
		lowestFirst(&out[i])
	}
	out = onePerTopic(out)
	if len(out) > MaxDisputes {
		out = out[:MaxDisputes]
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// lowestFirst orders the claims of a count shown as a possible update
// (undatedDiffer) by their figures, lowest first, as an update reads;
// left as they are when a claim's figure cannot be read again. Done
// after the confidence model, which read them in text order.
func lowestFirst(d *chorus.Dispute) {
	if !strings.HasSuffix(d.Topic, undatedDiffer) {
		return
	}
	kind := kindOf(d.Topic)
	vals := make(map[string]int, len(d.Claims))
	for _, c := range d.Claims {
		v, ok := 0, false
		for _, f := range figuresOf(words(c.Text)) {
			if f.kind == kind {
				v, ok = f.value, true
				break
			}
		}
		if !ok {
			return
		}
		vals[c.Text] = v
	}
	slices.SortStableFunc(d.Claims, func(x, y chorus.Claim) int { return vals[x.Text] - vals[y.Text] })
}

// onePerTopic keeps the first dispute of each topic ("Number of dead",
// "Denied by the ministry"), and drops one that shows a claim an earlier
// one shows: the same dispute twice in a cluster (packet 6).
func onePerTopic(ds []chorus.Dispute) []chorus.Dispute {
	topics, texts := map[string]bool{}, map[string]bool{}
	return slices.DeleteFunc(ds, func(d chorus.Dispute) bool {
		topic := d.Topic
		if t, _, ok := strings.Cut(topic, ":"); ok {
			topic = t // "Number of dead: the sources differ" and "...: changed as reports came in"
		}
		dup := topics[topic]
		for _, c := range d.Claims {
			dup = dup || texts[lex.Lower(c.Text)]
		}
		topics[topic] = true
		for _, c := range d.Claims {
			texts[lex.Lower(c.Text)] = true
		}
		return dup
	})
}

// relabel sets the speakers d shows (and the topic of a denial) from
// shown: the names as speakerName cleans them.
func relabel(d *chorus.Dispute, shown map[string]string) {
	denial := strings.HasPrefix(d.Topic, "Denied")
	for i := range d.Claims {
		key := d.Claims[i].Text
		if denial && i == len(d.Claims)-1 {
			key = denialKey + key
		}
		if who, ok := shown[key]; ok {
			d.Claims[i].Speaker = shownName(who)
			if !lex.Cased(d.Claims[i].Text) {
				d.Claims[i].Speaker = casedName(d.Claims[i].Speaker)
			}
		}
	}
	if denial {
		d.Topic = deniedBy(d.Claims[len(d.Claims)-1].Speaker)
	}
}

// candidates returns every dispute the rules find in docs, before the
// confidence model and the limit: counts first, then denials, each pair
// of sentences once.
func candidates(docs []voices.Doc, published []time.Time) []chorus.Dispute {
	out, _ := scored(docs, published)
	return out
}

// scored returns candidates with the speakers the confidence model reads
// (the raw names), and the speaker to show for each claim text (see
// cache.shown).
func scored(docs []voices.Doc, published []time.Time) ([]chorus.Dispute, map[string]string) {
	var all []sentence
	c := &cache{docs: docs, published: published, terms: map[int][]uint64{}, junk: map[int]bool{}, speakers: map[int]map[int]string{},
		shown: map[string]string{}}
	for d, doc := range docs {
		for i, s := range doc.Sentences {
			low, orig := tokens(s)
			all = append(all, sentence{doc: d, pos: i, text: s, words: low, orig: orig, idx: len(all), c: c})
		}
	}
	out := figures(all, docs)
	out = append(out, denials(all, docs)...)
	// Two counts told by the same two sentences ("killing 13 and injuring
	// 10" beside "11 died and 12 were injured") are one dispute: shown once.
	seen := map[string]bool{}
	out = slices.DeleteFunc(out, func(d chorus.Dispute) bool {
		var texts []string
		for _, c := range d.Claims {
			texts = append(texts, c.Text)
		}
		slices.Sort(texts)
		k := strings.Join(texts, "\x00")
		dup := seen[k]
		seen[k] = true
		return dup
	})
	return out, c.shown
}

// captionLike reports the caption and player residue of news pages that
// the furniture rules leave inside a sentence ("Image copyright AP image
// caption ...", "Media playback is unsupported", a video player's "Hide
// transcript Show transcript ... Share Copy Link Copy"), and a broadcast
// transcript's speaker marks (">> wendell noyes has ..."), and a page's
// text-size widget ("Text size - + reset") run into a sentence.
func captionLike(s string) bool {
	l := lex.Lower(s)
	if l, ok := strings.CutPrefix(l, "related "); ok && !strings.HasPrefix(l, "to ") {
		return true // "Related Nearly 100 dead after ...": a link to another story
	}
	for _, cue := range []string{"related stories", "image copyright", "image caption", "media playback", "media caption", "story highlights", "photo:", "( ap photo", "getty images", ">>", "show transcript", "share copy link", "text size - +"} {
		if strings.Contains(l, cue) {
			return true
		}
	}
	return false
}

// words returns the lower-cased words of s with the punctuation around
// them trimmed, and a "," after a word that ends a clause; numbers lose
// their thousands commas.
func words(s string) []string {
	low, _ := tokens(s)
	return low
}

// tokens returns words(s) and, aligned with them, the same words as s
// spells them (trimmed of the punctuation around them, a "," for a
// clause end: a comma or a semicolon, which ends a denial's object as
// "Reyes denied that the fire was a stunt; witnesses said ..." does).
func tokens(s string) (low, orig []string) {
	// The fields of strings.Fields, read in place; a comma token may
	// outgrow the guess of one word per space.
	n := strings.Count(s, " ") + 1
	both := make([]string, 2*n) // one allocation: each half capped, so neither grows into the other
	low, orig = both[:0:n], both[n:n]
	for o := range lex.FieldsSeq(s) {
		comma := strings.IndexByte(o, ',') >= 0 && strings.HasSuffix(strings.TrimRight(o, "\"'”’)"), ",") || strings.HasSuffix(o, ";") // most words hold no comma: no trim
		o = lex.TrimPunct(o, ".,;:!?\"'“”‘’()[]")
		w := lex.Lower(o)
		if w != "" && w[0] >= '0' && w[0] <= '9' {
			w = strings.ReplaceAll(w, ",", "")
		}
		if w != "" {
			low = append(low, w)
			orig = append(orig, o)
		}
		if comma {
			low = append(low, ",")
			orig = append(orig, ",")
		}
	}
	return low, orig
}

// tidy single-spaces s.
func tidy(s string) string { return lex.Collapse(s) }

// claimOf returns the claim of sentence s citing docs' source IDs.
func claimOf(s sentence, docs []voices.Doc, sources []int) chorus.Claim {
	ids := make([]int, 0, len(sources))
	for _, d := range sources {
		ids = append(ids, docs[d].Source)
	}
	slices.Sort(ids)
	c := chorus.Claim{Text: lex.UpperFirst(tidy(s.text)), Sources: slices.Compact(ids), Speaker: s.rawSpeaker()}
	s.c.shown[c.Text] = s.speakerOf()
	return c
}

func atoi(w string) (int, bool) {
	if w == "" || strings.IndexByte("eftons", w[0]) < 0 {
		return number(w) // no number word opens so: most words
	}
	if n, ok := numberWords[w]; ok {
		return n, true
	}
	if tens, unit, ok := strings.Cut(w, "-"); ok {
		// "twenty-two"
		t, u := numberWords[tens], numberWords[unit]
		if t >= 20 && t%10 == 0 && u > 0 && u < 10 {
			return t + u, true
		}
	}
	return number(w)
}

// number parses w as a decimal integer, as strconv.Atoi does, without
// building an error for the words that are none (most of them).
func number(w string) (int, bool) {
	if w == "" || (w[0] < '0' || w[0] > '9') && w[0] != '+' && w[0] != '-' || w[len(w)-1] < '0' || w[len(w)-1] > '9' {
		return 0, false
	}
	n, err := strconv.Atoi(w)
	return n, err == nil
}

// publishedOf returns when the source of s appeared, or the zero time.
func (s sentence) publishedOf() time.Time {
	if s.doc < len(s.c.published) {
		return s.c.published[s.doc]
	}
	return time.Time{}
}
