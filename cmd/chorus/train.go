package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/story"
	"github.com/chorusnews/chorus/summarize"
)

// runTrain fits the summarizer's sentence scorer on a training dataset and
// writes the model as JSON (the embedded summarize/model.json is made so).
func runTrain(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "", "data `DIR` (default $CHORUS_DATA or ../shared/data beside the module)")
	name := fs.String("dataset", "multinews-train", "training `DATASET` (never a test split)")
	limit := fs.Int("limit", 10000, "read only the first `N` clusters (0: all)")
	ridge := fs.Float64("ridge", 1, "L2 `PENALTY` on the weights")
	out := fs.String("out", "-", "write the model (or table) to `FILE` (- for stdout)")
	bp := fs.Bool("boilerplate", false, "learn the boilerplate table instead of the model (write it to summarize/boilerplate.bin)")
	minClusters := fs.Int("min-clusters", 3, "with -boilerplate: keep sentences and 4-grams in at least `K` clusters")
	maxRefShare := fs.Float64("max-ref-share", 0.1, "with -boilerplate: keep sentences used by at most this `SHARE` of their clusters' references")
	bg := fs.Bool("background", false, "learn the story clusterer's background document frequencies instead of the model (write it to story/background.df.gz)")
	sal := fs.Bool("salience", false, "learn the word salience table instead of the model (write it to summarize/salience.bin)")
	salMin := fs.Int("salience-min", 5, "with -salience: keep words used by the sources of at least `K` clusters")
	salPairs := fs.Int("salience-pairs", 0, "with -salience: also learn bigram salience, keeping bigrams used by the sources of at least `K` clusters (0: words only)")
	para := fs.Bool("paraphrase", false, "learn the table of event words that tell one event instead of the model (write it to summarize/paraphrase.txt)")
	paraMin := fs.Int("paraphrase-min", 5, "with -paraphrase: keep word pairs exchanged by the aligned ledes of at least `K` clusters")
	paraAssoc := fs.Float64("paraphrase-assoc", 0.01, "with -paraphrase: keep word pairs whose count over the geometric mean of their words' own counts is at least `A`")
	paraBoth := fs.Float64("paraphrase-both", 0.1, "with -paraphrase: drop word pairs that one lede sentence holds together in more than this `SHARE` of the sentences holding the rarer word")
	skip := fs.Int("skip", 10000, "with -salience: learn from the clusters after the first `N` (those the model is fitted on, so its salience features are not fitted on words their own reference taught)")
	smoothing := fs.Float64("smoothing", 10, "with -salience: pull each word's estimate towards the prior as if seen in `A` more clusters")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: chorus train [options]\n\nFits the summarizer's sentence scorer; write it to summarize/model.json to embed it.\nWith -boilerplate, learns the table of web boilerplate instead:\n  chorus train -boilerplate -limit 0 -min-clusters 2 -out summarize/boilerplate.bin\nWith -salience, learns the table of word salience (after the boilerplate table,\nbefore the model):\n  chorus train -salience -limit 0 -skip 10000 -salience-pairs 10 -out summarize/salience.bin\nWith -background, counts the story clusterer's background document frequencies\n(after the boilerplate table, whose sentences it leaves out):\n  chorus train -background -limit 0 -out story/background.df.gz\nWith -paraphrase, learns the table of event words that tell one event (train\nclusters 1-38,000 only; the rest are held back):\n  chorus train -paraphrase -limit 38000 -out summarize/paraphrase.txt\n\noptions:")
		fs.PrintDefaults()
	}
	if _, err := parseArgs(fs, args, nil); err != nil {
		return err
	}
	switch {
	case fs.NArg() != 0:
		return usagef("unexpected argument %q", fs.Arg(0))
	case btoi(*bp)+btoi(*sal)+btoi(*bg)+btoi(*para) > 1:
		return usagef("-boilerplate, -salience, -background and -paraphrase learn different tables: give one")
	case *ridge <= 0:
		return usagef("-ridge must be positive, got %g", *ridge)
	case *minClusters < 2:
		return usagef("-min-clusters must be at least 2, got %d", *minClusters)
	case *salMin < 1:
		return usagef("-salience-min must be positive, got %d", *salMin)
	case *maxRefShare < 0 || *smoothing < 0:
		return usagef("-max-ref-share and -smoothing must not be negative")
	case strings.Contains(*name, "test") || *name == "duc2004" || *name == "longbench200":
		return usagef("%s is a test set; train on multinews-train", *name)
	}
	for _, c := range []struct {
		name string
		n    int
	}{{"limit", *limit}, {"salience-pairs", *salPairs}, {"skip", *skip}} {
		if err := nonNegative(c.name, c.n); err != nil {
			return err
		}
	}
	dir := *data
	if dir == "" {
		var err error
		if dir, err = dataset.Dir(); err != nil {
			return fmt.Errorf("cannot find the data: %w", err)
		}
	}
	if *bp {
		return trainBoilerplate(ctx, dir, *name, *limit, *minClusters, *maxRefShare, *out, stdout, stderr)
	}
	if *bg {
		return trainBackground(ctx, dir, *name, *limit, *out, stdout, stderr)
	}
	if *para {
		return trainParaphrase(ctx, dir, *name, *limit, *paraMin, *paraAssoc, *paraBoth, *out, stdout, stderr)
	}
	if *sal {
		return trainSalience(ctx, dir, *name, *limit, *skip, *salMin, *salPairs, *smoothing, *out, stdout, stderr)
	}
	tr := summarize.Trainer{Ridge: *ridge}
	if err := readTraining(ctx, dir, *name, *limit, 0, tr.Add); err != nil {
		return err
	}
	m, err := tr.Fit()
	if err != nil {
		return err
	}
	m.About = fmt.Sprintf("chorus train --dataset %s --limit %d --ridge %g: %s", *name, *limit, *ridge, m.About)
	return writeTo(*out, stdout, m.Write)
}

// trainBoilerplate learns the summarizer's boilerplate table from the
// training clusters and writes it in its binary form.
func trainBoilerplate(ctx context.Context, dir, name string, limit, minClusters int, maxRefShare float64, out string, stdout, stderr io.Writer) error {
	var l summarize.BoilerplateLearner
	if err := readTraining(ctx, dir, name, limit, 0, l.Add); err != nil {
		return err
	}
	b := l.Table(minClusters, maxRefShare)
	ns, ng := b.Len()
	fmt.Fprintf(stderr, "chorus train: %d clusters of %s: %d boilerplate sentences, %d 4-grams\n", l.Clusters(), name, ns, ng)
	return writeTo(out, stdout, b.Write)
}

// trainBackground counts the story clusterer's background document
// frequencies over the training articles and writes the table.
func trainBackground(ctx context.Context, dir, name string, limit int, out string, stdout, stderr io.Writer) error {
	var l story.BackgroundLearner
	if err := readTraining(ctx, dir, name, limit, 0, l.Add); err != nil {
		return err
	}
	docs, terms := l.Docs()
	fmt.Fprintf(stderr, "chorus train: %d articles of %s: %d distinct terms\n", docs, name, terms)
	return writeTo(out, stdout, l.Write)
}

// trainParaphrase counts the event words that aligned ledes of the
// training clusters' sources exchange and writes the table of pairs.
func trainParaphrase(ctx context.Context, dir, name string, limit, minCount int, minAssoc, maxBoth float64, out string, stdout, stderr io.Writer) error {
	var l summarize.ParaphraseLearner
	if err := readTraining(ctx, dir, name, limit, 0, l.Add); err != nil {
		return err
	}
	l.Freeze(minCount)
	if err := readTraining(ctx, dir, name, limit, 0, l.Add); err != nil {
		return err
	}
	pairs := l.Pairs(minCount, minAssoc, maxBoth)
	fmt.Fprintf(stderr, "chorus train: %d clusters of %s: %d aligned lede pairs, %d word pairs\n", l.Clusters(), name, l.Aligned(), len(pairs))
	about := fmt.Sprintf("chorus train -paraphrase -dataset %s -limit %d -paraphrase-min %d -paraphrase-assoc %g -paraphrase-both %g", name, limit, minCount, minAssoc, maxBoth)
	return writeTo(out, stdout, func(w io.Writer) error { return summarize.WriteParaphrases(w, about, pairs) })
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// trainSalience learns the summarizer's word salience table from the
// training clusters and writes it in its binary form.
func trainSalience(ctx context.Context, dir, name string, limit, skip, minClusters, pairs int, smoothing float64, out string, stdout, stderr io.Writer) error {
	l := summarize.SalienceLearner{Pairs: pairs}
	if err := readTraining(ctx, dir, name, limit, skip, l.Add); err != nil {
		return err
	}
	s := l.Table(minClusters, smoothing)
	fmt.Fprintf(stderr, "chorus train: %d clusters of %s: salience of %d words, prior %.4f\n", l.Clusters(), name, s.Len(), s.Prior())
	if p := s.Pairs(); p != nil {
		fmt.Fprintf(stderr, "chorus train: salience of %d bigrams, prior %.4f\n", p.Len(), p.Prior())
	}
	return writeTo(out, stdout, s.Write)
}

// readTraining streams the first limit clusters of a training dataset (0:
// all), skips the first skip of them, and passes each remaining cluster's
// articles and references (each joined into one text) to add.
func readTraining(ctx context.Context, dir, name string, limit, skip int, add func([]chorus.Article, []string)) error {
	n := 0
	err := dataset.Read(dir, name, limit, func(ex dataset.Example) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if n++; n <= skip {
			return nil
		}
		refs := make([]string, len(ex.References))
		for i, r := range ex.References {
			refs[i] = strings.Join(r, " ")
		}
		add(ex.Cluster.Articles, refs)
		return nil
	})
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", name, err)
	}
	return nil
}

// writeTo writes with write to the file path, or to stdout for "-".
func writeTo(path string, stdout io.Writer, write func(io.Writer) error) error {
	if path == "-" {
		return write(stdout)
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("cannot create %s: %w", path, err)
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
