package summarize

import "testing"

func TestCutReviewLabel(t *testing.T) {
	tests := []cutCase{
		{"a preposition after the label", `Movie review with "harbour lights" ana roe has turned one ferry ride into a long, sad film.`,
			`With "harbour lights" ana roe has turned one ferry ride into a long, sad film.`},
		{"an article after the label", "Film review the quiet drama about a tarnwick ferry crew has a kind heart but little else.",
			"The quiet drama about a tarnwick ferry crew has a kind heart but little else."},
		{"of a title and a colon", `Theater review of "the last crossing": ana roe's play about the harbour strike is a long night out.`,
			"Ana roe's play about the harbour strike is a long night out."},
		{"a title in single marks", "Movie review the box 'the box ': do not open this one, a film by ana roe that misses.", ""},
		{"a title right after", "Movie review harbour lights writer-director roe's latest film stars a sad ferry pilot.", ""},
		{"too short", "Movie review it's the smirk.", ""},
		{"a sentence about a review", "Film review boards in tarnwick have banned the film for a year, the council said.", ""},
		{"no colon after of", "Book review of the year goes to a novel about the harbour strike in tarnwick.", ""},
	}
	checkCuts(t, "cutReviewLabel", cutReviewLabel, tests)
}
