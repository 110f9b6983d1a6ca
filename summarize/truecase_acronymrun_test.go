package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestRaiseAcronymRunsIn(t *testing.T) {
	acrs := []string{"CRA", "DHS", "KPW", "MRI", "THP", "UPS", "VEG"}
	cases := []struct{ name, in, want string }{
		{"plain", "a study by the coastal rivers authority.", "a study by the Coastal Rivers Authority."},
		{"possessive", "the coastal rivers authority's chief said", "the Coastal Rivers Authority's chief said"},
		{"possessive on S", "the upland park service's ban", "the Upland Park Service's ban"},
		{"partly raised", "the Tarnby harbour patrol said", "the Tarnby Harbour Patrol said"},
		{"function word kept", "the department of harbour safety, which", "the Department of Harbour Safety, which"},
		{"group", "products bought by the vale estates group.", "products bought by the Vale Estates Group."},
		{"term stays", "a scan by magnetic resonance imaging showed", "a scan by magnetic resonance imaging showed"},
		{"initials differ", "the coastal lakes authority said", "the coastal lakes authority said"},
		{"head inside", "the kiln patrol worker said", "the kiln patrol worker said"},
		{"comma breaks", "the coastal, rivers authority said", "the coastal, rivers authority said"},
		{"acronym inside", "near the THP hall patrol", "near the THP hall patrol"},
		{"no head", "said the clear rainy afternoon", "said the clear rainy afternoon"},
	}
	for _, c := range cases {
		if got := raiseAcronymRunsIn(c.in, acrs); got != c.want {
			t.Errorf("%s: raiseAcronymRunsIn(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func TestRaiseAcronymRuns(t *testing.T) {
	c := &cluster{docs: []document{{paras: []string{
		"a ruling by the marsh fisheries authority ( mfa ) and the office of tide records (otr) stood.",
	}}}}
	sum := &chorus.Summary{Sentences: []chorus.Sentence{
		{Text: "Figures came from the vale estates group on Monday."},
		{Text: "Mara Olsk, VEG's director of research, said so. The WASHINGTON office agreed."},
		{Text: "The marsh fisheries authority's ruling and the office of tide records stood."},
		{Text: "A fisheries authority and the records office met."},
	}}
	c.raiseAcronymRuns(sum)
	for k, want := range []string{
		"Figures came from the Vale Estates Group on Monday.",
		"Mara Olsk, VEG's director of research, said so. The WASHINGTON office agreed.",
		"The Marsh Fisheries Authority's ruling and the office of tide records stood.",
		"A fisheries authority and the records office met.",
	} {
		if got := sum.Sentences[k].Text; got != want {
			t.Errorf("sentence %d: got %q, want %q", k, got, want)
		}
	}
	none := &chorus.Summary{Sentences: []chorus.Sentence{{Text: "the vale estates group met."}}}
	(&cluster{}).raiseAcronymRuns(none)
	if got := none.Sentences[0].Text; got != "the vale estates group met." {
		t.Errorf("no acronym: got %q", got)
	}
}
