package summarize

import (
	"slices"
	"testing"

	"github.com/chorusnews/chorus"
)

// TestDuplicateOf checks that copy decisions made upstream (Article.DuplicateOf) count
// a copy and its original as one source, and that links to articles not in
// the input, to the article itself, or in a cycle do no harm.
func TestDuplicateOf(t *testing.T) {
	t.Parallel()
	// Two reports that share one fact in other words: no copy by the text
	// alone (each has more of its own), so only a given link makes one.
	a := chorus.Article{ID: "a", Text: "The harbour crane at Pellow Quay toppled into the water on Tuesday during a storm. " +
		"Dock workers had left the quay an hour earlier. The port authority said cargo ships would be diverted to Marne. " +
		"An inquiry into the crane's maintenance will open next month."}
	b := chorus.Article{ID: "b", Text: "A storm on Tuesday toppled the harbour crane at Pellow Quay into the water. " +
		"Fishermen sheltered their boats behind the breakwater. Residents of the seafront lost power for six hours. " +
		"The lifeboat station recorded gusts of 120 kilometres an hour."}
	c := chorus.Article{ID: "c", Text: b.Text}
	tests := []struct {
		name     string
		articles []chorus.Article
		sources  []int
		support  int
	}{
		{"independent", []chorus.Article{a, b}, []int{1, 2}, 2},
		{"given copy", []chorus.Article{a, withDuplicateOf(b, "a")}, []int{1, 2}, 1},
		{"given copy of a later article", []chorus.Article{withDuplicateOf(a, "b"), b}, []int{1, 2}, 1},
		{"chain of links", []chorus.Article{a, withDuplicateOf(b, "a"), withDuplicateOf(c, "b")}, []int{1, 2, 3}, 1},
		{"unknown original", []chorus.Article{a, withDuplicateOf(b, "zz")}, []int{1, 2}, 2},
		{"link to itself", []chorus.Article{a, withDuplicateOf(b, "b")}, []int{1, 2}, 2},
		{"cycle", []chorus.Article{withDuplicateOf(a, "b"), withDuplicateOf(b, "a")}, []int{1, 2}, 1},
		{"found copy, no link", []chorus.Article{a, b, c}, []int{1, 2, 3}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Summarize(tt.articles, chorus.Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := find(s, "crane")
			if got == nil {
				t.Fatalf("no sentence about the crane: %v", s.Sentences)
			}
			if !slices.Equal(got.Sources, tt.sources) || got.Support != tt.support {
				t.Errorf("sources %v support %d, want %v and %d", got.Sources, got.Support, tt.sources, tt.support)
			}
		})
	}
}

func withDuplicateOf(a chorus.Article, id string) chorus.Article {
	a.DuplicateOf = id
	return a
}
