package summarize

import "testing"

func TestCutStoryByline(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"a credit before a clause", "This story is by ilse varga though the harbour board denies any plan to sell the pier, its members met a buyer.",
			"Though the harbour board denies any plan to sell the pier, its members met a buyer."},
		{"no name after by", "This story is by far the longest the harbour gazette has run on the pier in a decade.",
			"This story is by far the longest the harbour gazette has run on the pier in a decade."},
		{"a report's credit alone", "The report was written by Ilse Varga and edited by Tom Reyes of the harbour gazette.",
			"The report was written by Ilse Varga and edited by Tom Reyes of the harbour gazette."},
	} {
		got, _ := cutStoryByline(tc.in)
		if got != tc.want {
			t.Errorf("%s: cutStoryByline(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
}
