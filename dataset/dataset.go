// Package dataset streams the evaluation datasets (DUC 2003/2004 Task 2,
// the DUC 2006 query-focused task and its update proxies duc2006-split and
// duc2006-update, the same with update-style references (duc2006-split-new,
// duc2006-update-new; novel.go), the same four cut from DUC 2003, which has
// no topics (duc2003-split, duc2003-update, duc2003-split-new,
// duc2003-update-new), the DUC 2007 update task, Multi-News) as clusters
// with reference summaries. It sits in the evaluation
// half of Chorus: dataset → summarizers → rouge → bench tables.
//
// Readers stream: they hold one example at a time, never a whole split.
package dataset

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/datadir"
)

// Example is one cluster with its reference summaries.
type Example struct {
	// Cluster holds the source articles. DUC articles carry their document
	// id (e.g. APW19981016.0240), agency as Source and the date encoded in
	// the id as Published.
	Cluster chorus.Cluster
	// References are the reference summaries, each as its sentences (SEE
	// units). A Multi-News reference is one unit: the whole paragraph.
	References [][]string
	// Before holds, in the update tasks (duc2007-update, duc2006-split,
	// duc2006-update and their -new variants), the
	// articles the reader has already read: the earlier sets of the same topic, oldest
	// first. The summary should say only what Cluster adds to them. It is
	// nil elsewhere and for a topic's first set.
	Before []chorus.Article
	// Query is the topic statement of a query-focused task (duc2006,
	// duc2007-update): the topic's title on the first line, its narrative
	// after it. Every participant of those evaluations was given it; it is
	// "" elsewhere.
	Query string
}

// spec describes one named dataset.
type spec struct {
	name   string
	format string // "duc", "ducquery", "ducupdate", "ducsplit", "ducsets", "ducsplitnew", "ducsetsnew" or "multinews"
	files  []string
	count  int // number of clusters in the full data (of the -new proxies: those left, see novel.go)
}

var specs = []spec{
	{"duc2004", "duc", []string{"duc2004/duc2004_task2.jsonl.gz"}, 50},
	{"duc2003", "duc", []string{"duc2003/duc2003_task2.jsonl.gz"}, 30},
	{"duc2006", "ducquery", []string{"duc2006/duc2006_main.jsonl.gz"}, 50},
	{"duc2006-split", "ducsplit", []string{"duc2006/duc2006_main.jsonl.gz"}, 50},
	{"duc2006-update", "ducsets", []string{"duc2006/duc2006_main.jsonl.gz"}, 150},
	{"duc2006-split-new", "ducsplitnew", []string{"duc2006/duc2006_main.jsonl.gz"}, 49},
	{"duc2006-update-new", "ducsetsnew", []string{"duc2006/duc2006_main.jsonl.gz"}, 88},
	{"duc2003-split", "ducsplit", []string{"duc2003/duc2003_task2.jsonl.gz"}, 30},
	{"duc2003-update", "ducsets", []string{"duc2003/duc2003_task2.jsonl.gz"}, 90},
	{"duc2003-split-new", "ducsplitnew", []string{"duc2003/duc2003_task2.jsonl.gz"}, 26},
	{"duc2003-update-new", "ducsetsnew", []string{"duc2003/duc2003_task2.jsonl.gz"}, 40},
	{"duc2007-update", "ducupdate", []string{"duc2007/duc2007_update.jsonl.gz"}, 30},
	{"multinews-val", "multinews", []string{"multi-news/val.truncated.src.gz", "multi-news/val.truncated.tgt.gz"}, 5622},
	{"multinews-test", "multinews", []string{"multi-news/test.truncated.src.gz", "multi-news/test.truncated.tgt.gz"}, 5622},
	{"multinews-train", "multinews", []string{"multi-news/train.truncated.src.gz", "multi-news/train.truncated.tgt.gz"}, 44972},
	{"longbench200", "multinews", []string{"multi-news/test.longbench200.src.gz", "multi-news/test.longbench200.tgt.gz", "multi-news/test.longbench200.lines"}, 200},
}

// ErrUnknown means a dataset name is not one of Names.
var ErrUnknown = chorus.Errorf(chorus.EINVALID, "unknown dataset")

// Names returns the dataset names Read accepts.
func Names() []string {
	out := make([]string, len(specs))
	for i, s := range specs {
		out[i] = s.name
	}
	return out
}

// Count returns the number of clusters in the full named dataset, or 0 for an
// unknown name.
func Count(name string) int {
	if s, ok := lookup(name); ok {
		return s.count
	}
	return 0
}

// IsDUC reports whether the named dataset is a DUC dataset (SumRepo protocol:
// 100-word recall) rather than a Multi-News one.
func IsDUC(name string) bool {
	s, ok := lookup(name)
	return ok && s.format == "duc"
}

// IsQuery reports whether the named dataset is a query-focused task: its
// examples carry the topic statement in Example.Query (duc2006,
// duc2007-update).
func IsQuery(name string) bool {
	s, ok := lookup(name)
	return ok && (s.format == "ducquery" || isUpdateFormat(s.format))
}

// IsUpdate reports whether the named dataset is an update task: its
// examples carry the articles already read in Example.Before.
func IsUpdate(name string) bool {
	s, ok := lookup(name)
	return ok && isUpdateFormat(s.format)
}

// isUpdateFormat reports whether examples of the format carry Before.
func isUpdateFormat(format string) bool {
	switch format {
	case "ducupdate", "ducsplit", "ducsets", "ducsplitnew", "ducsetsnew":
		return true
	}
	return false
}

func lookup(name string) (spec, bool) {
	for _, s := range specs {
		if s.name == name {
			return s, true
		}
	}
	return spec{}, false
}

// Read streams the examples of the named dataset under dir, in file order,
// calling fn for each; limit <= 0 means all. It stops at the first error
// returned by fn and returns it. It never loads a whole split into memory.
func Read(dir, name string, limit int, fn func(Example) error) error {
	s, ok := lookup(name)
	if !ok {
		return fmt.Errorf("%w %q (want one of %v)", ErrUnknown, name, Names())
	}
	paths := make([]string, len(s.files))
	for i, f := range s.files {
		paths[i] = filepath.Join(dir, filepath.FromSlash(f))
	}
	var err error
	tok := strings.HasPrefix(name, "duc2003") // DUC 2003's references are tokenized
	switch s.format {
	case "duc", "ducquery":
		err = readDUC(paths[0], tok, limit, fn)
	case "ducupdate":
		err = readDUCUpdate(paths[0], limit, fn)
	case "ducsplit":
		err = readDUCSplit(paths[0], tok, limit, fn)
	case "ducsets":
		err = readDUCSets(paths[0], tok, limit, fn)
	case "ducsplitnew":
		err = readDUCSplit(paths[0], tok, 0, withNewReferences(limit, fn))
	case "ducsetsnew":
		err = readDUCSets(paths[0], tok, 0, withNewReferences(limit, fn))
	default:
		lines := ""
		if len(paths) > 2 {
			lines = paths[2]
		}
		err = readMultiNews(paths[0], paths[1], lines, name, limit, fn)
	}
	if err != nil && !errors.Is(err, errStop) {
		return err
	}
	return nil
}

// errStop ends a read early once the limit is reached.
var errStop = errors.New("stop")

// Dir returns the default data directory: $CHORUS_DATA if set, else
// ../shared/data beside the module root found by walking up from the working
// directory to go.mod. The error wraps fs.ErrNotExist when it is absent.
func Dir() (string, error) { return datadir.Find() }
