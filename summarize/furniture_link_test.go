package summarize

import "testing"

func TestCutLinkLabel(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"read here", "Read the full ruling here the judge ordered the harbour office to reopen the ferry ticket desk on monday.",
			"The judge ordered the harbour office to reopen the ferry ticket desk on monday."},
		{"view here", "View reward notice here the mayor of westvale today announced a $5,000 reward for news of the missing ferry.",
			"The mayor of westvale today announced a $5,000 reward for news of the missing ferry."},
		{"bare related", "Related the westvale council says the old ferry pier will be torn down next spring to make way for a park.",
			"The westvale council says the old ferry pier will be torn down next spring to make way for a park."},
		{"related news", "Related news opposition councillors are calling on the mayor to explain the ferry contract before the vote.",
			"Opposition councillors are calling on the mayor to explain the ferry contract before the vote."},
		{"list of links", "Related stories ferry sinks off the cape the westvale ferry that sank on monday had failed two safety checks.",
			"Related stories ferry sinks off the cape the westvale ferry that sank on monday had failed two safety checks."},
		{"here ends the sentence", "Read the full ruling here.", "Read the full ruling here."},
		{"no here", "Read the full ruling of the court on the westvale harbour office and its ferry ticket desk.",
			"Read the full ruling of the court on the westvale harbour office and its ferry ticket desk."},
		{"capital after here", "See the map here The pier runs for two miles along the westvale shore and out to the lighthouse.",
			"See the map here The pier runs for two miles along the westvale shore and out to the lighthouse."},
		{"short rest", "Read it here the pier closed.", "Read it here the pier closed."},
		{"story's own sentence", "Readers here have asked the westvale gazette why the ferry stopped running last winter.",
			"Readers here have asked the westvale gazette why the ferry stopped running last winter."},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutLinkLabel(tt.in); got != tt.want {
				t.Errorf("cutLinkLabel(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
