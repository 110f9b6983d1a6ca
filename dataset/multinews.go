package dataset

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/chorusnews/chorus"
)

// articleSep separates the articles of one Multi-News source line.
const articleSep = " ||||| "

// lineReader reads gzip-compressed lines of any length.
type lineReader struct {
	f  *os.File
	zr *gzip.Reader
	r  *bufio.Reader
}

func openLines(path string) (*lineReader, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot open dataset: %w", err)
	}
	var src io.Reader = f
	lr := &lineReader{f: f}
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("cannot read %s: %w", path, err)
		}
		lr.zr, src = zr, zr
	}
	lr.r = bufio.NewReaderSize(src, 1<<20)
	return lr, nil
}

// next returns the next line without its newline; io.EOF after the last.
func (l *lineReader) next() (string, error) {
	line, err := l.r.ReadString('\n')
	if errors.Is(err, io.EOF) && line != "" {
		err = nil
	}
	return strings.TrimRight(line, "\r\n"), err
}

func (l *lineReader) Close() {
	if l.zr != nil {
		l.zr.Close()
	}
	l.f.Close()
}

// readMultiNews streams line-aligned src/tgt files; lines, if not empty,
// names a file giving each example's line number in the full test split,
// used as the cluster id.
func readMultiNews(srcPath, tgtPath, linesPath, name string, limit int, fn func(Example) error) error {
	src, err := openLines(srcPath)
	if err != nil {
		return err
	}
	defer src.Close()
	tgt, err := openLines(tgtPath)
	if err != nil {
		return err
	}
	defer tgt.Close()
	var ids *lineReader
	if linesPath != "" {
		if ids, err = openLines(linesPath); err != nil {
			return err
		}
		defer ids.Close()
	}
	for i := 0; limit <= 0 || i < limit; i++ {
		s, serr := src.next()
		t, terr := tgt.next()
		if errors.Is(serr, io.EOF) && errors.Is(terr, io.EOF) {
			return nil
		}
		if serr != nil || terr != nil {
			if errors.Is(serr, io.EOF) || errors.Is(terr, io.EOF) {
				return fmt.Errorf("cannot read %s: source and target files differ in length at line %d", name, i+1)
			}
			return fmt.Errorf("cannot read %s line %d: %w", name, i+1, errors.Join(serr, terr))
		}
		id := strconv.Itoa(i)
		if ids != nil {
			l, err := ids.next()
			if err != nil {
				return fmt.Errorf("cannot read %s line numbers: %w", name, err)
			}
			id = strings.TrimSpace(l)
		}
		if err := fn(multiNewsExample(name+"-"+id, s, t)); err != nil {
			return err
		}
	}
	return nil
}

// multiNewsExample builds one example from a source and a target line.
func multiNewsExample(id, src, tgt string) Example {
	ex := Example{Cluster: chorus.Cluster{ID: id}}
	for j, text := range strings.Split(src, articleSep) {
		text = paragraphs(text)
		if text == "" {
			continue
		}
		ex.Cluster.Articles = append(ex.Cluster.Articles, chorus.Article{
			ID:   id + "-" + strconv.Itoa(j),
			Text: text,
		})
	}
	if ref := strings.TrimSpace(paragraphs(tgt)); ref != "" {
		ex.References = [][]string{{strings.Join(strings.Fields(ref), " ")}}
	}
	return ex
}

// paragraphs turns NEWLINE_CHAR markers into paragraph breaks (blank lines)
// and collapses the spaces around them.
func paragraphs(text string) string {
	text = strings.ReplaceAll(text, "NEWLINE_CHAR", "\n")
	var paras []string
	for _, p := range strings.Split(text, "\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}
