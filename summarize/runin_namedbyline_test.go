package summarize

import "testing"

func TestNamedByline(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"article story", "Tarnwick ferry strike enters its second week by anna varga the strike has now cost the harbour board more than a million pounds, its chair said.",
			"The strike has now cost the harbour board more than a million pounds, its chair said."},
		{"role", "Harbour board weighs pier closure by tom reyes gazette staff writer westvale harbour board members will vote on monday on closing the north pier.",
			"Westvale harbour board members will vote on monday on closing the north pier."},
		{"two names and role", "Ferry fares to rise in spring by anna holt and tom reyes staff reporters a ferry ticket to westvale will cost two pounds more from april.",
			"A ferry ticket to westvale will cost two pounds more from april."},
		{"negated", "Late penalty costs skipper his title at regatta by kyle dunne the late penalty didn't end the skipper's season but it cost him the cup.",
			"The late penalty didn't end the skipper's season but it cost him the cup."},
		{"aside", "Twenty lost sea shanties by anna holt – songs of rare wit, her editor says – have been found in a tarnwick attic this spring.",
			"Twenty lost sea shanties by anna holt – songs of rare wit, her editor says – have been found in a tarnwick attic this spring."},
		{"dash", "Harbour board raises westvale ferry fares by tom reyes - the harbour board has raised the ferry fare by a pound from april.",
			"The harbour board has raised the ferry fare by a pound from april."},
		{"participle", "The new pier at the harbour was designed by anna holt the architect has said it will open in may next year.",
			"The new pier at the harbour was designed by anna holt the architect has said it will open in may next year."},
		{"name goes on", "The council heard a report by anna holt on monday and voted to close the north pier for the winter.",
			"The council heard a report by anna holt on monday and voted to close the north pier for the winter."},
		{"no given name", "Tarnwick ferry strike enters its second week by harbour staff the strike by ferry crews has now cost the board a million pounds.",
			"Tarnwick ferry strike enters its second week by harbour staff the strike by ferry crews has now cost the board a million pounds."},
		{"short headline", "Pier shut by anna holt the strike by ferry crews has now cost the harbour board more than a million pounds.",
			"Pier shut by anna holt the strike by ferry crews has now cost the harbour board more than a million pounds."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := cutNamedByline(tt.in)
			if got != tt.want {
				t.Errorf("cutNamedByline(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
