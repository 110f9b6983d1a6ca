// Command truecase-model learns the truecase package's embedded model from
// cased development text in ../shared/data: the DUC 2006 documents and the
// main text of the trafilatura and Mozilla Readability evaluation pages
// (English ones). It never reads a test set.
//
//	go run ./scripts/truecase-model -out truecase/model.bin
//
// With -eval it measures instead: it learns from the pages and the even
// DUC 2006 topics, lower-cases the odd topics' documents the way
// Multi-News is (everything but sentence openings), truecases them and
// prints precision and recall of capitalised words and word accuracy for
// a grid of thresholds, beside the baseline that leaves words lower-case.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/chorusnews/chorus/input"
	"github.com/chorusnews/chorus/internal/datadir"
	"github.com/chorusnews/chorus/truecase"
)

func main() {
	out := flag.String("out", "truecase/model.bin", "where to write the model")
	eval := flag.Bool("eval", false, "measure on held-out DUC 2006 topics instead of writing the model")
	minWord := flag.Int("min-word", 2, "keep words seen at least this often")
	showErrors := flag.Bool("errors", false, "with -eval, print the commonest wrong and missed capitals")
	docUnits := flag.Bool("doc-units", false, "count each DUC document as a unit instead of each topic")
	minPair := flag.Int("min-pair", 2, "keep word pairs seen at least this often")
	wordList := flag.String("wordlist", "", `a SCOWL word list ("" fetches Debian's wamerican; "none" adds none)`)
	namesList := flag.String("names", "", `a larger SCOWL word list whose names only are added: words it holds in one capitalised form alone ("" fetches Debian's wamerican-insane; "none" adds none)`)
	sources := flag.Bool("sources", false, "with -eval, give Apply each topic's lower-cased documents as source evidence (Names.AddSource)")
	grid := flag.Bool("grid", true, "with -eval, measure a grid of thresholds, not only the defaults")
	dev := flag.Bool("dev", false, "with -eval, measure on development topics instead (learn from topics 0, 4, 8, ..., test on 2, 6, 10, ...; the odd topics unread)")
	flag.Parse()
	dir, err := datadir.Find()
	if err != nil {
		log.Fatal(err)
	}
	pages, err := readPages(dir)
	if err != nil {
		log.Fatal(err)
	}
	topics, err := readDUC(filepath.Join(dir, "duc2006", "duc2006_main.jsonl.gz"))
	if err != nil {
		log.Fatal(err)
	}
	l := truecase.NewLearner()
	for _, p := range pages {
		l.Add(p)
	}
	var test [][]string
	for i, docs := range topics {
		if *eval && *dev {
			if i%2 == 1 {
				continue
			}
			if i%4 == 2 {
				test = append(test, docs)
				continue
			}
		} else if *eval && i%2 == 1 {
			test = append(test, docs)
			continue
		}
		if *docUnits {
			for _, d := range docs {
				l.Add(d)
			}
			continue
		}
		l.AddGroup(docs)
	}
	m := l.Model(*minWord, *minPair)
	if *wordList != "none" {
		words, err := readWordList(*wordList, "wamerican", "american-english")
		if err != nil {
			log.Fatal(err)
		}
		if *namesList != "none" {
			more, err := readWordList(*namesList, "wamerican-insane", "american-english-insane")
			if err != nil {
				log.Fatal(err)
			}
			names := onlyNames(more)
			log.Printf("names list: %d of %d words", len(names), len(more))
			words = append(words, names...)
		}
		m.AddWordList(words)
		log.Printf("word list: %d words", len(words))
	}
	nw, np := m.Len()
	log.Printf("%d pages, %d DUC topics, %d words counted; model: %d words, %d pairs", len(pages), len(topics), l.Tokens(), nw, np)
	if *eval {
		evaluate(m, test, *showErrors, *sources, *grid)
		return
	}
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	if err := m.Write(f); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}

// readDUC returns the document texts of each DUC 2006 topic.
func readDUC(path string) ([][]string, error) {
	lines, err := datadir.GzipLines(path)
	if err != nil {
		return nil, err
	}
	var out [][]string
	for _, line := range lines {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var t struct {
			Documents []struct {
				Text string `json:"text"`
			} `json:"documents"`
		}
		if err := json.Unmarshal([]byte(line), &t); err != nil {
			return nil, fmt.Errorf("cannot parse %s: %w", path, err)
		}
		var docs []string
		for _, d := range t.Documents {
			docs = append(docs, d.Text)
		}
		out = append(out, docs)
	}
	return out, nil
}

// readPages returns the main text of the English trafilatura evaluation
// pages and of the Readability test pages' expected articles.
func readPages(dir string) ([]string, error) {
	var out []string
	tdir := filepath.Join(dir, "extraction", "trafilatura-eval")
	idx, err := os.Open(filepath.Join(tdir, "index.jsonl"))
	if err != nil {
		return nil, err
	}
	defer idx.Close()
	sc := bufio.NewScanner(idx)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var e struct {
			Stored string `json:"stored"`
			Lang   string `json:"lang_guess"`
		}
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			return nil, err
		}
		if e.Lang != "en" || e.Stored == "" {
			continue
		}
		page, err := gunzip(filepath.Join(tdir, e.Stored))
		if err != nil {
			return nil, err
		}
		text, err := input.HTMLText(page)
		if err == nil {
			out = append(out, text)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	rdir := filepath.Join(dir, "extraction", "readability-test-pages")
	entries, err := os.ReadDir(rdir)
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		meta, err := os.ReadFile(filepath.Join(rdir, e.Name(), "expected-metadata.json"))
		if err != nil {
			continue
		}
		var md struct {
			Lang *string `json:"lang"`
		}
		if json.Unmarshal(meta, &md) != nil || md.Lang == nil || !strings.HasPrefix(strings.ToLower(*md.Lang), "en") {
			continue
		}
		page, err := gunzip(filepath.Join(rdir, e.Name(), "expected.html.gz"))
		if err != nil {
			continue
		}
		text, err := input.HTMLText("<html><body>" + page + "</body></html>")
		if err == nil {
			out = append(out, text)
		}
	}
	return out, nil
}

func gunzip(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return "", fmt.Errorf("cannot read %s: %w", path, err)
	}
	b, err := io.ReadAll(zr)
	return string(b), err
}

// readWordList returns the words of the list at path, or with path ""
// of the Debian package pkg (a SCOWL list), fetched into a temporary
// directory, from its file /usr/share/dict/file.
func readWordList(path, pkg, file string) ([]string, error) {
	if path == "" {
		dir, err := os.MkdirTemp("", "truecase-wordlist")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(dir)
		get := exec.Command("apt-get", "download", pkg)
		get.Dir, get.Stderr = dir, os.Stderr
		if err := get.Run(); err != nil {
			return nil, fmt.Errorf("cannot fetch %s (give the list's path): %w", pkg, err)
		}
		debs, _ := filepath.Glob(filepath.Join(dir, pkg+"_*.deb"))
		if len(debs) != 1 {
			return nil, fmt.Errorf("cannot fetch %s: %d packages downloaded", pkg, len(debs))
		}
		if out, err := exec.Command("dpkg", "-x", debs[0], filepath.Join(dir, "x")).CombinedOutput(); err != nil {
			return nil, fmt.Errorf("cannot unpack %s: %v: %s", debs[0], err, out)
		}
		path = filepath.Join(dir, "x", "usr", "share", "dict", file)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return strings.Fields(string(b)), nil
}

// onlyNames returns the words of a list that it holds in one form alone,
// of letters with the first alone capitalised ("Varnholm"): not beside a
// lower-case form ("Bush" with "bush") nor capitals ("Cia" with "CIA").
// The larger SCOWL lists hold many more names than wamerican, but also
// rare lower-case words and acronyms that would veto or miswrite the
// names of the smaller list.
func onlyNames(words []string) []string {
	forms := map[string]int{}
	for _, w := range words {
		forms[strings.ToLower(w)]++
	}
	var out []string
	for _, w := range words {
		k := strings.ToLower(w)
		if forms[k] != 1 || k == w || !titleWord(w) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// titleWord reports whether w is letters alone, the first of them alone
// a capital.
func titleWord(w string) bool {
	for i, r := range w {
		if !unicode.IsLetter(r) || (i == 0) != unicode.IsUpper(r) {
			return false
		}
	}
	return w != ""
}
