package summarize

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCreditedScene(t *testing.T) {
	tests := []struct {
		name    string
		article string
		scene   string // the sentence asked about, as it opens
		want    bool
	}{
		{"credit before the scene",
			"The marsh zoo in Tarnwick welcomed its first lion cub in a decade this spring, keepers said on Monday. ( jane roe/ap ) A newborn cub rests beside its mother at the marsh zoo. The cub weighed four pounds at birth, the keepers said.",
			"A newborn cub", true},
		{"credit after the scene",
			"Velmora's hot springs drew a record crowd over the holiday weekend, the town's tourism board said on Friday. Visitors wade in the warm pool near the old bathhouse. ( tomas rell/getty images ) The board expects more visitors next year.",
			"Visitors wade", true},
		{"photographer and paper after the scene",
			"Velmora's hot springs drew a record crowd over the holiday weekend, the town's tourism board said on Friday. Visitors wade in the warm pool near the old bathhouse. ( ana roe/the velmora herald ) The board expects more visitors next year.",
			"Visitors wade", true},
		{"no credit near",
			"Velmora's hot springs drew a record crowd over the holiday weekend, the town's tourism board said on Friday. Visitors wade in the warm pool near the old bathhouse. The board expects more visitors next year, it said.",
			"Visitors wade", false},
		{"a story's sentence beside the credit",
			"( jane roe/ap ) The ferry board met in Tarnwick on Monday to discuss the fares. The board voted to raise fares by ten percent, officials said.",
			"The board voted", false},
		{"a video's scene",
			"The arrest was filmed by a bystander on the pier in Tarnwick, the police said on Monday. ( jane roe/ap ) Tomas Rell is seen in the video in a grey coat with an officer beside him. He was released later that day.",
			"Tomas Rell is seen", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{p: func() *Tuning { x := DefaultTuning(); return &x }(), lead: -1}
			if !c.prepare([]chorus.Article{{ID: "a", Text: tt.article}}) {
				t.Fatal("prepare failed")
			}
			found := false
			for i := range c.cands {
				if !strings.HasPrefix(c.cands[i].text, tt.scene) {
					continue
				}
				found = true
				if got := c.creditedScene(i); got != tt.want {
					t.Errorf("creditedScene(%q) = %v, want %v", c.cands[i].text, got, tt.want)
				}
			}
			if !found {
				t.Fatalf("no candidate opens with %q", tt.scene)
			}
		})
	}
}

func TestSubjectSceneUndated(t *testing.T) {
	tests := []struct {
		s            string
		scene, dated bool
	}{
		{"A newborn cub rests beside its mother at the marsh zoo.", true, false},
		{"French marines patrol the harbour wall in Tarnwick on Aug. 5.", true, true},
		{"The ferry board rests its case on the new fares.", true, false},
		{"The ferry board voted to raise the fares on Monday.", false, false},
	}
	if !auxBeforeScene("The ferry line is in talks with the council about new fares.") || auxBeforeScene("The old ferry is shown at the pier.") {
		t.Error("auxBeforeScene: want true for \"is in talks\", false for \"is shown\"")
	}
	for _, tt := range tests {
		if scene, dated := subjectScene(tt.s); scene != tt.scene || dated != tt.dated {
			t.Errorf("subjectScene(%q) = %v, %v, want %v, %v", tt.s, scene, dated, tt.scene, tt.dated)
		}
	}
}
