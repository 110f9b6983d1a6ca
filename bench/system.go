package bench

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/baseline"
	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/summarize"
)

// SystemNames lists the systems Run accepts, in the default table order.
// chorus-update is Chorus's update summary (summarize.Update): on an update
// dataset it reads the articles already seen, elsewhere it is chorus. On a
// query-focused dataset (dataset.IsQuery) chorus and chorus-update are given
// the topic statement (chorus.Options.Query) and chorus-generic is Chorus
// without it: the generic summary; elsewhere chorus-generic is chorus.
func SystemNames() []string {
	return append([]string{"chorus", "chorus-update", "chorus-generic"}, baseline.Names()...)
}

// DefaultSystems lists the systems Run benchmarks on the named dataset when
// none are given: on an update dataset the update summary and its
// baselines, the summary focused on the topic, the generic summary and
// lead; on duc2006 the focused and the generic summary and lead; elsewhere
// Chorus and every baseline.
func DefaultSystems(data string) []string {
	switch {
	case dataset.IsUpdate(data):
		return []string{"chorus-update", "chorus", "chorus-generic", "lead"}
	case dataset.IsQuery(data):
		return []string{"chorus", "chorus-generic", "lead"}
	}
	return append([]string{"chorus"}, baseline.Names()...)
}

// chorusSystem is Chorus itself as a baseline.System; generic, it ignores
// the query.
type chorusSystem struct{ generic bool }

func (s chorusSystem) Name() string {
	if s.generic {
		return "chorus-generic"
	}
	return "chorus"
}

// Summarize summarizes without voices and disputes, which no benchmark
// reads; generic, without the query.
func (s chorusSystem) Summarize(articles []chorus.Article, opts chorus.Options) (chorus.Summary, error) {
	if s.generic {
		opts.Query = ""
	}
	sz := summarize.Summarizer{NoVoices: true}
	return sz.Summarize(articles, opts)
}

// chorusUpdate is Chorus's update summary as a system: it reads the
// articles the reader has already seen.
type chorusUpdate struct{}

func (chorusUpdate) Name() string { return "chorus-update" }

func (chorusUpdate) Summarize(articles []chorus.Article, opts chorus.Options) (chorus.Summary, error) {
	return chorusSystem{}.Summarize(articles, opts)
}

func (chorusUpdate) SummarizeAfter(seen, articles []chorus.Article, opts chorus.Options) (chorus.Summary, error) {
	s := summarize.Summarizer{Seen: seen, NoVoices: true}
	return s.Summarize(articles, opts)
}

// updater is a system that reads the articles already seen.
type updater interface {
	SummarizeAfter(seen, articles []chorus.Article, opts chorus.Options) (chorus.Summary, error)
}

// newSystem returns the named system configured for the named dataset: on
// DUC, lead reads the most recent document (SumRepo's Lead, and NIST's
// baseline in DUC 2006 and the DUC 2007 update task).
func newSystem(name, data string) (baseline.System, error) {
	name = strings.ToLower(strings.TrimSpace(name))
	switch {
	case name == "chorus":
		return chorusSystem{}, nil
	case name == "chorus-update":
		return chorusUpdate{}, nil
	case name == "chorus-generic":
		return chorusSystem{generic: true}, nil
	case name == "lead" && (dataset.IsDUC(data) || dataset.IsQuery(data)):
		return baseline.Lead{MostRecent: true}, nil
	}
	return baseline.New(name)
}

// summarizeExample runs sys on ex, handing the references to systems that
// read them and the articles already seen to systems that read those.
func summarizeExample(sys baseline.System, ex dataset.Example, opts chorus.Options) (chorus.Summary, error) {
	if u, ok := sys.(updater); ok {
		return u.SummarizeAfter(ex.Before, ex.Cluster.Articles, opts)
	}
	if r, ok := sys.(baseline.Referenced); ok {
		return r.SummarizeReferenced(ex.Cluster.Articles, ex.References, opts)
	}
	return sys.Summarize(ex.Cluster.Articles, opts)
}
