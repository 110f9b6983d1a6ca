package summarize

import "testing"

func TestTollLede(t *testing.T) {
	for s, want := range map[string]bool{
		"Six miners are dead after a shaft flooded at Orrin on Monday, officials said.":          true,
		"At least 8 people and two guards were killed in a raid on a depot in Velm on Friday.":   true,
		"One woman was killed when a runaway tram hit a kiosk in Marrow on Friday night.":        true,
		"Police said one woman died when a van slid into a canal near Ostrel on Sunday.":         true,
		"At least one dead, 35 hurt when a van hits walkers on the pier at Velm":                 false,
		"3 killed in bus crash on Route 9 the police said the bus left the road":                 false,
		"One day after a flood killed a shepherd, the river rose again on Thursday.":             false,
		"The riot in Velm, Ostria, that left six dead was the worst in the town in a decade.":    false,
		"Ann Lee was 31 when she died in 2009, her brother told the court on Tuesday.":           false,
		"12 of the horses died this week when a stable roof fell in at the farm near Orrin.":     false,
		"The gunman on trial for killing 12 people told the court on Monday he acted alone.":     false,
		"Four people were stabbed, one fatally, in Marrow on Sunday, the chief of police said.":  false,
		"With one of the two raiders killed in a chase, their mother spoke to reporters Friday.": false,
		"A storm battered the coast of Ostria on Monday and cut power to thousands of homes.":    false,
		"Two days after a storm that killed a farmer, the town of Orrin is planning new drains.": false,
		"Three guards are among the dead after the two lorries collided on Monday evening.":      false,
		"One man died while he was out walking.":                                                 false,
		"Crash on highway 80 several walkers were killed on Monday evening near Orrin village.":  false,
	} {
		if got := tollLede(s); got != want {
			t.Errorf("tollLede(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestDeadCount(t *testing.T) {
	if n, ok := deadCount("More than 3,000 people are now thought to have been killed in the fighting.", 0, false); !ok || n != 3000 {
		t.Errorf("deadCount = %v, %v, want 3000, true", n, ok)
	}
	if n, ok := deadCount("The storm cut power, and two people were killed by falling trees.", 0, false); !ok || n != 2 {
		t.Errorf("deadCount = %v, %v, want 2, true", n, ok)
	}
	if _, ok := deadCount("The storm cut power, and two people were killed by falling trees.", 0, true); ok {
		t.Error("deadCount opening read past the first comma")
	}
}

func TestStatesDeath(t *testing.T) {
	if !statesDeath("A baker and her son were killed when their van left the coast road.") {
		t.Error("statesDeath missed killed")
	}
	if statesDeath("A baker and her son were hurt when their van left the coast road.") {
		t.Error("statesDeath read hurt as a death")
	}
}

// TestLeadAmongTollLede: an opening within leadSlack takes the best
// lead's place, unless the best is a toll lede and the opening tells of
// no death.
func TestLeadAmongTollLede(t *testing.T) {
	choice := func(text string) leadChoice {
		return leadChoice{fact: 0,
			score:    map[int]float64{0: 1.0, 1: 0.9},
			opening:  map[int]bool{0: true, 1: true},
			verified: map[int]bool{0: true, 1: true},
			toll:     map[int]bool{0: true},
			rep: map[int]*candidate{0: {text: "Six miners are dead after a shaft flooded at Orrin on Monday, officials said."},
				1: {text: text}},
		}
	}
	l := choice("A witness in Orrin was walking his dog when he heard the siren at the pit.")
	if got := l.leadAmong([]int{1}); got != -1 {
		t.Errorf("leadAmong = %d, want -1 (the toll lede is brought in)", got)
	}
	l = choice("Six miners were killed when water burst into a shaft at Orrin on Monday.")
	if got := l.leadAmong([]int{1}); got != 1 {
		t.Errorf("leadAmong = %d, want 1 (an opening telling the deaths may lead)", got)
	}
	l = choice("A witness in Orrin was walking his dog when he heard the siren at the pit.")
	l.toll = nil
	if got := l.leadAmong([]int{1}); got != 1 {
		t.Errorf("leadAmong = %d, want 1 (no toll lede)", got)
	}
}
