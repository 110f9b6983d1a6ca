package dataset

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// This file reads summaries kept as files, for scoring summaries made
// elsewhere against references (chorus eval).

// summaryClusterID is a summary file's cluster id: its name up to the first dot.
func summaryClusterID(name string) string {
	id, _, _ := strings.Cut(name, ".")
	return id
}

// splitLines splits a summary into sentences, one per non-empty line.
func splitLines(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSuffix(line, "\r"); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// readSummaryFile reads a summary file, one sentence per line.
func readSummaryFile(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read summary: %w", err)
	}
	return splitLines(string(b)), nil
}

// ReadReferences reads reference summaries by cluster id from a directory
// or a JSON Lines file (optionally gzip-compressed), for scoring summaries
// produced elsewhere (chorus eval). A directory holds one summary per file,
// one sentence per line, named ID.ANYTHING, or one subdirectory per cluster
// holding one file per reference. A JSON Lines file holds
// {"id", "references": [R, ...]} where each R is a string (one sentence per
// line), a list of sentences or {"sentences": [...]}.
func ReadReferences(path string) (map[string][][]string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read references: %w", err)
	}
	refs := map[string][][]string{}
	if !info.IsDir() {
		err := eachJSONLine(path, func(line []byte) error {
			var v struct {
				ID, Cluster string
				References  []json.RawMessage
			}
			if err := json.Unmarshal(line, &v); err != nil {
				return err
			}
			id := cmp.Or(v.ID, v.Cluster)
			if id == "" {
				return fmt.Errorf("reference line without \"id\"")
			}
			for _, raw := range v.References {
				ss, err := parseSummary(raw)
				if err != nil {
					return fmt.Errorf("cluster %s: %w", id, err)
				}
				refs[id] = append(refs[id], ss)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("cannot read references %s: %w", path, err)
		}
		return refs, nil
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read references: %w", err)
	}
	for _, e := range entries {
		full := filepath.Join(path, e.Name())
		if !e.IsDir() {
			ss, err := readSummaryFile(full)
			if err != nil {
				return nil, err
			}
			id := summaryClusterID(e.Name())
			refs[id] = append(refs[id], ss)
			continue
		}
		sub, err := os.ReadDir(full)
		if err != nil {
			return nil, fmt.Errorf("cannot read references: %w", err)
		}
		for _, s := range sub {
			if s.IsDir() {
				continue
			}
			ss, err := readSummaryFile(filepath.Join(full, s.Name()))
			if err != nil {
				return nil, err
			}
			refs[e.Name()] = append(refs[e.Name()], ss)
		}
	}
	return refs, nil
}

// ReadCandidates reads candidate summaries by system and cluster id from a
// directory (one system, named after the directory; one summary per file,
// one sentence per line, the cluster id being the file name up to its first
// dot) or a JSON Lines file of {"id", "summary"} objects, where "summary" is
// a string (one sentence per line) or a list of sentences, "cluster" may
// replace "id", "sentences" may replace "summary", and an optional "system"
// field holds several systems in one file.
func ReadCandidates(path string) (map[string]map[string][]string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read candidates: %w", err)
	}
	base := strings.TrimSuffix(filepath.Base(filepath.Clean(path)), ".gz")
	base = strings.TrimSuffix(strings.TrimSuffix(base, ".jsonl"), ".json")
	out := map[string]map[string][]string{}
	add := func(system, id string, ss []string) error {
		if out[system] == nil {
			out[system] = map[string][]string{}
		}
		if _, dup := out[system][id]; dup {
			return fmt.Errorf("cluster %s appears twice for system %s", id, system)
		}
		out[system][id] = ss
		return nil
	}
	if info.IsDir() {
		entries, err := os.ReadDir(path)
		if err != nil {
			return nil, fmt.Errorf("cannot read candidates: %w", err)
		}
		for _, e := range entries {
			if e.IsDir() {
				continue
			}
			ss, err := readSummaryFile(filepath.Join(path, e.Name()))
			if err != nil {
				return nil, err
			}
			if err := add(base, summaryClusterID(e.Name()), ss); err != nil {
				return nil, fmt.Errorf("cannot read candidates: %w", err)
			}
		}
		return out, nil
	}
	err = eachJSONLine(path, func(line []byte) error {
		var v struct {
			ID, Cluster, System string
			Summary, Sentences  json.RawMessage
		}
		if err := json.Unmarshal(line, &v); err != nil {
			return err
		}
		id := cmp.Or(v.ID, v.Cluster)
		if id == "" {
			return fmt.Errorf("candidate line without \"id\"")
		}
		raw := v.Summary
		if len(raw) == 0 {
			raw = v.Sentences
		}
		ss, err := parseSummary(raw)
		if err != nil {
			return fmt.Errorf("cluster %s: %w", id, err)
		}
		return add(cmp.Or(v.System, base), id, ss)
	})
	if err != nil {
		return nil, fmt.Errorf("cannot read candidates %s: %w", path, err)
	}
	return out, nil
}

// parseSummary reads a summary given as a string (one sentence per line), a
// list of sentences, or an object with "sentences".
func parseSummary(raw json.RawMessage) ([]string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, fmt.Errorf("summary missing")
	}
	var text string
	if err := json.Unmarshal(raw, &text); err == nil {
		return splitLines(text), nil
	}
	var list []string
	if err := json.Unmarshal(raw, &list); err == nil {
		return list, nil
	}
	var obj struct{ Sentences []string }
	if err := json.Unmarshal(raw, &obj); err == nil && obj.Sentences != nil {
		return obj.Sentences, nil
	}
	return nil, fmt.Errorf("summary is neither a string, a list of sentences nor {\"sentences\": [...]}")
}

// eachJSONLine calls fn with every non-blank line of a JSON Lines file,
// gunzipping files whose name ends in .gz.
func eachJSONLine(path string, fn func(line []byte) error) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	var r io.Reader = file
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(file)
		if err != nil {
			return err
		}
		defer zr.Close()
		r = zr
	}
	br := bufio.NewReaderSize(r, 1<<20)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(strings.TrimSpace(string(line))) > 0 {
			if ferr := fn(line); ferr != nil {
				return fmt.Errorf("line %d: %w", n, ferr)
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}
