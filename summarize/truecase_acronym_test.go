package summarize

import (
	"testing"

	"github.com/chorusnews/chorus/truecase"
)

func TestRaiseAcronymsIn(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"vowelless", "The gossip site tmz said the rnc paid.", "The gossip site TMZ said the RNC paid."},
		{"ny opening", "An nypd officer in Tarnwick was hurt.", "An NYPD officer in Tarnwick was hurt."},
		{"opening title case", "Tmz reported the split.", "TMZ reported the split."},
		{"quoted opening", `Anna Varga said, "Nsf money ran out."`, `Anna Varga said, "NSF money ran out."`},
		{"letters and digits", "Flight mh370 and the h7n9 virus.", "Flight MH370 and the H7N9 virus."},
		{"two letters and a digit", "A former mi6 officer.", "A former MI6 officer."},
		{"plural after digit", "He sold mp3s.", "He sold MP3s."},
		{"hyphened", "A cbd-infused drink.", "A CBD-infused drink."},
		{"units", "It ran 30 km at 40 mph, 5 lbs lighter.", "It ran 30 km at 40 mph, 5 lbs lighter."},
		{"ordinal", "On the 21st floor.", "On the 21st floor."},
		{"words with y", "Why try the gym by the sky?", "Why try the gym by the sky?"},
		{"interjection", "Hmm, shh, he said.", "Hmm, shh, he said."},
		{"a word with digits", "The tree1 and lahti2017 and one57 tags.", "The tree1 and lahti2017 and one57 tags."},
		{"an address", "See tmz.com and @nypd and #mlb.", "See tmz.com and @nypd and #mlb."},
		{"beyond ASCII", "Anna grünberg won.", "Anna grünberg won."},
		{"title case inside", "Officer Brk said so.", "Officer Brk said so."},
		{"plural of a known acronym", "He sold dvds.", "He sold DVDs."},
		{"a station", "Anna Varga told wls-tv the ferry sank.", "Anna Varga told WLS-TV the ferry sank."},
		{"two-letter stem", "The nws and the nhs said so.", "The NWS and the NHS said so."},
		{"nymph", "A wood nymph.", "A wood nymph."},
		{"starred", `He called her a "b*tch" and e=mc2.`, `He called her a "b*tch" and e=mc2.`},
		{"article number", "Plos one 9(4): e95839.", "Plos one 9(4): e95839."},
		{"slang", "It may make some ppl feel better, btw.", "It may make some ppl feel better, btw."},
		{"a title", "Sgt Anna Varga and cpl Ben Holt.", "Sgt Anna Varga and cpl Ben Holt."},
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
