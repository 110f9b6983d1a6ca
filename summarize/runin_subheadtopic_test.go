package summarize

import "testing"

func TestTopicSubhead(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"company", "Wind farms Harlow Energy of Tarnwick proposes wind farms off the cape by next spring.",
			"Harlow Energy of Tarnwick proposes wind farms off the cape by next spring."},
		{"title", "Ferry fares Mayor Varga has promised lower ferry fares for the island's pensioners.",
			"Mayor Varga has promised lower ferry fares for the island's pensioners."},
		{"compound noun", "Ferry fares campaigners want ferry fares frozen for the island's pensioners.",
			"Ferry fares campaigners want ferry fares frozen for the island's pensioners."},
		{"name heading", "Tarnwick County Sheriff Anna Varga said the boat drifted into Tarnwick County waters.",
			"Tarnwick County Sheriff Anna Varga said the boat drifted into Tarnwick County waters."},
		{"no repeat", "Ferry fares Mayor Varga has promised a new lifeboat station for the island.",
			"Ferry fares Mayor Varga has promised a new lifeboat station for the island."},
		{"repeat before verb", "Ferry fares Ferry fares Committee chair Varga resigned on monday after a row.",
			"Ferry fares Ferry fares Committee chair Varga resigned on monday after a row."},
		{"descriptor before a given name", "Harbour critic Anna Varga was harsh even by harbour critic standards on monday night.",
			"Harbour critic Anna Varga was harsh even by harbour critic standards on monday night."},
		{"dated heading", "Harbour vote Tuesday Varga will put the harbour vote Tuesday to the island's council.",
			"Varga will put the harbour vote Tuesday to the island's council."},
		{"gerund heading", "Bearing witness Tarnwick Harbour Watch has long used the strategy of bearing witness at the docks.",
			"Tarnwick Harbour Watch has long used the strategy of bearing witness at the docks."},
		{"pronoun subject", "Everyone remembers Varga and Holm dancing on the pier but not everyone remembers the band.",
			"Everyone remembers Varga and Holm dancing on the pier but not everyone remembers the band."},
		{"participle", "Someone portraying Varga was seated on a throne while someone portraying Holm stood by.",
			"Someone portraying Varga was seated on a throne while someone portraying Holm stood by."},
		{"name particle", "Porto de Tarnwick is broke, the governor of the state of Porto de Tarnwick warned on monday.",
			"Porto de Tarnwick is broke, the governor of the state of Porto de Tarnwick warned on monday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := topicSubhead(tt.in)
			if got != tt.want {
				t.Errorf("topicSubhead(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestPossessiveSubhead(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plan", "Varga's plan Varga said she would put the harbour board's budget to a vote next spring.",
			"Varga said she would put the harbour board's budget to a vote next spring."},
		{"possessive again", "Holm's illness Holm's blood is so rare that the island's clinic keeps none of it.",
			"Holm's blood is so rare that the island's clinic keeps none of it."},
		{"relative named", "Varga's brother Piet Varga said the harbour board had never asked the family.",
			"Varga's brother Piet Varga said the harbour board had never asked the family."},
		{"clause", "Varga's dispatcher when Varga called the harbour board did not keep her on the line.",
			"Varga's dispatcher when Varga called the harbour board did not keep her on the line."},
		{"lower case name", "varga's plan varga said she would put the harbour board's budget to a vote next spring.",
			"varga's plan varga said she would put the harbour board's budget to a vote next spring."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := possessiveSubhead(tt.in)
			if got != tt.want {
				t.Errorf("possessiveSubhead(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
