package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/truecase"
)

// evaluate lower-cases each test text as Multi-News is (every word but a
// sentence's first), truecases it with m at each threshold of a grid and
// prints precision and recall of capitalised words (a word counts as right
// only when written exactly as the original) and word accuracy, words
// opening a sentence left out of every count. With debug it also prints
// the commonest errors at the default thresholds.
func evaluate(m *truecase.Model, topics [][]string, debug, sources, grid bool) {
	type para struct {
		gold, low []string // fields
		start     []bool
		text      string // the lower-cased paragraph
		topic     int
	}
	var paras []para
	names := make([]*truecase.Names, len(topics))
	for ti, docs := range topics {
		names[ti] = &truecase.Names{}
		for _, t := range docs {
			for p := range strings.SplitSeq(t, "\n") {
				gold := strings.Fields(p)
				if len(gold) == 0 {
					continue
				}
				pp := para{gold: gold, start: make([]bool, len(gold)), low: make([]string, len(gold))}
				for i, f := range gold {
					pp.start[i] = i == 0 || endsSentence(gold[i-1])
					pp.low[i] = strings.ToLower(f)
					if pp.start[i] {
						pp.low[i] = upperFirst(pp.low[i])
					}
				}
				pp.text = strings.Join(pp.low, " ")
				pp.topic = ti
				if sources {
					names[ti].AddSource(pp.text)
				}
				paras = append(paras, pp)
			}
		}
	}
	errs, miss := map[string]int{}, map[string]int{}
	defer func() {
		if debug {
			keys := make([]string, 0, len(errs))
			for k := range errs {
				keys = append(keys, k)
			}
			sort.Slice(keys, func(i, j int) bool { return errs[keys[i]] > errs[keys[j]] })
			for _, k := range keys[:min(80, len(keys))] {
				fmt.Println(errs[k], k)
			}
			keys = keys[:0]
			for k := range miss {
				keys = append(keys, k)
			}
			sort.Slice(keys, func(i, j int) bool {
				return miss[keys[i]] > miss[keys[j]] || miss[keys[i]] == miss[keys[j]] && keys[i] < keys[j]
			})
			fmt.Println("missed:", len(keys))
			for _, k := range keys[:min(60, len(keys))] {
				fmt.Println(miss[k], k)
			}
		}
	}()
	fmt.Println("min-count min-share  precision  recall  accuracy  (capitalised words: gold / raised)")
	first := true
	counts, shares := []int{1, 2, 3, 5}, []float64{0.5, 0.6, 0.7, 0.8, 0.9}
	if !grid {
		counts, shares = []int{truecase.DefaultMinCount}, []float64{truecase.DefaultMinShare}
	}
	for _, mc := range counts {
		for _, ms := range shares {
			m.MinCount, m.MinShare = mc, ms
			var gold, raised, right, words, exact, baseExact int
			for _, p := range paras {
				var nm *truecase.Names
				if sources {
					nm = names[p.topic]
				}
				out := strings.Fields(m.Apply(p.text, nm))
				if len(out) != len(p.gold) {
					continue
				}
				for i := range out {
					if p.start[i] || !hasLetter(p.gold[i]) || strings.ContainsAny(p.gold[i], ":;") || shouted(p.gold, i) {
						continue
					}
					words++
					g, o := p.gold[i], out[i]
					gc, oc := hasUpper(g), hasUpper(o)
					if gc {
						gold++
						if !oc && debug && mc == truecase.DefaultMinCount && ms == truecase.DefaultMinShare {
							miss[strings.ToLower(g)+" -> "+g]++
						}
					}
					if oc {
						raised++
						if o == g {
							right++
						} else if debug && mc == truecase.DefaultMinCount && ms == truecase.DefaultMinShare {
							errs[strings.ToLower(g)+" -> "+o+" (gold "+g+")"]++
						}
					}
					if o == g {
						exact++
					}
					if p.low[i] == g {
						baseExact++
					}
				}
			}
			if first {
				fmt.Printf("baseline (lower-case): precision -  recall 0.000  accuracy %.4f  (%d words, %d capitalised)\n", float64(baseExact)/float64(words), words, gold)
				first = false
			}
			fmt.Printf("%9d %9.1f  %9.3f  %6.3f  %8.4f  (%d / %d)\n", mc, ms, ratio(right, raised), ratio(right, gold), ratio(exact, words), gold, raised)
		}
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// titleAbbrevs before a full stop go on with the sentence.
var titleAbbrevs = map[string]bool{"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "sen.": true,
	"rep.": true, "gov.": true, "gen.": true, "lt.": true, "col.": true, "st.": true, "rev.": true, "prof.": true, "sgt.": true}

// endsSentence reports whether a sentence ends with field f, as the
// Multi-News re-capitaliser read it: a full stop, question or exclamation
// mark, closing quotes after it allowed, but not a title abbreviation or
// an initial.
func endsSentence(f string) bool {
	t := strings.TrimRight(f, `"'”’)`+"`")
	if !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "!") && !strings.HasSuffix(t, "?") {
		return false
	}
	low := strings.ToLower(t)
	if titleAbbrevs[low] || utf8.RuneCountInString(t) == 2 && strings.HasSuffix(t, ".") {
		return false
	}
	return true
}

func upperFirst(s string) string {
	for i, r := range s {
		if unicode.IsLetter(r) {
			return s[:i] + string(unicode.ToUpper(r)) + s[i+utf8.RuneLen(r):]
		}
	}
	return s
}

func hasUpper(s string) bool { return strings.IndexFunc(s, unicode.IsUpper) >= 0 }

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// shouted reports whether gold[i] is in capitals beside another word in
// capitals: a byline or dateline, not a word of the text.
func shouted(gold []string, i int) bool {
	caps := func(j int) bool {
		return j >= 0 && j < len(gold) && hasLetter(gold[j]) && strings.ToUpper(gold[j]) == gold[j] && utf8.RuneCountInString(gold[j]) > 1
	}
	return caps(i) && (caps(i-1) || caps(i+1))
}
