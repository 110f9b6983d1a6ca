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
//	defect.Dangles(s)                            // opens leaning on the sentence before
//	defect.NeedsSpeaker(s)                       // a quote that names no speaker
//
// Rules come first and are shared, never copied: page furniture is decided
// by the cleaner's rules (clean.Furniture), and the opening and attribution
// word lists that summarize's sentence flags read live here (IsPronoun,
// IsConnective, IsSpeechVerb, ...). A sentence is judged on its own, as if
// it opened a summary; Context carries its neighbours for callers that
// know them.
//
// Labels: testdata/labels.tsv holds keys and classes only, never sentence
// text (the text stays in the datasets); Key and TextHash rebuild a key from
// a sentence, and HeldOut splits clusters into the training and held-out
// halves deterministically.
package defect
