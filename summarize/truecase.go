package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/truecase"
	"github.com/chorusnews/chorus/voices"
)

// This file belongs to the reading stage's last step: a lower-cased
// cluster (Multi-News: "the oxfam shop in swansea") gives a summary in
// lower case but for sentence openings and the names the rules before
// wrote in full. truecaseSummary raises its words to the case cased
// text writes them in (package truecase): names, places, days and months,
// "U.S.". The capitals already written (a name in full, a speaker's name)
// are kept, and are evidence for the same words elsewhere in the summary.

// truecaseSummary writes the sentences, voices and disputes of sum in the
// case cased text gives their words, when the cluster is lower-cased.
func (c *cluster) truecaseSummary(sum *chorus.Summary) {
	if !c.lowerCased() {
		return
	}
	m := truecase.Default()
	// The sources' sentence openings: a word the model hardly knows that
	// opens many of them is a name ("Adele is back" ... "queen adele").
	var sources truecase.Names
	for i := range c.cands {
		sources.AddSource(c.cands[i].text)
	}
	// Twice: the names the first pass writes ("John Berry") raise the
	// same words where the model alone does not ("Mr. berry"). A first
	// pass that raised nothing leaves the second the same evidence, and
	// so nothing to raise.
	if truecaseOnce(m, sum, sources) {
		truecaseOnce(m, sum, sources)
	}
	rewriteTexts(sum, raiseAfterQuestion)
}

// raiseAfterQuestion capitalises a lower-case letter that follows a
// question mark and a space inside a sentence of a lower-cased cluster
// ("Second place? it fell to fourth" → "It fell"): cased text opens what
// follows a question with a capital, and the splitter kept the two in one
// sentence. An exclamation mark is left alone: it ends names too
// ("Yahoo! shares").
func raiseAfterQuestion(s string) string {
	i := strings.Index(s, "? ")
	if i < 0 {
		return s
	}
	b := []byte(s)
	for ; i+2 < len(b); i++ {
		if b[i] == '?' && b[i+1] == ' ' && 'a' <= b[i+2] && b[i+2] <= 'z' {
			b[i+2] -= 'a' - 'A'
		}
	}
	return string(b)
}

// truecaseOnce raises the words of sum with m, the capitalised words sum
// already holds and the sources' evidence, and reports whether it raised
// any.
func truecaseOnce(m *truecase.Model, sum *chorus.Summary, sources truecase.Names) bool {
	names := sources // a copy: the summary's own names are added to it alone
	for _, st := range sum.Sentences {
		names.Add(st.Text)
	}
	for _, v := range sum.Voices {
		names.AddName(v.Name)
		for _, st := range v.Statements {
			names.Add(st.Text)
		}
	}
	for _, d := range sum.Disputes {
		for _, cl := range d.Claims {
			names.Add(cl.Text)
			names.AddName(cl.Speaker)
		}
	}
	changed := false
	apply := func(s *string) {
		if out := m.Apply(*s, &names); out != *s {
			*s, changed = out, true
		}
	}
	for i := range sum.Sentences {
		apply(&sum.Sentences[i].Text)
	}
	for i := range sum.Voices {
		v := &sum.Voices[i]
		apply(&v.Name)
		apply(&v.Role)
		v.Role = voices.RoleForm(v.Role) // the model raises "majority leader" beside "Senate": a role after a name reads in lower case
		for j := range v.Statements {
			apply(&v.Statements[j].Text)
		}
	}
	for i := range sum.Disputes {
		d := &sum.Disputes[i]
		apply(&d.Topic)
		for j := range d.Claims {
			apply(&d.Claims[j].Text)
			apply(&d.Claims[j].Speaker)
		}
	}
	return changed
}
