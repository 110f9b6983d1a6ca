package chorus

import "time"

// DefaultWords is the longest summary of the default, adaptive length: the
// word cap used when Options sets neither Words nor Sentences.
const DefaultWords = 250

// Options controls one summary. The zero value means the default length,
// which adapts to the cluster: a few sentences for a small cluster of short
// articles, growing with the amount of distinct content, never more than
// DefaultWords words. An explicit Words or Sentences is honoured as given.
type Options struct {
	// Words is the word budget: whole sentences only, never more than Words
	// words in total. Zero means the adaptive default unless Sentences is
	// set.
	Words int
	// Sentences, when positive, caps the number of sentences instead of (or,
	// with Words also set, as well as) the word budget.
	Sentences int
	// Fill, for evaluation protocols that cut summaries at a length limit
	// themselves (ROUGE's -l), adds whole sentences past the word budget until
	// the summary holds at least Words words. Leave it off for readers.
	Fill bool
	// Query, when set, focuses the summary on a topic statement: what the
	// reader wants to know, as a title, a question or a few sentences
	// ("Hurricane damage. Describe the damage and the relief effort.").
	// Sentences that answer it are preferred to ones that are only
	// central to the cluster. Empty means the generic summary, unchanged.
	Query string
}

// Adaptive reports whether o asks for the default length, which the
// summarizer adapts to the cluster within Budget's limits: neither Words
// nor Sentences is set.
func (o Options) Adaptive() bool { return o.Words <= 0 && o.Sentences <= 0 }

// Budget returns the effective word and sentence limits of o; a zero limit
// means unlimited. For the adaptive default it returns the cap,
// DefaultWords.
func (o Options) Budget() (words, sentences int) {
	words, sentences = o.Words, o.Sentences
	if words <= 0 && sentences <= 0 {
		words = DefaultWords
	}
	if words < 0 {
		words = 0
	}
	if sentences < 0 {
		sentences = 0
	}
	return words, sentences
}

// Summary is an attributed multi-document summary.
type Summary struct {
	// Sentences are the summary sentences in reading order.
	Sentences []Sentence `json:"sentences"`
	// Sources lists the cited articles; Sentence.Sources refers to Source.ID.
	Sources []Source `json:"sources"`
	// Words is the number of words in the summary.
	Words int `json:"words"`
	// Voices are the people and organisations the sources quote or
	// paraphrase, most cited first, each with their most informative
	// statements. Nil when the summarizer found none (renderers write an
	// empty array).
	Voices []Voice `json:"voices,omitzero"`
	// Disputes are the points the sources or their speakers disagree on:
	// differing figures for the same count, a denial beside the claim it
	// denies. Nil when the summarizer found none (renderers write an empty
	// array).
	Disputes []Dispute `json:"disputes,omitzero"`
}

// Dispute is one point of disagreement with the claims side by side.
type Dispute struct {
	// Topic names what is disputed ("Number of dead").
	Topic string `json:"topic"`
	// Claims are the differing claims, in the order the sources give them.
	Claims []Claim `json:"claims"`
}

// Claim is one side of a dispute as one or more sources report it.
type Claim struct {
	// Text is the source's sentence stating the claim.
	Text string `json:"text"`
	// Sources are the IDs of the sources that carry the claim, ascending.
	Sources []int `json:"sources"`
	// Speaker is who makes the claim, when the sentence credits someone by
	// name; empty when it is the source's own statement.
	Speaker string `json:"speaker"`
}

// Voice is one speaker the sources quote or paraphrase.
type Voice struct {
	// Name is the speaker's full name as the sources give it ("Ann
	// Clywd"), or an organisation's name.
	Name string `json:"name"`
	// Role is the speaker's role from the sources' own apposition ("the
	// chair of the human rights committee"), empty when none is given.
	Role string `json:"role"`
	// Statements are the speaker's one or two most informative statements,
	// in the order the sources give them.
	Statements []Statement `json:"statements"`
}

// Statement is one thing a speaker said, as one or more sources report it.
type Statement struct {
	// Text is the quoted words (without quotation marks) when Quote is
	// true, else the source's sentence reporting what the speaker said.
	Text string `json:"text"`
	// Sources are the IDs of the sources that carry the statement, in
	// ascending order (Source.ID).
	Sources []int `json:"sources"`
	// Quote reports a direct quote rather than reported speech.
	Quote bool `json:"quote"`
}

// Sentence is one summary sentence with the sources that support it.
type Sentence struct {
	// Text is the sentence as it appears in the summary.
	Text string `json:"text"`
	// Sources are the IDs (citation numbers) of the sources that carry this
	// sentence or a near-duplicate of it, in ascending order.
	Sources []int `json:"sources"`
	// Support is the number of distinct independent sources that carry the
	// sentence or a near-duplicate of it.
	Support int `json:"support"`
}

// Source is one cited article.
type Source struct {
	// ID is the citation number, starting at 1, as used in Sentence.Sources.
	ID int `json:"id"`
	// Article is the cited article's ID.
	Article string `json:"article"`
	// Title is the article's headline.
	Title string `json:"title,omitempty"`
	// Source names the publisher.
	Source string `json:"source,omitempty"`
	// URL is the article's address.
	URL string `json:"url,omitempty"`
	// Published is the article's publication time, when known (RFC 3339
	// in JSON).
	Published time.Time `json:"published,omitzero"`
}
