package summarize

import (
	"testing"

	"github.com/chorusnews/chorus/truecase"
)

func TestRaiseSpelledAcronyms(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"opening no word opens with", "Anna Varga told the tsa and the mrsa ward.", "Anna Varga told the TSA and the MRSA ward."},
		{"ending no word ends with", "An itv crew met the usgs team at amc.", "An ITV crew met the USGS team at AMC."},
		{"vowels alone", "Oil from the uae reached Tarnwick.", "Oil from the UAE reached Tarnwick."},
		{"opening capital", "Cpac opened in Tarnwick.", "CPAC opened in Tarnwick."},
		{"possessive", "The tsa's rules changed.", "The TSA's rules changed."},
		{"plural of a known acronym", "Two atms were robbed.", "Two ATMs were robbed."},
		{"station", "Anna Varga told kpho-tv.", "Anna Varga told KPHO-TV."},
		{"contraction", "It didn't work and he wasn't there.", "It didn't work and he wasn't there."},
		{"english words", "A prism, a llama and a tomb by the yacht.", "A prism, a llama and a tomb by the yacht."},
		{"acronym an English word could be", "The fema and doj staff.", "The fema and doj staff."},
		{"transliterated names", "Tsai met khloe and Ngo at hsieh's.", "Tsai met khloe and Ngo at hsieh's."},
		{"after an initial", "Singer W. axl rose sang.", "Singer W. axl rose sang."},
		{"hyphened name", "The al-yawm site and haqq-misra.", "The al-yawm site and haqq-misra."},
		{"abbreviation", "Ch insp Anna Varga.", "Ch insp Anna Varga."},
		{"three letters in a row", "Where is it attt, he asked.", "Where is it attt, he asked."},
	}
	tc := truecase.Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseAcronymsIn(tc, tt.in); got != tt.want {
				t.Errorf("raiseAcronymsIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
