package input

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/chorusnews/chorus"
)

// result is what one input yields: loose articles, which join the
// surrounding cluster, or whole clusters.
type result struct {
	articles []chorus.Article
	clusters []chorus.Cluster
}

// ReadPaths reads the inputs named by paths. Loose articles (from text,
// HTML and JSON article files, the files of a directory, or standard input
// for "-") form one cluster, named after the first path that held them;
// files of clusters (JSON Lines, Multi-News, JSON clusters) add their
// clusters after it. Empty files are skipped; it is an error when no
// article is left.
func ReadPaths(paths []string, opts Options) ([]chorus.Cluster, error) {
	if len(paths) == 0 {
		return nil, chorus.Errorf(chorus.EINVALID, "no input paths")
	}
	var merged chorus.Cluster
	var clusters []chorus.Cluster
	for _, path := range paths {
		res, err := readPath(path, opts)
		if err != nil {
			return nil, err
		}
		if len(res.articles) > 0 && merged.ID == "" {
			merged.ID = clusterName(path)
		}
		merged.Articles = append(merged.Articles, res.articles...)
		clusters = append(clusters, res.clusters...)
	}
	if len(merged.Articles) > 0 {
		assignIDs(merged.Articles)
		clusters = append([]chorus.Cluster{merged}, clusters...)
	}
	if len(clusters) == 0 {
		return nil, fmt.Errorf("%s: %w", strings.Join(paths, ", "), chorus.ErrNoArticles)
	}
	return clusters, nil
}

// Parse reads one input named name (used in errors and as the default
// cluster and article id) and returns its clusters: loose articles form one
// cluster.
func Parse(r io.Reader, name string, opts Options) ([]chorus.Cluster, error) {
	res, err := parseReader(r, name, opts)
	if err != nil {
		return nil, err
	}
	clusters := res.clusters
	if len(res.articles) > 0 {
		assignIDs(res.articles)
		c := chorus.Cluster{ID: clusterName(name), Articles: res.articles}
		clusters = append([]chorus.Cluster{c}, clusters...)
	}
	if len(clusters) == 0 {
		return nil, fmt.Errorf("%s: %w", name, chorus.ErrNoArticles)
	}
	return clusters, nil
}

// readPath reads one path: "-" for standard input, a directory, or a file.
func readPath(path string, opts Options) (result, error) {
	if path == "-" {
		if opts.Stdin == nil {
			return result{}, chorus.Errorf(chorus.EINVALID, "no standard input to read for \"-\"")
		}
		return parseReader(opts.Stdin, "-", opts)
	}
	info, err := os.Stat(path)
	if err != nil {
		return result{}, readError(path, err)
	}
	if info.IsDir() {
		return readDir(path, opts)
	}
	return readFile(path, opts)
}

// readDir reads the regular files of dir, sorted by name, skipping hidden
// files and subdirectories, as loose articles of one cluster.
func readDir(dir string, opts Options) (result, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return result{}, readError(dir, err)
	}
	var res result
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") || e.IsDir() || !e.Type().IsRegular() {
			continue
		}
		r, err := readFile(filepath.Join(dir, e.Name()), opts)
		if err != nil {
			return result{}, err
		}
		res.articles = append(res.articles, r.articles...)
		for _, c := range r.clusters {
			res.articles = append(res.articles, c.Articles...)
		}
	}
	if len(res.articles) == 0 {
		return result{}, fmt.Errorf("directory %s: %w", dir, chorus.ErrNoArticles)
	}
	return res, nil
}

func readFile(path string, opts Options) (result, error) {
	f, err := os.Open(path)
	if err != nil {
		return result{}, readError(path, err)
	}
	defer f.Close()
	return parseReader(f, path, opts)
}

// readError turns a file system error into a chorus error.
func readError(path string, err error) error {
	if errors.Is(err, os.ErrNotExist) {
		return chorus.Errorf(chorus.ENOTFOUND, "%s: no such file or directory", path)
	}
	return fmt.Errorf("cannot read %s: %w", path, err)
}

// parseReader detects the format of r and parses it. Streaming formats are
// read line by line; the others are read whole, up to the size limit.
func parseReader(r io.Reader, name string, opts Options) (result, error) {
	br, err := decompress(bufio.NewReaderSize(r, 64<<10), name)
	if err != nil {
		return result{}, err
	}
	head, _ := br.Peek(sniffLen)
	if isBinary(head) {
		return result{}, invalid(name, "binary data, not text")
	}
	format := formatOf(opts.Format, name, head)
	if format == FormatJSONL || format == FormatMultiNews {
		return scanAll(br, name, format, opts)
	}
	limit := opts.maxBytes()
	if format == FormatHTML {
		limit = min(limit, MaxHTMLBytes)
	}
	data, err := io.ReadAll(io.LimitReader(br, limit+1))
	if err != nil {
		return result{}, streamError(name, err)
	}
	if int64(len(data)) > limit {
		return result{}, tooLarge(name, limit)
	}
	text := chorus.ValidUTF8(string(data))
	if strings.TrimSpace(text) == "" {
		return result{}, nil // an empty file is skipped
	}
	var arts []chorus.Article
	switch format {
	case FormatHTML:
		arts = []chorus.Article{parseHTML(text)}
	case FormatJSON:
		return parseJSON(text, name)
	default:
		arts = []chorus.Article{parseText(text)}
	}
	nameArticles(arts, name)
	return result{articles: nonEmpty(arts)}, nil
}

// decompress returns a reader of the gzip-decompressed content of br when
// it starts with the gzip magic number, else br itself.
func decompress(br *bufio.Reader, name string) (*bufio.Reader, error) {
	magic, _ := br.Peek(2)
	if len(magic) < 2 || magic[0] != 0x1f || magic[1] != 0x8b {
		return br, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, invalid(name, "bad gzip data: %v", err)
	}
	return bufio.NewReaderSize(zr, 64<<10), nil
}

// streamError wraps an error met while reading name: corrupt compressed
// data is invalid input, anything else a read failure.
func streamError(name string, err error) error {
	var corrupt flate.CorruptInputError
	if errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) ||
		errors.Is(err, io.ErrUnexpectedEOF) || errors.As(err, &corrupt) {
		return invalid(name, "corrupt compressed data: %v", err)
	}
	return fmt.Errorf("cannot read %s: %w", name, err)
}

// nameArticles gives articles without an id one derived from the input
// name: the file's base name, with "#k" when the file holds several.
func nameArticles(arts []chorus.Article, name string) {
	if name == "-" || name == "" {
		return // standard input: numbered later
	}
	base := filepath.Base(strings.TrimSuffix(name, ".gz"))
	for i := range arts {
		if arts[i].ID != "" {
			continue
		}
		if len(arts) == 1 {
			arts[i].ID = base
		} else {
			arts[i].ID = base + "#" + strconv.Itoa(i+1)
		}
	}
}

// assignIDs numbers articles without an id "1", "2", ... by position and
// makes duplicate ids unique with a "#k" suffix.
func assignIDs(arts []chorus.Article) {
	seen := make(map[string]bool, len(arts))
	for i := range arts {
		if arts[i].ID == "" {
			arts[i].ID = strconv.Itoa(i + 1)
		}
		id := arts[i].ID
		for k := 2; seen[id]; k++ {
			id = arts[i].ID + "#" + strconv.Itoa(k)
		}
		arts[i].ID = id
		seen[id] = true
	}
}

// nonEmpty returns the articles that hold some text.
func nonEmpty(arts []chorus.Article) []chorus.Article {
	out := arts[:0]
	for _, a := range arts {
		if strings.TrimSpace(a.Text) != "" {
			out = append(out, a)
		}
	}
	return out
}

// clusterName derives a cluster id from a path: its base name without
// extensions, "stdin" for "-".
func clusterName(path string) string {
	if path == "-" || path == "" {
		return "stdin"
	}
	base := filepath.Base(filepath.Clean(path))
	base = strings.TrimSuffix(base, ".gz")
	if ext := filepath.Ext(base); ext != "" && ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	return base
}
