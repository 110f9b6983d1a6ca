package bench

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/baseline"
	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/summarize"
)

// SystemNames lists the systems Run accepts, in the default table order.
func SystemNames() []string {
	return append([]string{"chorus"}, baseline.Names()...)
}

// chorusSystem is Chorus itself as a baseline.System.
type chorusSystem struct{}

func (chorusSystem) Name() string { return "chorus" }

func (chorusSystem) Summarize(articles []chorus.Article, opts chorus.Options) (chorus.Summary, error) {
	return summarize.Summarize(articles, opts)
}

// newSystem returns the named system configured for the named dataset: on
// DUC, lead reads the most recent document (SumRepo's Lead).
func newSystem(name, data string) (baseline.System, error) {
	name = strings.ToLower(strings.TrimSpace(name))
	switch {
	case name == "chorus":
		return chorusSystem{}, nil
	case name == "lead" && dataset.IsDUC(data):
		return baseline.Lead{MostRecent: true}, nil
	}
	return baseline.New(name)
}

// summarizeExample runs sys on ex, handing the references to systems that
// read them.
func summarizeExample(sys baseline.System, ex dataset.Example, opts chorus.Options) (chorus.Summary, error) {
	if r, ok := sys.(baseline.Referenced); ok {
		return r.SummarizeReferenced(ex.Cluster.Articles, ex.References, opts)
	}
	return sys.Summarize(ex.Cluster.Articles, opts)
}
