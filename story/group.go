package story

import "strconv"

// Group splits docs into the stories an online clusterer finds when it
// reads them in order, with no time window (a folder or a feed is one
// reading, whatever its dates). It returns each story's indices into docs,
// ascending, stories in the order of their first article. A near-duplicate
// goes with its original. Doc IDs are not used and need not be unique.
func Group(docs []Doc, opts Options) [][]int {
	opts.Window = 1<<63 - 1
	c := New(opts)
	ids := make([]string, len(docs))
	for i, d := range docs {
		d.ID = strconv.Itoa(i)
		d.Time, d.Seen = d.Time.UTC(), d.Seen.UTC()
		ids[i] = d.ID
		c.Apply(c.Assign(d), int64(i+1))
	}
	var groups [][]int
	at := make(map[int64]int)
	for i, id := range ids {
		s := c.Story(id)
		g, ok := at[s]
		if !ok {
			g = len(groups)
			at[s] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], i)
	}
	return groups
}
