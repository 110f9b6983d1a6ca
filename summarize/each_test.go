package summarize

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/chorusnews/chorus"
)

// eachClusters returns n invented clusters of different sizes, every fifth
// one empty.
func eachClusters(n int) []chorus.Cluster {
	cs := make([]chorus.Cluster, n)
	for i := range cs {
		cs[i].ID = fmt.Sprintf("c%d", i)
		if i%5 == 4 {
			continue
		}
		cs[i].Articles = wideCluster(2 + i%6)
	}
	return cs
}

func TestSummarizeEach(t *testing.T) {
	t.Parallel()
	clusters := eachClusters(23)
	opts := chorus.Options{Words: 40}
	var sz Summarizer
	type result struct {
		sum chorus.Summary
		err error
	}
	var want []result
	for _, c := range clusters {
		s, err := sz.Summarize(c.Articles, opts)
		want = append(want, result{s, err})
	}
	for _, workers := range []int{0, 1, 2, 7, 64} {
		t.Run(fmt.Sprintf("%d workers", workers), func(t *testing.T) {
			t.Parallel()
			var got []result
			err := sz.SummarizeEach(context.Background(), clusters, opts, workers, func(i int, s chorus.Summary, err error) error {
				if i != len(got) {
					t.Errorf("call for cluster %d after %d calls: out of order", i, len(got))
				}
				got = append(got, result{s, err})
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("results differ from a loop over Summarize")
			}
		})
	}
}

func TestSummarizeEachStops(t *testing.T) {
	t.Parallel()
	clusters := eachClusters(40)
	var sz Summarizer
	stop := errors.New("stop")
	calls := 0
	err := sz.SummarizeEach(context.Background(), clusters, chorus.Options{Words: 40}, 3, func(i int, _ chorus.Summary, _ error) error {
		calls++
		if i == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || calls != 3 {
		t.Errorf("fn error: got %v after %d calls, want stop after 3", err, calls)
	}

	ctx, cancel := context.WithCancel(context.Background())
	calls = 0
	err = sz.SummarizeEach(ctx, clusters, chorus.Options{Words: 40}, 3, func(i int, _ chorus.Summary, _ error) error {
		calls++
		if i == 1 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || calls != 2 {
		t.Errorf("cancelled: got %v after %d calls, want context.Canceled after 2", err, calls)
	}

	if err := sz.SummarizeEach(context.Background(), nil, chorus.Options{}, 0, func(int, chorus.Summary, error) error {
		t.Error("fn called for no clusters")
		return nil
	}); err != nil {
		t.Errorf("no clusters: %v", err)
	}
}
