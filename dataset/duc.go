package dataset

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/sentence"
)

// ducLine is one line of the DUC JSONL files.
type ducLine struct {
	ID        string `json:"id"`
	Documents []struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	} `json:"documents"`
	References []string `json:"references"`
	// UpdateAfter lists, for the DUC 2007 update task, the ids of the
	// earlier sets the reader has already read.
	UpdateAfter []string `json:"update_after"`
	// Topic is the topic statement of the query-focused tasks (DUC 2006
	// and 2007); nil elsewhere.
	Topic *struct {
		Title     string `json:"title"`
		Narrative string `json:"narrative"`
	} `json:"topic"`
}

// readDUC streams a DUC JSONL.gz file. DUC 2003 references are tokenized
// clause fragments joined by spaces: they are detokenized and split into
// sentences; DUC 2004 references keep one sentence per line.
func readDUC(path string, tokenized bool, limit int, fn func(Example) error) error {
	return readDUCLines(path, limit, func(d ducLine) error { return fn(ducExample(d, tokenized)) })
}

// readDUCLines calls fn for each of the first limit lines of a DUC JSONL.gz
// file (all when limit <= 0).
func readDUCLines(path string, limit int, fn func(ducLine) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("cannot open dataset: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", path, err)
	}
	defer zr.Close()
	r := bufio.NewReaderSize(zr, 1<<20)
	for n, lineNo := 0, 0; limit <= 0 || n < limit; {
		line, err := r.ReadBytes('\n')
		if len(strings.TrimSpace(string(line))) > 0 {
			lineNo++
			var d ducLine
			if jerr := json.Unmarshal(line, &d); jerr != nil {
				return fmt.Errorf("cannot parse %s line %d: %w", path, lineNo, jerr)
			}
			if ferr := fn(d); ferr != nil {
				return ferr
			}
			n++
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("cannot read %s: %w", path, err)
		}
	}
	return nil
}

func ducExample(d ducLine, tokenized bool) Example {
	ex := Example{Cluster: chorus.Cluster{ID: d.ID}}
	if d.Topic != nil {
		ex.Query = topicQuery(d.Topic.Title, d.Topic.Narrative)
	}
	for _, doc := range d.Documents {
		a := chorus.Article{ID: doc.ID, Text: doc.Text, Source: DocAgency(doc.ID)}
		if t, ok := DocDate(doc.ID); ok {
			a.Published = t
		}
		ex.Cluster.Articles = append(ex.Cluster.Articles, a)
	}
	for _, ref := range d.References {
		var units []string
		if tokenized {
			units = sentence.Split(Detokenize(ref))
		} else {
			for _, s := range strings.Split(ref, "\n") {
				if s = strings.TrimSpace(s); s != "" {
					units = append(units, s)
				}
			}
		}
		if len(units) > 0 {
			ex.References = append(ex.References, units)
		}
	}
	return ex
}

// topicQuery joins a DUC topic's title and narrative into one query: the
// title as its first line, a full stop added when it has none, so that the
// two never run into one sentence.
func topicQuery(title, narrative string) string {
	title, narrative = strings.TrimSpace(title), strings.TrimSpace(narrative)
	if title != "" && narrative != "" && !strings.ContainsAny(title[len(title)-1:], ".?!") {
		title += "."
	}
	return strings.TrimSpace(title + "\n" + narrative)
}

// DocAgency returns the news agency prefix of a DUC document id
// ("APW19981016.0240" → "APW"), or "" when the id has none.
func DocAgency(id string) string {
	i := strings.IndexFunc(id, unicode.IsDigit)
	if i <= 0 {
		return ""
	}
	return id[:i]
}

// DocDate returns the date encoded in a DUC document id
// ("APW19981016.0240" → 1998-10-16 UTC).
func DocDate(id string) (time.Time, bool) {
	i := strings.IndexFunc(id, unicode.IsDigit)
	if i < 0 || len(id) < i+8 {
		return time.Time{}, false
	}
	t, err := time.Parse("20060102", id[i:i+8])
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

// detokenizer undoes Penn-Treebank-style spacing in DUC 2003 references.
var detokenizer = strings.NewReplacer(
	" ,", ",", " .", ".", " ;", ";", " :", ":", " ?", "?", " !", "!",
	" 's", "'s", " n't", "n't", " 're", "'re", " 've", "'ve", " 'll", "'ll",
	" 'd", "'d", " 'm", "'m", " %", "%", "( ", "(", " )", ")",
	"`` ", "``", " ''", "''", "$ ", "$",
)

// Detokenize joins tokenized text back into ordinary spacing:
// "Pinochet , in London ." → "Pinochet, in London.".
func Detokenize(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return detokenizer.Replace(s)
}
