package bench

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/chorusnews/chorus/input"
	"github.com/markusmobius/go-trafilatura"
)

// MetadataRow is one field's accuracy for one system on one dataset.
type MetadataRow struct {
	Dataset string `json:"dataset"`
	Field   string `json:"field"`
	System  string `json:"system"`
	// Pages counts the pages with a gold value; Correct those the system
	// matched; Missing those it gave no value for.
	Pages   int `json:"pages"`
	Correct int `json:"correct"`
	Missing int `json:"missing"`
}

// Accuracy is Correct/Pages.
func (r MetadataRow) Accuracy() float64 {
	if r.Pages == 0 {
		return 0
	}
	return float64(r.Correct) / float64(r.Pages)
}

// metaSystems are the systems compared: Chorus's article (what summarize
// and the service see), Chorus's metadata reader alone, and
// go-trafilatura's metadata as Chorus received it before.
var metaSystems = []string{"chorus", "chorus-meta", "trafilatura"}

// pageMeta is what one system says about a page.
type pageMeta struct {
	title, site, author, lang string
	date                      time.Time
}

// metaOf returns each system's view of a page.
func metaOf(page, pageURL string) map[string]pageMeta {
	out := map[string]pageMeta{}
	if cs, err := input.Parse(strings.NewReader(page), "page.html", input.Options{Format: input.FormatHTML}); err == nil && len(cs) > 0 && len(cs[0].Articles) > 0 {
		a := cs[0].Articles[0]
		out["chorus"] = pageMeta{title: a.Title, site: a.Source, date: a.Published}
	}
	m := input.PageMetadata(page, pageURL)
	out["chorus-meta"] = pageMeta{title: m.Title, site: m.Publisher, author: m.Author, lang: m.Language, date: m.Published}
	if res, err := trafilatura.Extract(strings.NewReader(page), trafilatura.Options{EnableFallback: true, ExcludeComments: true}); err == nil && res != nil {
		tm := res.Metadata
		out["trafilatura"] = pageMeta{title: tm.Title, site: tm.Sitename, author: tm.Author, date: tm.Date}
	}
	return out
}

// norm lower-cases and collapses white space and quotes for comparing
// titles and names.
func norm(s string) string {
	r := strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "–", "-", "—", "-", "\u00a0", " ")
	return strings.Join(strings.Fields(strings.ToLower(r.Replace(s))), " ")
}

// RunMetadata scores the metadata of the pages of the readability test
// set (title, byline, site name, language, published date against
// expected-metadata.json) and of trafilatura's evaluation set (published
// date against the gold date, by calendar day) under dir/extraction.
func RunMetadata(dir string) ([]MetadataRow, error) {
	rows := map[string]*MetadataRow{}
	add := func(dataset, field, system string, gold string, got string, ok bool) {
		if strings.TrimSpace(gold) == "" {
			return
		}
		k := dataset + "\x00" + field + "\x00" + system
		r := rows[k]
		if r == nil {
			r = &MetadataRow{Dataset: dataset, Field: field, System: system}
			rows[k] = r
		}
		r.Pages++
		switch {
		case ok:
			r.Correct++
		case got == "":
			r.Missing++
		}
	}
	rdir := filepath.Join(dir, "extraction", "readability-test-pages")
	cases, err := os.ReadDir(rdir)
	if err != nil {
		return nil, fmt.Errorf("cannot read readability pages: %w", err)
	}
	for _, c := range cases {
		if !c.IsDir() {
			continue
		}
		var gold struct {
			Title, Byline, Lang, SiteName, PublishedTime string
		}
		b, err := os.ReadFile(filepath.Join(rdir, c.Name(), "expected-metadata.json"))
		if err != nil || json.Unmarshal(b, &gold) != nil {
			continue
		}
		page, err := readGz(filepath.Join(rdir, c.Name(), "source.html.gz"))
		if err != nil {
			return nil, err
		}
		gd := strings.TrimSpace(gold.PublishedTime)
		if len(gd) >= 10 {
			gd = gd[:10] // the day as the page wrote it
		}
		for sys, m := range metaOf(page, "") {
			const ds = "readability"
			add(ds, "title", sys, gold.Title, m.title, norm(m.title) == norm(gold.Title))
			add(ds, "site name", sys, gold.SiteName, m.site, norm(m.site) == norm(gold.SiteName))
			if sys != "chorus" {
				add(ds, "author", sys, gold.Byline, m.author, m.author != "" && (strings.Contains(norm(gold.Byline), norm(m.author)) || strings.Contains(norm(m.author), norm(gold.Byline))))
			}
			if sys == "chorus-meta" {
				add(ds, "language", sys, gold.Lang, m.lang, strings.EqualFold(m.lang, strings.TrimSpace(gold.Lang)))
			}
			add(ds, "published (day)", sys, gd, dayOf(m.date), dayOf(m.date) == gd)
		}
	}
	if err := trafilaturaDates(filepath.Join(dir, "extraction", "trafilatura-eval"), add); err != nil {
		return nil, err
	}
	out := make([]MetadataRow, 0, len(rows))
	for _, r := range rows {
		out = append(out, *r)
	}
	order := map[string]int{"chorus": 0, "chorus-meta": 1, "trafilatura": 2}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Dataset != b.Dataset {
			return a.Dataset > b.Dataset
		}
		if a.Field != b.Field {
			return a.Field > b.Field
		}
		return order[a.System] < order[b.System]
	})
	return out, nil
}

// trafilaturaDates scores published dates on the stored pages of
// trafilatura's evaluation set that have a gold date.
func trafilaturaDates(tdir string, add func(dataset, field, system, gold, got string, ok bool)) error {
	var gold map[string]struct {
		Date string `json:"date"`
	}
	b, err := os.ReadFile(filepath.Join(tdir, "evaldata.json"))
	if err != nil {
		return fmt.Errorf("cannot read trafilatura gold: %w", err)
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		return fmt.Errorf("cannot read trafilatura gold: %w", err)
	}
	f, err := os.Open(filepath.Join(tdir, "index.jsonl"))
	if err != nil {
		return fmt.Errorf("cannot read trafilatura index: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	for sc.Scan() {
		var ix struct{ URL, Stored string }
		if json.Unmarshal(sc.Bytes(), &ix) != nil || ix.Stored == "" {
			continue
		}
		g := strings.TrimSpace(gold[ix.URL].Date)
		if g == "" {
			continue
		}
		page, err := readGz(filepath.Join(tdir, ix.Stored))
		if err != nil {
			continue // only the pages guessed English are stored
		}
		for sys, m := range metaOf(page, ix.URL) {
			add("trafilatura", "published (day)", sys, g, dayOf(m.date), dayOf(m.date) == g)
		}
	}
	return sc.Err()
}

// dayOf formats a time as YYYY-MM-DD, "" for the zero time.
func dayOf(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02") // the day where the page is
}

// readGz reads a gzipped page.
func readGz(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return "", fmt.Errorf("cannot read %s: %w", path, err)
	}
	b, err := io.ReadAll(io.LimitReader(z, 64<<20))
	if err != nil {
		return "", fmt.Errorf("cannot read %s: %w", path, err)
	}
	return string(b), nil
}

// WriteMetadataTable prints rows as an aligned table.
func WriteMetadataTable(w io.Writer, rows []MetadataRow) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "dataset\tfield\tsystem\tpages\tcorrect\tmissing\taccuracy")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%d\t%.3f\n", r.Dataset, r.Field, r.System, r.Pages, r.Correct, r.Missing, r.Accuracy())
	}
	return tw.Flush()
}
