// Package story groups a stream of articles into stories by online
// clustering: the first step of the service half of Chorus (articles →
// stories → summaries kept current). Each new article joins the most similar
// recent story or opens a new one; near-duplicates join their original's
// story and are marked as copies; stories whose centroids converge merge.
//
// Similarity is the cosine of TF-IDF vectors built from stemmed content
// words, the title (weighted up), and cheap named entities (runs of
// capitalized words) and numbers. Document frequencies blend an embedded
// background table learned from Multi-News training articles with the
// stream's running counts, so the weights are sensible from the first
// article on. A near-duplicate is an article most of whose content words lie
// in sentences nearly matching an earlier article's (package copies, the
// test the summarizer counts sources with); page furniture and the
// sentences of the summarizer's learned boilerplate table are ignored
// throughout, as the summarizer ignores them. Only stories within Options.Window of
// the article are candidates: by publication time where both sides have one,
// else by the time seen (ingested). The state lives in memory; the service
// rebuilds it from its store on start with Load. For a given input order the
// result is deterministic.
package story

import (
	"math"
	"sort"
	"time"

	"github.com/chorusnews/chorus/internal/copies"
	"github.com/chorusnews/chorus/summarize"
)

// Options tunes the clusterer. The zero value means the defaults, tuned on
// the Multi-News validation split.
type Options struct {
	// Window limits candidates to stories with an article within Window of
	// the new article's time; zero means 72h.
	Window time.Duration
	// Join is the least cosine between an article and a story centroid for
	// the article to join the story; zero means DefaultJoin.
	Join float64
	// Merge is the least cosine between two story centroids for the stories
	// to merge; zero means DefaultMerge.
	Merge float64
	// Duplicate is the least share of an article's content words lying in
	// sentences that nearly match a sentence of an earlier article
	// (copies.Share) for the article to count as that one's copy; zero
	// means DefaultDuplicate, the summarizer's copies.MinShare.
	Duplicate float64
	// TitleWeight is the weight of a title word relative to a body word;
	// zero means 3.
	TitleWeight float64
	// EntityWeight is the weight of an entity or number occurrence; zero
	// means 1.5.
	EntityWeight float64
	// MaxTerms caps an article vector's terms; zero means 150.
	MaxTerms int
	// Prior is the weight, in documents, of the embedded background
	// document-frequency table (Multi-News train articles) in the IDF: the
	// stream's own counts are added to Prior documents distributed like the
	// background, so weights are sensible from the first article on and the
	// stream's counts dominate once it is much longer. Zero means
	// DefaultPrior; negative means running counts alone.
	Prior float64
}

// Defaults of Options.
const (
	DefaultWindow    = 72 * time.Hour
	DefaultJoin      = 0.19
	DefaultMerge     = 0.5
	DefaultDuplicate = copies.MinShare
	DefaultPrior     = 10000
)

// queryTerms is how many of an article's heaviest terms find candidates.
const queryTerms = 24

func (o Options) withDefaults() Options {
	if o.Window <= 0 {
		o.Window = DefaultWindow
	}
	if o.Join <= 0 {
		o.Join = DefaultJoin
	}
	if o.Merge <= 0 {
		o.Merge = DefaultMerge
	}
	if o.Duplicate <= 0 {
		o.Duplicate = DefaultDuplicate
	}
	if o.TitleWeight <= 0 {
		o.TitleWeight = 3
	}
	if o.EntityWeight <= 0 {
		o.EntityWeight = 1.5
	}
	if o.MaxTerms <= 0 {
		o.MaxTerms = 150
	}
	if o.Prior == 0 {
		o.Prior = DefaultPrior
	}
	return o
}

// Doc is one article as the clusterer sees it.
type Doc struct {
	// ID identifies the article; IDs are unique.
	ID string
	// Title and Text are the headline and body.
	Title, Text string
	// Time is the publication time; zero means unknown.
	Time time.Time
	// Seen is when the article reached the service (its ingestion time);
	// zero means unknown. The window compares publication times where both
	// sides have one, and otherwise times seen, so an undated article is
	// never pushed out of a dated story by the gap between a publication
	// date and an ingestion date.
	Seen time.Time
}

// Decision is where an article goes. Assign returns it without changing the
// clusterer; Apply carries it out.
type Decision struct {
	// Story is the story the article joins; zero means a new story.
	Story int64
	// DuplicateOf is the original's ID when the article is a near-duplicate.
	DuplicateOf string
	// Merge lists stories that converge with Story and merge into it.
	Merge []int64
	// Score is the cosine with Story's centroid (1 for duplicates, 0 for a
	// new story).
	Score float64

	doc   Doc
	vec   vector
	sents copies.Doc // its sentences as the copy test reads them
}

// member is one article held in memory.
type member struct {
	id    string
	story *cluster
	vec   vector     // nil for duplicates: they do not count in the centroid
	sents copies.Doc // its sentences as the copy test reads them
	dupOf string
	pos   int // index in story.members

	// scratch of Clusterer.mayCopy, valid while stamp is the clusterer's
	stamp uint64
	sent  int // last sentence of the new article counted
	words int // words of the new article's sentences that may match
}

// cluster is one story in memory.
type cluster struct {
	id          int64
	centroid    vector
	norm        float64
	members     []*member
	first, last time.Time      // span of publication times
	seen        span           // span of times seen
	posted      map[int32]bool // terms under which the story is posted
	originals   originals      // sentences of its original articles; nil until it has indexFrom
	nOrig       int            // original articles with sentences (member.original)
	dead        bool

	// scratch of Clusterer.candidates, valid while stamp is the clusterer's
	stamp  uint64
	shared int // heavy terms of the article it is posted under; 0 when out of the window
}

// Clusterer assigns articles to stories online. It is not safe for
// concurrent use.
type Clusterer struct {
	opts     Options
	stem     stemmer
	terms    map[string]int32
	df       []int32 // document frequency by term
	docs     int     // documents counted in df
	bg       *background
	bp       *summarize.Boilerplate // sentences left out of everything
	prior    []float32              // background df by term, scaled to Prior documents
	stories  map[int64]*cluster
	articles map[string]*member
	postings map[int32][]*cluster
	latest   time.Time // latest publication time
	seen     time.Time // latest time seen
	applied  int
	stamp    uint64 // counts the scans that keep scratch in stories and members
}

// New returns an empty clusterer.
func New(opts Options) *Clusterer {
	opts = opts.withDefaults()
	bg := &background{docs: 1}
	if opts.Prior > 0 {
		bg = defaultBackground()
	} else {
		opts.Prior = 0
	}
	return &Clusterer{
		opts:     opts,
		bg:       bg,
		bp:       summarize.DefaultBoilerplate(),
		terms:    make(map[string]int32),
		stories:  make(map[int64]*cluster),
		articles: make(map[string]*member),
		postings: make(map[int32][]*cluster),
	}
}

// Len returns the number of stories held in memory.
func (c *Clusterer) Len() int { return len(c.stories) }

// Story returns the in-memory story of an article, or zero when the article
// is not held.
func (c *Clusterer) Story(articleID string) int64 {
	if m := c.articles[articleID]; m != nil {
		return m.story.id
	}
	return 0
}

// vectorize returns the TF-IDF vector of d, unit length, capped at MaxTerms,
// and its text as the copy test reads it.
func (c *Clusterer) vectorize(d Doc) (vector, copies.Doc) {
	f := c.stem.extract(d.Title, d.Text, &c.opts, c.bp)
	keys := make([]string, 0, len(f.counts))
	for t := range f.counts {
		keys = append(keys, t)
	}
	sort.Strings(keys) // new terms are interned in a fixed order
	v := make(vector, 0, len(f.counts))
	for _, t := range keys {
		n := f.counts[t]
		id, known := c.terms[t]
		var df float64
		if known {
			df = float64(c.df[id]) + float64(c.prior[id])
		} else {
			df = c.priorDF(t)
		}
		idf := math.Log((float64(c.docs)+c.opts.Prior+1)/(df+1)) + 1
		w := (1 + math.Log(n)) * idf
		if n < 1 {
			w = n * idf
		}
		v = append(v, entry{id, float32(w)})
		if !known {
			v[len(v)-1].term = c.internPending(t)
		}
	}
	sort.Slice(v, func(i, j int) bool { return v[i].term < v[j].term })
	if len(v) > c.opts.MaxTerms {
		keep := v.top(c.opts.MaxTerms)
		set := make(map[int32]bool, len(keep))
		for _, t := range keep {
			set[t] = true
		}
		out := v[:0]
		for _, e := range v {
			if set[e.term] {
				out = append(out, e)
			}
		}
		v = out
	}
	if n := v.norm(); n > 0 {
		for i := range v {
			v[i].weight = float32(float64(v[i].weight) / n)
		}
	}
	return v, copies.NewDoc(f.sents)
}

// internPending interns a new term. Interning is invisible to similarity (a
// new term has df 0 until a document holding it is applied) so Assign may
// intern and stay free of observable side effects.
func (c *Clusterer) internPending(t string) int32 {
	id := int32(len(c.df))
	c.terms[t] = id
	c.df = append(c.df, 0)
	c.prior = append(c.prior, float32(c.priorDF(t)))
	return id
}

// priorDF returns the background document frequency of t scaled to
// Options.Prior documents.
func (c *Clusterer) priorDF(t string) float64 {
	n := c.bg.df[t]
	if n == 0 {
		return 0
	}
	return c.opts.Prior * float64(n) / float64(c.bg.docs)
}
