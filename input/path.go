package input

import "github.com/chorusnews/chorus"

// ReadPath reads one input as ReadPaths does — "-" for Options.Stdin, a
// directory (its files' articles, loose), or a file — and returns its loose
// articles and its whole clusters (from JSON Lines, Multi-News or JSON
// cluster files) apart, so that a caller can group inputs its own way.
// Loose articles keep the IDs their input gave them (possibly none): see
// AssignIDs.
func ReadPath(path string, opts Options) ([]chorus.Article, []chorus.Cluster, error) {
	res, err := readPath(path, opts)
	if err != nil {
		return nil, nil, err
	}
	return res.articles, res.clusters, nil
}

// AssignIDs gives every article without an ID its 1-based position and
// makes IDs unique within arts by suffixing "#2", "#3" and so on, as
// ReadPaths does for the articles of one cluster.
func AssignIDs(arts []chorus.Article) { assignIDs(arts) }

// ClusterName returns the name ReadPaths gives the cluster of loose
// articles read first from path: the file or directory name without its
// extension, "stdin" for "-".
func ClusterName(path string) string { return clusterName(path) }
