package bench

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// figure returns the protocol's reported value of f with its interval.
func (p Protocol) figure(f Figure) (v, lo, hi float64) {
	if p.Measure == "R" {
		return f.R, f.RLow, f.RHigh
	}
	return f.F, f.FLow, f.FHigh
}

// WriteTable writes r as a plain-text table. With published, the SumRepo
// figures (DUC 2004) or NIST's (duc2006, duc2007-update) follow ours; they are
// meaningless elsewhere.
func (r *Result) WriteTable(w io.Writer, published bool) error {
	p := r.proto
	var b strings.Builder
	fmt.Fprintf(&b, "dataset %s, %d clusters; protocol %s\n", r.Dataset, r.Clusters, r.ProtocolDetail)
	if r.References != "" {
		fmt.Fprintf(&b, "references: %s (in place of the dataset's; jackknifed only over a cluster's two or more)\n", r.References)
	}
	over := "clusters"
	if p.Jackknife {
		over = "evaluations (each cluster once per left-out reference, as NIST)"
	}
	fmt.Fprintf(&b, "[low, high]: %s over %s\n\n", r.Confidence, over)
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	width := len("system")
	for _, row := range r.Rows {
		width = max(width, len(row.System))
	}
	if published {
		for _, pr := range Published {
			width = max(width, len(pr.System+" (SumRepo)"))
		}
		for _, pr := range PublishedUpdate {
			width = max(width, len(pr.System+" (NIST)"))
		}
		for _, pr := range PublishedDUC2006 {
			width = max(width, len(pr.System+" (NIST)"))
		}
	}
	name := func(s string) string { return fmt.Sprintf("%-*s", width, s) }
	fmt.Fprintf(tw, "%s\t", name("system"))
	for _, m := range p.Metrics {
		fmt.Fprintf(tw, "%s %s\t[low, high]\t", m, p.Measure)
	}
	fmt.Fprint(tw, "words\tclusters/s\tseconds\tpeak RSS MB\terrors\t\n")
	for _, row := range r.Rows {
		fmt.Fprintf(tw, "%s\t", name(row.System))
		for _, m := range p.Metrics {
			v, lo, hi := p.figure(row.Rouge[m])
			fmt.Fprintf(tw, "%.2f\t[%.2f, %.2f]\t", v, lo, hi)
		}
		fmt.Fprintf(tw, "%.1f\t%.1f\t%.2f\t%.0f\t%d\t\n", row.MeanWords, row.ClustersPerSecond, row.Seconds, row.PeakRSSMB, row.Errors)
	}
	showPublished := published && r.Dataset == "duc2004"
	if showPublished {
		fmt.Fprint(tw, "\t\t\t\t\t\t\t\t\t\t\t\t\n")
		for _, pr := range Published {
			fmt.Fprintf(tw, "%s\t%.2f\t\t%.2f\t\t%.2f\t\t\t\t\t\t\t\n", name(pr.System+" (SumRepo)"), pr.Rouge1, pr.Rouge2, pr.Rouge4)
		}
	}
	nist, nistSource := nistRows(r.Dataset)
	showNIST := published && nist != nil
	if showNIST {
		fmt.Fprint(tw, "\t\t\t\t\t\t\t\t\t\t\n")
		for _, pr := range nist {
			fmt.Fprintf(tw, "%s\t%.2f\t\t%.2f\t\t\t\t\t\t\t\n", name(pr.System+" (NIST)"), pr.Rouge2, pr.RougeSU4)
		}
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("cannot write table: %w", err)
	}
	rss := fmt.Sprintf("peak RSS: the process's VmHWM during that system's pass (summarizing and scoring; reset between passes), including the %.0f MB resident before the first pass", r.StartRSSMB)
	if !r.PeakRSSPerPass {
		rss = "peak RSS: the process's VmHWM since start (could not reset it between passes)"
	}
	fmt.Fprintf(&b, "\nwords: mean summary length before ROUGE's cut.\nclusters/s and seconds: summarization only (ROUGE scoring and reading excluded), CPU time of the summarizing threads summed over clusters.\n%s.\n", rss)
	var fresh []string
	for _, row := range r.Rows {
		if row.NewClusters > 0 {
			fresh = append(fresh, fmt.Sprintf("%s %.2f", row.System, row.NewContent))
		}
	}
	if len(fresh) > 0 {
		fmt.Fprintf(&b, "new content: recall ×100 of the references' content bigrams that the new articles hold and no article read before does (bench/novelty.go; clusters with any): %s.\n", strings.Join(fresh, ", "))
	}
	if bySetShown(r.Rows) {
		fmt.Fprintf(&b, "by set: mean %s recall ×100 over each set's clusters (clusters in brackets; no interval).\n", strings.Join(r.proto.Metrics, " / "))
	}
	for _, row := range r.Rows {
		if len(row.BySet) == 0 {
			continue
		}
		var sets []string
		for _, f := range row.BySet {
			var vals []string
			for _, m := range r.proto.Metrics {
				vals = append(vals, fmt.Sprintf("%.2f", f.R[m]))
			}
			sets = append(sets, fmt.Sprintf("%s %s (%d)", f.Set, strings.Join(vals, " / "), f.Clusters))
		}
		fmt.Fprintf(&b, "by set, %s: %s.\n", row.System, strings.Join(sets, ", "))
	}
	for _, row := range r.Rows {
		pr := row.Paired
		if pr == nil {
			continue
		}
		var vals []string
		for _, m := range r.proto.Metrics {
			d := pr.R[m]
			vals = append(vals, fmt.Sprintf("%s %+.2f [%+.2f, %+.2f]", m, d.Delta, d.Low, d.High))
		}
		fmt.Fprintf(&b, "paired, %s − %s (recall ×100, same evaluations, 95%% bootstrap of the difference): %s; %s higher on %d clusters, lower on %d.\n",
			row.System, pr.Against, strings.Join(vals, ", "), r.proto.Metrics[0], pr.Higher, pr.Lower)
	}
	for _, row := range r.Rows {
		if row.Errors > 0 {
			fmt.Fprintf(&b, "%s failed on %d clusters (scored zero); first: %s\n", row.System, row.Errors, row.FirstError)
		}
	}
	switch {
	case showPublished:
		fmt.Fprintf(&b, "SumRepo rows: %s.\n", PublishedSource)
	case showNIST:
		fmt.Fprintf(&b, "NIST rows: %s.\n", nistSource)
	case published:
		fmt.Fprintf(&b, "published figures: only for duc2004 (SumRepo), duc2006 and duc2007-update (NIST).\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteJSON writes r as one JSON object. With published it carries the
// SumRepo figures (DUC 2004) or NIST's (duc2006, duc2007-update) under "published".
func (r *Result) WriteJSON(w io.Writer, published bool) error {
	type pubRow struct {
		System string             `json:"system"`
		Rouge  map[string]float64 `json:"rouge"`
	}
	out := struct {
		*Result
		Published []pubRow `json:"published,omitempty"`
		Source    string   `json:"published_source,omitempty"`
	}{Result: r}
	if published && r.Dataset == "duc2004" {
		for _, p := range Published {
			out.Published = append(out.Published, pubRow{p.System, map[string]float64{"ROUGE-1": p.Rouge1, "ROUGE-2": p.Rouge2, "ROUGE-4": p.Rouge4}})
		}
		out.Source = PublishedSource
	}
	if nist, source := nistRows(r.Dataset); published && nist != nil {
		for _, p := range nist {
			out.Published = append(out.Published, pubRow{p.System, map[string]float64{"ROUGE-2": p.Rouge2, "ROUGE-SU4": p.RougeSU4}})
		}
		out.Source = source
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("cannot write JSON: %w", err)
	}
	return nil
}

// bySetShown reports whether any row has figures by set.
func bySetShown(rows []Row) bool {
	for _, row := range rows {
		if len(row.BySet) > 0 {
			return true
		}
	}
	return false
}
