package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// inventedCluster returns a cluster of flood articles, then vote articles,
// each invented article repeated under numbered IDs.
func inventedCluster(floods, votes int) chorus.Cluster {
	var c chorus.Cluster
	c.ID = "folder"
	add := func(m map[string]string, n int) {
		names := make([]string, 0, len(m))
		for name := range m {
			names = append(names, name)
		}
		sort.Strings(names)
		for i := range n {
			name := names[i%len(names)]
			title, text, _ := strings.Cut(m[name], "\n\n")
			c.Articles = append(c.Articles, chorus.Article{ID: fmt.Sprintf("%d-%s", i, name), Title: title, Text: text})
		}
	}
	add(floodArticles, floods)
	add(voteArticles, votes)
	return c
}

// TestWarnMixedBound checks that the mixed-event warning reads only the
// articles the summarizer reads (the first mixedMaxArticles): events after
// them are not named, events among them are.
func TestWarnMixedBound(t *testing.T) {
	tests := []struct {
		name          string
		floods, votes int
		warn          bool
	}{
		{"both events within the bound", mixedMaxArticles - 200, 200, true},
		{"second event past the bound", mixedMaxArticles, 200, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			warnMixed(&buf, inventedCluster(tt.floods, tt.votes))
			if got := strings.Contains(buf.String(), "seems to mix 2 events"); got != tt.warn {
				t.Errorf("warning %v, want %v; stderr %q", got, tt.warn, buf.String())
			}
		})
	}
}

// BenchmarkWarnMixed10k measures the mixed-event check of one folder of
// 10,000 tiny articles (before the bound: over two minutes per folder on
// the 2-core EPYC).
func BenchmarkWarnMixed10k(b *testing.B) {
	c := inventedCluster(5000, 5000)
	for b.Loop() {
		warnMixed(&bytes.Buffer{}, c)
	}
}
