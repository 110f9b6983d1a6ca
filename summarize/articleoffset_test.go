package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestArticleOffset(t *testing.T) {
	low := `the ferry left at dawn. " we will not wait for them. the tide turns at noon, " harbour master ilse tarn said. she left.`
	tests := []struct {
		name, text string
		want       int
	}{
		{"quote respaced", `"The tide turns at noon," harbour master Ilse Tarn said.`, 53},
		{"too short", "She left.", -1},
		{"not there", `"The tide turns at dusk," harbour master Ilse Tarn said.`, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := articleOffset(low, tt.text); got != tt.want {
				t.Errorf("articleOffset(%q) = %d, want %d", tt.text, got, tt.want)
			}
		})
	}
}

func TestArticleAboveRespaced(t *testing.T) {
	text := `The ferry left at dawn, the newspaper kessia daily reported. " we will not wait for them. the tide turns at noon, " harbour master ilse tarn told the newspaper.`
	cand := `"The tide turns at noon," harbour master Ilse Tarn told the newspaper.`
	c := &cluster{docs: []document{{article: &chorus.Article{Text: text}}}, cands: []candidate{{text: cand}}}
	if got := c.articleOutlet(0, "paper"); got != "the newspaper Kessia Daily" {
		t.Errorf("articleOutlet = %q, want the newspaper Kessia Daily", got)
	}
}
