// Package render writes an attributed summary for people and programs: plain
// text, Markdown with citations, or JSON. It is the last step of the
// pipeline (… → ordered, attributed summary → output) and holds no logic
// beyond layout.
package render

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// Format names an output layout.
type Format string

// The output formats.
const (
	Text     Format = "text"     // summary paragraph, then a numbered source list
	Markdown Format = "markdown" // sentences with [1][3] citations, sources as links
	JSON     Format = "json"     // one JSON object per summary
)

// Formats lists the formats Write accepts.
func Formats() []Format { return []Format{Text, Markdown, JSON} }

// ErrFormat means a format name is not one of Formats.
var ErrFormat = chorus.Errorf(chorus.EINVALID, "unknown output format")

// ParseFormat returns the Format named s.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats() {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("%w %q (want text, markdown or json)", ErrFormat, s)
}

// Options controls Write. The zero value writes plain text.
type Options struct {
	// Format is the layout; empty means Text.
	Format Format
	// Cluster is the cluster's ID, written as a heading (text, Markdown) or
	// a "cluster" field (JSON) when not empty.
	Cluster string
}

// Write writes sum to w in the layout of opts.
func Write(w io.Writer, sum chorus.Summary, opts Options) error {
	bw := bufio.NewWriter(w)
	switch opts.Format {
	case "", Text:
		writeText(bw, sum, opts.Cluster)
	case Markdown:
		writeMarkdown(bw, sum, opts.Cluster)
	case JSON:
		if err := writeJSON(bw, sum, opts.Cluster); err != nil {
			return err
		}
	default:
		return fmt.Errorf("%w %q", ErrFormat, opts.Format)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("cannot write summary: %w", err)
	}
	return nil
}

func writeText(w *bufio.Writer, sum chorus.Summary, cluster string) {
	if cluster != "" {
		fmt.Fprintf(w, "== %s ==\n\n", cluster)
	}
	// A sentence's citations are glued to its last word, so a line break
	// never separates them from the sentence they cite.
	var words []string
	for _, s := range sum.Sentences {
		f := strings.Fields(s.Text)
		if cite := brackets(s.Sources); cite != "" {
			if len(f) == 0 {
				f = []string{cite}
			} else {
				f[len(f)-1] += " " + cite
			}
		}
		words = append(words, f...)
	}
	w.WriteString(wrap(words, 78))
	w.WriteString("\n")
	if len(sum.Voices) > 0 {
		w.WriteString("\nVoices:\n")
		for _, v := range sum.Voices {
			w.WriteString("  " + speakerLine(v) + "\n")
			for _, st := range v.Statements {
				writeCited(w, statementText(st), st.Sources)
			}
		}
	}
	if len(sum.Disputes) > 0 {
		w.WriteString("\nDisputed:\n")
		for _, d := range sum.Disputes {
			w.WriteString("  " + d.Topic + "\n")
			for _, c := range d.Claims {
				writeCited(w, claimText(c)+claimTime(c, sum.Sources), c.Sources)
			}
		}
	}
	w.WriteString("\nSources:\n")
	for _, s := range sum.Sources {
		fmt.Fprintf(w, "  [%d] %s\n", s.ID, describe(s, true))
	}
}

func writeMarkdown(w *bufio.Writer, sum chorus.Summary, cluster string) {
	if cluster != "" {
		fmt.Fprintf(w, "## %s\n\n", escapeMarkdown(cluster))
	}
	urls := make(map[int]string, len(sum.Sources))
	for _, s := range sum.Sources {
		urls[s.ID] = s.URL
	}
	for i, s := range sum.Sentences {
		if i > 0 {
			w.WriteByte(' ')
		}
		w.WriteString(escapeMarkdown(s.Text))
		for _, id := range s.Sources {
			w.WriteString(citation(id, urls[id]))
		}
	}
	w.WriteString("\n\n")
	if len(sum.Voices) > 0 {
		w.WriteString("### Voices\n\n")
		for _, v := range sum.Voices {
			w.WriteString("- " + escapeMarkdown(speakerLine(v)) + "\n")
			for _, st := range v.Statements {
				w.WriteString("  - " + escapeMarkdown(statementText(st)))
				for _, id := range st.Sources {
					w.WriteString(citation(id, urls[id]))
				}
				w.WriteString("\n")
			}
		}
		w.WriteString("\n")
	}
	if len(sum.Disputes) > 0 {
		w.WriteString("### Disputed\n\n")
		for _, d := range sum.Disputes {
			w.WriteString("- " + escapeMarkdown(d.Topic) + "\n")
			for _, c := range d.Claims {
				w.WriteString("  - " + escapeMarkdown(claimText(c)+claimTime(c, sum.Sources)))
				for _, id := range c.Sources {
					w.WriteString(citation(id, urls[id]))
				}
				w.WriteString("\n")
			}
		}
		w.WriteString("\n")
	}
	for _, s := range sum.Sources {
		name := describe(s, false)
		if s.URL != "" {
			fmt.Fprintf(w, "%d. [%s](%s)\n", s.ID, escapeMarkdown(name), linkDest(s.URL))
		} else {
			fmt.Fprintf(w, "%d. %s\n", s.ID, escapeMarkdown(name))
		}
	}
}

// citation writes one Markdown citation: an inline link labelled [id] to
// the source's address, or the escaped label when it has none. Inline links
// (not reference-style ones) keep adjacent citations apart: "[1][2]" would
// otherwise parse as a link labelled 1 to reference 2.
func citation(id int, url string) string {
	label := `\[` + strconv.Itoa(id) + `\]`
	if url == "" {
		return label
	}
	return "[" + label + "](" + linkDest(url) + ")"
}

// linkDest writes url as a Markdown link destination: in angle brackets,
// with the characters that would end it percent-encoded.
func linkDest(url string) string {
	var b strings.Builder
	b.WriteByte('<')
	for _, r := range url {
		switch {
		case r == '<' || r == '>' || r == ' ' || r == '\\' || r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, "%%%02X", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('>')
	return b.String()
}

// jsonSummary is the JSON layout: the summary with an optional cluster ID.
type jsonSummary struct {
	Cluster string `json:"cluster,omitempty"`
	chorus.Summary
}

func writeJSON(w *bufio.Writer, sum chorus.Summary, cluster string) error {
	if sum.Sentences == nil {
		sum.Sentences = []chorus.Sentence{}
	}
	if sum.Sources == nil {
		sum.Sources = []chorus.Source{}
	}
	if sum.Voices == nil {
		sum.Voices = []chorus.Voice{}
	}
	if sum.Disputes == nil {
		sum.Disputes = []chorus.Dispute{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(jsonSummary{Cluster: cluster, Summary: sum}); err != nil {
		return fmt.Errorf("cannot encode summary: %w", err)
	}
	return nil
}

// writeCited writes text indented under its heading, wrapped, with its
// citations glued to its last word.
func writeCited(w *bufio.Writer, text string, ids []int) {
	f := strings.Fields(text)
	if cite := brackets(ids); cite != "" && len(f) > 0 {
		f[len(f)-1] += " " + cite
	}
	w.WriteString("    " + strings.ReplaceAll(wrap(f, 72), "\n", "\n    ") + "\n")
}

// speakerLine names a speaker for people: "Name, role".
func speakerLine(v chorus.Voice) string {
	if v.Role == "" {
		return v.Name
	}
	return v.Name + ", " + v.Role
}

// statementText is a statement as shown: a quote in quotation marks.
func statementText(st chorus.Statement) string {
	if st.Quote {
		return "“" + st.Text + "”"
	}
	return st.Text
}

// claimText is a claim as shown: its speaker first when named and not
// already in the sentence.
func claimText(c chorus.Claim) string {
	if c.Speaker == "" || strings.Contains(c.Text, c.Speaker) {
		return c.Text
	}
	return c.Speaker + ": " + c.Text
}

// claimTime tells when the earliest source of a claim was published, so
// that differing figures read as what they often are, a count that grew:
// " (as of 2031-04-08 09:30 UTC)"; empty when no source has a time.
func claimTime(c chorus.Claim, sources []chorus.Source) string {
	var first time.Time
	for _, id := range c.Sources {
		for _, s := range sources {
			if s.ID == id && !s.Published.IsZero() && (first.IsZero() || s.Published.Before(first)) {
				first = s.Published
			}
		}
	}
	if first.IsZero() {
		return ""
	}
	return " (as of " + first.UTC().Format("2006-01-02 15:04") + " UTC)"
}

// describe names a source for people: title, publisher and (withURL)
// address, or the article ID when nothing else is known.
func describe(s chorus.Source, withURL bool) string {
	var parts []string
	title := s.Title
	if s.Source != "" {
		title = TitleWithoutPublisher(title, s.Source)
	}
	if title != "" {
		parts = append(parts, title)
	}
	if s.Source != "" {
		parts = append(parts, s.Source)
	}
	if len(parts) == 0 {
		parts = append(parts, s.Article)
	}
	out := strings.Join(parts, " — ")
	if withURL && s.URL != "" && !strings.Contains(out, s.URL) {
		out += " <" + s.URL + ">"
	}
	return out
}

func brackets(ids []int) string {
	var b strings.Builder
	for _, id := range ids {
		b.WriteString("[" + strconv.Itoa(id) + "]")
	}
	return b.String()
}

var markdownEscaper = strings.NewReplacer(`[`, `\[`, `]`, `\]`, `*`, `\*`, `_`, `\_`, "`", "\\`")

func escapeMarkdown(s string) string { return markdownEscaper.Replace(s) }

// wrap joins words with spaces into lines of at most width characters,
// breaking only between words (a longer word gets a line of its own).
func wrap(words []string, width int) string {
	var b strings.Builder
	n := 0
	for i, word := range words {
		wl := utf8.RuneCountInString(word)
		if i > 0 {
			if n+1+wl > width {
				b.WriteByte('\n')
				n = 0
			} else {
				b.WriteByte(' ')
				n++
			}
		}
		b.WriteString(word)
		n += wl
	}
	return b.String()
}

// TitleWithoutPublisher returns a source's title without the publisher's
// name when the page wrote it at one end, set apart by a separator ("Dam
// repaired | Vell Post", "VELL POST - Dam repaired"), or "" when the title
// is only that name, so a listing names the publisher once and in one style
// for every source ("Dam repaired — Vell Post").
func TitleWithoutPublisher(title, publisher string) string {
	if strings.EqualFold(strings.TrimSpace(title), publisher) {
		return ""
	}
	for _, sep := range []string{" | ", " — ", " – ", " - ", " :: ", " · "} {
		n := len(sep) + len(publisher)
		if len(title) <= n {
			continue
		}
		if end := title[len(title)-n:]; strings.EqualFold(end, sep+publisher) {
			if rest := strings.TrimSpace(title[:len(title)-n]); rest != "" {
				return rest
			}
		}
		if start := title[:n]; strings.EqualFold(start, publisher+sep) {
			if rest := strings.TrimSpace(title[n:]); rest != "" {
				return rest
			}
		}
	}
	return title
}
