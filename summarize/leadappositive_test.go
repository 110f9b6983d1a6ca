package summarize

import (
	"slices"
	"testing"

	"github.com/chorusnews/chorus"
)

func TestOpenWithAppositive(t *testing.T) {
	arts := []chorus.Article{
		{ID: "a", Text: "Velmora is going to sell two of its oldest boats this winter.\n\n" +
			"The sale should raise enough to repair the pier at Tarnwick.\n\n" +
			"Velmora, the county's only ferry line, said in March that it was short of crews."},
		{ID: "b", Text: "Velmora, a ferry line the county owns, will close its night route to Tarnwick in May.\n\n" +
			"Anna Varga, who pilots the night boat, said the crews had not been told.\n\n" +
			"Velmora, the line's board said, \"has no money left\" for the route."},
	}
	c := openingCluster(t, arts)
	lead := factOf(t, c, "Velmora is going")
	detail := factOf(t, c, "The sale should")
	intro := factOf(t, c, "Velmora, a ferry line")
	sameDoc := factOf(t, c, "Velmora, the county's only")
	varga := factOf(t, c, "Anna Varga")
	cases := []struct {
		name   string
		picked []int
		want   []int
	}{
		{"another article introduces the lead's name", []int{lead, detail, intro}, []int{intro, lead, detail}},
		{"the lead's own article introduces it later", []int{lead, detail, sameDoc}, []int{lead, detail, sameDoc}},
		{"no introduction chosen", []int{lead, detail, varga}, []int{lead, detail, varga}},
		{"the lead already introduces the name", []int{intro, lead, detail}, []int{intro, lead, detail}},
	}
	for _, tc := range cases {
		got := slices.Clone(tc.picked)
		c.openWithAppositive(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: order %v, want %v", tc.name, got, tc.want)
		}
	}
}
