package summarize

import (
	"slices"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// TestSaysLittle checks the repeat rule of selection on invented
// sentences: a sentence whose content words the chosen sentences already
// hold, all but a quarter, is a repeat; one that adds a figure, a name or
// an event of its own is not.
func TestSaysLittle(t *testing.T) {
	chosen := []string{
		"Linda Marsh, 54, and her son went missing on a fishing trip off Greyhaven on Sunday.",
		"The coastguard said the search for the Marsh family would resume at dawn.",
	}
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"the same fact, fewer words", "Linda Marsh remains missing after the fishing trip.", true},
		{"a quote's other version", "\"The search will resume at dawn,\" the coastguard said.", true},
		{"a new figure", "Divers found the boat's hull 14 miles south of Greyhaven.", false},
		{"a new event about the same people", "Her son was rescued by a passing freighter on Tuesday.", false},
		{"a new name", "Mayor Ossian Pell thanked the volunteers who joined the search.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{lead: -1}
			var arts []chorus.Article
			for i, s := range append(chosen, tt.text) {
				arts = append(arts, chorus.Article{ID: string(rune('a' + i)), Text: s})
			}
			if !c.prepare(arts) {
				t.Fatal("no sentences read")
			}
			if len(c.cands) != len(chosen)+1 {
				t.Fatalf("%d sentences read, want %d", len(c.cands), len(chosen)+1)
			}
			var picked []int
			for i := range chosen {
				c.said = sortUnique(append(c.said, c.cands[i].terms...))
				picked = append(picked, c.cands[i].fact)
			}
			last := &c.cands[len(chosen)]
			if got := c.saysLittle(last.terms); got != tt.want {
				t.Errorf("saysLittle = %v, want %v", got, tt.want)
			}
			c.figs = c.figures()
			if got := c.redundant(last.fact, picked, 1.1); tt.want && !got {
				t.Errorf("redundant = false for a repeat")
			}
			c.figs = nil // a Fill budget's padding: paraphrases and repeats may pad the tail
			if c.redundant(last.fact, picked, 1.1) {
				t.Errorf("redundant while padding")
			}
		})
	}
}

func TestSameOpening(t *testing.T) {
	chosen := "A federal court ruled on Friday that the harbour authority's dredging plan breaks the coastal protection law."
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"the same lead in other words", "A federal court ruled on Friday that the harbour authority's dredging \"almost certainly\" harms the protected reef, setting up an appeal.", true},
		{"the same opening in other case", "a Federal Court ruled on Friday that the harbour authority must publish its survey data.", true},
		{"another opening", "The harbour authority said it would appeal the ruling within a week.", false},
		{"a shorter sentence", "A federal court ruled on Friday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{lead: -1}
			arts := []chorus.Article{{ID: "a", Text: chosen}, {ID: "b", Text: tt.text}}
			if !c.prepare(arts) || len(c.cands) != 2 {
				t.Fatalf("%d sentences read, want 2", len(c.cands))
			}
			if got := c.sameOpening(0, 1); got != tt.want {
				t.Errorf("sameOpening = %v, want %v", got, tt.want)
			}
			c.said = sortUnique(append(c.said, c.cands[0].terms...))
			c.figs = c.figures()
			if got := c.redundant(c.cands[1].fact, []int{c.cands[0].fact}, 1.1); tt.want && !got {
				t.Errorf("redundant = false for a lead told twice")
			}
		})
	}
}

func TestQuoteBonusSpeakerless(t *testing.T) {
	tests := []struct {
		name string
		text string
		want bool // fact.quote set: the bonus is taken away at the default length
	}{
		{"news with a quoted phrase", "The mayor of Greyhaven married his partner on Saturday, saying \"I do\" before 200 guests, sources confirmed to the Greyhaven Post.", false},
		{"a quote that opens the sentence", "\"The whole pier shook,\" said Ada Venn, a ferry clerk.", true},
		{"a quote with no speaker", "The pier \"shook like a leaf, and nobody knew where to run,\" she said.", true},
		{"no quote", "The mayor of Greyhaven married his partner on Saturday before 200 guests.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{lead: -1}
			if !c.prepare([]chorus.Article{{ID: "a", Text: tt.text}}) || len(c.cands) != 1 {
				t.Fatalf("%d sentences read, want 1", len(c.cands))
			}
			c.score(DefaultModel())
			if got := c.facts[0].quote != 0; got != tt.want {
				t.Errorf("quote bonus taken away = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestSameEvent checks the reader's restatement rule on invented
// sentences: a later sentence that tells the picked one's event in other
// words, or gives its amount again, is a repeat; one with a new figure, a
// denial or another event about the same people is not.
func TestSameEvent(t *testing.T) {
	tests := []struct {
		name   string
		picked string
		text   string
		want   bool
	}{
		{"the same accusation in other words",
			"The harbour board on Monday accused its former chief, Ada Venn, of hiding repair bills from the Greyhaven council.",
			"Councillors accused Ada Venn, who ran the port until May, of keeping the board's repair costs secret.", true},
		{"the same amount again",
			"Marla Quist told the inquiry the clinic had charged her family $730 a night for the ward.",
			"The actual cost of the ward is $730 per night, according to the inquiry.", true},
		{"a later sentence with a new figure",
			"A letter written by the poet Iris Dunmore will go up for auction in Lisbon on Friday.",
			"A letter of the poet Iris Dunmore has been sold at a Lisbon auction for $240,500.", false},
		{"the figure already given",
			"A letter of the poet Iris Dunmore has been sold at a Lisbon auction for $240,500.",
			"A letter written by the poet Iris Dunmore went to auction in Lisbon on Friday.", true},
		{"another event about the same people",
			"The harbour board on Monday accused its former chief, Ada Venn, of hiding repair bills from the Greyhaven council.",
			"Ada Venn was elected harbour chief in 2019 after a decade running the port's repair yard.", false},
		{"a denial",
			"Police arrested the driver of the grey van near the Greyhaven bridge on Sunday night.",
			"Police have not arrested the driver of a grey van seen near the Greyhaven bridge.", false},
		{"the same past participle",
			"A harbour portrait by Ilse Varga has been stolen from the Tarnwick museum, police said.",
			"Police say the oil portrait by Ilse Varga, valued by insurers at a fortune, has been stolen from the east wing overnight by two masked men.", true},
		{"one event in another verb",
			"Police in Tarnwick have detained three deckhands in the disappearance of the trawler Merrow Bell.",
			"Officers said they had arrested three deckhands from the Merrow Bell, who worked the night shift at the quay.", true},
		{"an unnamed source's aside, no denial",
			"Police arrested the driver of the grey van near the Greyhaven bridge on Sunday night.",
			"An officer who was not authorized to discuss the case said police arrested the driver of the grey van near the Greyhaven bridge.", true},
		{"another amount",
			"Marla Quist told the inquiry the clinic had charged her family $730 a night for the ward.",
			"A private room at the clinic costs $910 a night, the inquiry heard.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, p, f := twoFacts(t, tt.picked, tt.text)
			c.figs = c.figures()
			if got := c.sameEvent(f, p); got != tt.want {
				t.Errorf("sameEvent = %v, want %v", got, tt.want)
			}
			c.said = sortUnique(append(c.said, c.cands[0].terms...))
			c.reader = true
			if got := c.redundant(f, []int{p}, 1.1); tt.want && !got {
				t.Errorf("redundant = false for a restatement")
			}
		})
	}
}

// TestRestates checks the reader's rule for a fact told again by its
// particulars or its quotation, on invented sentences: a sentence that
// shares the picked one's rare words or quotes its words and adds little
// is a repeat; one that adds much, gives another figure, denies it, shares
// only the story's common words or quotes only a title is not.
func TestRestates(t *testing.T) {
	const (
		reef   = "Fire crews pulled the trawler Merrow Bell off the Skelling reef at dawn, its hull intact."
		flood  = "Ada Venn, the mayor, said the flood was \"the worst night this town has ever seen\" as water reached the market."
		filler = "The Merrow Bell ran onto Skelling reef in the storm. Owners of the Merrow Bell thanked the Skelling reef crews. The Merrow Bell left Skelling reef for Portlow."
	)
	tests := []struct {
		name   string
		picked string
		text   string
		extra  string // a third article, "" for none
		want   bool
	}{
		{"the same rescue by its particulars", reef,
			"The Merrow Bell was freed from Skelling reef early today.", "", true},
		{"the same words quoted by another speaker", flood,
			"\"The worst night this town has ever seen,\" a shop owner told reporters.", "", true},
		{"most of its words again, common ones too", reef,
			"Rescuers freed the trawler Merrow Bell from Skelling reef on Tuesday.", filler, true},
		{"a sentence that adds much", reef,
			"The Merrow Bell, freed from Skelling reef, will be towed to Portlow, where repairs will cost its owners a fortune, the harbour master said on Friday.", "", false},
		{"the story's common words only", reef,
			"The Merrow Bell was freed from Skelling reef early today.", filler, false},
		{"another figure", "Crews freed 14 fishermen from the trawler Merrow Bell on Skelling reef.",
			"The Merrow Bell lost 12 fishermen on Skelling reef.", "", false},
		{"a denial", reef,
			"The Merrow Bell was not freed from Skelling reef today.", "", false},
		{"a quoted title", "Ada Venn starred in \"The Long Pier\" for a decade.",
			"Tickets for \"The Long Pier\" sold out in an hour.", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{lead: -1}
			arts := []chorus.Article{{ID: "a", Text: tt.picked}, {ID: "b", Text: tt.text}}
			if tt.extra != "" {
				arts = append(arts, chorus.Article{ID: "c", Text: tt.extra})
			}
			if !c.prepare(arts) {
				t.Fatal("no sentences read")
			}
			p, f := c.cands[0].fact, c.cands[1].fact
			if p == f || c.cands[1].doc != 1 {
				t.Fatal("the two sentences were grouped as near-duplicates: the case tests nothing")
			}
			c.score(DefaultModel())
			c.figs = c.figures()
			if got := c.restates(f, p); got != tt.want {
				t.Errorf("restates = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestSameQuote checks quotation identity: the same words of four or more
// in both (one may hold the other), curly or straight marks; not a
// shorter quotation, nor other words.
func TestSameQuote(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{`She called it "a sustained and brutal attack" on Friday.`, `Jurors heard of "a sustained and brutal attack".`, true},
		{`She called it “a sustained and brutal attack” on Friday.`, `It was "sustained and brutal attack" the court heard.`, true},
		{`He starred in "The Long Pier" for years.`, `"The Long Pier" closes on Sunday.`, false},
		{`She said "we will rebuild the pier".`, `He said "we will never rebuild it".`, false},
		{`No quotation here.`, `"We will rebuild the pier," she said.`, false},
	}
	for _, tt := range tests {
		if got := sameQuote(tt.a, tt.b); got != tt.want {
			t.Errorf("sameQuote(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestCountedFigures checks which numbers count as figures and how they
// are read: a sum, a share, a count with its noun, a figure written with
// its unit; not a year, a day of a month, an age or a clock time.
func TestCountedFigures(t *testing.T) {
	tests := []struct {
		text string
		want []figure
	}{
		{"The insurer lost $5.2bn last year.", []figure{{value: "$5.2b", unit: "$"}}},
		{"Sales rose 20% in the quarter.", []figure{{value: "20", unit: "%"}}},
		{"Sales rose 20 per cent in the quarter.", []figure{{value: "20", unit: "%"}}},
		{"Police held 14 migrants in custody.", []figure{{value: "14", unit: "migrant"}}},
		{"The 49,000-year-old bone was found in a cave.", []figure{{value: "49000", unit: "year"}}},
		{"The bridge opened in 2019 and closed on June 8.", nil},
		{"The Aug. 7 blasts and the 9 Sept. vote.", nil},
		{"A 13-year-old boy was hurt at 4:30 on Monday.", nil},
		{"Some 3 million people voted.", []figure{{value: "3m", unit: "peopl"}}},
		{"At age 19, Barrett was shot; she was 17-years-old.", nil},
		{"The rate rose to 373 per 100,000 people.", nil},
		{"The film \"12 Years a Slave\" won; 12 years passed.", []figure{{value: "12", unit: "year"}}},
		{"The clinic charged $730 a night.", []figure{{value: "$730", unit: "$"}}},
		{"the bill came to $ 549.5 billion over a decade.", []figure{{value: "$549.5b", unit: "$"}}},
		{"Ninety-two percent of riders said yes.", []figure{{value: "92", unit: "%"}}},
		{"Nine hikers and one million visitors came.", []figure{{value: "9", unit: "hiker"}, {value: "1m", unit: "visitor"}}},
		{"One man and two years later a five-year plan, then twelve years.", []figure{{value: "12", unit: "year"}}},
		{"A seven-storey hotel and a forty-one-day strike.", []figure{{value: "7", unit: "storey"}, {value: "41", unit: "day"}}},
	}
	for _, tt := range tests {
		var got []figure
		for _, g := range countedFigures(tt.text) {
			got = append(got, figure{value: g.value, unit: g.unit})
		}
		if !slices.EqualFunc(got, tt.want, func(a, b figure) bool { return a.value == b.value && a.unit == b.unit }) {
			t.Errorf("countedFigures(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestRepeatsFigure checks the reader's rule for a figure given again, on
// invented sentences: a later sentence that gives the picked one's figure
// with its unit and two more of its words is a repeat; one with another
// figure for the same count, a denial, the figure alone or a year is not.
func TestRepeatsFigure(t *testing.T) {
	const loss = "Marrow Insurance reported a $5.2bn loss for the year after the Greyhaven floods."
	tests := []struct {
		name   string
		picked string
		text   string
		want   bool
	}{
		{"the loss again", loss,
			"The $5.2bn loss at Marrow Insurance was its first since the company listed, and its chief will step down in May.", true},
		{"the share again", "Flu cases in Greyhaven rose 20% in a week, the health board said.",
			"The 20% rise in flu cases has filled the town's two clinics.", true},
		{"another figure for the same count", "Police held 14 migrants in custody at the Greyhaven pier.",
			"Police now hold 16 migrants in custody at the Greyhaven pier and 14 others were freed.", false},
		{"a denial", loss,
			"Marrow Insurance did not report a $5.2bn loss, its chief said.", false},
		{"the figure about something else", loss,
			"A pier museum costing $5.2bn opened in Portlow.", false},
		{"the count again in words", "Ninety-two percent of Portlow voters backed the harbour plan, the council said.",
			"In Portlow, 92 percent of voters said yes to the harbour plan.", true},
		{"the sum rounded", "Marrow Insurance will pay $7.15 billion for the Greyhaven harbour works, the board said.",
			"The board said Marrow Insurance would pay $7.2 billion for the harbour works.", true},
		{"a toll updated", "Police said 20 people died in the Greyhaven pier collapse.",
			"Police said 21 people died in the Greyhaven pier collapse after a diver was found.", false},
		{"a span in words", "Marrow Insurance will spend $40m over the next five years on flood defences in Greyhaven.",
			"Marrow Insurance has a five-year plan to rebuild the Greyhaven sea wall.", false},
		{"a year only", "The Greyhaven pier was built in 1905 by the harbour board.",
			"Divers found a wreck under the Greyhaven pier, which the harbour board opened in 1905, and a crate of coins.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, p, f := twoFacts(t, tt.picked, tt.text)
			if got := c.repeatsFigure(f, p); got != tt.want {
				t.Errorf("repeatsFigure = %v, want %v", got, tt.want)
			}
			c.figs = c.figures()
			c.said = sortUnique(append(c.said, c.cands[0].terms...))
			c.reader = true
			if got := c.redundant(f, []int{p}, 1.1); tt.want && !got {
				t.Error("redundant = false for a repeated figure")
			}
			c.reader = false
			if c.redundant(f, []int{p}, 1.1) && !c.paraphrase(f, p, c.figs) && !c.sameOpening(c.cands[1].fact, p) && !c.saysLittle(c.cands[1].terms) {
				t.Error("redundant = true outside a reader's summary")
			}
		})
	}
}

// TestLedeAgain checks the rule for a second source's lede that tells the
// picked lede's event again, on invented articles: two opening sentences
// sharing the story's key words and an event word are one event; a
// sentence deeper in its article, one with a new figure or one that shares
// the people and the place but no word of the event is not.
func TestLedeAgain(t *testing.T) {
	const (
		lede  = "Six hikers were found dead in a mountain hut near Tarnwick on Sunday, police in Ostland said."
		again = "Police in Ostland say the bodies of six climbers were found in a Tarnwick shelter."
		more  = "Rescuers reached the valley at noon. The road was closed."
	)
	tests := []struct {
		name   string
		picked string
		text   string
		deeper bool // text follows two sentences of its article
		want   bool
	}{
		{"another source's lede of the same event", lede, again, false, true},
		{"the same words deeper in an article", lede, again, true, false},
		{"a lede with a new figure", lede,
			"Police in Ostland say the bodies of six climbers who carried 140 kilograms of gear were found in a Tarnwick shelter.", false, false},
		{"the same people and place, no event in common", lede,
			"Ostland police in Tarnwick praised the wardens of the mountain hut.", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.text
			if tt.deeper {
				text = more + " " + text
			}
			c := &cluster{lead: -1}
			arts := []chorus.Article{{ID: "a", Text: tt.picked + " " + more}, {ID: "b", Text: text}}
			if !c.prepare(arts) {
				t.Fatal("no sentences read")
			}
			p, f := c.cands[0].fact, -1
			for i := range c.cands {
				if c.cands[i].doc == 1 && strings.HasPrefix(tt.text, c.cands[i].text[:10]) {
					f = c.cands[i].fact
				}
			}
			if f < 0 || p == f {
				t.Fatal("the sentence was not read apart from the lede: the case tests nothing")
			}
			c.score(DefaultModel())
			c.figs = c.figures()
			c.said = c.cands[0].terms
			if got := c.ledeAgain(f, p); got != tt.want {
				t.Errorf("ledeAgain = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestReaderSaysLittle checks the reader's wider repeat rule
// (readerNewShare) on invented sentences: after the chosen sentences, one
// that adds a third of its content words or fewer is a repeat in a
// reader's summary, unless it gives a number, a date or a count in words
// the chosen sentences do not.
func TestReaderSaysLittle(t *testing.T) {
	chosen := []string{
		"Harbour master Ilse Varga said the Greyhaven ferry ran aground on the Skelling reef on Sunday.",
		"The coastguard towed the ferry Merrow Bell back to Greyhaven harbour with all its passengers.",
	}
	tests := []struct {
		name   string
		text   string
		reader bool // redundant in a reader's summary
	}{
		{"the grounding again, two words new", "The stranded Merrow Bell ferry hit the Skelling reef.", true},
		{"a new order in words", "The stranded Merrow Bell ferry first hit the Skelling reef.", false},
		{"a new count in words", "Two stranded Merrow Bell ferries hit the Skelling reef.", false},
		{"a new figure", "The Merrow Bell ferry hit the Skelling reef off Greyhaven harbour at 14 knots.", false},
		{"a new fact", "Divers from Portlow found a crack in the hull of the Merrow Bell.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{lead: -1}
			var arts []chorus.Article
			for i, s := range append(chosen, tt.text) {
				arts = append(arts, chorus.Article{ID: string(rune('a' + i)), Text: s})
			}
			if !c.prepare(arts) || len(c.cands) != len(chosen)+1 {
				t.Fatalf("%d sentences read, want %d", len(c.cands), len(chosen)+1)
			}
			var picked []int
			for i := range chosen {
				c.said = sortUnique(append(c.said, c.cands[i].terms...))
				picked = append(picked, c.cands[i].fact)
			}
			last := &c.cands[len(chosen)]
			if slices.Contains(picked, last.fact) {
				t.Fatal("the sentence was grouped with a chosen one: the case tests nothing")
			}
			if c.saysLittle(last.terms) {
				t.Fatal("saysLittle holds already: the case tests nothing")
			}
			if got := c.saysLittleToReader(last.fact, picked); got != tt.reader {
				t.Errorf("saysLittleToReader = %v, want %v", got, tt.reader)
			}
			c.figs = c.figures()
			c.reader = true
			if tt.reader && !c.redundant(last.fact, picked, 1.1) {
				t.Error("redundant = false in a reader's summary")
			}
		})
	}
}

// TestSameValue checks when two figure values give one number: equal, or
// the one with fewer significant digits the other rounded, at least
// roundMin and within roundShare of each other.
func TestSameValue(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"$5.2b", "$5.2b", true},
		{"56m", "55.7m", true},
		{"$7.2b", "$7.15b", true},
		{"80m", "81m", true},
		{"$1m", "$950000", true},
		{"3000", "2979", true},
		{"195000", "188000", false}, // as precise, not equal
		{"10", "14", false},         // a small count an update changes
		{"20", "21", false},
		{"12m", "11.4m", false}, // rounds to 11m
		{"$4m", "$4.8m", false}, // rounds to $5m
		{"abc", "5", false},
	}
	for _, tt := range tests {
		if got := sameValue(tt.a, tt.b); got != tt.want {
			t.Errorf("sameValue(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := sameValue(tt.b, tt.a); got != tt.want {
			t.Errorf("sameValue(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

// TestPruneRepeats checks that a reader's selection drops a sentence
// chosen before the opening one that only repeats it, and keeps one that
// adds a figure or an event, and the opening itself, on invented
// sentences.
func TestPruneRepeats(t *testing.T) {
	lead := "Linda Marsh, 54, and her son went missing on a fishing trip off Greyhaven on Sunday."
	tests := []struct {
		name string
		text string
		want bool // dropped
	}{
		{"the lead in fewer words", "Linda Marsh remains missing after the fishing trip off Greyhaven.", true},
		{"a new figure", "Divers found the boat's hull 14 miles south of Greyhaven.", false},
		{"a new event", "Her son was rescued by a passing freighter on Tuesday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{lead: -1}
			arts := []chorus.Article{{ID: "a", Text: tt.text}, {ID: "b", Text: lead}}
			if !c.prepare(arts) || len(c.cands) != 2 {
				t.Fatal("want two sentences read")
			}
			c.reader = true
			c.figs = c.figures()
			first, opening := c.cands[0].fact, c.cands[1].fact
			c.lead = opening
			got := c.pruneRepeats([]int{first, opening})
			if dropped := !slices.Contains(got, first); dropped != tt.want {
				t.Errorf("dropped = %v, want %v (kept %v)", dropped, tt.want, got)
			}
			if !slices.Contains(got, opening) {
				t.Errorf("the opening sentence was dropped")
			}
		})
	}
}

// TestPruneRepeatsRetold checks that a second source's lede that tells the
// opening sentence again in more words (retells), sharing no event word
// with it, is left out, and one that shares its names but tells another
// event is kept, on invented sentences.
func TestPruneRepeatsRetold(t *testing.T) {
	lead := "The family of the late harbour master Tomas Vell has set up a fund in his name to protect the reef at Greyhaven."
	tests := []struct {
		name string
		text string
		want bool // dropped
	}{
		{"the lead retold", "The warm response after the death of harbour master Tomas Vell has prompted his family on the coast, and beyond, to establish a fund to support bold local ideas from young fishermen, divers and schoolchildren that protect the reef.", true},
		{"another event", "Harbour master Tomas Vell's family also asked the council to rename the old pier after him next spring.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if dropped := prunedBeforeOpening(t, lead, tt.text); dropped != tt.want {
				t.Errorf("dropped = %v, want %v", dropped, tt.want)
			}
		})
	}
}

// TestPruneRepeatsQuote checks that a quote whose words a chosen reported
// claim already gives is left out (backsClaim), and one that says more
// is kept, on invented sentences.
func TestPruneRepeatsQuote(t *testing.T) {
	lead := "The harbour board voted on Thursday to close the Skelling ferry route after 80 years."
	claim := "The board said the old ferry Merrow Bell will be scrapped next spring."
	tests := []struct {
		name  string
		quote string
		want  bool // dropped
	}{
		{"the claim quoted", "\"The old ferry Merrow Bell will be scrapped,\" chairwoman Ilse Varga told islanders crowding a packed meeting in the chapel hall beside Greyhaven pier on Friday evening.", true},
		{"the claim quoted with three words more", "\"The old ferry Merrow Bell will be scrapped at a Dutch breaker's yard,\" chairwoman Ilse Varga told islanders crowding a packed meeting in the chapel hall beside Greyhaven pier on Friday evening.", true},
		{"a quote that says more", "\"We will fight this closure in every court in the land,\" chairwoman Ilse Varga told islanders crowding a packed meeting in the chapel hall beside Greyhaven pier on Friday evening.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{lead: -1}
			arts := []chorus.Article{{ID: "a", Text: lead + " " + claim}, {ID: "b", Text: "Islanders gathered on Friday. " + tt.quote}}
			if !c.prepare(arts) || len(c.cands) != 4 {
				t.Fatalf("%d sentences read, want 4", len(c.cands))
			}
			c.reader = true
			c.figs = c.figures()
			opening, reported, quote := c.cands[0].fact, c.cands[1].fact, c.cands[3].fact
			c.lead = opening
			got := c.pruneRepeats([]int{reported, opening, quote})
			if dropped := !slices.Contains(got, quote); dropped != tt.want {
				t.Errorf("quote dropped = %v, want %v (kept %v)", dropped, tt.want, got)
			}
			if !slices.Contains(got, reported) {
				t.Errorf("the reported claim was dropped")
			}
		})
	}
}

// TestPruneRepeatsEchoed checks that a second source's line telling the
// opening sentence's event again with other particulars (an hour where
// the opening gives years; a denial only in the opening) is left out
// (echoes), one that adds a counted figure is kept, and that an unnamed
// source's aside is no denial (denies), on invented sentences.
func TestPruneRepeatsEchoed(t *testing.T) {
	lead := "On her third day of freedom after serving 12 years in prison for a fraud she did not commit, Ilse Varga suffered a serious stroke on Friday night, her lawyer said."
	tests := []struct {
		name string
		text string
		want bool // dropped
	}{
		{"the event echoed", "Less than 60 hours after her first taste of freedom, Ilse Varga suffered a serious stroke and was rushed to hospital, her lawyer said Saturday.", true},
		{"a new count", "Less than 60 hours after her first taste of freedom, Ilse Varga suffered a serious stroke, one of 3 people killed by strokes in Tarnwick last week, her lawyer said Saturday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if dropped := prunedBeforeOpening(t, lead, tt.text); dropped != tt.want {
				t.Errorf("dropped = %v, want %v", dropped, tt.want)
			}
		})
	}
}

func TestDenies(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"An official, who was not authorized to discuss the case, said Ilse Varga was arrested in Tarnwick.", false},
		{"An official, who was not authorized to discuss the case, said Ilse Varga was not arrested in Tarnwick.", true},
		{"Ilse Varga did not crash the van in Tarnwick.", true},
		{"Ilse Varga crashed the van in Tarnwick.", false},
	}
	for _, tt := range tests {
		c := &cluster{lead: -1}
		if !c.prepare([]chorus.Article{{ID: "a", Text: tt.text}}) || len(c.cands) != 1 {
			t.Fatalf("%q: want one sentence read", tt.text)
		}
		if got := c.denies(&c.cands[0]); got != tt.want {
			t.Errorf("denies(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// prunedBeforeOpening reports whether a reader's summary that chose text
// (the second sentence of an invented article) before lead (another
// article's opening, its lead) leaves text out (pruneRepeats).
func prunedBeforeOpening(t *testing.T, lead, text string) bool {
	t.Helper()
	c := &cluster{lead: -1}
	arts := []chorus.Article{{ID: "a", Text: "Mourners filled the chapel on Friday. " + text}, {ID: "b", Text: lead}}
	if !c.prepare(arts) || len(c.cands) != 3 {
		t.Fatalf("%d sentences read, want 3", len(c.cands))
	}
	c.reader = true
	c.figs = c.figures()
	first, opening := c.cands[1].fact, c.cands[2].fact
	c.lead = opening
	return !slices.Contains(c.pruneRepeats([]int{first, opening}), first)
}

// oneEach prepares a cluster of one article per text, each read as one
// sentence (candidate i is texts[i]), and fails t otherwise.
func oneEach(t *testing.T, texts ...string) *cluster {
	t.Helper()
	c := &cluster{lead: -1}
	var arts []chorus.Article
	for i, s := range texts {
		arts = append(arts, chorus.Article{ID: string(rune('a' + i)), Text: s})
	}
	if !c.prepare(arts) || len(c.cands) != len(texts) {
		t.Fatalf("%d sentences read, want %d", len(c.cands), len(texts))
	}
	return c
}

// twoFacts reads picked and text as two articles of one sentence each
// (oneEach) and returns the cluster and their facts; a case whose two
// sentences are grouped as near-duplicates tests nothing and fails.
func twoFacts(t *testing.T, picked, text string) (c *cluster, p, f int) {
	t.Helper()
	c = oneEach(t, picked, text)
	p, f = c.cands[0].fact, c.cands[1].fact
	if p == f {
		t.Fatal("the two sentences were grouped as near-duplicates: the case tests nothing")
	}
	return c, p, f
}

// FuzzMayHoldDigit: a word TrimFunc(notDigit) leaves something of holds
// a digit by mayHoldDigit's test, which figures asks first.
func FuzzMayHoldDigit(f *testing.F) {
	for _, s := range []string{"", "ferry", "a1", "٣", "$4.5m", "\xff9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.TrimFunc(s, notDigit) != "" && !mayHoldDigit(s) {
			t.Errorf("mayHoldDigit(%q) = false, but %q holds a digit", s, s)
		}
	})
}
