package dispute

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

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
	idx      int      // index in the cluster's sentences
	c        *cache
}

// cache holds what is read of a sentence only when a rule needs it: most
// clusters have no figure or denial to check, and the attribution, the
// content terms and the furniture test cost more than the rules.
type cache struct {
	docs     []voices.Doc
	lw       lex.Words
	terms    map[int][]uint64
	junk     map[int]bool
	speakers map[int]map[int]string // doc → sentence position → speaker
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

// speakerOf returns who the sentence credits by name, or "".
func (s sentence) speakerOf() string {
	m, ok := s.c.speakers[s.doc]
	if !ok {
		m = map[int]string{}
		for _, a := range voices.Attribute(s.c.docs[s.doc].Sentences) {
			for _, i := range a.Sentences {
				if a.Name != "" {
					m[i] = a.Name
				}
			}
		}
		s.c.speakers[s.doc] = m
	}
	return m[s.pos]
}

// Find returns the disputes of docs: first the counts the sources give
// differently (each figure one claim citing every source that gives it),
// then denials paired with the claim they deny. At most MaxDisputes; nil
// when there are none.
func Find(docs []voices.Doc) []chorus.Dispute {
	var all []sentence
	c := &cache{docs: docs, terms: map[int][]uint64{}, junk: map[int]bool{}, speakers: map[int]map[int]string{}}
	for d, doc := range docs {
		for i, s := range doc.Sentences {
			all = append(all, sentence{doc: d, pos: i, text: s, words: words(s), idx: len(all), c: c})
		}
	}
	out := figures(all, docs)
	out = append(out, denials(all, docs)...)
	if len(out) > MaxDisputes {
		out = out[:MaxDisputes]
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// captionLike reports the caption and player residue of news pages that
// the furniture rules leave inside a sentence ("Image copyright AP image
// caption ...", "Media playback is unsupported").
func captionLike(s string) bool {
	l := strings.ToLower(s)
	for _, cue := range []string{"image copyright", "image caption", "media playback", "media caption", "story highlights", "photo:", "( ap photo", "getty images"} {
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
	f := strings.Fields(strings.ToLower(s))
	out := make([]string, 0, len(f))
	for _, w := range f {
		comma := strings.HasSuffix(strings.TrimRight(w, "\"'”’)"), ",")
		w = strings.Trim(w, ".,;:!?\"'“”‘’()[]")
		if w != "" && w[0] >= '0' && w[0] <= '9' {
			w = strings.ReplaceAll(w, ",", "")
		}
		if w != "" {
			out = append(out, w)
		}
		if comma {
			out = append(out, ",")
		}
	}
	return out
}

// tidy single-spaces s.
func tidy(s string) string { return strings.Join(strings.Fields(s), " ") }

// claimOf returns the claim of sentence s citing docs' source IDs.
func claimOf(s sentence, docs []voices.Doc, sources []int) chorus.Claim {
	ids := make([]int, 0, len(sources))
	for _, d := range sources {
		ids = append(ids, docs[d].Source)
	}
	slices.Sort(ids)
	return chorus.Claim{Text: lex.UpperFirst(tidy(s.text)), Sources: slices.Compact(ids), Speaker: s.speakerOf()}
}

func atoi(w string) (int, bool) {
	if n, ok := numberWords[w]; ok {
		return n, true
	}
	return number(w)
}

// number parses w as a decimal integer, as strconv.Atoi does, without
// building an error for the words that are none (most of them).
func number(w string) (int, bool) {
	if w == "" || (w[0] < '0' || w[0] > '9') && w[0] != '+' && w[0] != '-' {
		return 0, false
	}
	n, err := strconv.Atoi(w)
	return n, err == nil
}

// byFirst orders values by the position of their first sentence.
func byFirst[T any](m map[int]T, first func(T) int) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b int) int { return cmp.Compare(first(m[a]), first(m[b])) })
	return keys
}
