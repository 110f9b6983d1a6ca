package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

// TestNameReportMakers checks that a report's finding with no maker takes
// the maker its own article gives, and only then.
func TestNameReportMakers(t *testing.T) {
	tests := []struct {
		name    string
		article string
		chosen  string // the article's sentence the summary keeps
		before  []string
		want    string
	}{
		{"a report from a trust",
			"ferry jobs are gone. so says a new report from the tarnwick harbour trust, a research group. the report shows that low-wage hiring has persisted.",
			"A report shows that low-wage hiring has persisted.", nil,
			"A report from the Tarnwick Harbour Trust shows that low-wage hiring has persisted."},
		{"the study by, cased",
			"A study by the Tarnwick Institute of Marine Science tracked 300 ferries. The study found most ran late.",
			"The study found most ran late.", nil,
			"A study by the Tarnwick Institute of Marine Science found most ran late."},
		{"according to, an acronym",
			"A survey from the TFA covered 2,000 riders. According to the survey, most riders pay cash.",
			"According to the survey, most riders pay cash.", nil,
			"According to a survey from the TFA, most riders pay cash."},
		{"an analysis",
			"an analysis by harbour watch looked at fares. the analysis found fares doubled.",
			"The analysis found fares doubled.", nil,
			"An analysis by harbour watch found fares doubled."},
		{"maker named already",
			"A report by the Harbour Trust came out monday. The report shows fares doubled.",
			"A report by the Harbour Trust shows fares doubled.", nil,
			"A report by the Harbour Trust shows fares doubled."},
		{"the summary told of the report above",
			"A report by the Harbour Trust came out monday. The report shows fares doubled.",
			"The report shows fares doubled.", []string{"The Harbour Trust issued a report on fares."},
			"The report shows fares doubled."},
		{"the group points back",
			"The Harbour Trust met. A report from the group came out monday. The report shows fares doubled.",
			"The report shows fares doubled.", nil,
			"The report shows fares doubled."},
		{"a time, not a maker",
			"A report from last year came out. The report shows fares doubled.",
			"The report shows fares doubled.", nil,
			"The report shows fares doubled."},
		{"two makers",
			"A report from the Harbour Trust came out. A report from the Ferry Riders Union disagreed. The report shows fares doubled.",
			"The report shows fares doubled.", nil,
			"The report shows fares doubled."},
		{"another noun's maker",
			"A study by the Harbour Trust came out. The report shows fares doubled.",
			"The report shows fares doubled.", nil,
			"The report shows fares doubled."},
		{"no verb of finding",
			"A report by the Harbour Trust came out monday. The report was late.",
			"The report was late.", nil,
			"The report was late."},
		{"a bracket ends the maker",
			"a new report by the harbour riders group (hrg) came out. a new report says fares doubled.",
			"A new report says fares doubled.", nil,
			"A new report by the Harbour Riders Group says fares doubled."},
		{"no maker",
			"Fares doubled. A new report shows fares doubled again.",
			"A new report shows fares doubled again.", nil,
			"A new report shows fares doubled again."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{docs: []document{{article: &chorus.Article{Text: tt.article}}}}
			var picked []int
			sum := chorus.Summary{Words: 10}
			for i, s := range append(append([]string{}, tt.before...), tt.chosen) {
				c.cands = append(c.cands, candidate{doc: 0, text: s, prevInDoc: -1})
				c.facts = append(c.facts, fact{rep: i})
				picked = append(picked, i)
				sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: s})
			}
			c.nameReportMakers(picked, &sum)
			got := sum.Sentences[len(sum.Sentences)-1].Text
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if added := countWords(tt.want) - countWords(tt.chosen); sum.Words != 10+added {
				t.Errorf("Words = %d, want %d", sum.Words, 10+added)
			}
		})
	}
}

// TestNameReportMakersCluster checks that a maker the sentence's own
// article does not give is taken from the cluster's other articles when
// they give one, and not when they give two.
func TestNameReportMakersCluster(t *testing.T) {
	tests := []struct {
		name   string
		others []string
		want   string
	}{
		{"one maker elsewhere", []string{"A report from the Harbour Trust came out monday."},
			"A report from the Harbour Trust shows fares doubled."},
		{"two makers elsewhere", []string{"A report from the Harbour Trust came out.", "A report by the Ferry Riders Union disagreed."},
			"The report shows fares doubled."},
		{"none elsewhere", []string{"Fares doubled on monday."},
			"The report shows fares doubled."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := "The report shows fares doubled."
			c := &cluster{docs: []document{{article: &chorus.Article{Text: "Riders were angry. " + s}}}}
			for _, o := range tt.others {
				c.docs = append(c.docs, document{article: &chorus.Article{Text: o}})
			}
			c.cands = []candidate{{doc: 0, text: s, prevInDoc: -1}}
			c.facts = []fact{{rep: 0, docs: []int{0}}}
			sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: s}}}
			c.nameReportMakers([]int{0}, &sum)
			if got := sum.Sentences[0].Text; got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
