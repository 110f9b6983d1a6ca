package voices

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// Limits on what Find returns: the voices a reader can take in beside a
// summary. Chosen for the story page, not fitted.
const (
	// MaxVoices is the number of speakers returned.
	MaxVoices = 6
	// MaxStatements is the number of statements per speaker.
	MaxStatements = 2
	// maxQuoteWords caps a statement; a longer quote is cut at a
	// sentence end.
	maxQuoteWords = 60
	// sameStatement is the share of the shorter statement's content terms
	// that the longer must hold for the two to be one statement.
	sameStatement = 0.75
)

// Doc is one article's sentences, in text order, with its citation ID.
type Doc struct {
	// Source is the ID the statements found in it cite (chorus.Source.ID).
	Source int
	// Sentences are the article's sentences in text order.
	Sentences []string
	// Terms, when the caller has them, are the content terms of each
	// sentence (lex.ContentTerms), so they are not computed again; nil
	// (or of another length than Sentences) means Find computes them.
	Terms [][]uint64
	// memo keeps what Find read for Attributions.
	memo *memo
}

// statement is one statement of one speaker across sources.
type statement struct {
	text    string
	quote   bool
	sources []int
	terms   []uint64
	first   int // order of first appearance
	words   int
	// pronoun is the "he" or "she" the text writes as the speaker's
	// name (standAlone), checked against the speaker's fullest name.
	pronoun string
}

// voice is one speaker across sources.
type voice struct {
	key   string
	names []string // display names seen, in order
	full  bool
	role  string
	// written is role as its source wrote it, before possessorRole and
	// namedOwnerRole completed it: the introduction the heading repeats
	// (dropIntroduction).
	written string
	first   int
	stmts   []*statement
	sources []int
	// unowned: the first role the sources gave opened with "his" or
	// "her" and no one to own it was found (possessorRole).
	unowned bool
}

// Find returns the speakers of docs with their most informative
// statements: at most MaxVoices speakers with a full name (two words or a
// title; a one-word name counts when some source gives the same surname
// in full), those cited by the most sources first, each with up to
// MaxStatements statements in the order the sources give them. The same
// surname in several sources is one speaker; the same statement (quote or
// reported) in several sources is one statement citing them all. Find
// returns nil when no source quotes anyone by name. Find keeps in docs
// what it reads of each, for Doc.Attributions.
func Find(docs []Doc) []chorus.Voice {
	return FindBeside(docs, nil)
}

// FindBeside is Find for the voices shown beside a summary whose sentences
// are shown: a statement that one of them already shows (shows) is left
// out before each speaker's best statements are chosen, and a speaker left
// with no statement is not returned, so that a reader does not meet the
// same words twice. Find is FindBeside with no sentences.
func FindBeside(docs []Doc, shown []string) []chorus.Voice {
	// Each article is read once; one whose "he" or "she" found no
	// speaker is read again with the surnames other articles give in
	// full.
	atts := make([][]Attribution, len(docs))
	again := make([]bool, len(docs))
	arts := make([]*article, len(docs))
	known := map[string]bool{}
	titles := map[string]string{}
	for i, d := range docs {
		if m := d.memo; m != nil && m.art != nil && m.owns(d.Sentences) {
			arts[i], atts[i], again[i] = m.art, m.first, m.again // read by Read
		} else {
			arts[i] = read(d.Sentences)
			atts[i], again[i] = arts[i].resolved(nil)
			docs[i].memo = &memo{sentences: d.Sentences, first: atts[i]}
		}
		for k, r := range arts[i].titles {
			if _, ok := titles[k]; !ok {
				titles[k] = r
			}
		}
		for _, a := range atts[i] {
			if a.Full && !a.Pronoun {
				known[a.Key] = true
			}
		}
	}
	byKey := map[string]*voice{}
	var order []*voice
	var words lex.Words
	n := 0
	for i, d := range docs {
		if again[i] && len(known) > 0 {
			atts[i], _ = arts[i].resolved(known)
		}
		for _, a := range atts[i] {
			if a.Key == "" || a.Text == "" {
				continue
			}
			v := byKey[a.Key]
			if v == nil {
				v = &voice{key: a.Key, first: n}
				byKey[a.Key] = v
				order = append(order, v)
			}
			n++
			// The name and role count even when the statement
			// cannot stand alone; the statement is left out.
			v.names = append(v.names, a.Name)
			v.full = v.full || a.Full
			if v.role == "" && a.Role != "" && !v.unowned {
				v.role = namedOwnerRole(possessorRole(a.Role, d.Sentences, a.Sentences, a.Key, arts[i].named, arts[i].cased),
					d.Sentences, a.Sentences, arts[i].cased)
				if v.role != "" {
					v.written = a.Role // "" when no role is shown: the introduction stays
				}
				// "his attorney" with no one to be his: no role, not
				// even a title the cluster gives elsewhere.
				v.unowned = v.role == ""
			}
			if a.partial || fragment(a.Text) || countWordsOf(a.Text) < minStatementWords {
				continue
			}
			toks := tokenize(a.Text)
			if dependent(a, toks) || a.Quote && quotesSpeaker(a.Text, known) {
				continue
			}
			reads, pronoun, ok := standAlone(a, toks)
			if !ok {
				continue
			}
			v.sources = addID(v.sources, d.Source)
			// The terms are the source's words: a pronoun written as
			// the speaker's name changes what a reader sees, not which
			// statements are one nor what the summary already shows.
			text := cut(a.Text)
			terms := lex.ContentTerms(nil, &words, text)
			text = cut(dropIntroduction(reads, a, v.written))
			st := v.find(terms)
			if st == nil {
				st = &statement{text: text, quote: a.Quote, terms: terms, first: n, words: lex.CountFields(text), pronoun: pronoun}
				v.stmts = append(v.stmts, st)
			} else if a.Quote && !st.quote {
				st.text, st.quote, st.terms, st.words = text, true, terms, lex.CountFields(text)
			}
			st.sources = addID(st.sources, d.Source)
		}
	}
	leaveOutMisfits(order)
	mergeAcross(order, known)
	if len(shown) > 0 {
		leaveOut(order, shownTerms(shown, &words))
	}
	var out []*voice
	for _, v := range order {
		if !known[v.key] || len(v.stmts) == 0 {
			continue
		}
		if name, ok := unclaused(v.name()); ok && !possessed(name) {
			name, title, job := untitled(name)
			v.names = []string{name}
			if title != "" {
				if v.role == "" && !v.unowned {
					v.role = titles[v.key]
				}
				v.role = withTitle(v.role, title, job)
			}

			out = append(out, v)
		}
	}
	if len(out) == 0 {
		return nil
	}
	slices.SortStableFunc(out, func(a, b *voice) int {
		if c := cmp.Compare(len(b.sources), len(a.sources)); c != 0 {
			return c
		}
		if c := cmp.Compare(len(b.stmts), len(a.stmts)); c != 0 {
			return c
		}
		return cmp.Compare(a.first, b.first)
	})
	if len(out) > MaxVoices {
		out = out[:MaxVoices]
	}
	// How many articles share each word, for the statements' weights:
	// only the words of the statements shown are counted (best reads no
	// other), so the cluster's other words are looked up, not stored.
	df := map[uint64]int{}
	last := map[uint64]int{} // a counted word -> 1 + the last article counted
	for _, v := range out {
		for _, st := range v.stmts {
			for _, h := range st.terms {
				last[h] = 0
			}
		}
	}
	var buf []uint64
	for i, d := range docs {
		for j, s := range d.Sentences {
			var terms []uint64
			if len(d.Terms) == len(d.Sentences) {
				terms = d.Terms[j] // the caller's: read only
			} else {
				buf = lex.ContentTerms(buf[:0], &words, s)
				terms = buf
			}
			for _, h := range terms {
				if l, ok := last[h]; ok && l != i+1 {
					last[h] = i + 1
					df[h]++
				}
			}
		}
	}
	res := make([]chorus.Voice, len(out))
	for i, v := range out {
		role := v.role
		if role == "" && !v.unowned {
			role = titles[v.key] // "Governor Tomas Reyland declared …"
		}
		role = unclausedRole(role)
		if junkRole(role) {
			role = ""
		}
		name, role := orgOf(fullName(v.name(), v.key, arts), role)
		name, role = personOfOrg(name, role)
		role = RoleForm(role) // "Sen." reads "senator", "Police chief" "police chief" (roleform.go)
		res[i] = chorus.Voice{Name: name, Role: role, Statements: v.best(df, len(docs))}
	}
	return res
}

// fullName returns a one-word name ("Udall", after "Mr. Udall") as the
// first article that writes it in full anywhere gives it, in two words
// ("Tom Udall"; fullNames), else as it is. In lower-cased text the full
// name must open with a listed given name, and no full name may read as
// a clause. Three words are left alone: they are a body's name as often
// ("Robert Wood Johnson" of a hospital beside "Mr. Johnson").
func fullName(name, key string, arts []*article) string {
	if strings.Contains(name, " ") {
		return name
	}
	for _, art := range arts {
		full := art.named[key]
		if len(full) != 2 || !art.cased && !lex.IsGivenName(full[0].low) {
			continue
		}
		if d := display(full, art.cased); !clauseName(d) && !strings.Contains(d, "'") {
			return d
		}
	}
	return name
}

// clauseName reports a "name" cut from a clause of lower-cased text: it
// opens with a verb form ("Representing Michael Cohen", "Sniffed David
// Rice"), or no word of it is a listed given name and one is a past form
// of a verb ("Research Published", "Charges Filed", "Xinhua Quoted
// Organisers", "Trump Installed Bannon", "Warrants Obtained"). A verb
// form is a word of five letters or more ending in "-ed" (or "-based"),
// or opening the name, of six or more ending in "-ing"; save the names
// that end so ("United Nations", "Planned Parenthood", "Rolling Stone").
// A word no name holds (clauseWord: a contraction, "whose", an adverb),
// an irregular past opening it ("Wrote", "Met"; not "Met Office") or a
// verb ending it ("Given", "Died"; lastVerbs) marks a clause too.
func clauseName(name string) bool {
	f := lex.SpaceFieldsShared(lex.Lower(name))
	if len(f) < 2 {
		return false
	}
	for _, w := range f {
		if clauseWord(w) {
			return true // "Obama Didn't", "Andrews Whose", "Strangely Doesburg"
		}
	}
	if last := strings.Trim(f[len(f)-1], ".,'’"); lastVerbs[last] {
		return true // "Testimony Given", "Kam Died"
	}
	if first := strings.Trim(f[0], ".,'’"); first == "met" && metNames[f[1]] {
		return false // "Met Office"
	}
	if first := strings.Trim(f[0], ".,'’"); !lex.IsGivenName(first) && !(len(f) >= 3 && orgTails[f[len(f)-1]]) && (verbForm(first) || presentVerbs[first] || pastVerbs[first] ||
		len(first) >= 6 && strings.HasSuffix(first, "ing") && !ingNames[first]) {
		return true // "Representing Michael Cohen", "Sniffed David Rice": a clause; not "Peking University Cancer Hospital"
	}
	verb := false
	for _, w := range f {
		if lex.IsGivenName(w) {
			return false
		}
		verb = verb || verbForm(w)
	}
	return verb
}

// unclaused returns name as Voices shows it, and false for a name cut
// from a clause (clauseName, or two words opening with a word of a
// clause: "See Johnson"); a verb after a name of two words or more is cut
// off ("Glenn Waldman Called"), and a verb that names the one after it
// (beforeNames), opening a name of two more words, is cut off instead
// ("Arrested Bryce Reed" is Bryce Reed, "Called Kyrsten Sinema" Kyrsten
// Sinema).
func unclaused(name string) (string, bool) {
	f := lex.SpaceFields(name)
	if len(f) == 2 && clauseVerbs[lex.Lower(f[0])] {
		return "", false // "See Johnson"
	}
	if last := lex.Lower(f[len(f)-1]); len(f) >= 3 && (lex.IsGivenName(lex.Lower(f[0])) && (verbForm(last) || lastVerbs[last]) || contraction(last)) {
		// "Glenn Waldman Called", "Paul Orvani Sent", "Paul Orvani
		// Wouldn't": the verb after the name.
		f = f[:len(f)-1]
		name = strings.Join(f, " ")
	}
	if !clauseName(name) {
		return name, true
	}
	if rest := strings.Join(f[1:], " "); len(f) >= 3 && beforeNames[lex.Lower(f[0])] && !clauseName(rest) {
		return rest, true
	}
	return "", false
}

// minStatementWords is the fewest words a statement shown under a
// speaker's name has: "Stay tuned.", "Our team." and "Wait wait." say
// nothing alone.
const minStatementWords = 3

// countWordsOf returns how many words text holds.
func countWordsOf(text string) int { return len(wordsOf(tokenize(text))) }

// possessed reports whether a name ends in a possessive run into the
// next word, as lower-cased text may print it ("Daniel Harris'relatives
// said"): the speaker is the possessor's relatives or lawyer, not the
// person named.
func possessed(name string) bool {
	f := lex.SpaceFieldsShared(name)
	last := f[len(f)-1]
	for _, q := range []string{"'", "’"} {
		if i := strings.Index(last, q); i > 0 && last[i-1] == 's' && i+len(q) < len(last) {
			return true
		}
	}
	return false
}

// orgOf mends an organisation's name that lower-cased text split into a
// name and a role: "Tennessee Bureau" with "of investigation" is the
// Tennessee Bureau of Investigation, "Hurricane Center" with "the
// national" the National Hurricane Center. A name ending in a word of an
// organisation's (orgNameHeads) takes an "of" phrase without "the" or a
// lone word after "the"; other names and roles are returned as they are.
func orgOf(name, role string) (string, string) {
	f := lex.SpaceFieldsShared(name)
	if len(f) == 0 || !orgNameHeads[lex.Lower(f[len(f)-1])] {
		return name, role
	}
	r := lex.SpaceFields(role)
	switch {
	case len(r) >= 2 && len(r) <= 4 && r[0] == "of" && r[1] != "the" && r[1] != "a":
		for i := 1; i < len(r); i++ {
			r[i] = capitalize(r[i])
		}
		return name + " " + strings.Join(r, " "), ""
	case len(r) == 2 && strings.EqualFold(r[0], "the") && (modifierRoles[lex.Lower(r[1])] || !roles[lex.Lower(r[1])]):
		return capitalize(r[1]) + " " + name, ""
	}
	return name, role
}

// personOfOrg splits a person's name read with their body's ("Ada
// Brisk of the Tarnwick Harbour Authority") into the name and a role: the
// body goes to the role ("of the Tarnwick Harbour Authority", after the
// role read "spokeswoman of the …", "researcher at the …") unless the
// role names it already. A body the page cut short ("of the Los
// Angeles") goes there too: which bodies are whole cannot be told from
// their last word ("of the Cdc"). The name must open with a listed
// given name and hold two or three words; other names are returned as
// they are ("Conservative Majority of the Supreme Court").
func personOfOrg(name, role string) (string, string) {
	f := lex.SpaceFields(name)
	k := slices.Index(f, "of")
	if k < 2 || k > 3 || k+3 > len(f) || f[k+1] != "the" || !lex.IsGivenName(lex.Lower(f[0])) {
		return name, role
	}
	body := f[k+2:]
	person := strings.Join(f[:k], " ")
	if strings.Contains(lex.Lower(role), lex.Lower(body[len(body)-1])) {
		return person, role
	}
	link := " of the "
	if r := lex.SpaceFieldsShared(lex.Lower(role)); len(r) > 0 && atRoles[r[len(r)-1]] {
		link = " at the " // "researcher at the Frederiksberg Hospital"
	}
	return person, strings.TrimSpace(role + link + strings.Join(body, " "))
}

// atRoles are the jobs held at a body rather than of it: "researcher at
// the <hospital>", but "officer of the <patrol>".
var atRoles = lex.Set("researcher", "researchers", "professor", "scientist", "doctor", "physician", "student",
	"fellow", "author", "lecturer", "economist", "analyst", "surgeon", "nurse", "epidemiologist", "psychologist")

// orgNameHeads are the words an organisation's name ends on before an
// "of" phrase ("Bureau of Investigation", "Court of Appeals").
var orgNameHeads = lex.Set("bureau", "court", "department", "ministry", "office", "institute", "center", "centre",
	"agency", "board", "commission", "council", "committee", "association", "society", "academy", "college",
	"university", "school", "league", "federation", "union", "foundation", "service", "authority", "corps",
	"guard", "bank", "church", "fund", "news", "division")

// beforeNames are the verbs a cut name may open with, the person named
// right after them ("police arrested Bryce Reed", "a hacking group
// called Lizard Squad").
var beforeNames = lex.Set("arrested", "called", "named", "dubbed", "accused", "charged", "identified")

// verbForm reports a past form of a verb as clauseName reads one.
func verbForm(w string) bool {
	w = strings.Trim(w, ".,'’")
	return len(w) >= 5 && strings.HasSuffix(w, "ed") && !edNames[w] || strings.HasSuffix(w, "-based")
}

// untitled returns a name of three words or more without a first word
// that describes the person, when the second is a listed given name
// ("Billionaire Richard Branson" is Richard Branson, "Det. Gary Guevara"
// Gary Guevara, "Means Richard Tisei" Richard Tisei) or the first is a
// plain job (plainJob: "Geneticist Ilsabet Varga"), with that word as
// a title (lower-cased) and whether it is a job, a role by itself
// ("billionaire"; "det." is not, "Means" no title). Lower-cased text
// writes titles and jobs before a name like the name.
func untitled(name string) (rest, title string, job bool) {
	f := lex.SpaceFieldsShared(name)
	if len(f) < 3 {
		return name, "", false
	}
	first, second := lex.Lower(f[0]), lex.Lower(f[1])
	if lex.IsGivenName(first) || courtesy[strings.TrimSuffix(first, ".")] {
		return name, "", false
	}
	rest = strings.Join(f[1:], " ")
	if !lex.IsGivenName(second) {
		// The list knows few given names: before an unlisted one only
		// a word that is a job and never a given name is cut off
		// ("Geneticist Ilse Varga"; "Tanner Ilse Varga" is kept).
		if plainJob(first) {
			return rest, first, true
		}
		return name, "", false
	}
	switch {
	case clauseOpeners[first]:
		return rest, "", false
	case jobWord(first):
		return rest, first, true
	case strings.Contains(first, "-") && !strings.HasSuffix(first, "-old") || titleWords[strings.TrimSuffix(first, ".")]:
		return rest, first, false
	case strings.Contains(first, "-"):
		return rest, "", false // "Fifteen-Year-Old Kenneth Shinozuka"
	}
	return name, "", false
}

// junkRole reports a role that is a piece of page or clause, not a
// role: a figure in a role of two words or one ("Reuters 22"), a verb of
// saying ending it ("the bbc reported"), a sign-up box ("Newsletter
// sign-up").
func junkRole(role string) bool {
	f := lex.SpaceFieldsShared(lex.Lower(role))
	if len(f) == 0 {
		return false
	}
	for _, w := range f {
		if _, err := strconv.Atoi(strings.Trim(w, ".,")); err == nil && len(f) <= 2 || w == "sign-up" {
			return true // "Reuters 22", "000"; not "Kpix 5 reporter"
		}
	}
	return sayings[strings.Trim(f[len(f)-1], ".,")]
}

// unclausedRole returns role without a clause that an apposition ran
// into: cut at a conjunction that opens one ("head of the ministry while
// the cabinet is formed" is "head of the ministry"); "" for a role that
// is a clause itself, holding an auxiliary or a copula ("his son had
// never been in trouble", "the plan was") or opening as no role does
// ("speaking at the summit", "on holiday with her husband", "this
// week").
func unclausedRole(role string) string {
	f := lex.SpaceFields(role)
	for i, w := range f {
		if i > 0 && clauseConjunctions[lex.Lower(w)] {
			f = f[:i]
			break
		}
	}
	if len(f) == 0 {
		return ""
	}
	first := lex.Lower(f[0])
	if roleOpenersNot[first] || first == "this" && (len(f) == 1 || !possessive(lex.Lower(f[1]))) {
		return ""
	}
	for _, w := range f {
		if auxiliaries[strings.Trim(lex.Lower(w), ".,")] {
			return ""
		}
	}
	return strings.Join(f, " ")
}

// clauseConjunctions open a clause inside an apposition.
var clauseConjunctions = lex.Set("while", "when", "because", "although", "though", "since")

// roleOpenersNot open a phrase that is no role.
var roleOpenersNot = lex.Set("speaking", "on", "that", "these", "those", "is", "was")

// auxiliaries are the auxiliary and copula verbs of a clause: no role
// holds one ("a man who was …" is cut at "who" before).
var auxiliaries = lex.Set("is", "was", "were", "are", "had", "has", "have", "would", "will", "could", "can",
	"did", "does", "should", "shall", "might", "must", "been", "isn't", "wasn't")

// sayings end a clause read as a role ("the bbc reported").
var sayings = lex.Set("reported", "said", "says", "added", "wrote", "told", "posted", "writes", "reports")

// withTitle returns the role a voice shows when the title cut off its
// name (untitled) is put back: the title alone when the role is empty
// and the title is a job ("screenwriter"); after the words the sources
// wrote before it ("Humboldt county" and "coroner": "Humboldt county
// coroner"; "Lapd" and "det.": "Lapd det."); before an "of" phrase
// ("astronomer of cornell university"); after a possessive ending the
// role or a lone "chief" ("Acme's franchisee", "Chief veterinarian").
// Otherwise an apposition (an article, "of" or a possessive in it, or a
// role word ending it: "Iranian supreme leader", "a us citizen", "sen.")
// is kept as it is.
func withTitle(role, title string, job bool) string {
	switch {
	case title == "":
		return role
	case role == "":
		if job {
			return title
		}
		return ""
	case strings.HasPrefix(role, "of "):
		return title + " " + role
	}
	f := lex.SpaceFieldsShared(lex.Lower(role))
	last := strings.Trim(f[len(f)-1], ".,")
	if possessive(last) || last == "chief" && len(f) <= 2 {
		// "Acme's" and "franchisee", "the show's" and "creator", "air
		// chief" and "marshal".
		return role + " " + title
	}
	if f[0] == "a" || f[0] == "an" || f[0] == "the" || slices.Contains(f, "of") || strings.Contains(role, "'s") ||
		slices.Contains(f, strings.TrimSuffix(title, ".")) || roles[last] && !modifierRoles[last] {
		return role
	}
	return role + " " + title
}

// possessive reports a word ending in "'s" or "’s".
func possessive(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") }

// modifierRoles are words of the roles list that stand before a title
// rather than end one ("Humboldt county coroner", "state trooper",
// "former supermodel").
var modifierRoles = lex.Set("county", "state", "police", "fire", "city", "district", "regional", "local", "national",
	"federal", "former", "republican", "democratic", "democrat", "gop", "acting", "interim", "senior", "junior",
	"assistant", "associate", "house", "senate", "white", "press", "u.s", "us", "american", "british", "french",
	"german", "russian", "chinese", "israeli", "palestinian", "iraqi", "iranian", "afghan", "pakistani", "indian",
	"japanese", "korean", "mexican", "canadian", "australian", "european", "party", "company", "campaign", "team",
	"private", "general", "deputy")

// jobWord reports a word that names what someone does or is
// ("screenwriter", "historian", "coroner", "whistleblower").
func jobWord(w string) bool {
	if roles[w] || jobs[w] {
		return true
	}
	if len(w) < 6 || lex.ContainsAny(w, "-.'’") {
		return false
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "man", "woman", "eur", "ess", "ee", "ant", "ent"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// plainJob reports a word that names a job or a part someone plays
// and is no given name: the words of plainJobs, jobs and those ending
// as a science's or a trade's practitioner does ("geneticist",
// "pediatrician", "photographer"), with or without "co-".
func plainJob(w string) bool {
	w = strings.TrimPrefix(w, "co-")
	if plainJobs[w] || jobs[w] {
		return true
	}
	return strings.HasSuffix(w, "ologist") || strings.HasSuffix(w, "ician") || strings.HasSuffix(w, "grapher") ||
		strings.HasSuffix(w, "writer") || len(w) >= 7 && strings.HasSuffix(w, "ist")
}

// plainJobs are the jobs and parts written before a name in lower-cased
// news text that jobWord's endings would share with given names
// ("Tanner", "Christian") or do not reach.
var plainJobs = lex.Set("adjutant", "specialist", "interpreter", "paralegal", "investigator", "creator", "counselor",
	"counsellor", "attendee", "striker", "franchisee", "dad", "agent", "roommate", "skipper", "donor", "blogger",
	"negotiator", "veterinarian", "librarian", "protester", "protestor", "historian", "entrepreneur", "coroner",
	"spymaster", "worker", "enthusiast", "statistician", "moderator", "firefighter", "fielder", "employee",
	"retiree", "detainee", "trainee", "nominee", "pitcher", "outfielder", "midfielder", "defender", "bandmate",
	"teammate", "classmate", "housemate", "lawyer", "attorney", "prosecutor", "detective", "officer", "teacher",
	"researcher", "scientist", "economist", "analyst", "photographer", "designer", "developer", "programmer",
	"engineer", "architect", "volunteer", "trooper", "deputy", "ranger", "pilot", "astronaut", "astronomer")

// jobs name what someone is, beside the roles list and the endings
// jobWord reads.
var jobs = lex.Set("billionaire", "mogul", "supermodel", "model", "nurse", "chef", "guide", "mom", "dad", "fan",
	"boss", "rival", "priest", "citizen", "hopeful", "costar", "counsel", "cornerback", "quarterback", "tackle",
	"landlord", "psychic", "academic", "constable", "marshal", "undersheriff", "boyfriend", "girlfriend",
	"veteran", "warden", "surgeon", "neurosurgeon", "activist", "showrunner", "exec", "alumni", "customer")

// titleWords are abbreviated titles and the titles of rank or faith that
// stand before a name; none is shown as a role here.
var titleWords = lex.Set("det", "insp", "supt", "mp", "vp", "pm", "cmo", "ceo", "dame", "lord", "sheikh", "ayatollah")

// clauseVerbs are the clauseOpeners that are verbs: a name of two words
// opening with one is no name ("See Johnson", "Whether Trump"; "Win
// Naing" and "Best Buy" are).
var clauseVerbs = lex.Set("know", "think", "means", "remember", "suggests", "replace", "found", "born", "see",
	"thought", "like", "dear", "whether", "reset", "reminisces")

// clauseOpeners are words of a clause a name was cut from ("Know Joan
// Rivers", "Means Richard Tisei").
var clauseOpeners = lex.Set("know", "think", "means", "remember", "suggests", "replace", "win", "found", "born",
	"see", "thought", "like", "dear", "show", "whether", "best", "reset", "fight", "land", "class", "charge",
	"reminisces", "terrorism", "intelligence", "affairs", "safety", "aircraft")

// clauseWord reports a word no name holds: a contraction ("didn't",
// "we're", "they'd"), "whose", an adverb of a clause ("already",
// "strangely", "regularly").
func clauseWord(w string) bool {
	if contraction(w) {
		return true
	}
	w = strings.Trim(w, ".,'’")
	if clauseAdverbs[w] {
		return true
	}
	if len(w) < 7 {
		return false
	}
	for _, suf := range []string{"ically", "ually", "ously", "ingly", "edly", "fully", "ently", "antly", "ately", "arily", "ularly", "gely", "tely", "sely", "vely", "ibly", "ably"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// contraction reports a verb's contraction ("didn't", "we're").
func contraction(w string) bool {
	w = strings.Trim(strings.ReplaceAll(w, "’", "'"), ".,'")
	for _, c := range []string{"n't", "'re", "'ve", "'ll", "'d"} {
		if strings.HasSuffix(w, c) {
			return true
		}
	}
	return false
}

// clauseAdverbs are the words of a clause, not a name, that clauseWord
// reads beside the adverbs' endings.
var clauseAdverbs = lex.Set("whose", "already", "instead", "sometimes", "quite", "yet", "every", "perhaps",
	"usually", "often", "still", "also", "later", "soon")

// pastVerbs are irregular past forms that open a "name" cut from a
// clause ("Wrote Tomas", "Met Varga", "Saw Orvani").
var pastVerbs = lex.Set("wrote", "met", "led", "saw", "heard", "told", "took", "gave", "went", "sent", "made",
	"knew", "got", "began", "became", "brought", "caught", "taught", "felt", "meant", "spent", "thought")

// metNames follow "Met" in a body's name ("Met Office", "Met Police").
var metNames = lex.Set("office", "police", "opera", "museum", "gala")

// lastVerbs end a "name" cut from a clause ("Testimony Given", "Diary
// Entries Found", "<name> Died", "<name> Needs").
var lastVerbs = lex.Set("died", "found", "given", "used", "needs", "takes", "tells", "bashes", "requires", "sent",
	"wants", "says", "said")

// presentVerbs can open a "name" cut from a clause ("Accuse Russia",
// "Say Iran", "Seen Russia", "Get Acme", "Quotes Orvani").
var presentVerbs = lex.Set("say", "says", "accuse", "accuses", "tell", "tells", "believe",
	"believes", "deny", "denies", "urge", "urges", "ask", "asks", "seen", "blame", "blames", "warn", "warns",
	"get", "gets", "want", "wants", "expect", "expects", "suggest", "learn", "convince", "join", "give",
	"gives", "return", "oust", "become", "quotes", "explains", "shows", "pushes", "targets", "slams", "bashes")

// ingNames end in "-ing" and open names ("Rolling Stone", "Downing
// Street", "Morning Consult").
var ingNames = lex.Set("rolling", "downing", "sterling", "morning", "kettering", "keating", "irving", "sporting",
	"flying", "browning", "manning", "harding", "golding", "fielding", "spalding", "reading", "king", "wing",
	"redding", "goring", "stirling", "ewing", "cushing", "bing", "beijing", "nanjing", "chongqing", "jinping",
	"qing", "xining", "kunming", "haining", "viking", "darling", "fleming", "flemming", "hemming", "lansing",
	"wyoming", "evening", "washington")

// edNames end in "-ed" and are names or words of names.
var edNames = lex.Set("united", "planned", "stansted", "mohammed", "muhammed", "ahmed", "hamed", "sayed", "saeed",
	"rasheed", "waleed", "jared", "alfred", "wilfred", "winfred", "mildred", "creed", "reed", "sneed", "steed",
	"mahmood", "masood", "javed", "naveed", "zaheed", "syed", "rashed", "obed", "jed", "fred", "ted", "mohamed",
	"muhamed", "muhumed", "gottfried", "siegfried", "manfred", "winifred", "forced", "khaled", "fried", "buzzfeed",
	"unified", "limited", "felsted")

// fullKeys returns the keys of the speakers the articles name in full
// (Attribution.Full): the speakers Find shows.
func fullKeys(docs [][]string) map[string]bool {
	known := map[string]bool{}
	for _, d := range docs {
		atts, _, _ := attribute(d, nil)
		for _, a := range atts {
			if a.Full && !a.Pronoun {
				known[a.Key] = true
			}
		}
	}
	return known
}

// mergeAcross keeps a statement that sources credit to two speakers
// (a quote one outlet gives to "Goddard Space Flight Center", another to
// the scientist who works there) once, citing all its sources, under the
// speaker more of them credit; on a tie, a shown speaker over one that is
// not, then a name that is no organisation's ("… Center", "… Ministry"),
// then the one seen first. Each speaker's sources are counted again.
func mergeAcross(order []*voice, known map[string]bool) {
	rank := func(v *voice, st *statement) [4]int {
		last := lastWord(v.name())
		person := 0
		if !roles[last] && !commons[last] {
			person = 1
		}
		shown := 0
		if known[v.key] {
			shown = 1
		}
		return [4]int{len(st.sources), shown, person, -v.first}
	}
	merged := false
	for i, v := range order {
		for _, st := range v.stmts {
			if st.sources == nil {
				continue
			}
			for _, w := range order[i+1:] {
				o := w.find(st.terms)
				if o == nil || o.sources == nil || !same(o.terms, st.terms) {
					continue
				}
				keep, drop := st, o
				if a, b := rank(v, st), rank(w, o); slices.Compare(b[:], a[:]) > 0 {
					keep, drop = o, st
				}
				for _, id := range drop.sources {
					keep.sources = addID(keep.sources, id)
				}
				drop.sources = nil // removed below
				merged = true
				if drop == st {
					break
				}
			}
		}
	}
	if !merged {
		return
	}
	for _, v := range order {
		v.stmts = slices.DeleteFunc(v.stmts, func(st *statement) bool { return st.sources == nil })
		v.sources = v.sources[:0]
		for _, st := range v.stmts {
			for _, id := range st.sources {
				v.sources = addID(v.sources, id)
			}
		}
	}
}

// same reports whether two statements say the same across speakers: each
// holds at least three content terms and sameStatement of the longer's
// terms are in both ("We don't have the gavel" is no copy of a quote
// that mentions the gavel).
func same(a, b []uint64) bool {
	return min(len(a), len(b)) >= 3 && float64(lex.Intersect(a, b)) >= sameStatement*float64(max(len(a), len(b)))
}

// find returns the statement of v that says what terms say, or nil.
func (v *voice) find(terms []uint64) *statement {
	for _, st := range v.stmts {
		small := min(len(terms), len(st.terms))
		common := lex.Intersect(terms, st.terms)
		if small >= 3 && float64(common) >= sameStatement*float64(small) || small == 2 && common == 2 {
			return st
		}
	}
	return nil
}

// name is the fullest name the sources give the speaker: the most words,
// the first such.
func (v *voice) name() string {
	best := ""
	for _, n := range v.names {
		if lex.CountFields(n) > lex.CountFields(best) {
			best = n
		}
	}
	return best
}

// best returns the speaker's most informative statements in order of
// appearance: those cited by most sources, then those whose words the
// cluster's other articles share most (the story's subject rather than an
// aside), then longer ones up to a sentence's length; a statement of fewer
// than six words comes last.
func (v *voice) best(df map[uint64]int, docs int) []chorus.Statement {
	type scored struct {
		st    *statement
		score float64
	}
	ss := make([]scored, len(v.stmts))
	for i, st := range v.stmts {
		shared := 0.0
		if docs > 1 && len(st.terms) > 0 {
			for _, h := range st.terms {
				shared += float64(df[h]-1) / float64(docs-1)
			}
			shared /= float64(len(st.terms))
		}
		s := 2*float64(len(st.sources)) + 3*shared + float64(min(st.words, 30))/30
		if st.words < 6 {
			s -= 3
		}
		if st.quote {
			s += 0.25
		}
		ss[i] = scored{st, s}
	}
	slices.SortStableFunc(ss, func(a, b scored) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(a.st.first, b.st.first)
	})
	if len(ss) > MaxStatements {
		ss = ss[:MaxStatements]
	}
	slices.SortFunc(ss, func(a, b scored) int { return cmp.Compare(a.st.first, b.st.first) })
	out := make([]chorus.Statement, len(ss))
	for i, s := range ss {
		out[i] = chorus.Statement{Text: s.st.text, Sources: s.st.sources, Quote: s.st.quote}
	}
	return out
}

// cut shortens a statement of more than maxQuoteWords words to its
// sentences that fit, or its first maxQuoteWords words and an ellipsis.
func cut(s string) string {
	f := lex.SpaceFieldsShared(s)
	if len(f) <= maxQuoteWords {
		return s
	}
	for i := maxQuoteWords - 1; i >= 5; i-- {
		w := f[i]
		if strings.HasSuffix(w, ".") || strings.HasSuffix(w, "!") || strings.HasSuffix(w, "?") {
			return strings.Join(f[:i+1], " ")
		}
	}
	return strings.Join(f[:maxQuoteWords], " ") + " …"
}

// addID adds id to the sorted set ids.
func addID(ids []int, id int) []int {
	i, ok := slices.BinarySearch(ids, id)
	if ok {
		return ids
	}
	return slices.Insert(ids, i, id)
}
