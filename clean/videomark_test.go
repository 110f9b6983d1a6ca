package clean

import "testing"

func TestStripVideoMark(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"mark, caption and photo credit at the start",
			"Wochit ansel korr ( photo: jane roe/the westvale gazette ) the ferry sank off the point on monday.",
			"The ferry sank off the point on monday."},
		{"mid-paragraph, after the widget's video credit",
			"The pier was shut. Video by jane roe/gazette wochit buy photo divers at the pier. ( photo: jane roe ) the divers found the hull on tuesday.",
			"The pier was shut. The divers found the hull on tuesday."},
		{"credit run into the mark opens the sentence",
			"The search went on for days. Jane roe/westvale gazette/wochit divers at the pier. ( photo: jane roe ) officials are searching the bay again.",
			"The search went on for days. Officials are searching the bay again."},
		{"parenthesised credit before the mark",
			"The council met. ( jane roe/gazette ) wochit the pier. ( photo: jane roe ) the mayor said the ferry would run again next week.",
			"The council met. The mayor said the ferry would run again next week."},
		{"no photo credit: nothing is cut",
			"Wochit the ferry line said it would add two boats to the route before the summer season begins in june.",
			"Wochit the ferry line said it would add two boats to the route before the summer season begins in june."},
		{"a dateline after the caption is cut too",
			"Wochit ansel korr ( photo: jane roe ) WESTVALE — the ferry sank on monday.",
			"The ferry sank on monday."},
		{"a word that only contains the mark stays",
			"The wochitville ferry sank.", "The wochitville ferry sank."},
		{"no mark", "The ferry sank.", "The ferry sank."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stripVideoMark(tt.in); got != tt.want {
				t.Errorf("stripVideoMark(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
