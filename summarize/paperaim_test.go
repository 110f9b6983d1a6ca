package summarize

import "testing"

func TestPaperAim(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"aim", "The aim of this study was to measure how far tidal otters roam in winter.", true},
		{"objectives", "The objectives of the present study were to update counts of harbour seals.", true},
		{"fused", "Ferry use fell by a third in 2009.4 the purpose of this study was to explain why.", true},
		{"aimed", "Thus, this study aimed to test whether gulls prefer warm roofs.", true},
		{"quoted", "\"The purpose of this review was to find the facts,\" the senator said.", false},
		{"the study", "The aim of the study was to measure how far otters roam.", false},
		{"news", "The researchers found that otters roam farther in winter.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := paperAim(tt.in); got != tt.want {
				t.Errorf("paperAim(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestMarkPaperAims(t *testing.T) {
	c := &cluster{cands: []candidate{
		{doc: 0, pos: 0, text: "Otters that sleep in pairs live longer, a new study finds."},
		{doc: 1, pos: 0, text: "Coastal mammals are a familiar sight in modern harbours."},
		{doc: 1, pos: 1, text: "In 1998, a survey of 40 harbours counted 212 otters."},
		{doc: 1, pos: 2, text: "The aim of this study was to measure how otters sleep."},
		{doc: 1, pos: 3, text: "Otters were watched at night for six weeks."},
		{doc: 0, pos: 1, text: "Little is known about why some otters sleep alone."},
	}}
	c.markPaperAims()
	want := []bool{false, true, false, true, false, false}
	for i, w := range want {
		if got := c.cands[i].flags&flagNarrator != 0; got != w {
			t.Errorf("candidate %d (%q) flagged %v, want %v", i, c.cands[i].text, got, w)
		}
	}
}
