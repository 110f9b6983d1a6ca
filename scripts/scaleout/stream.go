package main

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"sort"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/dataset"
)

// multiNewsClusters is how many clusters a Multi-News stream takes at most
// (issue 12: "Multi-News test, first 2,000 clusters").
const multiNewsClusters = 2000

// stream is one shuffled article stream with its gold clusters.
type stream struct {
	name     string
	articles []chorus.Article // IDs "cluster/doc"
	clusters int
}

// readStream reads a named stream: a dataset's articles with client IDs
// "cluster/doc", shuffled by seed. duc2004-dated and duc2003-dated keep
// the publication dates and post in date order (shuffled within a date);
// the others drop them. DUC 2003 (30 clusters, 298 documents) is
// development data: the DUC 2004 and Multi-News test streams are the
// issue's reported figures. It returns an error wrapping errSkip when the
// data is absent.
func readStream(name string, limit int, seed uint64) (*stream, error) {
	set, dated := name, false
	switch name {
	case "duc2004-dated", "duc2003-dated":
		set, dated = strings.TrimSuffix(name, "-dated"), true
	case "duc2004", "duc2003":
	case "multinews-test", "multinews-val":
		if limit <= 0 || limit > multiNewsClusters {
			limit = multiNewsClusters
		}
	default:
		return nil, fmt.Errorf("unknown stream %q (duc2004, duc2004-dated, duc2003, duc2003-dated, multinews-test, multinews-val)", name)
	}
	dir, err := dataset.Dir()
	if err != nil {
		return nil, fmt.Errorf("%w: no data directory (%v)", errSkip, err)
	}
	s := &stream{name: name}
	err = dataset.Read(dir, set, limit, func(ex dataset.Example) error {
		for j, a := range ex.Cluster.Articles {
			a.ID, a.URL = fmt.Sprintf("%d/%d", s.clusters, j), ""
			if !dated {
				a.Published = time.Time{}
			}
			s.articles = append(s.articles, a)
		}
		s.clusters++
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %v", errSkip, err)
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", set, err)
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	rng.Shuffle(len(s.articles), func(i, j int) { s.articles[i], s.articles[j] = s.articles[j], s.articles[i] })
	if dated {
		sort.SliceStable(s.articles, func(i, j int) bool { return s.articles[i].Published.Before(s.articles[j].Published) })
	}
	return s, nil
}
