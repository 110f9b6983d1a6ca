package summarize

import (
	"slices"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/dispute"
	"github.com/chorusnews/chorus/voices"
)

// This file hands the documents' sentences to packages voices and dispute
// and cites what they find with the summary's source numbers.

// addVoices sets sum.Voices and sum.Disputes from the sentences of every
// document, citing them with sum's source IDs; a document that only a
// voice or a claim cites is added to sum.Sources after the others, in
// input order. The voices leave out the statements sum's sentences
// already show (voices.FindBeside).
func (c *cluster) addVoices(sum *chorus.Summary) {
	docs := make([]voices.Doc, len(c.docs))
	published := make([]time.Time, len(c.docs))
	for i, d := range c.docs {
		docs[i].Source = i
		published[i] = d.article.Published
		docs[i].Sentences = make([]string, len(d.cands))
		docs[i].Terms = make([][]uint64, len(d.cands))
		for j, k := range d.cands {
			docs[i].Sentences[j] = c.cands[k].text
			docs[i].Terms[j] = c.cands[k].terms
		}
		if read, ok := c.attrib[i]; ok && slices.Equal(read.Sentences, docs[i].Sentences) {
			// The speaker rules read these sentences (docAttributions).
			terms := docs[i].Terms
			docs[i] = read
			docs[i].Source, docs[i].Terms = i, terms
		}
	}
	// The voices leave out what the summary's sentences already show, in
	// every output alike (JSON included): a statement is a reason to read
	// the Voices beside the summary only if it adds to it.
	shown := make([]string, len(sum.Sentences))
	for i, s := range sum.Sentences {
		shown[i] = s.Text
	}
	vs := voices.FindBeside(docs, shown)
	if c.lowerCased() {
		vs = dropCommonNames(vs) // "Annual Reviews": common words read as a name (voicenames.go)
	}
	ds := dispute.FindDated(docs, published)
	if len(vs) == 0 && len(ds) == 0 {
		return
	}
	// The summary's sources are the cited documents in input order.
	cite := make([]int, len(c.docs))
	k := 0
	for i, d := range c.docs {
		if k < len(sum.Sources) && sum.Sources[k].Article == d.article.ID && sum.Sources[k].Title == d.article.Title && sum.Sources[k].URL == d.article.URL {
			cite[i] = sum.Sources[k].ID
			k++
		}
	}
	var need []int
	for _, v := range vs {
		for _, st := range v.Statements {
			need = append(need, st.Sources...)
		}
	}
	for _, d := range ds {
		for _, cl := range d.Claims {
			need = append(need, cl.Sources...)
		}
	}
	slices.Sort(need)
	for _, i := range slices.Compact(need) {
		if cite[i] == 0 {
			a := c.docs[i].article
			cite[i] = len(sum.Sources) + 1
			sum.Sources = append(sum.Sources, chorus.Source{
				ID: cite[i], Article: a.ID, Title: a.Title, Source: a.Source, URL: a.URL, Published: a.Published,
			})
		}
	}
	remap := func(ids []int) {
		for x := range ids {
			ids[x] = cite[ids[x]]
		}
		slices.Sort(ids)
	}
	for _, v := range vs {
		for j := range v.Statements {
			remap(v.Statements[j].Sources)
		}
	}
	for _, d := range ds {
		for j := range d.Claims {
			remap(d.Claims[j].Sources)
		}
	}
	sum.Voices, sum.Disputes = vs, ds
}
