package summarize

import "testing"

func TestArticleSubhead(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"place", "Tarnwick the Tarnwick harbour board voted on monday to close the north pier.",
			"The Tarnwick harbour board voted on monday to close the north pier."},
		{"company", "Westvale Ferries a Westvale Ferries spokeswoman said the crossings would resume in May.",
			"A Westvale Ferries spokeswoman said the crossings would resume in May."},
		{"possessive", "Westvale Ferries the Westvale Ferries' owner has sold the company to a rival line.",
			"The Westvale Ferries' owner has sold the company to a rival line."},
		{"person", "Anna the Anna Varga foundation said it would fund the new lifeboat station.",
			"Anna the Anna Varga foundation said it would fund the new lifeboat station."},
		{"verb heading", "Tarnwick said the Tarnwick harbour board was wrong to close the north pier.",
			"Tarnwick said the Tarnwick harbour board was wrong to close the north pier."},
		{"no repeat", "Tarnwick the harbour board voted on monday to close the north pier for good.",
			"Tarnwick the harbour board voted on monday to close the north pier for good."},
		{"no verb", "Tarnwick the Tarnwick harbour board of the north pier and the south pier.",
			"Tarnwick the Tarnwick harbour board of the north pier and the south pier."},
		{"adjective of a region", "Southwest Isles the Southwestern Isles are a chain of small islands off the Tarnwick coast.",
			"The Southwestern Isles are a chain of small islands off the Tarnwick coast."},
		{"a people's adjective", "Varnia the Varnian harbour board said on monday it would close the north pier.",
			"The Varnian harbour board said on monday it would close the north pier."},
		{"another word, not an adjective", "Tarn the Tarnwick harbour board voted on monday to close the north pier.",
			"Tarn the Tarnwick harbour board voted on monday to close the north pier."},
		{"short", "Tarnwick the Tarnwick board voted no.", "Tarnwick the Tarnwick board voted no."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := articleSubhead(tt.in)
			if got != tt.want {
				t.Errorf("articleSubhead(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
