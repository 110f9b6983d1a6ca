package summarize

import "testing"

func TestOwnOutlet(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"this blog", "Within the safe confines of this blog, readers have told of the Tarnwick floods.", true},
		{"this column", "This column is not about the mayor of Tarnwick.", true},
		{"this website", "The information on this website is for Tarnwick residents only.", true},
		{"this web site", "Anna Varga built this web site in 2009.", true},
		{"enter this site", "You must be 18 to enter this site.", true},
		{"of this site", "The goal of this site is to list every ferry that sank off Tarnwick.", true},
		{"a place", "Builders of the harbour wall chose this site for its deep water.", false},
		{"a place that served", "This site served as a lookout for the Tarnwick fleet.", false},
		{"a blog post told", "There is this blog post from the summer about the ferry.", false},
		{"quoted", `"I will keep writing this column," Anna Varga said.`, false},
		{"another blog", "A Tarnwick blog reported the closure on Monday.", false},
		{"no this", "The harbour board closed the pier on Monday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ownOutlet(tt.s); got != tt.want {
				t.Errorf("ownOutlet(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
