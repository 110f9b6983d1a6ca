package summarize

import "testing"

// TestCutFromSourceLabel checks that a blog's "From <source>:" label is
// written as an attribution, and that captions, ranges, first-person
// passages and quotations keep theirs.
func TestCutFromSourceLabel(t *testing.T) {
	for _, tc := range []struct {
		name, s, want string
	}{
		{"site", "From harbourwatch.org: the ferry board announced that it will charge a new fee on every crossing next spring.",
			"According to harbourwatch.org, the ferry board announced that it will charge a new fee on every crossing next spring."},
		{"paper", "From the Tarnwick Courier: The council voted on Tuesday to close the old pier for the whole winter.",
			"According to the Tarnwick Courier, the council voted on Tuesday to close the old pier for the whole winter."},
		{"name first", "From the wire: Ilse Varga was named head of the harbour board after a vote on Monday night.",
			"According to the wire, Ilse Varga was named head of the harbour board after a vote on Monday night."},
		{"according to", "From the post: according to Ilse Varga, the ferry left the harbour an hour late on Friday.",
			"According to Ilse Varga, the ferry left the harbour an hour late on Friday."},
		{"caption", "From left: Ilse Varga, Tomas Reyland and Odile Farrant stand on the pier at dawn on Monday.",
			"From left: Ilse Varga, Tomas Reyland and Odile Farrant stand on the pier at dawn on Monday."},
		{"range", "From ferries to trams: the harbour board wants every line of the town run by one office.",
			"From ferries to trams: the harbour board wants every line of the town run by one office."},
		{"first person", "From the board's own blog: the council cut our hours on the pier and refused to meet us.",
			"From the board's own blog: the council cut our hours on the pier and refused to meet us."},
		{"quotation", "From the Courier: \"we will rebuild the pier before the summer,\" Ilse Varga said.",
			"From the Courier: \"we will rebuild the pier before the summer,\" Ilse Varga said."},
		{"preposition", "From the harbour gazette: to the pier and back, the ferry that never sank in fifty years.",
			"From the harbour gazette: to the pier and back, the ferry that never sank in fifty years."},
		{"handle", "From @harbourwatch, on a blog: the ferry board announced a new fee for every crossing.",
			"From @harbourwatch, on a blog: the ferry board announced a new fee for every crossing."},
		{"too short", "From the report: the worst part.", "From the report: the worst part."},
		{"prose", "From the pier, the ferry looked small against the storm that came in from the west.",
			"From the pier, the ferry looked small against the storm that came in from the west."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := cutFromSourceLabel(tc.s); got != tc.want {
				t.Errorf("cutFromSourceLabel(%q) = %q, want %q", tc.s, got, tc.want)
			}
		})
	}
}
