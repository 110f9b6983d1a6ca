package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutWireDateline(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"agency", "Tarnwick (ap) — the harbour board voted on monday to close the ferry line.",
			"The harbour board voted on monday to close the ferry line."},
		{"tokenized agency", "Tarnwick ( reuters ) - the harbour board voted on monday to close the ferry line.",
			"The harbour board voted on monday to close the ferry line."},
		{"place and region", "Port vellin, n.c. (wxyz) -- the harbour board voted on monday to close it.",
			"The harbour board voted on monday to close it."},
		{"place and date", "Tarnwick, may 28 (yonhap) -- the harbour board voted on monday to close it.",
			"The harbour board voted on monday to close it."},
		{"weekday and date", "Tuesday, may 28, 2019 (healthday news) -- the harbour board voted to close it.",
			"The harbour board voted to close it."},
		{"date only", "May 28 (bloomberg) -- the harbour board voted on monday to close it.",
			"The harbour board voted on monday to close it."},
		{"call sign suffix", "St. vellin (kabc-tv) – the harbour board voted on monday to close it.",
			"The harbour board voted on monday to close it."},
		{"network's local name", "Tarnwick (cbstarnwick) — the harbour board voted on monday to close it.",
			"The harbour board voted on monday to close it."},
		{"network and agency", "Tarnwick (cbs vt & ap) — the harbour board voted on monday to close it.",
			"The harbour board voted on monday to close it."},
		{"via", "Tarnwick, vt. (tarnwick weekly via jta) — the harbour board voted to close it.",
			"The harbour board voted to close it."},
		{"dash before outlet", "Tarnwick, vt. -- (business wire) -- the harbour board voted to close it.",
			"The harbour board voted to close it."},
		{"byline before", "By ilse varga tarnwick, may 28 (yonhap) -- the harbour board voted to close it.",
			"The harbour board voted to close it."},
		// Left as they are.
		{"actor in parentheses", "Ilse varga (tom reyes) – or rather his double – flies back to tarnwick in 1973.", ""},
		{"aside in parentheses", "Everyone who is eligible (see below) - gets to vote for one candidate here.", ""},
		{"country, not outlet", "Tarnwick (vellonia) - the harbour board voted on monday to close the ferry line.", ""},
		{"photo credit", "Tarnwick (ap photo) — the harbour board voted on monday to close the ferry line.", ""},
		{"no dash", "Tarnwick (ap) the harbour board voted on monday to close the ferry line.", ""},
		{"prose before", "The board said (ap) — the harbour board voted on monday to close the ferry line.", ""},
		{"too long before", "Ilse varga tom reyes anna holm tarnwick (ap) — the board voted on monday to close it.", ""},
		{"short rest", "Tarnwick (ap) — the board voted.", ""},
		{"five-letter sign", "Tarnwick (kabcd) — the harbour board voted on monday to close the ferry line.", ""},
		{"headline before", "Ferry sinks! board sues for $2m tarnwick (ap) - the harbour board voted to close it.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutWireDateline(tt.in)
			want := tt.want
			if want == "" {
				want = tt.in
			}
			if got != want || ok != (tt.want != "") {
				t.Errorf("cutWireDateline(%q) = %q, %v; want %q", tt.in, got, ok, want)
			}
		})
	}
}

func TestCutWireDatelinesCased(t *testing.T) {
	in := "Tarnwick (AP) — The harbour board voted on Monday to close the ferry line."
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: in}}}
	cutWireDatelines(&sum, false)
	if sum.Sentences[0].Text != in {
		t.Errorf("cased text cut: %q", sum.Sentences[0].Text)
	}
	cutWireDatelines(&sum, true)
	if want := "The harbour board voted on Monday to close the ferry line."; sum.Sentences[0].Text != want {
		t.Errorf("got %q, want %q", sum.Sentences[0].Text, want)
	}
}
