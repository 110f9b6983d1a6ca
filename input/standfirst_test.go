package input

import (
	"strings"
	"testing"
)

// standfirstPage is an invented news page: a headline, the line under it
// and a body of five paragraphs. head goes into <head>, header after the
// <h1>, lede is the body's first paragraph.
func standfirstPage(head, header, lede string) string {
	return `<!DOCTYPE html><html><head><title>Pier to reopen | Bay Courier</title>` + head + `</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><header><h1>Ellery Bay pier to reopen next spring</h1>` + header + `</header>
<div class="story">
<p>` + lede + `</p>
<p>Storms closed the north pier two winters ago, and the fishing boats moved to the south basin, where moorings are scarce and fees are high.</p>
<p>Work will start in March once the council has approved a loan that covers most of the cost of the new deck and the pilings under it.</p>
<p>The rest of the money comes from mooring fees, which rise by a tenth next spring, the board's treasurer told the meeting on Tuesday evening.</p>
<p>Skippers welcomed the plan but asked the board to keep the winter fees as they are until the pier is open again to their boats.</p>
</div></article>
<footer>Bay Courier, 12 Quay Street</footer></body></html>`
}

const (
	standfirst = "Harbour board votes to rebuild the storm-wrecked north pier with a loan and higher mooring fees"
	lede       = "The harbour board of Ellery Bay voted on Tuesday to rebuild the north pier, which storms wrecked two winters ago, with a council loan."
)

func TestMarkStandfirst(t *testing.T) {
	desc := `<meta name="description" content="` + standfirst + `">`
	tests := []struct {
		name, head, header, lede string
		// kept is whether the standfirst stays in the text.
		kept bool
	}{
		{"h2 under the headline", desc, `<h2>` + standfirst + `</h2>`, lede, false},
		{"p beside the headline", desc, `<p class="sub">` + standfirst + `</p>`, lede, false},
		{"after a byline", desc, `<div class="by">By Mara Quill</div><p>` + standfirst + `</p>`, lede, false},
		{"og:description cut with an ellipsis", `<meta property="og:description" content="Harbour board votes to rebuild the storm-wrecked north pier with a loan…">`, `<h2>` + standfirst + `</h2>`, lede, false},
		{"no description", ``, `<h2>` + standfirst + `</h2>`, lede, true},
		{"description of other words", `<meta name="description" content="The council will decide on the loan for the pier next month at its budget meeting">`, `<h2>` + standfirst + `</h2>`, lede, true},
		{"lede copied into the description, no standfirst", `<meta name="description" content="` + lede + `">`, ``, lede, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := HTMLText(standfirstPage(tt.head, tt.header, tt.lede))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(got, "The harbour board of Ellery Bay voted") || !strings.Contains(got, "Skippers welcomed the plan") {
				t.Fatalf("body lost:\n%s", got)
			}
			if kept := strings.Contains(got, "storm-wrecked north pier"); kept != tt.kept {
				t.Errorf("standfirst kept = %v, want %v:\n%s", kept, tt.kept, got)
			}
		})
	}
}

// TestMarkStandfirstBodyParagraph checks that a body paragraph the
// description copies is kept when it is no sibling of the headline.
func TestMarkStandfirstBodyParagraph(t *testing.T) {
	page := `<html><head><meta name="description" content="` + lede + `"></head><body>
<h1>Ellery Bay pier to reopen next spring</h1>
<div class="story"><div><p>` + lede + `</p></div>
<div><p>Storms closed the north pier two winters ago, and the fishing boats moved to the south basin, where moorings are scarce and fees are high.</p>
<p>Work will start in March once the council has approved a loan that covers most of the cost of the new deck and the pilings under it.</p></div></div></body></html>`
	got, err := HTMLText(page)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got, "The harbour board of Ellery Bay voted") {
		t.Errorf("first paragraph lost:\n%s", got)
	}
}

func TestMatchesAny(t *testing.T) {
	d := [][]string{words("one two three four five six seven eight nine ten")}
	tests := []struct {
		name, p string
		want    bool
	}{
		{"same words", "One two, three four five six seven eight nine ten.", true},
		{"description cut short", "one two three four five six seven eight nine ten eleven twelve", true},
		{"paragraph cut short", "one two three four five six seven eight", true},
		{"too short", "one two three four five", false},
		{"other words", "one two three four five six seven eight nine eleven", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := matchesAny(words(tt.p), d); got != tt.want {
				t.Errorf("matchesAny(%q) = %v, want %v", tt.p, got, tt.want)
			}
		})
	}
}
