package defect

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"io"
	"slices"
	"strings"
)

// Label is one labelled sentence, known by its key and never by its text:
// the text stays in the datasets, and ReadLabels never sees it.
type Label struct {
	// Key is "dataset:cluster:doc:hash": the dataset name, the cluster id,
	// the document's index in the cluster and TextHash of the sentence.
	Key   string
	Class Class
}

// Dataset, Cluster, Doc and Hash return the parts of the label's key.
func (l Label) Dataset() string { return keyPart(l.Key, 0) }

// Cluster returns the cluster id of the label's key.
func (l Label) Cluster() string { return keyPart(l.Key, 1) }

// Doc returns the document index of the label's key, as written.
func (l Label) Doc() string { return keyPart(l.Key, 2) }

// Hash returns the sentence hash of the label's key.
func (l Label) Hash() string { return keyPart(l.Key, 3) }

func keyPart(key string, i int) string {
	parts := strings.SplitN(key, ":", 4)
	if i < len(parts) {
		return parts[i]
	}
	return ""
}

// Key returns the label key of sentence text, document doc of cluster in
// dataset.
func Key(dataset, cluster string, doc int, text string) string {
	return fmt.Sprintf("%s:%s:%d:%s", dataset, cluster, doc, TextHash(text))
}

// HeldOut reports whether a cluster belongs to the held-out split: about 30%
// of clusters, chosen by a hash of "dataset:cluster" so that a cluster's
// sentences are all on one side and the split never changes.
func HeldOut(dataset, cluster string) bool {
	h := fnv.New32a()
	h.Write([]byte(dataset + ":" + cluster))
	return h.Sum32()%10 < 3
}

// HeldOut reports whether the label belongs to the held-out split.
func (l Label) HeldOut() bool { return HeldOut(l.Dataset(), l.Cluster()) }

// ReadLabels reads a label file: one "key<TAB>label" line per sentence; a
// header line "key<TAB>label", blank lines, lines starting with "#" and any
// third column are ignored. Labels are returned sorted by key; a key given
// twice is an error.
func ReadLabels(r io.Reader) ([]Label, error) {
	var out []Label
	seen := make(map[string]bool)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "key\t") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 2 {
			return nil, fmt.Errorf("cannot read label line %d: want key<TAB>label", n)
		}
		key := strings.TrimSpace(fields[0])
		if strings.Count(key, ":") < 3 {
			return nil, fmt.Errorf("cannot read label line %d: key %q is not dataset:cluster:doc:hash", n, key)
		}
		c, err := ParseClass(fields[1])
		if err != nil {
			return nil, fmt.Errorf("cannot read label line %d: %w", n, err)
		}
		if seen[key] {
			return nil, fmt.Errorf("cannot read label line %d: key %s given twice", n, key)
		}
		seen[key] = true
		out = append(out, Label{Key: key, Class: c})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cannot read labels: %w", err)
	}
	slices.SortFunc(out, func(a, b Label) int { return strings.Compare(a.Key, b.Key) })
	return out, nil
}

// WriteLabels writes labels as ReadLabels reads them, with a header, in the
// order given.
func WriteLabels(w io.Writer, labels []Label) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "key\tlabel")
	for _, l := range labels {
		fmt.Fprintf(bw, "%s\t%s\n", l.Key, l.Class)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("cannot write labels: %w", err)
	}
	return nil
}
