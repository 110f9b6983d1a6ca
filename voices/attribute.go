package voices

import (
	"strings"

	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/lex"
)

// Attribution is one statement of an article credited to a speaker.
type Attribution struct {
	// Sentences are the indices of the sentences the statement spans.
	Sentences []int
	// Text is the quoted words for a quote, else the reporting sentence.
	Text string
	// Quote reports a direct quote.
	Quote bool
	// Name is the speaker's name as the article writes it, with
	// lower-cased text capitalised; empty when only a description or an
	// unresolved pronoun credits the statement.
	Name string
	// Key identifies the speaker across articles: the lower-cased surname
	// (the name's last word).
	Key string
	// Role is the title or apposition the article gives the speaker here.
	Role string
	// Pronoun reports a speaker resolved from a pronoun ("he said").
	Pronoun bool
	// Full reports a name of two or more words or with an honorific:
	// a one-word name in lower-cased text is shown only when the cluster
	// gives a full one for the same key.
	Full bool
	// partial reports a quote of words inside the sentence's grammar
	// (chunk.partial): right for its speaker, no statement for Find.
	partial bool
	// pronoun is the pronoun that credits the statement when Pronoun:
	// "he", "she" or "it".
	pronoun string
}

// person is a speaker seen earlier in an article, for pronouns.
type person struct {
	sp     speaker
	key    string
	gender string // "he", "she" or "" when unknown
	human  bool
}

// Attribute returns the statements of one article's sentences (in text
// order) and their speakers; statements with no speaker at all are left
// out.
func Attribute(sentences []string) []Attribution {
	out, _ := read(sentences).resolved(nil)
	return out
}

// Attributions returns Attribute(d.Sentences), reusing what Find read of
// d when Find was given the same Doc (the same Sentences slice) before.
func (d Doc) Attributions() []Attribution {
	if d.memo != nil && d.memo.owns(d.Sentences) {
		return d.memo.first
	}
	return Attribute(d.Sentences)
}

// Read returns a Doc of sentences (Source 0, no Terms) read once: its
// Attributions are Attribute(sentences), and Find and FindBeside given it
// (the same Sentences slice, Source and Terms set as they need) do not
// read it again.
func Read(sentences []string) Doc {
	art := read(sentences)
	first, again := art.resolved(nil)
	return Doc{Sentences: sentences, memo: &memo{sentences: sentences, first: first, art: art, again: again}}
}

// memo is what Find or Read read of one Doc, kept for Doc.Attributions
// (and, from Read, for Find).
type memo struct {
	sentences []string // the Doc's Sentences when read
	first     []Attribution
	art       *article // Read's; nil from Find
	again     bool     // art.resolved(nil)'s second result
}

// owns reports whether m was read from sentences: the same slice.
func (m *memo) owns(sentences []string) bool {
	return len(m.sentences) == len(sentences) && (len(sentences) == 0 || &m.sentences[0] == &sentences[0])
}

// article is what attribution reads of one article before resolving its
// speakers: the same whatever other articles of the cluster name.
type article struct {
	cased  bool
	named  map[string][]token // fullNames
	titles map[string]string  // fullNames
	// pending are the statements with a speaker phrase, in text order.
	pending []pending
}

// pending is a statement with the speaker its frame gives, not yet
// resolved.
type pending struct {
	a  Attribution
	sp speaker
}

// read finds the statements of one article's sentences and the speaker
// phrases that credit them.
func read(sentences []string) *article {
	sents := track(sentences)
	cased := isCased(sents)
	named, titles := fullNames(sents, cased)
	art := &article{cased: cased, named: named, titles: titles}
	// Speakers of quotes, by span.
	spanSp := map[int]speaker{}
	spanSent := map[int][]int{}
	var spans []int
	for i := range sents {
		s := &sents[i]
		direct := false
		for _, c := range s.chunks {
			if s.direct(c) {
				direct = true
				if len(spanSent[c.span]) == 0 {
					spans = append(spans, c.span)
				}
				if l := spanSent[c.span]; len(l) == 0 || l[len(l)-1] != i {
					spanSent[c.span] = append(l, i)
				}
			}
		}
		if !direct {
			continue
		}
		sp := frameSpeaker(s.frame, cased, true)
		if !sp.found() {
			continue
		}
		for _, c := range s.chunks {
			if _, ok := spanSp[c.span]; !ok && s.direct(c) {
				spanSp[c.span] = sp
			}
		}
	}
	// A quote with no attribution of its own that follows an attributed
	// quote in the next sentence continues it.
	for k, sp := range spans {
		if _, ok := spanSp[sp]; ok || k == 0 {
			continue
		}
		prev := spans[k-1]
		ps, ok := spanSp[prev]
		pl := spanSent[prev]
		if ok && spanSent[sp][0]-pl[len(pl)-1] <= 1 {
			spanSp[sp] = ps
		}
	}
	// Walk the article in order: quotes by span, reported speech by
	// sentence.
	done := map[int]bool{}
	for i := range sents {
		s := &sents[i]
		for _, c := range s.chunks {
			if done[c.span] || !s.direct(c) {
				continue
			}
			done[c.span] = true
			sp, ok := spanSp[c.span]
			if !ok {
				continue
			}
			// A quote that runs on over further sentences from words in
			// this one is a whole statement after a caption or a
			// dropped parenthesis ("Beer being poured "This is
			// stronger than steel. It is …").
			partial := c.partial() && (c.closed || c.words == 0 || len(spanSent[c.span]) < 2)
			a := Attribution{Sentences: spanSent[c.span], Quote: true, Text: quoteText(sents, c.span), partial: partial}
			art.pending = append(art.pending, pending{a, sp})
		}
		if len(spanSent) > 0 && inSpans(i, spanSent) {
			continue
		}
		// Reported speech needs a reporting verb: a frame without one
		// credits no statement.
		if !hasReporting(s.frame) {
			continue
		}
		sp := frameSpeaker(s.frame, cased, false)
		if !sp.found() || !reportingVerbs[s.frame[sp.verb].low] || !reported(s.frame, sp) {
			continue
		}
		art.pending = append(art.pending, pending{Attribution{Sentences: []int{i}, Text: tidy(s.text)}, sp})
	}
	return art
}

// hasReporting reports whether a word of frame is one of reportingVerbs.
func hasReporting(frame []token) bool {
	for _, t := range frame {
		if t.kind == word && reportingVerbs[t.low] {
			return true
		}
	}
	return false
}

// resolved returns the article's statements with their speakers,
// resolving pronouns to the speakers seen so far, given the keys of the
// speakers other articles of the cluster name in full (known): a one-word
// name with such a key may be "he" or "she". It also reports whether a
// "he" or "she" found no speaker, which a larger known set might resolve.
func (art *article) resolved(known map[string]bool) ([]Attribution, bool) {
	unresolved := false
	var out []Attribution
	var seen []person
	for _, p := range art.pending {
		a := p.a
		if resolve(&a, p.sp, &seen, art.cased, known, art.named) {
			out = append(out, a)
		} else if p.sp.pronoun == "he" || p.sp.pronoun == "she" {
			unresolved = true
		}
	}
	return out, unresolved
}

// attribute is Attribute with the keys of the speakers other articles of
// the cluster name in full (article.resolved). It also reports whether a
// "he" or "she" found no speaker and the roles the article gives the
// names it writes in full anywhere, by key (fullNames).
func attribute(sentences []string, known map[string]bool) ([]Attribution, bool, map[string]string) {
	art := read(sentences)
	out, unresolved := art.resolved(known)
	return out, unresolved, art.titles
}

func inSpans(i int, spanSent map[int][]int) bool {
	for _, l := range spanSent {
		for _, j := range l {
			if j == i {
				return true
			}
		}
	}
	return false
}

// resolve fills a's speaker from sp, resolving a pronoun to the nearest
// compatible named speaker seen, and records a named speaker. It reports
// whether a has a speaker.
func resolve(a *Attribution, sp speaker, seen *[]person, cased bool, known map[string]bool, named map[string][]token) bool {
	if sp.pronoun != "" {
		for k := len(*seen) - 1; k >= 0; k-- {
			p := (*seen)[k]
			switch sp.pronoun {
			case "he", "she":
				if !p.human || p.gender != "" && p.gender != sp.pronoun {
					continue
				}
				if p.gender == "" {
					(*seen)[k].gender = sp.pronoun
				}
			case "it":
				if p.human {
					continue
				}
			default:
				return false
			}
			a.Name, a.Key, a.Pronoun, a.Full = display(p.sp.name, cased), p.key, true, true
			a.pronoun = sp.pronoun
			return true
		}
		return false
	}
	if len(sp.name) == 0 {
		return false // a description only: "officials said"
	}
	if !cased && (paperName(sp.name) || groupName(sp.name)) {
		return false // "according to court records", "park wardens said": no one speaker
	}
	a.Name, a.Key, a.Role = display(sp.name, cased), key(sp.name), roleText(sp.role)
	if len(sp.of) > 0 {
		a.Name += " " + displayOf(sp.of, cased)
	}
	if titleOnly(a.Role) {
		a.Role = "" // "Dr. Ilse Varga": a courtesy title, no role
	}
	a.Full = len(sp.name) >= 2 || sp.honor != ""
	// Any named speaker may be "he" or "she": the text rarely tells a
	// person from an organisation by form alone.
	// A one-word name ("Russia") may be "he" or "she" only when the
	// article gave it in full before.
	if full, ok := named[a.Key]; ok && !a.Full {
		if !cased && paperName(full) {
			return false // "according to records" after "public records"
		}
		// "Reyland told reporters" after "Governor Tomas Reyland ...".
		if len(full) > len(sp.name) {
			a.Name = display(full, cased)
		}
		a.Full = true
	}
	human := a.Full || known[a.Key]
	if last := sp.name[len(sp.name)-1].low; roles[last] || commons[last] {
		human = false // "the Caldera Geological Survey" is no "he"
	}
	for _, p := range *seen {
		if p.key == a.Key && (p.human || len(p.sp.name) >= 2 || p.sp.honor != "") {
			human = true
			if p.sp.role != "" && a.Role == "" && !titleOnly(p.sp.role) {
				a.Role = roleText(p.sp.role)
			}
			if len(p.sp.name) > len(sp.name) {
				a.Name = display(p.sp.name, cased)
				a.Full = true
			}
		}
	}
	*seen = append(*seen, person{sp: sp, key: a.Key, gender: sp.honor, human: human})
	return true
}

// paperName reports a "name" of lower-cased text that ends in a word for
// papers or figures ("court records", "new research", "studio
// estimates"): "according to court records" cites a paper, and no one
// speaks. Lower-cased text writes these like a name; "world records"
// ends a body's name ("Tarnwick World Records") and is kept, as is a
// name opening with a listed given name.
func paperName(name []token) bool {
	n := len(name)
	if n < 2 || !papers[name[n-1].low] {
		return false
	}
	return name[n-2].low != "world" && !lex.IsGivenName(name[0].low)
}

// groupName reports a "name" of lower-cased text that is a group of
// people by what they do ("food regulators", "tarnwick firefighters",
// "human rights advocates"): it ends in the plural of a job (groupPlural)
// and opens with no listed given name. A group says nothing as one
// person.
func groupName(name []token) bool {
	n := len(name)
	return n >= 2 && groupPlural(name[n-1].low) && !lex.IsGivenName(name[0].low)
}

// groupPlural reports the plural of a job: a word of groupWords, or one
// whose singular is a job by a long ending ("forecasters",
// "biologists", "statisticians"); a short one may be a surname
// ("Sellers", "Walters").
func groupPlural(w string) bool {
	if groupWords[w] {
		return true
	}
	s, ok := strings.CutSuffix(w, "s")
	if !ok || len(s) < 8 {
		return false
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// groupWords are plurals of jobs and groups too short for groupPlural's
// endings. "rangers" is not one: "Texas Rangers" is a body.
var groupWords = lex.Set("advocates", "consultants", "responders", "organizations", "organisations", "regulators",
	"reps", "chiefs", "scholars", "geniuses", "insurgents", "execs", "juniors", "seniors", "groups", "followers",
	"volunteers", "mps", "fans", "experts", "staffers", "aides", "advisers", "advisors", "economists", "analysts")

// papers are the words for documents and figures that paperName reads.
var papers = lex.Set("records", "papers", "research", "estimates", "figures", "statistics", "filings", "transcripts", "documents", "data",
	"document", "affidavit", "affidavits", "dockets", "analysis", "assessment", "information", "prognostications", "polls",
	"videos", "footage", "previews", "translation", "translations", "reporting", "bulletin", "database", "imagery",
	"statutes", "percent", "account", "accounts")

func lastWord(s string) string {
	f := lex.SpaceFieldsShared(lex.Lower(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// fullNames returns the keys of the names the article writes in full
// anywhere, spoken or not ("Governor Tomas Reyland declared ..."): two
// name words or more, or an honorific before one. A speaker known only by
// surname may be "he" or "she" when the article names them in full. It
// also returns the first role the article gives each such name: a title
// before it ("Governor Tomas Reyland", "former county sheriff Pat
// Sullivan") or an apposition after it, between commas or closing the
// sentence ("Ann Clywd, who chairs …" is none; "Ann Clywd, the
// committee's chair, …" is).
func fullNames(sents []sent, cased bool) (map[string][]token, map[string]string) {
	out := map[string][]token{}
	titles := map[string]string{}
	for _, s := range sents {
		run := 0
		for i, t := range s.toks {
			if !isName(t, cased) {
				run = 0
				continue
			}
			run++
			if i+1 < len(s.toks) && isName(s.toks[i+1], cased) {
				continue // the name goes on
			}
			k := key(s.toks[i : i+1])
			start := i + 1 - run
			if run >= 2 && run <= 3 || run == 1 && i > 0 && honorifics[s.toks[i-1].low] != "" {
				if _, ok := out[k]; !ok {
					out[k] = s.toks[start : i+1]
				}
				if _, ok := titles[k]; !ok && run >= 2 {
					if r := nameRole(s.toks, start, i+1, cased); r != "" {
						titles[k] = r
					}
				}
			}
		}
	}
	return out, titles
}

// titleWord reports whether t may stand in a title before a name: a word
// of the roles list ("former", "acting" are there), a place or body
// written in capitals in cased text ("San Bernardino police chief"), any
// word but a verb form in lower-cased text.
func titleWord(t token, cased bool) bool {
	if t.kind != word || determiners[t.low] || honorifics[t.low] != "" || lex.HasDigit(t.low) {
		return false
	}
	if roles[t.low] {
		return true
	}
	if stopName[t.low] || commons[t.low] || strings.HasSuffix(t.low, "'s") || strings.HasSuffix(t.low, "’s") {
		return false
	}
	if cased {
		return t.upper()
	}
	// "began investigating former sheriff …": a verb form ends it.
	return !lex.IsStopword(t.low) && !strings.HasSuffix(t.low, "ing") && !strings.HasSuffix(t.low, "ed")
}

// nameRole returns the role toks give the name toks[start:end]: the title
// right before it, ending in a word of the roles list ("San Bernardino
// police chief"), or an apposition after it between commas ("Donald Lee,
// professor of archaeology at Wichita State, presented …"). A lone
// honorific ("Dr.") is no role.
func nameRole(toks []token, start, end int, cased bool) string {
	if start > 0 && roles[toks[start-1].low] && honorifics[toks[start-1].low] == "" {
		// Only the title words: a capitalised sentence opener that is a
		// place ("Velmora Governor") stays; where the title starts in
		// lower-cased text, titleRun tells (titlestart.go).
		if from := titleRun(toks, start, cased); from < start {
			if r := roleText(titleText(toks[from:start])); !titleOnly(r) && roleHead(r) {
				return r
			}
		}
	}
	if end+1 < len(toks) && toks[end].kind == comma {
		k := end + 1
		for k < len(toks) && k-end < 16 && (toks[k].kind == word || toks[k].kind == dash && toks[k].text != "-" && toks[k].text != "—") {
			k++
		}
		// Between commas, or closing the sentence ("Taner Oznur,
		// co-author of the study.").
		if k == len(toks) || toks[k].kind == comma || toks[k].kind == stop {
			// Only an apposition that opens as a role does: "the …",
			// "a …", "professor of …", "Acme's chief" (not "just
			// before noon the man approached the White House").
			app := toks[end+1 : k]
			if len(app) == 0 || !(app[0].low == "the" || app[0].low == "a" || app[0].low == "an" || roles[app[0].low] || strings.HasSuffix(app[0].low, "'s")) {
				return ""
			}
			// And names a role: "Kelly Jones, a victory," does not.
			role := false
			for _, t := range app {
				role = role || roles[t.low]
			}
			if r := appositive(app); r != "" && role && !titleOnly(r) {
				return roleText(r)
			}
		}
	}
	return ""
}

// titleText writes a title that stood before a name as a role after it:
// its words of the roles list lower-cased ("Governor" → "governor", "San
// Bernardino Police Chief" → "San Bernardino police chief").
func titleText(toks []token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.text
		if roles[t.low] && !strings.HasSuffix(t.text, ".") {
			parts[i] = lex.Lower(t.text)
		}
	}
	return strings.Join(parts, " ")
}

// titleOnly reports whether role is only an honorific or an abbreviated
// title ("Dr.", "Prof."), which says nothing of the speaker's role.
func titleOnly(role string) bool {
	for _, w := range lex.SpaceFieldsShared(lex.Lower(role)) {
		w = strings.TrimSuffix(w, ".")
		if !courtesy[w] && honorifics[w] == "" {
			return false
		}
	}
	return true
}

// courtesy are the titles that go with any name and tell no role.
var courtesy = lex.Set("dr", "prof", "rev", "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady")

// frameSpeaker finds the speaker a frame credits: the verb of speech
// nearest a quote (quote) or the first one (reported speech), with its
// speaker before it ("Smith said"), after it ("said Smith") or after
// "according to".
func frameSpeaker(frame []token, cased, quote bool) speaker {
	// The verbs of the shared list ("said", "told") first, then the wider
	// attribution words ("warned", "agreed").
	for _, core := range []bool{true, false} {
		var cands []speaker
		for v, t := range frame {
			if t.kind != word {
				continue
			}
			var sp speaker
			switch {
			case t.low == "according":
				sp = according(frame, v, cased)
			case core && t.low == "quoted" && asSaying(frame, v):
				// "Blagov was quoted as saying"; "the newspaper quoted
				// Zhang Xiong, the head coach, as saying".
				if v+1 < len(frame) && frame[v+1].low == "as" {
					sp = before(frame, v, cased)
				} else {
					sp = after(frame, v, cased)
				}
			case v+1 < len(frame) && frame[v+1].low == "by":
				// "The power of the test was estimated by …": a
				// passive verb, whose subject said nothing.
				continue
			case core && lex.IsAttributionVerb(t.low) || !core && isVerb(t.low) && !lex.IsAttributionVerb(t.low):
				sp = before(frame, v, cased)
				// "said Smith" only where the verb follows the quote or
				// a comma: "warned Syria that" names no speaker.
				if !sp.found() && inverted[t.low] && (v == 0 || frame[v-1].kind == quoted || frame[v-1].kind == comma) {
					sp = after(frame, v, cased)
				}
			default:
				continue
			}
			if sp.found() {
				cands = append(cands, sp)
			}
		}
		if len(cands) == 0 {
			continue
		}
		if quote {
			best, bestDist := cands[0], 1<<30
			for _, sp := range cands {
				if d := quoteDistance(frame, sp.verb); d < bestDist {
					best, bestDist = sp, d
				}
			}
			// "Bouchard said ..., "…," he said": the name in the same
			// sentence is the pronoun's.
			if best.pronoun != "" {
				for _, sp := range cands {
					if len(sp.name) > 0 && (best.pronoun == "he" || best.pronoun == "she") {
						return sp
					}
				}
			}
			return best
		}
		// Reported speech: a closing attribution ("…, Smith said.")
		// credits the whole sentence; else the first.
		last := cands[len(cands)-1]
		if len(cands) > 1 && closing(frame, last.verb) {
			return last
		}
		// "Editor A has said that …, B said he …": two named
		// speakers, neither closing the sentence, credit no one.
		for _, sp := range cands[1:] {
			if len(sp.name) > 0 && len(cands[0].name) > 0 && key(sp.name) != key(cands[0].name) {
				return speaker{}
			}
		}
		return cands[0]
	}
	return speaker{}
}

// asSaying reports whether "as saying" follows frame[v] in the frame.
func asSaying(frame []token, v int) bool {
	for i := v + 1; i+1 < len(frame); i++ {
		if frame[i].low == "as" && frame[i+1].low == "saying" {
			return true
		}
	}
	return false
}

// closing reports whether the verb at v closes its sentence: at most six
// words follow it.
func closing(frame []token, v int) bool {
	n := 0
	for _, t := range frame[v+1:] {
		if t.kind == word {
			n++
		}
	}
	return n <= 6
}

// quoteDistance is the number of tokens between frame[v] and the nearest
// quoted stretch.
func quoteDistance(frame []token, v int) int {
	d := 1 << 30
	for i, t := range frame {
		if t.kind == quoted {
			d = min(d, max(i-v, v-i))
		}
	}
	return d
}

// reportingVerbs are the verbs that report speech without a quote: a
// statement follows them. "Asked for equipment", "declared a state of
// emergency" and "called for calm" report acts, not statements.
var reportingVerbs = lex.Set("said", "says", "say", "told", "tells", "added", "adds", "noted", "notes",
	"explained", "explains", "argued", "argues", "insisted", "insists", "stated", "warned", "announced",
	"estimated", "acknowledged", "admitted", "confirmed", "conceded", "stressed", "predicted", "maintained",
	"claimed", "claims", "alleged", "denied", "denies", "disputed", "according", "reported", "wrote", "writes",
	"believes", "contended", "cautioned", "emphasized", "agreed", "suggested", "concluded", "testified")

// reported reports whether a frame with no quote reports speech in its
// main clause: the speaker and verb open the sentence (after at most a
// short phrase) or close it ("…, Smith said."), or "according to" credits
// it.
func reported(frame []token, sp speaker) bool {
	v := sp.verb
	if frame[v].low == "according" {
		return true
	}
	if v <= 8 || sp.at <= 2 && v < len(frame)-3 {
		// Not inside a clause: "after he said", "who said".
		for j := v - 1; j >= 0 && j >= v-5; j-- {
			switch frame[j].low {
			case "who", "after", "before", "when", "because", "that", "which", "if", "as", "while", "until", "since":
				return false
			}
		}
		return v+1 < len(frame)
	}
	// At the end: only the speaker phrase and punctuation follow.
	n := 0
	for _, t := range frame[v+1:] {
		if t.kind == word {
			n++
		}
	}
	if n <= 6 && v > 0 && frame[v-1].kind == word {
		// "..., Smith said." : a comma before the speaker phrase.
		for j := v - 1; j >= 0 && j >= v-8; j-- {
			if frame[j].kind == comma {
				return true
			}
		}
	}
	return n <= 6 && v > 0 && frame[v-1].kind == comma
}

// isCased reports whether an article keeps its casing: some sentence holds
// a capitalised word after its first.
func isCased(sents []sent) bool {
	n, capped := 0, 0
	for _, s := range sents {
		if len(s.toks) < 4 {
			continue
		}
		n++
		for i, t := range s.toks[1:] {
			// A capital after a period ("dr. Taner", "u.s. Job") is the
			// re-capitalised text of Multi-News, not a name.
			prev := s.toks[i]
			if t.kind == word && t.upper() && prev.kind != stop && prev.kind != mark && !strings.HasSuffix(prev.text, ".") {
				capped++
				break
			}
		}
	}
	return n > 0 && capped*5 >= n
}

// corporate are the words that end an organisation's name and do not key
// it.
var corporate = lex.Set("inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "ii", "iii")

// key returns the key of a name: its last word, lower-cased, without a
// possessive or a corporate suffix.
func key(name []token) string {
	for i := len(name) - 1; i >= 0; i-- {
		w := strings.TrimSuffix(strings.TrimSuffix(name[i].low, "'s"), "’s")
		if !corporate[w] || i == 0 {
			return w
		}
	}
	return ""
}

// display writes a name for people: as written in cased text, capitalised
// word by word in lower-cased text.
func display(name []token, cased bool) string {
	if cased {
		return join(name)
	}
	parts := make([]string, len(name))
	for i, t := range name {
		if particles[t.low] && i > 0 {
			parts[i] = t.text
			continue
		}
		parts[i] = capitalize(t.text)
	}
	return strings.Join(parts, " ")
}

// displayOf writes the "of the …" part of an organisation's name: as
// written in cased text, its name words capitalised in lower-cased text.
func displayOf(toks []token, cased bool) string {
	if cased {
		return join(toks)
	}
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.text
		if isName(t, false) {
			parts[i] = capitalize(t.text)
		}
	}
	return strings.Join(parts, " ")
}

// capitalize upper-cases the first letter of s and of each part after a
// hyphen ("jean-paul" → "Jean-Paul").
func capitalize(s string) string { return lex.TitleWord(s, "-") }

// quoteText joins the quoted words of span across the sentences.
func quoteText(sents []sent, span int) string {
	var parts []string
	for i := range sents {
		s := &sents[i]
		for _, c := range s.chunks {
			if c.span == span && c.end > c.start {
				parts = append(parts, s.text[c.start:c.end])
			}
		}
	}
	t := tidy(strings.Join(parts, " "))
	t = strings.TrimRight(t, " ,;:-—–")
	if t == "" {
		return ""
	}
	if r, _ := utf8.DecodeLastRuneInString(t); r != '.' && r != '!' && r != '?' && r != '…' {
		t += "."
	}
	return firstUpper(t)
}

func firstUpper(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// spacing removes the spaces of tokenized text before punctuation and
// contractions ("historic , record" → "historic, record").
var spacing = strings.NewReplacer(" ,", ",", " .", ".", " ;", ";", " :", ":", " !", "!", " ?", "?",
	" n't", "n't", " 's", "'s", " 're", "'re", " 've", "'ve", " 'll", "'ll", " 'd", "'d", " %", "%", " 'm", "'m")

// respace is spacing.Replace(s), returning s itself, with no allocation,
// when no space in s comes before a byte one of spacing's keys has there.
func respace(s string) string {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == ' ' && strings.IndexByte(",.;:!?%'n", s[i+1]) >= 0 {
			return spacing.Replace(s)
		}
	}
	return s
}

// roleText tidies a role: single-spaced, closed punctuation, no edge
// commas, no article, preposition, conjunction or courtesy title at its
// end; none when it ends on a lone letter (a role cut at "U.S.").
func roleText(s string) string {
	f := lex.SpaceFields(s)
	// "of the" before a cut, "police surgeon Dr." before the name: no
	// word a role ends on.
	for len(f) > 0 {
		w := strings.TrimSuffix(lex.Lower(strings.Trim(f[len(f)-1], " ,;:")), ".")
		if !loose[w] && !courtesy[w] {
			break
		}
		f = f[:len(f)-1]
	}
	// "the U", "chief U" : a role cut at an abbreviation's period.
	if n := len(f); n > 0 && utf8.RuneCountInString(strings.Trim(f[n-1], ".")) == 1 {
		return ""
	}
	return strings.Trim(respace(strings.Join(f, " ")), " ,;:")
}

// tidy single-spaces s and closes tokenized punctuation.
func tidy(s string) string {
	return firstUpper(respace(lex.Collapse(s)))
}
