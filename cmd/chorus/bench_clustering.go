package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"sort"
	"text/tabwriter"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/story"
)

// clusteringResult is one row of `chorus bench clustering`.
type clusteringResult struct {
	Dataset   string  `json:"dataset"`
	Articles  int     `json:"articles"`
	Gold      int     `json:"gold_clusters"`
	Found     int     `json:"found_clusters"`
	Precision float64 `json:"bcubed_precision"`
	Recall    float64 `json:"bcubed_recall"`
	F1        float64 `json:"bcubed_f1"`
	Dupes     int     `json:"duplicates"`
	// DupPrecision is the share of duplicate links whose original is in the
	// same true cluster.
	DupPrecision float64 `json:"duplicate_precision"`
	Merges       int     `json:"merges"`
	PerSecond    float64 `json:"articles_per_second"`
	Seed         uint64  `json:"seed"`
	Dated        bool    `json:"dated"`
}

// runBenchClustering shuffles the articles of a dataset's clusters, feeds
// them one by one to the online clusterer (in memory, no database) and
// prints B-cubed precision, recall and F1 against the true clusters.
func runBenchClustering(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("bench clustering", flag.ContinueOnError)
	fl.SetOutput(stderr)
	name := fl.String("dataset", "multinews-test", "dataset: multinews-test, multinews-val, duc2004, duc2003")
	limit := fl.Int("limit", 1000, "number of clusters to read (0 = all)")
	dir := fl.String("data", "", "data directory (default: $CHORUS_DATA or ../shared/data beside go.mod)")
	seed := fl.Uint64("seed", 1, "shuffle seed")
	asJSON := fl.Bool("json", false, "print JSON instead of a table")
	dated := fl.Bool("dated", false, "order articles by publication date (DUC ids carry one) and apply the time window; otherwise times are ignored")
	var o story.Options
	fl.Float64Var(&o.Join, "join", 0, "join threshold (0 = default)")
	fl.Float64Var(&o.Merge, "merge", 0, "merge threshold (0 = default)")
	fl.Float64Var(&o.Duplicate, "dup", 0, "near-duplicate threshold (0 = default)")
	fl.DurationVar(&o.Window, "window", 0, "time window with --dated (0 = 72h)")
	fl.Float64Var(&o.Prior, "prior", 0, "weight in documents of the background document frequencies (0 = default, <0 = none)")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: chorus bench clustering [--dataset NAME] [--limit N] [--data DIR] [--seed N] [--json]")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	if *dir == "" {
		d, err := dataset.Dir()
		if errors.Is(err, fs.ErrNotExist) {
			fmt.Fprintf(stderr, "chorus bench clustering: skipped, no data: %v\n", err)
			return nil
		}
		if err != nil {
			return err
		}
		*dir = d
	}
	docs, gold, err := readClusteringStream(ctx, *dir, *name, *limit, *dated)
	if errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintf(stderr, "chorus bench clustering: skipped, no data: %v\n", err)
		return nil
	}
	if err != nil {
		return err
	}
	if len(docs) == 0 {
		return chorus.ErrNoArticles
	}
	// Shuffle the stream; with --dated, order it by time after shuffling so
	// articles of the same day come in random order.
	rng := rand.New(rand.NewPCG(*seed, *seed^0x9e3779b97f4a7c15))
	order := rng.Perm(len(docs))
	if *dated {
		sort.SliceStable(order, func(i, j int) bool { return docs[order[i]].Time.Before(docs[order[j]].Time) })
	}
	res := clusterStream(docs, gold, order, o)
	res.Dataset, res.Seed, res.Dated = *name, *seed, *dated
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "dataset\tarticles\ttrue clusters\tfound\tB3 P\tB3 R\tB3 F1\tduplicates\tdup. prec.\tmerges\tarticles/s\t")
	fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.4f\t%.4f\t%.4f\t%d\t%.3f\t%d\t%.0f\t\n", res.Dataset, res.Articles, res.Gold,
		res.Found, res.Precision, res.Recall, res.F1, res.Dupes, res.DupPrecision, res.Merges, res.PerSecond)
	return tw.Flush()
}

// readClusteringStream reads up to limit clusters of a dataset as documents
// with their gold cluster numbers.
func readClusteringStream(ctx context.Context, dir, name string, limit int, dated bool) ([]story.Doc, []int, error) {
	var docs []story.Doc
	var gold []int
	k := 0
	err := dataset.Read(dir, name, limit, func(ex dataset.Example) error {
		for j, a := range ex.Cluster.Articles {
			d := story.Doc{ID: fmt.Sprintf("%d/%d", k, j), Title: a.Title, Text: a.Text}
			if dated {
				d.Time = a.Published
			}
			docs = append(docs, d)
			gold = append(gold, k)
		}
		k++
		return ctx.Err()
	})
	if err != nil {
		return nil, nil, fmt.Errorf("cannot read %s: %w", name, err)
	}
	return docs, gold, nil
}

// clusterStream feeds docs in the given order to a fresh clusterer and
// scores the final stories against gold.
func clusterStream(docs []story.Doc, gold []int, order []int, o story.Options) clusteringResult {
	c := story.New(o)
	found := make([]int64, len(docs))
	into := make(map[int64]int64) // merged story → the story it joined
	next := int64(1)
	var res clusteringResult
	index := make(map[string]int, len(docs))
	for i, d := range docs {
		index[d.ID] = i
	}
	sameGold := 0
	start := time.Now()
	for _, i := range order {
		dec := c.Assign(docs[i])
		if dec.Story == 0 {
			next++
		}
		found[i] = c.Apply(dec, next-1)
		for _, m := range dec.Merge {
			into[m] = found[i]
			res.Merges++
		}
		if dec.DuplicateOf != "" {
			res.Dupes++
			if gold[index[dec.DuplicateOf]] == gold[i] {
				sameGold++
			}
		}
	}
	elapsed := time.Since(start)
	if res.Dupes > 0 {
		res.DupPrecision = float64(sameGold) / float64(res.Dupes)
	}
	for i, id := range found {
		for hops := 0; into[id] != 0 && hops < len(into); hops++ {
			id = into[id]
		}
		found[i] = id
	}
	b := story.ScoreBCubed(gold, found)
	res.Articles, res.Gold, res.Found = b.Items, b.Gold, b.Found
	res.Precision, res.Recall, res.F1 = b.Precision, b.Recall, b.F1
	res.PerSecond = float64(len(docs)) / elapsed.Seconds()
	return res
}
