package summarize

import "testing"

func TestShortReply(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"one word", `"Nothing," said Anna Varga.`, true},
		{"adjective", `"Inexcusable," the harbour master told the Tarnwick Gazette.`, true},
		{"phrase", `"Over a decade," the mayor said.`, true},
		{"exclamation", `"Never again!" the ferry captain said.`, true},
		{"curly marks", "“Until further notice,” a council spokesman told the Gazette.", true},

		{"own subject", `"I apologize," Anna Varga said.`, false},
		{"contraction", `"It's over," the mayor said.`, false},
		{"longer quote", `"The pier will reopen in May," the mayor said.`, false},
		{"asked", `"Nothing," Anna Varga said when asked what the ferry carried.`, false},
		{"referring", `"Totally abandoned!" the mayor wrote, referring to the old pier.`, false},
		{"goes on quoting", `"Indeed," said Anna Varga, "the pier is older than the town."`, false},
		{"long credit", `"Lies," said Anna Varga, 65, who served as the harbour master for 17 years and wrote a book about the ferry.`, false},
		{"no verb of speech", `"The giving closet," as it is named, is full of shoes.`, false},
		{"title", `"Harbour Lights," the new film, opens on Friday.`, false},
		{"no quote", "Nothing, said Anna Varga.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := shortReply(tt.s); got != tt.want {
				t.Errorf("shortReply(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
