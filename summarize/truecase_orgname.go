package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage's last step, after
// raiseOneStoryWords. An organisation's name in a lower-cased cluster
// comes out of truecasing half raised: the model raises the words it
// knows as names and the generic head ("Medical Center", "Inc") but
// leaves a common word inside the name: "Halifax health Medical Center",
// "Brigham young University", "Sprint nextel Corp", "Wal-Mart stores Inc",
// "a former apple Inc". raiseOrgNameWords raises one or two lower-case
// words standing between a capitalised word and a run of capitalised
// generic words that ends on an organisation's head ("Tarnwick harbour
// Medical Center" → "Tarnwick Harbour Medical Center"), and the one word
// right before a company suffix alone ("the velmora Inc" → "the Velmora
// Inc"). It leaves the words when the word before them is a determiner,
// a preposition or a possessive ("China's ruling Communist Party",
// "Japan's renowned Research Institute", "The state Republican Party"),
// when they are function words or verbs ending in "-ed" or "-ing"
// ("Clinton joined NBC News", "In suing ABC News"), and when the run after
// them holds a name that is not generic ("tell ABC News", "found Arab
// Bank", "outside Rockefeller Center").
//
// Measured against b2bfc8a: validation 5,599 summaries, 57 words raised
// in 45 summaries, every one read: 57 right ("Sprint Nextel Corp",
// "Brigham Young University", "Halifax Health Medical Center", "Keurig
// Green Mountain Inc", "a former Apple Inc."); train 1-38,000 355 words,
// 40 drawn and read: 37 right, 2 half ("County-Usc", the second of three
// words raised), 1 wrong ("An Islamic Cultural Center": a description
// with a capitalised adjective). ROUGE of the Fill summaries is
// untouched: they are not truecased.
//
// h58org: a suffix or head followed by a possessive ("Whole Foods market
// Inc.'s first store", "velmora Inc.'s plan") was not read as one, and
// "PLC" was no suffix; both are now (possessiveSuffixAt). Against
// c2b99de, with raiseAcronymRuns: validation 3 summaries changed by
// this part, all better ("Apple Inc.'s plan", "Whole Foods Market
// Inc.'s"); train 1-6,000 8, all read, all better ("Uber Technologies
// Inc.'s board", "HSBC Holdings PLC", "Lululemon Athletica Inc.'s"; "the
// Marine Corp's" for the corps, its case right though the suffix is a
// misspelling).

// orgGeneric are the capitalised words an organisation's name puts
// before its head: "Medical Center", "Research Institute".
var orgGeneric = lex.Set(
	"Affairs", "Community", "Education", "Health", "International", "Medical", "National",
	"Public", "Regional", "Research", "Science", "Sciences", "Technology",
)

// orgHeads are the words an organisation's name ends on.
var orgHeads = lex.Set(
	"Academy", "Agency", "Airlines", "Association", "Bank", "Center", "Centre", "Clinic",
	"College", "Commission", "Committee", "Council", "Foundation", "Group", "Hospital",
	"Institute", "Laboratory", "Museum", "Service", "Services", "Society", "University",
)

// orgSuffixes are the company suffixes: a lower-case word right before one
// is the company's name whatever stands before it.
var orgSuffixes = lex.Set("Inc", "Corp", "Co", "Ltd", "LLC", "Plc", "PLC")

// orgStop are the lower-case words that cannot be inside a name, and the
// capitalised ones that cannot open it.
var orgStop = lex.Set(
	"a", "about", "after", "against", "an", "and", "as", "at", "before", "but", "by", "for", "from",
	"in", "into", "like", "near", "of", "on", "or", "outside", "over", "than", "that", "the", "to",
	"under", "with", "its", "his", "her", "their", "our", "this", "these", "those", "former",
	"said", "says", "say", "tell", "tells", "told", "is", "was", "are", "were", "has", "had", "have",
	"will", "would", "new",
)

// raiseOrgNameWords writes the lower-case words of the sentences, voice
// statements and claims of sum that stand inside an organisation's name
// with a capital.
func raiseOrgNameWords(sum *chorus.Summary) {
	rewriteTexts(sum, raiseOrgNamesIn)
}

// orgWord is a word of a text: s[i:j], punct whether punctuation other
// than a hyphen or an apostrophe touches its end.
type orgWord struct {
	i, j  int
	punct bool
}

// raiseOrgNamesIn is raiseOrgNameWords for one text.
func raiseOrgNamesIn(s string) string {
	if !orgPretest(s) {
		return s
	}
	var words []orgWord
	for i := 0; i < len(s); {
		if s[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		k := j
		for k > i && strings.IndexByte(`,.;:!?)"`, s[k-1]) >= 0 {
			k--
		}
		if p := possessiveSuffixAt(s, i, k); p < k {
			k = p // "Inc.'s" reads as "Inc": the possessive closes the name
			for k > i && s[k-1] == '.' {
				k--
			}
		}
		words = append(words, orgWord{i, k, k < j})
		i = j
	}
	var b []byte
	for h := range words {
		w := s[words[h].i:words[h].j]
		if !orgHeads[w] && !orgSuffixes[w] {
			continue
		}
		m, r, ok := orgNameLower(s, words, h)
		if !ok {
			continue
		}
		if b == nil {
			b = []byte(s)
		}
		for k := m; k < r; k++ {
			for x := words[k].i; x < words[k].j; x++ {
				if x == words[k].i || s[x-1] == '-' {
					b[x] -= 'a' - 'A' // "hermann-texas" → "Hermann-Texas"
				}
			}
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

// orgNameLower returns the lower-case words words[m:r] of the
// organisation's name whose head or suffix is words[h], when it has any.
func orgNameLower(s string, words []orgWord, h int) (m, r int, ok bool) {
	word := func(k int) string { return s[words[k].i:words[k].j] }
	if orgSuffixes[word(h)] {
		return orgSuffixName(s, words, h)
	}
	// The run of generic capitalised words ending on the head, and one or
	// two lower-case words between it and a capitalised word.
	r = h
	for r > 0 && !words[r-1].punct && orgGeneric[word(r-1)] {
		r--
	}
	m = r
	for m > 0 && r-m < 2 && !words[m-1].punct && orgInnerWord(word(m-1)) {
		m--
	}
	if m < r && m > 0 && !words[m-1].punct && orgOpener(word(m-1)) {
		return m, r, true // "Tarnwick harbour Medical Center"
	}
	return 0, 0, false
}

// orgSuffixName returns the lower-case words words[m:h] right before the
// company suffix words[h]: one or two, after a capitalised word, a
// function word or a role noun ("the sale of velmora foods Inc",
// "beverage maker velmora brands Inc"). A run of three or more is left:
// where the name starts in it is unknown.
func orgSuffixName(s string, words []orgWord, h int) (m, r int, ok bool) {
	m = h
	for m > 0 && h-m < 3 && !words[m-1].punct && orgInnerWord(s[words[m-1].i:words[m-1].j]) {
		m--
	}
	if m < h && orgRole[s[words[m].i:words[m].j]] {
		m++ // "rival velmora Inc": a role before the name
	}
	if m == h || h-m > 2 {
		return 0, 0, false
	}
	return m, h, true
}

// orgRole are the nouns that name a company's role before its name.
var orgRole = lex.Set(
	"brand", "chain", "company", "firm", "giant", "maker", "owner", "parent", "retailer",
	"rival", "startup", "subsidiary", "supplier", "unit",
)

// orgPretest reports whether a word of s, with its end's punctuation
// trimmed, is in orgHeads or orgSuffixes: the few texts with one go on to
// the word walk.
func orgPretest(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i-1] != ' ' || s[i] < 'A' || s[i] > 'Z' {
			continue
		}
		j := i
		for j < len(s) && isAlnumASCII(s[j]) {
			j++
		}
		if w := s[i:j]; orgHeads[w] || orgSuffixes[w] {
			return true
		}
	}
	return false
}

// orgInnerWord reports whether w may be a lower-case word inside an
// organisation's name: lower-case letters, hyphens inside, no function
// word, no verb form in "-ed" or "-ing".
func orgInnerWord(w string) bool {
	if len(w) < 2 || w[0] < 'a' || w[0] > 'z' || w[len(w)-1] == '-' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if (w[i] < 'a' || w[i] > 'z') && w[i] != '-' {
			return false
		}
	}
	return !orgStop[w] && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// orgOpener reports whether w may be the capitalised word an
// organisation's name opens with before its lower-case words: a capital
// first, no possessive, no determiner or preposition ("The", "In").
func orgOpener(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") {
		return false
	}
	return !orgStop[lex.Lower(w)]
}

// possessiveSuffixAt returns where the possessive "'s" or "’s" closing
// the word s[i:k] starts, or k when it has none.
func possessiveSuffixAt(s string, i, k int) int {
	switch {
	case k-i > 2 && strings.HasSuffix(s[i:k], "'s"):
		return k - 2
	case k-i > 4 && strings.HasSuffix(s[i:k], "’s"):
		return k - 4
	}
	return k
}
