package voices

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/chorusnews/chorus/clean"
	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/sentence"
)

var misses = flag.Bool("misses", false, "log the labelled statements with a named speaker that Chorus credits to no one")

var dump = flag.String("dump", "", "write the quote and speech sentences of the labelled datasets to this file, for labelling")

// evalSets are the development data the labels are drawn from, with the
// number of clusters read from each.
var evalSets = []struct {
	name  string
	limit int
}{{"duc2003", 30}, {"multinews-val", 120}}

// articleSentences splits an article the way the summarizer does: clean
// paragraphs, then sentences.
func articleSentences(text string) []string {
	var out []string
	for _, p := range clean.Paragraphs(text) {
		out = append(out, sentence.Split(p)...)
	}
	return out
}

// eachCluster calls fn with the sentences of every cluster's articles in
// the evaluation data; it skips the test when the data is absent.
func eachCluster(t *testing.T, fn func(set, cluster string, docs [][]string)) {
	dir, err := dataset.Dir()
	if err != nil {
		t.Skipf("no data: %v", err)
	}
	for _, s := range evalSets {
		err := dataset.Read(dir, s.name, s.limit, func(ex dataset.Example) error {
			cluster := strings.TrimPrefix(ex.Cluster.ID, s.name+"-")
			docs := make([][]string, len(ex.Cluster.Articles))
			for d, a := range ex.Cluster.Articles {
				docs[d] = articleSentences(a.Text)
			}
			fn(s.name, cluster, docs)
			return nil
		})
		if err != nil {
			t.Skipf("no data: %v", err)
		}
	}
}

// readGold reads the labels: "key<TAB>speaker", where speaker is the
// lower-cased surname (or one-word name) of who said the sentence's
// statement, or "-" for a statement with no nameable speaker.
func readGold(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot open labels: %w", err)
	}
	defer f.Close()
	gold := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "key\t") {
			continue
		}
		k, v, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("cannot read label line %q: no tab", line)
		}
		gold[k] = strings.TrimSpace(v)
	}
	return gold, sc.Err()
}

// TestAttributionAccuracy measures speaker attribution against the
// hand-labelled statements: precision over the statements Chorus credits
// to a speaker, recall over the labelled statements with a named speaker,
// and accuracy on the speakers Chorus shows (named in full somewhere in
// the cluster). testdata/labels.tsv is the set the rules were read from;
// testdata/labels-heldout.tsv was labelled after the last change.
func TestAttributionAccuracy(t *testing.T) {
	for _, set := range []string{"labels", "labels-heldout"} {
		t.Run(set, func(t *testing.T) { measure(t, "testdata/"+set+".tsv") })
	}
}

func measure(t *testing.T, path string) {
	gold, err := readGold(path)
	if err != nil && *dump == "" {
		t.Skipf("no labels: %v", err)
	}
	var out *bufio.Writer
	if *dump != "" {
		f, err := os.Create(*dump)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		out = bufio.NewWriter(f)
		defer out.Flush()
	}
	var named, predicted, correct, shown, shownOK int
	kinds := map[string][3]int{}
	eachCluster(t, func(set, cluster string, docs [][]string) {
		known := fullKeys(docs)
		for doc, sents := range docs {
			pred := map[int]Attribution{}
			atts, _, _ := attribute(sents, known)
			for _, a := range atts {
				for _, i := range a.Sentences {
					pred[i] = a
				}
			}
			for i, s := range sents {
				k := defect.Key(set, cluster, doc, s)
				if out != nil && candidate(s) {
					prev := ""
					if i > 0 {
						prev = sents[i-1]
					}
					fmt.Fprintf(out, "%s\t\t# PREV: %s\n#    %s\n", k, clip(prev, 200), s)
				}
				g, ok := gold[k]
				if !ok {
					continue
				}
				a, has := pred[i]
				if g != "-" {
					named++
				}
				if !has || a.Key == "" {
					if *misses && g != "-" {
						t.Logf("MISS %s gold %q: %s", k, g, clip(s, 200))
					}
					continue
				}
				predicted++
				hit := a.Key == g
				if hit {
					correct++
				}
				if known[a.Key] {
					shown++
					if hit {
						shownOK++
					}
				}
				kind := kindOf(s, a)
				c := kinds[kind]
				c[0]++
				if hit {
					c[1]++
				}
				kinds[kind] = c
				if testing.Verbose() && !hit {
					t.Logf("%s gold %q got %q (%s): %s", k, g, a.Key, kind, clip(s, 160))
				}
			}
		}
	})
	if len(gold) == 0 {
		return
	}
	p := float64(correct) / float64(max(predicted, 1))
	r := float64(correct) / float64(max(named, 1))
	ps := float64(shownOK) / float64(max(shown, 1))
	t.Logf("labelled %d statements, %d with a named speaker; credited %d, right %d: precision %.3f recall %.3f; shown (full names) %d, right %d: accuracy %.3f",
		len(gold), named, predicted, correct, p, r, shown, shownOK, ps)
	for _, k := range []string{"quote-before", "quote-after", "multi", "pronoun", "according", "reported"} {
		c := kinds[k]
		t.Logf("  %-12s credited %3d right %3d", k, c[0], c[1])
	}
	if ps < 0.9 {
		t.Errorf("accuracy on shown speakers %.3f, want >= 0.9", ps)
	}
}

// kindOf names the kind of attribution for the breakdown.
func kindOf(s string, a Attribution) string {
	switch {
	case a.Pronoun:
		return "pronoun"
	case len(a.Sentences) > 1:
		return "multi"
	case strings.Contains(strings.ToLower(s), "according to"):
		return "according"
	case !a.Quote:
		return "reported"
	}
	toks := tokenize(s)
	if len(toks) > 0 && toks[0].kind == mark {
		return "quote-before"
	}
	return "quote-after"
}

// candidate reports whether s holds a quotation mark or a verb of speech.
func candidate(s string) bool {
	if strings.ContainsAny(s, "\"“”") || strings.Contains(s, "``") || strings.Contains(s, "''") {
		return true
	}
	for _, t := range tokenize(s) {
		if t.kind == word && (isVerb(t.low) || t.low == "according") {
			return true
		}
	}
	return false
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
