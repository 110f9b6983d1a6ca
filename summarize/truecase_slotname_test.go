package summarize

import (
	"testing"

	"github.com/chorusnews/chorus/truecase"
)

func TestSlotNames(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{
		"the lawsuit says drone maker plivvo misled its lenders.",
		"plivvo inc. denied the claims on friday.",
		"shares of the company quorvex fell sharply.",
		"the founder of zentrik left in may.",
		"the deal is fair, \" vandelmoor said in a statement.",
		"delivery company grunsk hired a new chief.",
		"a grunsk arrived late at the depot.",
		"a tow truck company cashier was filmed.",
		"Trellmen said the road would open.",
		"the harbor spokesman said the ferry was late.",
		"trade minister orsik vandelmoor met them.",
		"zelmont quarrix ltd buys quarrix ore from the mines.",
		"the company blorfed its website.",
		"late on monday, flenners said the shop was shut.",
	} {
		c.cands = append(c.cands, candidate{text: s})
	}
	tc := truecase.Default()
	for _, tt := range []struct{ name, in, want string }{
		{"org suffix", "Lenders say plivvo misled them.", "Lenders say Plivvo misled them."},
		{"company before", "Shares of quorvex fell.", "Shares of Quorvex fell."},
		{"founder of", "She bought zentrik's rival.", "She bought Zentrik's rival."},
		{"said after a comma", "The deal is fair, vandelmoor says.", "The deal is fair, Vandelmoor says."},
		{"every mention", "Plivvo denied it; plivvo, the drone maker, and plivvo's lenders met.", "Plivvo denied it; Plivvo, the drone maker, and Plivvo's lenders met."},
		{"after an article in the cluster", "Delivery company grunsk hired a chief.", "Delivery company grunsk hired a chief."},
		{"a role noun", "A tow truck company cashier was filmed.", "A tow truck company cashier was filmed."},
		{"a sentence's opening is no slot", "The trellmen said it would open.", "The trellmen said it would open."},
		{"a known word", "The harbor spokesman said so.", "The harbor spokesman said so."},
		{"the name's other word", "Trade minister orsik vandelmoor met them.", "Trade minister Orsik Vandelmoor met them."},
		{"a company name's second word", "They buy quarrix ore.", "They buy quarrix ore."},
		{"a verb's past", "The company blorfed its website.", "The company blorfed its website."},
		{"a plural once", "Late on Monday, flenners said so.", "Late on Monday, flenners said so."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.slotNamesIn(tt.in, tc, map[string]bool{}); got != tt.want {
				t.Errorf("slotNamesIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestHasSpacedLower(t *testing.T) {
	for in, want := range map[string]bool{
		"Plivvo Inc. Said":   false,
		"Plivvo said":        true,
		"x":                  false,
		"\"Hi,\" a man said": true,
	} {
		if got := hasSpacedLower(in); got != want {
			t.Errorf("hasSpacedLower(%q) = %v, want %v", in, got, want)
		}
	}
}
