package dataset

import (
	"fmt"
	"slices"
)

// This file reads a directory of references written by hand for some of a
// dataset's clusters (chorus bench --refs DIR): to score the update path
// against update summaries an assessor would write (what a set adds to the
// earlier ones, for the topic) rather than the whole-topic references the
// DUC 2006 and DUC 2003 stand-ins carry. The directory is read by
// ReadReferences (summaries.go: one file per reference, named
// CLUSTER.ANYTHING, one sentence per line; files naming no cluster of the
// dataset, such as a README, are ignored). The references derive from the
// data and live outside the repository.

// WithReferences wraps fn so that only the examples refs names are passed
// on, each with refs' references in place of its own; limit (<= 0: none)
// counts the examples passed on.
func WithReferences(refs map[string][][]string, limit int, fn func(Example) error) func(Example) error {
	n := 0
	return func(ex Example) error {
		r, ok := refs[ex.Cluster.ID]
		if !ok {
			return nil
		}
		if limit > 0 && n >= limit {
			return errStop
		}
		n++
		ex.References = r
		return fn(ex)
	}
}

// ReadWithReferences is Read restricted to the examples refs names, scored
// against refs' references instead of the dataset's (see
// ReadReferences). It fails when no example is named, so that a directory
// written for another dataset is not read as an empty table.
func ReadWithReferences(dir, name string, refs map[string][][]string, limit int, fn func(Example) error) error {
	n := 0
	err := Read(dir, name, 0, WithReferences(refs, limit, func(ex Example) error {
		n++
		return fn(ex)
	}))
	if err == nil && n == 0 {
		err = fmt.Errorf("no reference names a cluster of %s (cluster ids such as %q)", name, exampleID(refs))
	}
	return err
}

// exampleID returns the smallest cluster id of refs, for an error message.
func exampleID(refs map[string][][]string) string {
	var ids []string
	for id := range refs {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	if len(ids) == 0 {
		return ""
	}
	return ids[0]
}
