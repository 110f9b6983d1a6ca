package summarize

import "strings"

// A lead that arrange leaves out. A gallery's first slide run into a
// page's text ("1/30 4 May 2021 the ferry at the Tarnwick pier at
// dawn.") has the shape of a lead and event cues (a date, a place), and
// can win the lead; arrange then drops it (galleryCounterOnly,
// furniture_gallerywidget.go), and the summary opens on whatever was
// chosen second, often a reaction or a detail, while the event the lead
// was to tell is told nowhere (invented: the slide chosen to lead over
// "Anna Varga has denied staging the ferry crash ...", then dropped,
// leaving "The daughter of a passenger called the film a disgrace."
// alone). droppedLater tells such a line, and canLead keeps it from
// leading a reader's summary, so the lead is chosen among the sentences
// the summary keeps.
//
// Measured against the buy-photo commit (default summaries; Fill leads
// are unchanged, canLead reads droppedLater for a reader only):
// validation 1 of 5,599 changed, better (the accused's denial and his
// explanation now open the summary, though with the page's headline run
// in); train 1-38,000 1 of 37,863 changed, better (a study's finding
// opens instead of a gallery's slide). Tried and not kept: every text
// rule arrange drops by (pagePointerOnly, promptOnly, filmCreditsOnly,
// promoLineOnly, ...), not only the gallery's slide: validation 3
// changed, 3 better; train 10 changed, 2 better, 3 worse (a film
// review's rating line or a picture's credit took the lead its credits
// box had held), 5 the same.

// droppedLater reports whether arrange leaves s out of a reader's summary
// whatever else is chosen: a gallery's first slide (galleryCounterOnly).
func droppedLater(s string) bool {
	return galleryCounterOnly(strings.TrimSpace(s))
}
