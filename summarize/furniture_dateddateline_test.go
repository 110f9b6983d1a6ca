package summarize

import "testing"

// TestCutDatedDateline: a place, a month and a day and a dash before a
// lower-case word leave; a sentence that opens with a date, a place with
// no date, a capital after the dash or too short a story stay.
func TestCutDatedDateline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tarnwick, April 2 - the ferry line canceled dozens of crossings after a storm.", "The ferry line canceled dozens of crossings after a storm."},
		{"Port Alder, Sept 14 - two crews were still searching the bay on Sunday night.", "Two crews were still searching the bay on Sunday night."},
		{"On April 2 - the ferry line canceled dozens of crossings after a storm.", ""},
		{"Tarnwick - the ferry line canceled dozens of crossings after a storm.", ""},
		{"Tarnwick, April 2 - The ferry line canceled dozens of crossings.", ""},
		{"Tarnwick, April 2 - the ferry stopped.", ""},
		{"April 2, Tarnwick - the ferry line canceled dozens of crossings after a storm.", ""},
	}
	for _, tt := range tests {
		got, ok := cutDatedDateline(tt.in)
		want := tt.want
		if want == "" {
			want = tt.in
		}
		if got != want || ok != (tt.want != "") {
			t.Errorf("cutDatedDateline(%q) = %q, %v; want %q", tt.in, got, ok, want)
		}
	}
}
