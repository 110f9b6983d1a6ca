package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/chorusnews/chorus"
)

// multiNewsSeparator joins the articles of a Multi-News line.
const multiNewsSeparator = "|||||"

// ScanClusters reads a stream of clusters, one per line, and calls fn with
// each in order; it stops at the first error from fn or from the input.
// The format is opts.Format (FormatJSONL or FormatMultiNews) or, for
// FormatAuto, JSON Lines when the first non-blank byte is "{" and
// Multi-News otherwise. Lines may be of any length up to opts.MaxBytes;
// blank lines are skipped; gzip input is decompressed. Cluster ids come
// from the JSON "id" or else the 1-based line number; a JSON line holding
// a single article (no "articles") is a cluster of that article. name is
// used in error messages.
func ScanClusters(r io.Reader, name string, opts Options, fn func(chorus.Cluster) error) error {
	br, err := decompress(bufio.NewReaderSize(r, 64<<10), name)
	if err != nil {
		return err
	}
	head, _ := br.Peek(sniffLen)
	if isBinary(head) {
		return invalid(name, "binary data, not text")
	}
	format := opts.Format
	if format != FormatJSONL && format != FormatMultiNews {
		format = FormatMultiNews
		if t := bytes.TrimLeft(head, " \t\r\n\uFEFF"); len(t) > 0 && t[0] == '{' {
			format = FormatJSONL
		}
	}
	return scan(br, name, format, opts.maxBytes(), func(c chorus.Cluster, _ bool) error { return fn(c) })
}

// scanAll collects the clusters of a stream. When every line was a lone
// article, the articles come back loose, to form one cluster.
func scanAll(br *bufio.Reader, name string, format Format, opts Options) (result, error) {
	var res result
	allArticles := true
	err := scan(br, name, format, opts.maxBytes(), func(c chorus.Cluster, article bool) error {
		res.clusters = append(res.clusters, c)
		allArticles = allArticles && article
		return nil
	})
	if err != nil {
		return result{}, err
	}
	if allArticles && len(res.clusters) > 0 {
		for _, c := range res.clusters {
			res.articles = append(res.articles, c.Articles...)
		}
		res.clusters = nil
	}
	return res, nil
}

// scan reads lines of format and calls fn with each cluster and whether
// the line was a lone article.
func scan(br *bufio.Reader, name string, format Format, limit int64, fn func(chorus.Cluster, bool) error) error {
	var buf []byte
	for n := 1; ; n++ {
		line, err := readLine(br, buf[:0], limit)
		buf = line
		if errors.Is(err, errLineTooLong) {
			return tooLarge(fmt.Sprintf("line %d of %s", n, name), limit)
		}
		if err != nil && err != io.EOF {
			return streamError(name, err)
		}
		if len(bytes.TrimSpace(line)) > 0 {
			c, article, perr := parseLine(line, n, name, format)
			if perr != nil {
				return perr
			}
			if len(c.Articles) > 0 {
				if ferr := fn(c, article); ferr != nil {
					return ferr
				}
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// parseLine parses line n of a JSON Lines or Multi-News input.
func parseLine(line []byte, n int, name string, format Format) (chorus.Cluster, bool, error) {
	text := chorus.ValidUTF8(string(line))
	id := strconv.Itoa(n)
	if format == FormatMultiNews {
		return multiNewsCluster(text, id), false, nil
	}
	var it jsonItem
	data := []byte(strings.TrimPrefix(text, "\uFEFF"))
	where := fmt.Sprintf("line %d of %s", n, name)
	if err := json.Unmarshal(data, &it); err != nil {
		return chorus.Cluster{}, false, chorus.Errorf(chorus.EINVALID, "cannot parse cluster %s: %s", where, jsonProblem(data, err))
	}
	if !it.isCluster() {
		a, err := it.article(where)
		if err != nil {
			return chorus.Cluster{}, false, err
		}
		c := chorus.Cluster{ID: a.ID, Articles: nonEmpty([]chorus.Article{a})}
		if c.ID == "" {
			c.ID = id
		}
		assignIDs(c.Articles)
		return c, true, nil
	}
	c, err := it.cluster(where)
	if err != nil {
		return chorus.Cluster{}, false, err
	}
	if c.ID == "" {
		c.ID = id
	}
	return c, false, nil
}

// multiNewsCluster splits a Multi-News line into its articles, numbered
// "1", "2", ... and with NEWLINE_CHAR markers turned into newlines.
func multiNewsCluster(line, id string) chorus.Cluster {
	c := chorus.Cluster{ID: id}
	for part := range strings.SplitSeq(line, multiNewsSeparator) {
		part = trimLines(strings.ReplaceAll(part, "NEWLINE_CHAR", "\n"))
		if part != "" {
			c.Articles = append(c.Articles, chorus.Article{Text: part})
		}
	}
	assignIDs(c.Articles)
	return c
}

// errLineTooLong reports a line over the size limit.
var errLineTooLong = errors.New("line too long")

// readLine appends the next line of br (without its line ending) to buf.
// It returns io.EOF with the last line, and errLineTooLong when the line
// exceeds limit bytes; the rest of such a line is not read.
func readLine(br *bufio.Reader, buf []byte, limit int64) ([]byte, error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if int64(len(buf)+len(chunk)) > limit+1 {
			return buf, errLineTooLong
		}
		buf = append(buf, chunk...)
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err != nil:
			return bytes.TrimRight(buf, "\r\n"), err
		}
		return bytes.TrimRight(buf, "\r\n"), nil
	}
}

// trimLines trims the white space around every line of s and around s,
// keeping the line breaks (and so the blank lines between paragraphs).
func trimLines(s string) string {
	if !strings.Contains(s, "\n") {
		return strings.TrimSpace(s)
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}
