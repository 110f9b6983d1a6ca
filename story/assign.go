package story

import (
	"math"
	"sort"
	"time"

	"github.com/chorusnews/chorus/internal/copies"
)

// dupStories is how many of the best candidate stories are searched for the
// original of a near-duplicate; mergeStories how many are tested for merging.
const (
	dupStories   = 3
	mergeStories = 8
)

// evictEvery is how many applied articles pass between evictions of stories
// that fell out of the window.
const evictEvery = 256

// scored is a candidate story with its cosine to the article.
type scored struct {
	cl    *cluster
	score float64
}

// span is the time span of a story's articles; zero times mean none known.
type span struct{ first, last time.Time }

// widen stretches s to cover t (when known).
func (s *span) widen(t time.Time) {
	if t.IsZero() {
		return
	}
	if s.first.IsZero() || t.Before(s.first) {
		s.first = t
	}
	if t.After(s.last) {
		s.last = t
	}
}

// holds reports whether t lies within w of the span; unknown times are
// always inside.
func (s span) holds(t time.Time, w time.Duration) bool {
	if t.IsZero() || s.first.IsZero() {
		return true
	}
	return !t.Before(s.first.Add(-w)) && !t.After(s.last.Add(w))
}

// inWindow reports whether an article published at t and seen at seen lies
// within the window around cl's articles: by publication time when both
// sides know one, else by time seen. Unknown times are always inside.
func (c *Clusterer) inWindow(cl *cluster, t, seen time.Time) bool {
	if !t.IsZero() && !cl.first.IsZero() {
		return span{cl.first, cl.last}.holds(t, c.opts.Window)
	}
	return cl.seen.holds(seen, c.opts.Window)
}

// maxCandidates caps the stories scored per article: those posted under
// the most of the article's heaviest terms (ties to the lower ID).
const maxCandidates = 64

// candidates returns the live stories in t's window that share a heavy term
// with v, best cosine first (ties by story ID).
func (c *Clusterer) candidates(v vector, t, seenAt time.Time) []scored {
	c.stamp++
	var order []*cluster
	for _, term := range v.top(queryTerms) {
		list := c.postings[term]
		kept := list[:0]
		for _, cl := range list {
			if cl.dead {
				continue
			}
			kept = append(kept, cl)
			switch {
			case cl.stamp == c.stamp:
				if cl.shared > 0 {
					cl.shared++
				}
			case c.inWindow(cl, t, seenAt):
				cl.stamp, cl.shared = c.stamp, 1
				order = append(order, cl)
			default:
				cl.stamp, cl.shared = c.stamp, 0
			}
		}
		for i := len(kept); i < len(list); i++ {
			list[i] = nil
		}
		if len(kept) == 0 {
			delete(c.postings, term)
		} else {
			c.postings[term] = kept
		}
	}
	if len(order) > maxCandidates {
		sort.Slice(order, func(i, j int) bool {
			if a, b := order[i].shared, order[j].shared; a != b {
				return a > b
			}
			return order[i].id < order[j].id
		})
		order = order[:maxCandidates]
	}
	out := make([]scored, len(order))
	for i, cl := range order {
		out[i] = scored{cl, cosine(v, cl.centroid, 1, cl.norm)}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].cl.id < out[j].cl.id
	})
	return out
}

// Assign decides where the article d goes, without changing what later
// calls see: a near-duplicate joins its original's story, an article similar
// enough to a story joins the best one (merging stories that converge with
// it), and any other article opens a new story.
func (c *Clusterer) Assign(d Doc) Decision {
	vec, sents := c.vectorize(d)
	dec := Decision{doc: d, vec: vec, sents: sents}
	cands := c.candidates(vec, d.Time, d.Seen)
	if sents.Len() > 0 {
		best, orig := 0.0, (*member)(nil)
		for i := 0; i < len(cands) && i < dupStories; i++ {
			best, orig = c.bestOriginal(d.ID, &sents, c.mayCopy(&sents, cands[i].cl, c.opts.Duplicate), best, orig)
		}
		if orig != nil && best >= c.opts.Duplicate {
			dec.Story, dec.DuplicateOf, dec.Score = orig.story.id, orig.id, 1
			return dec
		}
	}
	if len(cands) == 0 || cands[0].score < c.opts.Join {
		return dec
	}
	target := cands[0].cl
	dec.Story, dec.Score = target.id, cands[0].score
	grown := add(target.centroid, vec, 1)
	gn := grown.norm()
	var merged []int64
	for i := 1; i < len(cands) && i <= mergeStories; i++ {
		cl := cands[i].cl
		if cosine(grown, cl.centroid, gn, cl.norm) >= c.opts.Merge {
			merged = append(merged, cl.id)
		}
	}
	if len(merged) > 0 {
		// The oldest story (lowest ID) survives.
		merged = append(merged, target.id)
		sort.Slice(merged, func(i, j int) bool { return merged[i] < merged[j] })
		dec.Story, dec.Merge = merged[0], merged[1:]
	}
	return dec
}

// bestOriginal returns the member of ms that the article id (sentences
// sents) copies most (copies.Share), if it beats best (else best and orig
// as given); of equal shares the first. Copies and the article itself are
// never originals, so no article is marked a copy of itself or of its own
// copy. Only shares of at least Options.Duplicate count for a decision, so
// ms may leave out the members mayCopy rules out.
func (c *Clusterer) bestOriginal(id string, sents *copies.Doc, ms []*member, best float64, orig *member) (float64, *member) {
	for _, m := range ms {
		if m.sents.Len() == 0 || m.dupOf != "" || m.id == id {
			continue
		}
		if s := copies.Share(sents, &m.sents, c.opts.Duplicate); s > best {
			best, orig = s, m
		}
	}
	return best, orig
}

// Apply carries out a decision from the latest Assign call. newStory is the
// ID for a new story (when d.Story is zero). It returns the article's story.
func (c *Clusterer) Apply(d Decision, newStory int64) int64 {
	id := d.Story
	if id == 0 {
		id = newStory
	}
	target := c.stories[id]
	if target == nil {
		target = &cluster{id: id, posted: make(map[int32]bool)}
		c.stories[id] = target
	}
	for _, m := range d.Merge {
		if from := c.stories[m]; from != nil && from != target {
			c.merge(from, target)
		}
	}
	if old := c.articles[d.doc.ID]; old != nil {
		c.remove(old)
	}
	m := &member{id: d.doc.ID, story: target, sents: d.sents, dupOf: d.DuplicateOf, pos: len(target.members)}
	if m.dupOf == "" {
		m.vec = d.vec
		c.addVec(target, d.vec)
		for _, e := range d.vec {
			c.df[e.term]++
		}
		c.docs++
	}
	target.members = append(target.members, m)
	target.joined(m)
	c.articles[m.id] = m
	c.stretch(target, d.doc.Time)
	target.seen.widen(d.doc.Seen)
	if d.doc.Seen.After(c.seen) {
		c.seen = d.doc.Seen
	}
	c.applied++
	if c.applied%evictEvery == 0 {
		c.evict()
	}
	return id
}

// Load adds an article whose story is already known (rebuilding the state
// from a store). dupOf is the original's ID for a duplicate.
func (c *Clusterer) Load(d Doc, story int64, dupOf string) {
	vec, sents := c.vectorize(d)
	c.Apply(Decision{Story: story, DuplicateOf: dupOf, doc: d, vec: vec, sents: sents}, story)
}

// addVec adds v to cl's centroid and posts cl under v's heaviest terms.
func (c *Clusterer) addVec(cl *cluster, v vector) {
	cl.centroid = add(cl.centroid, v, 1)
	cl.norm = cl.centroid.norm()
	for _, t := range v.top(queryTerms) {
		if !cl.posted[t] {
			cl.posted[t] = true
			c.postings[t] = append(c.postings[t], cl)
		}
	}
}

// remove takes a member out of its story (before it is re-added) and takes
// its terms back out of the document frequencies.
func (c *Clusterer) remove(m *member) {
	cl := m.story
	if m.vec != nil {
		cl.centroid = add(cl.centroid, m.vec, -1)
		cl.norm = cl.centroid.norm()
		for _, e := range m.vec {
			c.df[e.term]--
		}
		c.docs--
	}
	cl.left(m)
	if i := m.pos; i < len(cl.members) && cl.members[i] == m {
		cl.members = append(cl.members[:i], cl.members[i+1:]...)
		for ; i < len(cl.members); i++ {
			cl.members[i].pos = i
		}
	}
	delete(c.articles, m.id)
}

// merge moves from's articles into into.
func (c *Clusterer) merge(from, into *cluster) {
	into.centroid = add(into.centroid, from.centroid, 1)
	into.norm = into.centroid.norm()
	for i, m := range from.members {
		m.story, m.pos = into, len(into.members)+i
	}
	into.members = append(into.members, from.members...)
	into.absorbed(from)
	terms := make([]int32, 0, len(from.posted))
	for t := range from.posted {
		terms = append(terms, t)
	}
	sort.Slice(terms, func(i, j int) bool { return terms[i] < terms[j] })
	for _, t := range terms {
		if !into.posted[t] {
			into.posted[t] = true
			c.postings[t] = append(c.postings[t], into)
		}
	}
	c.stretch(into, from.first)
	c.stretch(into, from.last)
	into.seen.widen(from.seen.first)
	into.seen.widen(from.seen.last)
	from.dead = true
	from.members, from.centroid, from.posted, from.originals = nil, nil, nil, nil
	delete(c.stories, from.id)
}

// stretch widens cl's publication time span to cover t.
func (c *Clusterer) stretch(cl *cluster, t time.Time) {
	if t.IsZero() {
		return
	}
	s := span{cl.first, cl.last}
	s.widen(t)
	cl.first, cl.last = s.first, s.last
	if t.After(c.latest) {
		c.latest = t
	}
}

// stale reports whether no new article is likely to reach cl: its articles
// were last seen more than two windows before the latest one seen (or, when
// times seen are unknown, were published that long before the latest). A
// window too long to double (Group's, which has none) never ages a story.
func (c *Clusterer) stale(cl *cluster) bool {
	if c.opts.Window > math.MaxInt64/2 {
		return false
	}
	w := 2 * c.opts.Window
	if !cl.seen.last.IsZero() {
		return cl.seen.last.Before(c.seen.Add(-w))
	}
	return !cl.last.IsZero() && cl.last.Before(c.latest.Add(-w))
}

// evict forgets stale stories.
func (c *Clusterer) evict() {
	for id, cl := range c.stories {
		if !c.stale(cl) {
			continue
		}
		for _, m := range cl.members {
			delete(c.articles, m.id)
		}
		cl.dead = true
		cl.members, cl.centroid, cl.posted, cl.originals = nil, nil, nil, nil
		delete(c.stories, id)
	}
}

// Merge replays a merge decided elsewhere (a story assigner's change log):
// story from's articles join story into, as when Apply carries out a
// Decision that merges from.
func (c *Clusterer) Merge(from, into int64) {
	f := c.stories[from]
	if f == nil || from == into {
		return
	}
	t := c.stories[into]
	if t == nil {
		t = &cluster{id: into, posted: make(map[int32]bool)}
		c.stories[into] = t
	}
	c.merge(f, t)
}
