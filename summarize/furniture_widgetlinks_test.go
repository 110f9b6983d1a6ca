package summarize

import "testing"

func TestWidgetLinksOnly(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"related quoted", "Related 'Tarnwick ferry' sails again harbour board: 'new fares' start in May the council said fares would rise.", true},
		{"related news articles", "Related news articles ferry sinks off cape mayor says sorry a harbour pilot said the ferry never slowed.", true},
		{"more stories", "More stories town raises $4,000 for ferry crew a pilot from Tarnwick is fighting to keep his licence.", true},
		{"watch more", "Watch more'harbour nights' at 10: the best scenes the ferry star said the show was never about boats.", true},
		{"related prose", "Related costs rose by a fifth after the harbour board raised ferry fares in May.", false},
		{"more stories prose", "More stories of the storm emerged on Tuesday as crews reached the outer islands.", false},
		{"watch more prose", "Watch more of the regatta on the harbour channel from nine on Sunday morning.", false},
		{"plain", "The harbour board raised ferry fares by a fifth in May.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := widgetLinksOnly(tt.in); got != tt.want {
				t.Errorf("widgetLinksOnly(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
