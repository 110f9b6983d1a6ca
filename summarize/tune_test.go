package summarize

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/rouge"
)

// The tuning harness: go test ./summarize -run TestTune -tune multinews-val
// -tune.limit 1000 -tune.p "minsrc=5;cover=0". It prints the bench
// protocol's ROUGE (the rouge package, ROUGE-1.5.5-exact) of the summarizer
// on a validation set once per variant of the selection parameters (see
// setParams), reading the data once. Never point it at a test split.
var (
	tuneSet    = flag.String("tune", "", "dataset to tune on (multinews-val or duc2003)")
	tuneLimit  = flag.Int("tune.limit", 500, "clusters to read")
	tuneModel  = flag.String("tune.model", "", "model file to tune with (default: the embedded model)")
	tuneParams = flag.String("tune.p", "", "selection parameter variants to compare: name=value,... separated by ;")
	tuneBP     = flag.String("tune.bp", "", "boilerplate table file to tune with (default: the embedded table)")
	tuneSal    = flag.String("tune.sal", "", "salience table file to tune with (default: the embedded table)")
	trainN     = flag.Int("train", 0, "fit a model on this many multinews-train clusters and write it to -tune.model")
)

func TestTrain(t *testing.T) {
	if *trainN == 0 || *tuneModel == "" {
		t.Skip("training harness: pass -train N -tune.model FILE")
	}
	dir, err := dataset.Dir()
	if err != nil {
		t.Skipf("no data: %v", err)
	}
	var tr Trainer
	if *tuneSal != "" {
		f, err := os.Open(*tuneSal)
		if err != nil {
			t.Fatal(err)
		}
		tr.Salience, err = ReadSalience(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	err = dataset.Read(dir, "multinews-train", *trainN, func(ex dataset.Example) error {
		refs := make([]string, len(ex.References))
		for i, r := range ex.References {
			refs[i] = strings.Join(r, " ")
		}
		tr.Add(ex.Cluster.Articles, refs)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	m, err := tr.Fit()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(*tuneModel)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := m.Write(f); err != nil {
		t.Fatal(err)
	}
	m.Write(os.Stdout)
}

func TestTune(t *testing.T) {
	if *tuneSet == "" {
		t.Skip("tuning harness: pass -tune DATASET")
	}
	if strings.Contains(*tuneSet, "test") || *tuneSet == "duc2004" || *tuneSet == "longbench200" {
		t.Fatalf("tune on validation data only, not %s", *tuneSet)
	}
	dir, err := dataset.Dir()
	if err != nil {
		t.Skipf("no data: %v", err)
	}
	// The bench protocols (bench.ProtocolFor; bench imports this package).
	words, measure := 260, "F"
	ropts := rouge.Options{MaxN: 2, SkipGap: 4, SkipUnigrams: true, NoLCS: true, Stem: true, WordLimit: 260, Alpha: 0.5}
	metrics := []string{"ROUGE-1", "ROUGE-2", "ROUGE-SU4"}
	if dataset.IsDUC(*tuneSet) {
		words, measure = 100, "R"
		ropts = rouge.Options{MaxN: 4, NoLCS: true, Stem: true, WordLimit: 100, Alpha: 0.5}
		metrics = []string{"ROUGE-1", "ROUGE-2", "ROUGE-4"}
	}
	var sz Summarizer
	if *tuneModel != "" {
		f, err := os.Open(*tuneModel)
		if err != nil {
			t.Fatal(err)
		}
		sz.Model, err = ReadModel(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	if *tuneBP != "" {
		f, err := os.Open(*tuneBP)
		if err != nil {
			t.Fatal(err)
		}
		sz.Boilerplate, err = ReadBoilerplate(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	if *tuneSal != "" {
		f, err := os.Open(*tuneSal)
		if err != nil {
			t.Fatal(err)
		}
		sz.Salience, err = ReadSalience(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	var examples []dataset.Example
	err = dataset.Read(dir, *tuneSet, *tuneLimit, func(ex dataset.Example) error {
		examples = append(examples, ex)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	refs := make([]*rouge.References, len(examples))
	for i, ex := range examples {
		refs[i] = rouge.NewReferences(ex.References, ropts)
	}
	saved := params
	defer func() { params = saved }()
	var first []float64 // ROUGE-1 per example of the first variant
	for vi, variant := range strings.Split(*tuneParams, ";") {
		params = saved
		per := make([]float64, len(examples))
		if err := setParams(&params, variant); err != nil {
			t.Fatal(err)
		}
		sums := make([]float64, len(metrics))
		for i, ex := range examples {
			sum, err := sz.Summarize(ex.Cluster.Articles, chorus.Options{Words: words, Fill: true})
			if err != nil {
				continue
			}
			var sents []string
			for _, s := range sum.Sentences {
				sents = append(sents, s.Text)
			}
			sc := refs[i].Score(sents)
			per[i] = sc[metrics[0]].R
			if measure != "R" {
				per[i] = sc[metrics[0]].F
			}
			for k, m := range metrics {
				if measure == "R" {
					sums[k] += sc[m].R
				} else {
					sums[k] += sc[m].F
				}
			}
		}
		fmt.Printf("%s n=%d %-40q", *tuneSet, len(examples), variant)
		for k, m := range metrics {
			fmt.Printf(" %s=%.2f", m, 100*sums[k]/float64(len(examples)))
		}
		if vi == 0 {
			first = per
		} else {
			// How many examples the variant improves and worsens on
			// ROUGE-1 against the first variant.
			up, down := 0, 0
			for i := range per {
				switch {
				case per[i] > first[i]+1e-9:
					up++
				case per[i] < first[i]-1e-9:
					down++
				}
			}
			fmt.Printf(" R1 +%d/-%d", up, down)
			if os.Getenv("TUNE_DELTAS") != "" {
				for i := range per {
					if d := per[i] - first[i]; d != 0 {
						fmt.Printf(" %+.1f", 100*d)
					}
				}
			}
		}
		fmt.Println()
	}
}

// setParams sets the named selection parameters of spec
// ("bigram=1,learned=0.5") in p.
func setParams(p *tuning, spec string) error {
	for _, kv := range strings.Split(spec, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(kv), "=")
		if !ok {
			continue
		}
		x, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return err
		}
		switch k {
		case "bigram":
			p.bigram = x
		case "unigram":
			p.unigram = x
		case "mindf":
			p.minDF = int(x)
		case "dfpow":
			p.dfPow = x
		case "learned":
			p.learned = x
		case "costpow":
			p.costPow = x
		case "overlap":
			p.overlap = x
		case "minsrc":
			p.minSrc = int(x)
		case "bpsent":
			p.bpSentence = int(x)
		case "bpgram":
			p.bpGram = int(x)
		case "bpedge":
			p.bpEdge = int(x)
		case "bpshare":
			p.bpGramShare = x
		case "compress":
			p.compress = int(x)
		case "salsmall":
			p.salSmall = x
		case "saldfpow":
			p.salDFPow = x
		case "salpair":
			p.salPair = x
		case "bigsal":
			p.bigSal = x
		case "bigsalmax":
			p.bigSalMax = x
		case "pospow":
			p.posPow = x
		case "pospri":
			p.posPrior = x
		case "cover":
			p.useCover = x != 0
		default:
			return fmt.Errorf("unknown parameter %q", k)
		}
	}
	return nil
}
