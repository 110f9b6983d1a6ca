package truecase

import "strings"

// This file holds a surname that ends as a verb's "-ing" does but is no
// English verb's ("Xi jinping", "Lu taiping").

// ingName reports whether key, a word the model never saw ending in
// "-ing", is no inflection of a word it knows: neither the stem ("jinp"),
// the stem with an "e" ("jinpe") nor the stem less a doubled last letter
// ("runn" → "run") is a word of the model. raiseNameSpans then reads it
// as a surname after a capitalised word the sources write it after
// (unknownInflection turned it away), but for a hyphened word
// ("photo-sharing"), a stem in consonant and "l" ("sparkling": a verb in
// "-le"), or after a day, a month or a people's word ("Monday fuming",
// "Spanish bullfighting").
//
// Measured against 527c171 (Chorus summaries of lower-cased clusters):
// validation 3 of 5,599 summaries changed, all read, all right ("Xi
// Jinping's", "Sanford Harling", "Yi Siling"); train 1-38,000 13 of
// 37,862 changed, all read: 11 right ("Xi Jinping" twice, "Curt
// Schilling", "Bob Ebeling", "Rod Serling", "Brit Marling", "Jupiter
// Ascending"), 1 half right ("Boca Tanning Club" but "his new Tanning
// salon"), 1 wrong ("Cambridge Sunbathing Topless"). Without the
// hyphen, "-le" and day/people guards: validation 7 changed, 3 right, 4
// wrong ("Pulitzer Prize-Winning Playwright", "Lacroix Sparkling",
// "Forcible Fondling"); train 16 changed, 11 right, 4 wrong ("Monday
// Purporting", "Tuesday Fuming", "Spanish Bullfighting"), 1 half right.
func (m *Model) ingName(key, prevKey string) bool {
	stem, ok := strings.CutSuffix(key, "ing")
	if !ok || len(stem) < 2 || strings.ContainsRune(key, '-') || calendarWords[prevKey] || peopleWord(prevKey) {
		return false // "photo-sharing"
	}
	if n := len(stem); stem[n-1] == 'l' && strings.IndexByte("bcdfgkptz", stem[n-2]) >= 0 {
		return false // "sparkling", "fondling": a verb in "-le"
	}
	if _, known := m.word(key); known {
		return false
	}
	for _, s := range []string{stem, stem + "e"} {
		if _, known := m.word(s); known {
			return false
		}
	}
	if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] {
		if _, known := m.word(stem[:n-1]); known {
			return false
		}
	}
	return true
}
