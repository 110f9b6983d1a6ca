// Package bench runs summarizers over an evaluation dataset and scores them
// with ROUGE under fixed protocols, so the figures compare with published
// ones. It sits at the end of the evaluation half of Chorus:
// dataset → summarizers (summarize, baseline) → rouge → bench tables.
//
// The package is pure: it reads the dataset, returns a Result and writes
// tables to an io.Writer; flags, files and progress bars live in cmd/chorus.
package bench

import (
	"fmt"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/rouge"
)

// Protocol fixes the budget, the ROUGE options and the reported figures of
// an evaluation.
type Protocol struct {
	// Name is "sumrepo" (DUC) or "multinews".
	Name string
	// Words is the summary budget in words; summaries are filled to at least
	// this many words and ROUGE cuts them at it.
	Words int
	// Metrics are the reported ROUGE measures, in column order.
	Metrics []string
	// Measure is the reported figure: "R" (recall) or "F".
	Measure string
	// Options are the ROUGE settings.
	Options rouge.Options
	// Command is the equivalent ROUGE-1.5.5 command line.
	Command string
	// Jackknife scores each summary against every subset of all references
	// but one, as NIST did (rouge.Jackknife); the figures bootstrap over
	// all those evaluations.
	Jackknife bool
}

// ProtocolFor returns the protocol of the named dataset:
//
//   - duc2004, duc2003 (SumRepo, Hong et al. 2014): 100 words; recall of
//     ROUGE-1, -2, -4; ROUGE-1.5.5 -n 4 -x -m -l 100 -p 0.5 -f A -t 0.
//   - duc2007-update (NIST, DUC 2007 update task): 100 words; recall of
//     ROUGE-2 and -SU4 jackknifed over the four models (each summary scored
//     against every three of them); ROUGE-1.5.5 -n 4 -w 1.2 -m -2 4 -u -c 95
//     -r 1000 -f A -p 0.5 -t 0 -a -d, the summaries cut at 100 words.
//   - duc2006 (NIST, DUC 2006 query-focused task): the same at 250 words.
//   - duc2006-split and duc2006-update (DUC 2006 as proxies of the update
//     task): the same as duc2007-update; duc2006-split-new and
//     duc2006-update-new too, jackknifed over the two to four
//     update-style references each example keeps (dataset/novel.go); the
//     same for the query-free duc2003-split, duc2003-update and their -new
//     forms (DUC 2003 cut by date, dataset/update.go).
//   - multinews-*, longbench200 (Fabbri et al. 2019): 260 words; F of
//     ROUGE-1, -2, -SU4; ROUGE-1.5.5 -n 2 -2 4 -U -m -f A -p 0.5 -l 260,
//     each reference one unit.
func ProtocolFor(name string) (Protocol, error) {
	if dataset.Count(name) == 0 {
		return Protocol{}, chorus.Errorf(chorus.EINVALID, "unknown dataset %q (want one of %s)", name, strings.Join(dataset.Names(), ", "))
	}
	if dataset.IsQuery(name) {
		// NIST's protocol of DUC 2006 (250 words) and of the DUC 2007
		// update task (100 words; also the duc2006-split and duc2006-update
		// proxies of it).
		pname, words, year := name, 250, "2006"
		if dataset.IsUpdate(name) {
			words, year = 100, "2007"
		}
		models := "4 models"
		if strings.HasSuffix(name, "-new") {
			models = "2-4 update-style references (dataset/novel.go)"
		}
		return Protocol{
			Name:      pname,
			Words:     words,
			Metrics:   []string{"ROUGE-2", "ROUGE-SU4"},
			Measure:   "R",
			Options:   rouge.Options{MaxN: 2, SkipGap: 4, SkipUnigrams: true, NoLCS: true, Stem: true, WordLimit: words, Alpha: 0.5},
			Command:   fmt.Sprintf("-n 4 -w 1.2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -a -d (NIST, DUC %s), jackknifed over the %s, summaries cut at %d words (NIST cut them before scoring)", year, models, words),
			Jackknife: true,
		}, nil
	}
	if dataset.IsDUC(name) {
		return Protocol{
			Name:    "sumrepo",
			Words:   100,
			Metrics: []string{"ROUGE-1", "ROUGE-2", "ROUGE-4"},
			Measure: "R",
			Options: rouge.Options{MaxN: 4, NoLCS: true, Stem: true, WordLimit: 100, Alpha: 0.5},
			Command: "-n 4 -x -m -l 100 -p 0.5 -f A -t 0",
		}, nil
	}
	return Protocol{
		Name:    "multinews",
		Words:   260,
		Metrics: []string{"ROUGE-1", "ROUGE-2", "ROUGE-SU4"},
		Measure: "F",
		Options: rouge.Options{MaxN: 2, SkipGap: 4, SkipUnigrams: true, NoLCS: true, Stem: true, WordLimit: 260, Alpha: 0.5},
		Command: "-n 2 -2 4 -U -m -f A -p 0.5 -l 260 (ROUGE-L skipped: not reported)",
	}, nil
}

// describe returns a one-line description of p.
func (p Protocol) describe() string {
	what := "recall"
	if p.Measure == "F" {
		what = "F1"
	}
	return fmt.Sprintf("%s: %d-word summaries, ROUGE %s ×100, ROUGE-1.5.5 %s", p.Name, p.Words, what, p.Command)
}
