package summarize

import "testing"

func TestQuotedAnswer(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"no", `"No, no, not a swipe," Anna Varga said.`, true},
		{"absolutely alone", `"Absolutely," the mayor told the Tarnwick Gazette on Friday.`, true},
		{"curly mark", "“Yes, the pier is closed,” the harbour master said.", true},
		{"exclamation", `"Okay!" the ferry captain said.`, true},
		{"of course", `"Of course, we will rebuild," the mayor said.`, true},

		{"question told", `"No, the pier is safe," the mayor said when asked about the cracks.`, false},
		{"question named", `"Yes," Anna Varga said in answer to a question about the ferry.`, false},
		{"no one", `"No one saw the ferry leave," a clerk said.`, false},
		{"nobody", `"Nobody warned us," Anna Varga said.`, false},
		{"yesterday", `"Yesterday the pier fell," the mayor said.`, false},
		{"unquoted", "No, the mayor is not resigning.", false},
		{"plain quote", `"We will rebuild the pier," the mayor said.`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quotedAnswer(tt.s); got != tt.want {
				t.Errorf("quotedAnswer(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
