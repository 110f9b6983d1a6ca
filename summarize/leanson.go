package summarize

// A sentence chosen beside the one before it in its source (leanedOn)
// need not lean on it: "<surname>'s neighbours had seen smoke at dawn."
// reads alone after any sentence that names him. The repeat rules after
// pruneRepeats (replaceLedeTwins and replaceOpeningRetold through
// replaceOpeningRepeats, replaceRetoldQuotes, dropQuotedTwice,
// replaceRetoldEvents, dropCoveredFacts) kept every such sentence, and
// with it a repeat the reader meets twice (invented: "The 40-year-old
// Tolle was held on suspicion of arson." beside "Tolle, 40, was held on
// Sunday after he called the fire brigade to the barn."). They ask
// leansOn instead: the next sentence must read as leaning.
//
// Multi-News default summaries: 3 of 5,612 validation and 17 of 37,916
// train 1-38,000 change; all read: 16 better (a second wire's lede, an
// arrest, a count or a caption told again gives way), 1 worse (a father's
// word on his son's depression left for a stand-in), 3 the same.
// pruneRepeats keeps leanedOn: asking leansOn there too, 10 more
// validation summaries change, 2 better, 4 worse (a vote's share, a
// counter-claim, a record's name, a list of spells lost), 4 the same.

// leanMarks are the marks of a sentence that reads on from the one before
// it: a pronoun, connective or attribution opening, a bare quote, a
// reference back (flagDependent), or a bare "the X" (flagDefinite,
// flagLeansBack).
const leanMarks = flagDependent | flagDefinite | flagLeansBack

// leansOn reports whether the sentence after fact f's in its source is
// picked too (leanedOn) and the picked fact's sentence the reader gets
// opens as leaning on the one before it (leanMarks).
func (c *cluster) leansOn(f int, picked []int) bool {
	for _, p := range picked {
		if p == f || c.cands[c.facts[p].rep].flags&leanMarks == 0 {
			continue
		}
		for _, m := range c.facts[p].members {
			if pr := c.cands[m].prevInDoc; pr >= 0 && c.cands[pr].fact == f {
				return true
			}
		}
	}
	return false
}
