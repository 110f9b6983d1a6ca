package summarize

// markCutOff marks as a fragment the last sentence of each document when
// it has no closing punctuation: a source truncated mid-sentence leaves it
// cut off ("... would not reimburse those veterans who were paid less"),
// as Multi-News's truncated release does to most of its articles. cutOff
// (reference.go) catches such a sentence anywhere when its last word is a
// stopword; at a document's end any last word will do.
func (c *cluster) markCutOff() {
	for i := range c.docs {
		d := &c.docs[i]
		if len(d.cands) == 0 {
			continue
		}
		if cd := &c.cands[d.cands[len(d.cands)-1]]; cd.flags&flagUnfinished != 0 {
			cd.flags |= flagFragment
		}
	}
}
