// Package datadir locates the shared evaluation data (Multi-News, DUC) for
// the evaluation half of Chorus and for tests and benchmarks that need it.
package datadir

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Find returns the data directory: $CHORUS_DATA if set, else ../shared/data
// beside the module root found by walking up from the working directory to
// go.mod. When the directory is absent the error wraps fs.ErrNotExist.
func Find() (string, error) {
	if d := os.Getenv("CHORUS_DATA"); d != "" {
		if _, err := os.Stat(d); err != nil {
			return "", fmt.Errorf("cannot use CHORUS_DATA: %w", err)
		}
		return d, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("cannot find data directory: %w", err)
	}
	for d := wd; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			data := filepath.Join(d, "..", "shared", "data")
			if _, err := os.Stat(data); err != nil {
				return "", fmt.Errorf("cannot find data directory %s: %w", data, fs.ErrNotExist)
			}
			return filepath.Clean(data), nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", fmt.Errorf("cannot find data directory: no go.mod above %s: %w", wd, fs.ErrNotExist)
		}
		d = parent
	}
}

// GzipLines returns the lines of a gzip-compressed text file without their
// line ends. Lines may be of any length.
func GzipLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	var lines []string
	r := bufio.NewReaderSize(zr, 1<<20)
	for {
		line, err := r.ReadString('\n')
		if line != "" {
			lines = append(lines, strings.TrimRight(line, "\n"))
		}
		if err == io.EOF {
			return lines, nil
		}
		if err != nil {
			return nil, fmt.Errorf("cannot read %s: %w", path, err)
		}
	}
}
