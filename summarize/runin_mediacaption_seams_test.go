package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestFalseMediaSeam(t *testing.T) {
	articles := []chorus.Article{
		{Text: "Harbour said the Tarnwick ferry line lost money. Harbour has long warned of it. Tarnline chairman Anna Varga spoke on monday."},
		{Text: "Tarnwick is to build a new harbour wall. Tarnwick council met on monday. Anna Varga said storms cost too much. The harbour board spoke."},
	}
	const notice = "Media playback is unsupported on your device media caption "
	tests := []struct {
		name, in, want string
	}{
		{"a seam one word after a comma opens mid-clause",
			notice + "ferry crews talk to our reporter at the pier the tarnwick ferry line is losing money, harbour trust ( ht ) has said in a report published on monday.",
			notice + "ferry crews talk to our reporter at the pier the tarnwick ferry line is losing money, harbour trust ( ht ) has said in a report published on monday."},
		{"a role before a name is the name's title",
			notice + "crews question the evidence given by tarnline chairman anna varga has been called into question by two former ferry captains.",
			notice + "crews question the evidence given by tarnline chairman anna varga has been called into question by two former ferry captains."},
		{"a name after the caption's tail starts the lede's subject",
			notice + "our reporter asked residents if the town should also build a new harbour wall tarnwick is to build a new harbour wall to keep out the winter storms, says the council.",
			notice + "our reporter asked residents if the town should also build a new harbour wall tarnwick is to build a new harbour wall to keep out the winter storms, says the council."},
		{"an article's lede with its name after a kind of body is parted",
			notice + "ferry crews gathered at the pier on monday the chairman of the ferry company tarnline has said that the tarnwick ferry line will close.",
			"The chairman of the ferry company tarnline has said that the tarnwick ferry line will close."},
		{"an article's lede with no name is parted",
			notice + "harbour workers gathered at the pier on monday a tarnwick ferry company has cancelled all crossings after a storm damaged two boats.",
			"A tarnwick ferry company has cancelled all crossings after a storm damaged two boats."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{reader: true}
			if got := c.cutMediaCaption(tt.in, articles); got != tt.want {
				t.Errorf("cutMediaCaption(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
