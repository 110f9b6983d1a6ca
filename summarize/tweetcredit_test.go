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

func TestTweetSignerLater(t *testing.T) {
	tests := []struct {
		name, text, sent, want string
	}{
		{"first sentence of a two-sentence tweet",
			"Crews worked all night. The harbour bridge is open again. Drivers cheered! pic.twitter.com/abc — ilse varga ( @ilsevarga ) march 3, 2016 the council said repairs cost little.",
			"The harbour bridge is open again.", "Ilse Varga"},
		{"signature right after the sentence is tweetSigner's",
			"The harbour bridge is open again. — ilse varga ( @ilsevarga ) march 3, 2016",
			"The harbour bridge is open again.", ""},
		{"the writer's long sentence before a tweet",
			"The harbour authority in the northern port town of Westvale said on Monday evening that the old bridge would reopen to all traffic after repairs. Drivers cheered! — ilse varga ( @ilsevarga ) march 3, 2016",
			"The harbour authority in the northern port town of Westvale said on Monday evening that the old bridge would reopen to all traffic after repairs.", ""},
		{"a quotation between",
			"The harbour bridge is open again. \" finally, \" she wrote. — ilse varga ( @ilsevarga ) march 3, 2016",
			"The harbour bridge is open again.", ""},
		{"another signature between",
			"The harbour bridge is open again. — tom reed ( @tomreed ) march 3, 2016 drivers cheered! — ilse varga ( @ilsevarga ) march 3, 2016",
			"The harbour bridge is open again.", ""},
		{"no signature",
			"The harbour bridge is open again. Drivers cheered.",
			"The harbour bridge is open again.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tweetSignerLater(tt.text, tt.sent); got != tt.want {
				t.Errorf("tweetSignerLater() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTweetGuards(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"He later clarified that the ferry ran late.", true},
		{"The response was swiftly mocked:.", true},
		{"News of the closure spread on twitter.", true},
		{"The harbour bridge is open again.", false},
	} {
		if got := tweetReported(tt.s); got != tt.want {
			t.Errorf("tweetReported(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	for _, tt := range []struct {
		s, name string
		want    bool
	}{
		{"Below, Ilse Varga's list of the best ferries.", "Ilse Varga", true},
		{"The best rolls are made at Varga Tower.", "Ilse Varga", false},
		{"The Tarnwick Gazette says the bridge is open.", "The Tarnwick Gazette", true},
		{"The bridge is open.", "The Tarnwick Gazette", false},
	} {
		if got := namesSigner(tt.s, tt.name); got != tt.want {
			t.Errorf("namesSigner(%q, %q) = %v, want %v", tt.s, tt.name, got, tt.want)
		}
	}
}

func TestTweetTail(t *testing.T) {
	tests := []struct{ rest, want string }{
		{" Drivers cheered! ", "Drivers cheered!"},
		{" Crews &amp; drivers cheered. ", "Crews & drivers cheered."},
		{" See #harbourbridge. ", ""},
		{" Thanks @ilsevarga. ", ""},
		{" More at westvale.com today. ", ""},
		{" and the old ferry", ""},
		{" The old ferry is...", ""},
		{" The council says the bridge will stay open to every car and truck in town until spring.", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := tweetTail(tt.rest); got != tt.want {
			t.Errorf("tweetTail(%q) = %q, want %q", tt.rest, got, tt.want)
		}
	}
	const text = "Crews worked all night. The harbour bridge is open again. Drivers cheered! pic.twitter.com/abc — ilse varga ( @ilsevarga ) march 3, 2016"
	if name, rest := tweetSignerLaterRest(text, "The harbour bridge is open again."); name != "Ilse Varga" || rest != " Drivers cheered! " {
		t.Errorf("tweetSignerLaterRest() = %q, %q", name, rest)
	}
}
