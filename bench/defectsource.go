package bench

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/clean"
	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/sentence"
)

// This file reads the source sentences that the defect labels refer to:
// every article of a cluster through the pipeline's way in (clean
// paragraphs, then sentences), each sentence with its neighbours and its
// label key. It reads the dataset package's datasets and DUC 2006
// (development data the dataset package does not serve).

// SourceSentence is one sentence of one source article as the pipeline
// splits it.
type SourceSentence struct {
	// Key is its label key (defect.Key).
	Key string
	// Text is the sentence; Prev and Next are its neighbours in the same
	// article ("" at the article's edges).
	Text, Prev, Next string
	// Doc and Position are the article's index in the cluster and the
	// sentence's index in the article.
	Doc, Position int
}

// Context returns the sentence's context for the detectors.
func (s SourceSentence) Context() defect.Context {
	return defect.Context{Prev: s.Prev, Next: s.Next, Position: s.Position}
}

// duc2006Path is DUC 2006's file under the data directory.
const duc2006Path = "duc2006/duc2006_main.jsonl.gz"

// DefectSourceNames lists the development datasets the labelled sentences
// are drawn from.
func DefectSourceNames() []string {
	return []string{"multinews-train", "multinews-val", "duc2003", "duc2006"}
}

// readSources streams the clusters of a development dataset: one of the
// dataset package's, or "duc2006". Cluster ids drop the dataset prefix that
// Multi-News ids carry ("multinews-val-12" is "12"). limit <= 0 means all.
func readSources(dir, name string, limit int, fn func(cluster string, articles []chorus.Article) error) error {
	if name == "duc2006" {
		return readDUC2006(filepath.Join(dir, filepath.FromSlash(duc2006Path)), limit, fn)
	}
	return dataset.Read(dir, name, limit, func(ex dataset.Example) error {
		return fn(strings.TrimPrefix(ex.Cluster.ID, name+"-"), ex.Cluster.Articles)
	})
}

// readDUC2006 streams the DUC 2006 documents, one cluster at a time.
func readDUC2006(path string, limit int, fn func(cluster string, articles []chorus.Article) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("cannot open duc2006: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("cannot read duc2006: %w", err)
	}
	defer zr.Close()
	r := bufio.NewReaderSize(zr, 1<<20)
	for n := 0; limit <= 0 || n < limit; {
		line, err := r.ReadBytes('\n')
		if len(strings.TrimSpace(string(line))) > 0 {
			var d struct {
				ID        string `json:"id"`
				Documents []struct {
					ID    string `json:"id"`
					Title string `json:"title"`
					Text  string `json:"text"`
				} `json:"documents"`
			}
			if jerr := json.Unmarshal(line, &d); jerr != nil {
				return fmt.Errorf("cannot parse duc2006: %w", jerr)
			}
			arts := make([]chorus.Article, len(d.Documents))
			for i, doc := range d.Documents {
				arts[i] = chorus.Article{ID: doc.ID, Title: doc.Title, Text: doc.Text, Source: dataset.DocAgency(doc.ID)}
				if t, ok := dataset.DocDate(doc.ID); ok {
					arts[i].Published = t
				}
			}
			if ferr := fn(d.ID, arts); ferr != nil {
				return ferr
			}
			n++
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("cannot read duc2006: %w", err)
		}
	}
	return nil
}

// articleSentences returns the sentences of an article body in order, as
// the summarizer reads them: clean paragraphs split into sentences.
func articleSentences(text string) []string {
	var out []string
	for _, para := range clean.Paragraphs(text) {
		for _, s := range sentence.Split(para) {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// clusterSentences returns every sentence of every article, by article.
func clusterSentences(name, cluster string, articles []chorus.Article) [][]SourceSentence {
	docs := make([][]SourceSentence, len(articles))
	for d, a := range articles {
		ss := articleSentences(a.Text)
		docs[d] = make([]SourceSentence, len(ss))
		for i, s := range ss {
			p := SourceSentence{Key: defect.Key(name, cluster, d, s), Text: s, Doc: d, Position: i}
			if i > 0 {
				p.Prev = ss[i-1]
			}
			if i+1 < len(ss) {
				p.Next = ss[i+1]
			}
			docs[d][i] = p
		}
	}
	return docs
}

// LabelledSentences re-reads the sentences that labels name, from the
// development datasets under dir, and returns them by key. Clusters no
// label names are skipped without splitting. Labels whose sentence is no
// longer found (the cleaner or the splitter changed) are simply absent.
func LabelledSentences(dir string, labels []defect.Label) (map[string]SourceSentence, error) {
	want := make(map[string]map[string]bool) // dataset → clusters
	keys := make(map[string]bool, len(labels))
	for _, l := range labels {
		if want[l.Dataset()] == nil {
			want[l.Dataset()] = make(map[string]bool)
		}
		want[l.Dataset()][l.Cluster()] = true
		keys[l.Key] = true
	}
	out := make(map[string]SourceSentence, len(labels))
	for _, name := range DefectSourceNames() {
		clusters := want[name]
		if len(clusters) == 0 {
			continue
		}
		err := readSources(dir, name, 0, func(cluster string, articles []chorus.Article) error {
			if !clusters[cluster] {
				return nil
			}
			for _, doc := range clusterSentences(name, cluster, articles) {
				for _, s := range doc {
					if keys[s.Key] {
						out[s.Key] = s
					}
				}
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("cannot read %s: %w", name, err)
		}
	}
	return out, nil
}
