package extraction

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Page is one benchmark page: its id (the file name without .html.gz),
// its URL and its gold article body.
type Page struct {
	ID, URL, Gold string
}

// Published is one tool's published figures on the scrapinghub set, as
// point_scores.json.gz holds them: the rounded totals and the per-page
// counts they came from.
type Published struct {
	Tool, Version         string
	Precision, Recall, F1 float64
	PerPage               map[string]Counts
}

// readGzip returns the decompressed contents of a gzipped file.
func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	defer z.Close()
	b, err := io.ReadAll(z)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	return b, nil
}

// readBodies reads a benchmark file mapping page id to {"articleBody","url"}
// (ground-truth.json.gz and output/TOOL.json.gz).
func readBodies(path string) (map[string]Page, error) {
	b, err := readGzip(path)
	if err != nil {
		return nil, err
	}
	type body struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	// Newer outputs wrap the pages as {"version": ..., "output": {...}}.
	var wrapped struct {
		Version string          `json:"version"`
		Output  map[string]body `json:"output"`
	}
	var raw map[string]body
	if json.Unmarshal(b, &wrapped) == nil && wrapped.Output != nil {
		raw = wrapped.Output
	} else if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("cannot parse %s: %w", path, err)
	}
	out := make(map[string]Page, len(raw))
	for id, r := range raw {
		out[id] = Page{ID: id, URL: r.URL, Gold: r.ArticleBody}
	}
	return out, nil
}

// AEBPages reads the scrapinghub set's pages from dir (the
// scrapinghub-aeb folder), sorted by id.
func AEBPages(dir string) ([]Page, error) {
	m, err := readBodies(filepath.Join(dir, "ground-truth.json.gz"))
	if err != nil {
		return nil, fmt.Errorf("cannot read ground truth: %w", err)
	}
	pages := make([]Page, 0, len(m))
	for _, p := range m {
		pages = append(pages, p)
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}

// AEBHTML returns the HTML of one page of the scrapinghub set.
func AEBHTML(dir, id string) (string, error) {
	b, err := readGzip(filepath.Join(dir, "html", id+".html.gz"))
	if err != nil {
		return "", fmt.Errorf("cannot read page %s: %w", id, err)
	}
	return string(b), nil
}

// AEBOutput returns one published tool's extracted text per page id
// (output/TOOL.json.gz).
func AEBOutput(dir, tool string) (map[string]string, error) {
	m, err := readBodies(filepath.Join(dir, "output", tool+".json.gz"))
	if err != nil {
		return nil, fmt.Errorf("cannot read output of %s: %w", tool, err)
	}
	out := make(map[string]string, len(m))
	for id, p := range m {
		out[id] = p.Gold
	}
	return out, nil
}

// AEBOutputs lists the tools whose outputs the set holds, sorted.
func AEBOutputs(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "output", "*.json.gz"))
	if err != nil {
		return nil, fmt.Errorf("cannot list outputs: %w", err)
	}
	var tools []string
	for _, f := range files {
		tools = append(tools, strings.TrimSuffix(filepath.Base(f), ".json.gz"))
	}
	sort.Strings(tools)
	return tools, nil
}

// AEBPublished reads point_scores.json.gz: every published tool's figures,
// sorted by tool name.
func AEBPublished(dir string) ([]Published, error) {
	path := filepath.Join(dir, "point_scores.json.gz")
	b, err := readGzip(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read published scores: %w", err)
	}
	var raw map[string]struct {
		Version   string                `json:"version"`
		Precision float64               `json:"precision"`
		Recall    float64               `json:"recall"`
		F1        float64               `json:"f1"`
		PerPage   map[string][3]float64 `json:"per_page"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("cannot parse %s: %w", path, err)
	}
	out := make([]Published, 0, len(raw))
	for tool, r := range raw {
		p := Published{Tool: tool, Version: r.Version, Precision: r.Precision, Recall: r.Recall, F1: r.F1, PerPage: map[string]Counts{}}
		for id, c := range r.PerPage {
			p.PerPage[id] = Counts{TP: c[0], FP: c[1], FN: c[2]}
		}
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Tool < out[j].Tool })
	return out, nil
}
