package summarize

import (
	"slices"
	"testing"
)

func TestVerblessCaption(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // nil: no caption
	}{
		{"name and year", "Anna Varga in her garden in 1994.", []string{"varga"}},
		{"title and event", "Sen. Peter Rell at a 2011 news conference in Velmora.", []string{"rell"}},
		{"two names and date", "Peter Rell and Mayor Anna Varga at their Oct. 3 debate in Velmora.", []string{"rell", "varga"}},
		{"surname alone", "Varga with her children in 2003.", []string{"varga"}},
		{"month after in", "Peter Rell at the tarnwick regatta in May.", []string{"rell"}},
		{"verb before the place", "Peter Rell won Velmora in 2016 by four points.", nil},
		{"lives", "Anna Varga lives in Tarnwick with her sisters, 2016.", nil},
		{"imperative", "Meet Anna Varga at the Tarnwick pier on Sunday.", nil},
		{"verb in the tail", "Peter Rell in 2016 said the pier would close.", nil},
		{"past in the tail", "Anna Varga in 2016 opened a bakery in Tarnwick.", nil},
		{"no date", "Anna Varga at the Tarnwick pier.", nil},
		{"common noun", "Unemployment in Tarnwick in 2016.", nil},
		{"lower-case word in the name", "Anna Varga sings in Tarnwick in 2016.", nil},
		{"no date after a verb", "Peter Rell and Anna Varga Star in Gulls.", nil},
		{"possessive", "Anna Varga's garden in Tarnwick in 1994.", nil},
		{"quote", "\"Anna Varga at the pier in 1994.\"", nil},
		{"modal may", "Anna Varga at the pier may close in 2016.", nil},
		{"last year", "Anna Varga in action last year.", []string{"varga"}},
		{"last season", "Peter Rell at the tarnwick regatta last season.", []string{"rell"}},
		{"last without a period", "Anna Varga in the last race.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := verblessCaption(tt.in)
			if !ok {
				got = nil
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("verblessCaption(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
			}
		})
	}
}

func TestVerblessCaptionNamed(t *testing.T) {
	sum := []string{
		"Anna Varga in her garden in 1994.",
		"Varga, who spent a decade at sea, has written a book about the tarnwick ferry.",
	}
	text := func(k int) string { return sum[k] }
	if !verblessCaptionNamed(0, len(sum), text) {
		t.Errorf("the caption of a person the summary names was not found")
	}
	accented := []string{"Pole-vaulter Anna Várga has been hurt in a practice jump.", "Anna Varga in action last year."}
	if !verblessCaptionNamed(1, len(accented), func(k int) string { return accented[k] }) {
		t.Errorf("the caption of a person another sentence names with an accent was not found")
	}
	alone := []string{"Anna Varga in her garden in 1994.", "The tarnwick ferry will stop running in the winter."}
	if verblessCaptionNamed(0, len(alone), func(k int) string { return alone[k] }) {
		t.Errorf("a caption of a person no other sentence names was found")
	}
}

func TestRunInCaptionAbbreviation(t *testing.T) {
	if runInCaption("Sen. Anna Varga at a rally in Velmora in 2011.") {
		t.Errorf("a title's full stop read as a sentence's end")
	}
	if !runInCaption("The pier burned. Anna Varga at a rally in Velmora in 2011.") {
		t.Errorf("a sentence's end before a caption not read")
	}
}
