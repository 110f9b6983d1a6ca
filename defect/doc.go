// Package defect tells which sentences an editor would cut or fix before
// putting them in a news summary, and why. It sits beside the summarizer's
// selection stage (article → clean text → sentences → scores → selection):
// summarize asks it whether a candidate may stand in a summary, and the
// evaluation (chorus bench defects) counts the defects of whole summaries.
//
// The classes are those of issue 10's labelled sentence set: Caption,
// Credit (byline, credit, timestamp, dateline), Promo (call to action),
// Legal (copyright, contest rules), Comment (reader comments), Fragment
// (heading, list label, cut-off piece), UnattributedQuote (a quote whose
// sentence names no speaker), DanglingReference (opens with a word that
// needs the previous sentence) and OK.
//
// The API is small and stable:
//
//	defect.Classify(s, defect.Context{})         // one Class, OK if none
//	defect.Detect(s, ctx).Has(defect.Caption)    // every class that applies
//	defect.Furniture(s)                          // caption, credit, promo, legal or comment; OK if none
//	defect.Dateline(s)                           // opens with a dateline (Credit, but not Furniture)
//	defect.Dangles(s)                            // opens leaning on the sentence before
//	defect.NeedsSpeaker(s)                       // a quote that names no speaker
//	defect.InSummary(sentences, follows)         // the classes of a summary's sentences in context
//
// Rules come first and are shared, never copied: page furniture is decided
// by the cleaner's rules (clean.Furniture) plus cues of this package, and
// the opening word lists that summarize's sentence flags read live here
// (IsPronoun, IsConnective, IsSubjectPronoun, IsLabel); the verbs of speech
// live in internal/lex. A sentence is judged on its own, as if it opened a
// summary; Context carries its neighbours for callers that know them.
// There is no learned part: a logistic regression over the rules' outputs,
// opening words, shape and words did no better than the rules in 5-fold
// cross-validation on the training labels (accuracy 0.745-0.749 against
// 0.746), so none is shipped.
//
// Measured by chorus bench defects -labels defect/testdata/labels.tsv on
// the held-out 30% of the labelled clusters; see the README.
//
// Labels: testdata/labels.tsv holds keys and classes only, never sentence
// text (the text stays in the datasets); Key and TextHash rebuild a key from
// a sentence, and HeldOut splits clusters into the training (70%) and
// held-out (30%) sets deterministically.
package defect
