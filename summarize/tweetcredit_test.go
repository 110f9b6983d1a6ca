package summarize

import "testing"

func TestTweetSigner(t *testing.T) {
	const sent = "The harbour bridge is open again after the storm."
	tests := []struct {
		name, text, want string
	}{
		{"link, dash, handle and date",
			"Crews worked all night. The harbour bridge is open again after the storm. pic.twitter.com/abc123 — ilse varga ( @ilsevarga ) march 3, 2016 the council said repairs cost little.",
			"Ilse Varga"},
		{"no link, glued handle",
			"The harbour bridge is open again after the storm. — Westvale Port (@westvaleport) June 9, 2019",
			"Westvale Port"},
		{"dash glued to the name",
			"The harbour bridge is open again after the storm. Pic.twitter.com/xyz —tarnwick news (@tarnwicknews) may 1, 2018",
			"Tarnwick News"},
		{"more text before the signature",
			"The harbour bridge is open again after the storm. Drivers cheered. pic.twitter.com/abc — ilse varga ( @ilsevarga ) march 3, 2016",
			""},
		{"no date after the handle",
			"The harbour bridge is open again after the storm. — ilse varga ( @ilsevarga ) said it first.",
			""},
		{"a name with no letters",
			"The harbour bridge is open again after the storm. — ??? ( @ilsevarga ) march 3, 2016",
			""},
		{"sentence not in the text",
			"Crews worked all night.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tweetSigner(tt.text, sent); got != tt.want {
				t.Errorf("tweetSigner() = %q, want %q", got, tt.want)
			}
		})
	}
}
