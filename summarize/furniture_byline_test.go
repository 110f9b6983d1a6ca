package summarize

import "testing"

func TestCutRunInByline(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"desk", "By gazette staff the westvale ferry sank off the cape on monday with forty people on board.",
			"The westvale ferry sank off the cape on monday with forty people on board."},
		{"name, dash and role", "By jane roe – gazette harbour editor the westvale ferry sank off the cape on monday with forty people on board.",
			"The westvale ferry sank off the cape on monday with forty people on board."},
		{"name, comma and role", "By ana k. Reyes, marlow post reporter the harbour master, who ran the pier for thirty years, has retired.",
			"The harbour master, who ran the pier for thirty years, has retired."},
		{"colon", "By: jane roe, staff writer the westvale ferry sank off the cape on monday with forty people on board.",
			"The westvale ferry sank off the cape on monday with forty people on board."},
		{"story's own by", "By the time staff reached the pier, the westvale ferry had already sunk with forty people on board.",
			"By the time staff reached the pier, the westvale ferry had already sunk with forty people on board."},
		{"no role", "By jane roe the westvale ferry sank off the cape on monday with forty people on board.",
			"By jane roe the westvale ferry sank off the cape on monday with forty people on board."},
		{"short story", "By gazette staff the ferry sank.", "By gazette staff the ferry sank."},
		{"role far in", "By ditching the old ferry and hiring new staff the westvale council saved money this year.",
			"By ditching the old ferry and hiring new staff the westvale council saved money this year."},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutRunInByline(tt.in); got != tt.want {
				t.Errorf("cutRunInByline(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
