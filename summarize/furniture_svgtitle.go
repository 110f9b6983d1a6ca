package summarize

import "github.com/chorusnews/chorus/internal/lex"

// An icon's title left in the text: pages draw their arrows and share
// buttons as SVG pictures whose drawing program wrote its own title into
// them ("Shape Created with Sketch.", "Right Created with Sketch."), and
// a gallery's "show all" button runs into its headline before it ("<gallery
// headline> show all 12 left created with sketch."). With the markup gone
// the titles read as sentences, and a reader's summary took one as its
// last line. isIconTitle keeps them out of a reader's candidates (the
// reading filter in summarize/document.go); Fill keeps the benchmarks'
// text.
//
// Measured against 24188d4 on Multi-News default summaries: validation 1
// of 5,599 changes (a chart's gallery button as the last line, now an
// election's story sentence: better); train 1-38,000 0 of 37,863 change
// (6 clusters hold such titles; none reached a summary).

// iconTitleMaxWords bounds a sentence isIconTitle takes: a gallery's
// headline and its button.
const iconTitleMaxWords = 25

// iconTitleCue is a drawing program's icon title, found in any ASCII case
// without a lower-cased copy of the sentence (every candidate is asked).
var iconTitleCue = lex.NewFoldSubstrings("created with sketch")

// isIconTitle reports whether sentence s holds a drawing program's icon
// title ("created with sketch") and has at most iconTitleMaxWords words.
func isIconTitle(s string) bool {
	return iconTitleCue.In(s) && countWords(s) <= iconTitleMaxWords
}
