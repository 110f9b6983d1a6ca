package summarize

import "testing"

func TestCutRestatedNoun(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"modifier before the headline's noun",
			"Ferry crews vote to strike over pay cuts at tarnwick port veteran crews on westvale harbour line voted to strike over pay cuts, the union said on monday.",
			"Veteran crews on westvale harbour line voted to strike over pay cuts, the union said on monday.", true},
		{"place before the headline's noun",
			"Shots fired near ferry pier in tarnwick, 3 in custody tarnwick police say three people are in custody after shots were fired near the ferry pier on sunday.",
			"Tarnwick police say three people are in custody after shots were fired near the ferry pier on sunday.", true},
		{"party and title go with the name",
			"Varga takes early lead in tight westvale mayor race democratic sen. maria varga took an early lead in the westvale mayor race as votes were counted.",
			"Democratic sen. maria varga took an early lead in the westvale mayor race as votes were counted.", true},
		{"a headline word before the noun goes with the headline",
			"Dock workers plan strike to protest pay conditions workers planned a strike at three westvale docks this week to protest pay and conditions.",
			"Workers planned a strike at three westvale docks this week to protest pay and conditions.", true},
		{"a headline phrase repeated across the cut",
			"Westvale guards hurt in ferry blast two westvale guards were hurt when a ferry blast shook the pier, officials said.",
			"", false},
		{"a noun phrase goes on past the headline's word",
			"Ferry research gets new funds in tarnwick harbour ferry research institute received new funds for ferry safety work in tarnwick.",
			"", false},
		{"a two-word title is not split",
			"Varga may run for old council seat in westvale former attorney general maria varga is considering a run for her old westvale council seat.",
			"", false},
		{"a modifier the story repeats is the headline's noun",
			"Dock crews plan strike to protest labour conditions crews planned a strike at three westvale docks this week to protest conditions there.",
			"", false},
		{"a sentence with an article is no headline",
			"The ferry crews of the harbour line met on monday and union crews voted to strike over pay cuts at the ferry port, the union said.",
			"", false},
		{"a superlative modifies the noun after it",
			"Study links low sleep to weight gain adults with shortest sleep gained most weight over ten years of the westvale sleep study, researchers said.",
			"", false},
		{"a quotation is not split",
			"Varga on ferry strike: ' pure harbour politics' ilse varga criticised the harbour board over the ferry strike and its politics on monday.",
			"", false},
		{"a verb of saying takes the clause",
			"Ferry strike ends after long talks at tarnwick port officials believe crews will return to the ferry port on monday after the talks.",
			"", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutRestatedNoun(tt.in)
			if ok != tt.ok || ok && got != tt.want {
				t.Errorf("cutRestatedNoun() = %q, %v; want %q, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}
