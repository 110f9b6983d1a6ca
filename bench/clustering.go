package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
	"text/tabwriter"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/story"
)

// ClusteringOptions controls RunClustering. Only Dataset is required.
type ClusteringOptions struct {
	// Dataset is one of dataset.Names().
	Dataset string
	// Dir is the data directory; "" means dataset.Dir().
	Dir string
	// Limit, when positive, reads only the first Limit clusters.
	Limit int
	// Seed seeds the shuffle of the article stream.
	Seed uint64
	// Dated orders the shuffled stream by publication date (DUC ids carry
	// one) and keeps the dates, so the clusterer's time window applies;
	// otherwise times are ignored.
	Dated bool
	// Cluster tunes the clusterer; the zero value means its defaults.
	Cluster story.Options
}

// ClusteringResult is the one-row table of RunClustering: B-cubed scores of
// the stories found against the dataset's true clusters.
type ClusteringResult struct {
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
	// PerSecond is articles clustered per second of wall time, reading
	// excluded.
	PerSecond float64 `json:"articles_per_second"`
	Seed      uint64  `json:"seed"`
	Dated     bool    `json:"dated"`
}

// RunClustering shuffles the articles of a dataset's clusters, feeds them
// one by one to the online clusterer of package story (in memory, no
// store) and scores the stories it forms against the true clusters. A
// missing data directory or dataset file is an error wrapping
// fs.ErrNotExist, as in Run.
func RunClustering(ctx context.Context, opts ClusteringOptions) (*ClusteringResult, error) {
	if opts.Dir == "" {
		dir, err := dataset.Dir()
		if err != nil {
			return nil, err
		}
		opts.Dir = dir
	}
	docs, gold, err := readClusteringStream(ctx, opts)
	if err != nil {
		return nil, err
	}
	if len(docs) == 0 {
		return nil, chorus.ErrNoArticles
	}
	// Shuffle the stream; when dated, order it by time after shuffling so
	// articles of the same day come in random order.
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))
	order := rng.Perm(len(docs))
	if opts.Dated {
		sort.SliceStable(order, func(i, j int) bool { return docs[order[i]].Time.Before(docs[order[j]].Time) })
	}
	res := clusterStream(docs, gold, order, opts.Cluster)
	res.Dataset, res.Seed, res.Dated = opts.Dataset, opts.Seed, opts.Dated
	return &res, nil
}

// WriteTable writes r as an aligned text table.
func (r *ClusteringResult) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "dataset\tarticles\ttrue clusters\tfound\tB3 P\tB3 R\tB3 F1\tduplicates\tdup. prec.\tmerges\tarticles/s\t")
	fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.4f\t%.4f\t%.4f\t%d\t%.3f\t%d\t%.0f\t\n", r.Dataset, r.Articles, r.Gold,
		r.Found, r.Precision, r.Recall, r.F1, r.Dupes, r.DupPrecision, r.Merges, r.PerSecond)
	return tw.Flush()
}

// WriteJSON writes r as indented JSON.
func (r *ClusteringResult) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// readClusteringStream reads the clusters of the dataset as documents with
// their gold cluster numbers.
func readClusteringStream(ctx context.Context, opts ClusteringOptions) ([]story.Doc, []int, error) {
	var docs []story.Doc
	var gold []int
	k := 0
	err := dataset.Read(opts.Dir, opts.Dataset, opts.Limit, func(ex dataset.Example) error {
		for j, a := range ex.Cluster.Articles {
			d := story.Doc{ID: fmt.Sprintf("%d/%d", k, j), Title: a.Title, Text: a.Text}
			if opts.Dated {
				d.Time = a.Published
			}
			docs = append(docs, d)
			gold = append(gold, k)
		}
		k++
		return ctx.Err()
	})
	if err != nil {
		return nil, nil, fmt.Errorf("cannot read %s: %w", opts.Dataset, err)
	}
	return docs, gold, nil
}

// clusterStream feeds docs in the given order to a fresh clusterer and
// scores the final stories against gold.
func clusterStream(docs []story.Doc, gold []int, order []int, o story.Options) ClusteringResult {
	c := story.New(o)
	found := make([]int64, len(docs))
	into := make(map[int64]int64) // merged story → the story it joined
	next := int64(1)
	var res ClusteringResult
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
