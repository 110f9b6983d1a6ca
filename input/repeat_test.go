package input

import (
	"strings"
	"testing"
)

func TestDropRepeats(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"repeated run dropped",
			"Intro line\n\nThe pier closed.\n\nBoats moved south.\n\nFees rose.\n\nThe pier closed.\n\nBoats moved south.\n\nFees rose.\n\nThe end.",
			"Intro line\n\nThe pier closed.\n\nBoats moved south.\n\nFees rose.\n\nThe end."},
		{"punctuation and case ignored",
			"The pier closed.\n\nBoats moved south.\n\nFees rose.\n\nthe pier closed\n\nBoats moved south!\n\nFees  rose.",
			"The pier closed.\n\nBoats moved south.\n\nFees rose."},
		{"run of two kept",
			"The pier closed.\n\nBoats moved south.\n\nThe pier closed.\n\nBoats moved south.",
			"The pier closed.\n\nBoats moved south.\n\nThe pier closed.\n\nBoats moved south."},
		{"identical items kept",
			"Lorem ipsum.\n\nLorem ipsum.\n\nLorem ipsum.\n\nLorem ipsum.\n\nLorem ipsum.\n\nLorem ipsum.",
			"Lorem ipsum.\n\nLorem ipsum.\n\nLorem ipsum.\n\nLorem ipsum.\n\nLorem ipsum.\n\nLorem ipsum."},
		{"repeat further down kept",
			"The pier closed.\n\nBoats moved south.\n\nFees rose.\n\nA new section.\n\nThe pier closed.\n\nBoats moved south.\n\nFees rose.",
			"The pier closed.\n\nBoats moved south.\n\nFees rose.\n\nA new section.\n\nThe pier closed.\n\nBoats moved south.\n\nFees rose."},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dropRepeats(tt.in); got != tt.want {
				t.Errorf("dropRepeats:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestHTMLTextLineBreaks checks that text split by <br> in a block of its
// own comes out once, not twice.
func TestHTMLTextLineBreaks(t *testing.T) {
	body := `<div>The harbour board of Ellery Bay voted on Tuesday to rebuild the north pier.<br/>
Storms closed it two winters ago and the boats moved to the south basin.<br/><br/>
Work will start in March once the council has approved a loan that covers most of the cost.<br/>
The rest of the money comes from mooring fees, which rise by a tenth next spring.<br/>
Skippers welcomed the plan but asked the board to keep the winter fees as they are.</div>`
	got, err := HTMLText(`<!DOCTYPE html><html><head><title>Pier</title></head><body><article><h1>Pier to reopen</h1>` + body + `</article></body></html>`)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Storms closed it two winters ago", "Work will start in March", "Skippers welcomed the plan"} {
		if n := strings.Count(got, s); n != 1 {
			t.Errorf("%q appears %d times, want once:\n%s", s, n, got)
		}
	}
}

func TestDropCopies(t *testing.T) {
	long := "The harbour board voted on Tuesday to rebuild the north pier that storms wrecked two winters ago."
	other := "Work will start in March once the council has approved a loan that covers most of the cost of the deck."
	more := "The rest of the money comes from mooring fees, which rise by a tenth next spring, the treasurer said at the meeting."
	tests := []struct {
		name, in, want string
	}{
		{"summary repeated in the body",
			long + "\n\n" + other + "\n\n" + more + "\n\n" + long + "\n\n" + more + " Again and again and again the fees rose once more in the spring.",
			long + "\n\n" + other + "\n\n" + more + "\n\n" + more + " Again and again and again the fees rose once more in the spring."},
		{"case and punctuation ignored",
			long + "\n\n" + other + "\n\n" + more + "\n\n" + more + " " + other + "\n\n" + strings.ToUpper(long[:1]) + strings.ReplaceAll(long[1:], ",", ""),
			long + "\n\n" + other + "\n\n" + more + "\n\n" + more + " " + other},
		{"short line repeated kept",
			"Fees rose.\n\n" + long + "\n\n" + other + "\n\n" + more + "\n\nFees rose.",
			"Fees rose.\n\n" + long + "\n\n" + other + "\n\n" + more + "\n\nFees rose."},
		{"line without a full stop kept",
			"SELECT mooring, fee FROM berths WHERE pier = 'north' AND fee > 100 ORDER BY fee DESC LIMIT 10\n\n" + long + "\n\n" + other + "\n\n" + more + "\n\nSELECT mooring, fee FROM berths WHERE pier = 'north' AND fee > 100 ORDER BY fee DESC LIMIT 10",
			"SELECT mooring, fee FROM berths WHERE pier = 'north' AND fee > 100 ORDER BY fee DESC LIMIT 10\n\n" + long + "\n\n" + other + "\n\n" + more + "\n\nSELECT mooring, fee FROM berths WHERE pier = 'north' AND fee > 100 ORDER BY fee DESC LIMIT 10"},
		{"page that repeats much of itself kept",
			long + "\n\n" + long + "\n\n" + other,
			long + "\n\n" + long + "\n\n" + other},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dropCopies(tt.in); got != tt.want {
				t.Errorf("dropCopies:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
