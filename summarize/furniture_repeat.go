package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file cuts a headline run into an article's first sentence where
// the story opens with no "the", "a" or "an" (cutFusedHeadline's
// boundary) but with the headline's own words again: "Two ferry crew
// charged over westvale crash two ferry crew have been charged ..." or
// "Harbour chief warns the pier could close "within weeks" the pier could
// close within weeks unless ...". The story's repeat of the headline's
// words marks where it starts.

// Bounds of cutRepeatedHeadline.
const (
	// repeatHeadMinWords is the fewest words of the headline cut.
	repeatHeadMinWords = 4
	// repeatRunWords is how many of the headline's opening words in a row
	// the story repeats at most (openingRun).
	repeatRunWords = 3
	// repeatRestated is the least share of the headline's content words
	// (stemmed) the story repeats.
	repeatRestated = 0.5
)

// cutRepeatedHeadline returns s, one of an article's first sentences,
// from its story when a headline runs into it and the story opens with
// the headline's own opening words (openingRun): "Two ferry crew charged
// over westvale crash two ferry crew have been charged ..." reads "Two
// ferry crew have been charged ...". A determiner or number word may
// stand in front of the repeat ("... crash the two ferry crew ..."), or
// "the", "a" or "an" and one word more ("... signs the new ferry pier
// ..."). The headline has repeatHeadMinWords words or more, or one fewer
// when "the", "a" or "an" opens the story ("Westvale ferry sinks a
// westvale ferry sank ..."; a headline drops its articles), ends in a
// content word with no punctuation after it but a quotation's closing
// mark, which is no verb of speech ("... the captain says westvale
// ferries ..." is one clause), and holds no dash or agency tag
// (datelineIn); the story has fusedLedeMinWords words or more, no dash
// among its first words (dashNear), and restates repeatRestated of the
// headline's content words. In a cased article the story opens with a
// capital. A story that would open pointing back (defect.Dangles) is
// left whole.
func cutRepeatedHeadline(s string, cased bool) string { return cutRepeatedHeadlineIn(nil, s, cased) }

// cutRepeatedHeadlineIn is cutRepeatedHeadline reading the words of s from
// h.
func cutRepeatedHeadlineIn(h *headFields, s string, cased bool) string {
	starts, words := h.of(s, fusedHeadMaxWords+60)
	if len(words) < repeatHeadMinWords+fusedLedeMinWords {
		return s
	}
	for k := repeatHeadMinWords; k <= fusedHeadMaxWords && k+repeatRunWords <= len(words); k++ {
		if !openingRun(words, k) {
			continue
		}
		at := k
		if at-1 >= repeatHeadMinWords && repeatDeterminers[words[at-1]] || at-1 == repeatHeadMinWords-1 && ledeOpener[words[at-1]] {
			at-- // "... delegate two former crew of ...": the story's subject opens with its number; "Pier fire kills a pier fire ..."
		} else if at-2 >= repeatHeadMinWords && ledeOpener[words[at-2]] {
			at -= 2 // "... gets new signs the new ferry pier ...": an adjective between
		}
		if dashNear(s, starts, at) || datelineIn(s[:starts[at]]) || !repeatHeadEnd(s, starts, words, at) || cased && !isUpperASCII(s[starts[at]]) || len(words)-at < fusedLedeMinWords {
			continue
		}
		if restated(words[:at], words[at:]) < repeatRestated {
			continue
		}
		lede := lex.UpperFirst(s[starts[at]:])
		if defect.Dangles(lede) {
			return s
		}
		return lede
	}
	return s
}

// dashNear reports whether a dash stands within the repeatRunWords+1
// words from word at of s: "Ana roe -- life after the ferry -- ..." is a
// headline again, whose name a dateline rule would then cut.
func dashNear(s string, starts []int, at int) bool {
	end := len(s)
	if at+repeatRunWords+1 < len(starts) {
		end = starts[at+repeatRunWords+1]
	}
	return lex.ContainsAny(s[starts[at]:end], "—–") || strings.Contains(s[starts[at]:end], "--")
}

// datelineIn reports whether head, the words before the story, holds a
// dash or an agency's tag ("( ap )"): a caption or teaser before a
// dateline, which trimEdges and cutHeadedDateline cut at the dateline
// ("Teaser ... ( ap ) — ana roe, a ferry captain, ..."); cut at the
// repeat, the story would lose the words before it.
func datelineIn(head string) bool {
	return lex.ContainsAny(head, "—–") || strings.Contains(head, "--") || strings.Contains(head, "( ap )") ||
		strings.Contains(head, "(ap)")
}

// openingRun reports whether the words at k repeat the headline's
// opening words: two content words ("megan fox"), or three words two of
// which are content words ("man in custody").
func openingRun(words []string, k int) bool {
	if words[k] != words[0] || words[k+1] != words[1] || words[0] == "" {
		return false
	}
	if contentPair(words[0], words[1]) {
		return true
	}
	if words[k+2] != words[2] {
		return false
	}
	content := 0
	for _, w := range words[:3] {
		if len(w) > 1 && !lex.IsStopword(w) && hasLetterOrDigit(w) {
			content++
		}
	}
	return content >= 2
}

// repeatHeadEnd reports whether the word before word at of s ends a
// headline: a content word (no stopword, no verb of speech, no "-ed" or
// "-ing" word that takes what follows) with no punctuation after it but a
// closing quotation mark that pairs one the headline opened.
func repeatHeadEnd(s string, starts []int, words []string, at int) bool {
	prev := strings.TrimRight(s[starts[at-1]:starts[at]], " ")
	if prev == "" {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(prev); r == '"' || r == '”' {
		head := s[:starts[at]]
		if strings.Count(head, `"`)%2 != 0 || strings.Count(head, "“") != strings.Count(head, "”") {
			return false
		}
		prev = strings.TrimRight(prev, `"”`)
	}
	if r, _ := utf8.DecodeLastRuneInString(prev); strings.ContainsRune(`,;:—–-"“”'’()`, r) || r == utf8.RuneError {
		return false
	}
	w := words[at-1]
	if len(w) < 2 || lex.IsStopword(w) || !hasLetterOrDigit(w) || lex.IsAttributionVerb(w) {
		return false
	}
	if len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
		return false
	}
	return !headlineTies[w] && !headlineVerbs[w]
}

// repeatDeterminers may open a story's subject in front of the
// headline's repeated words.
var repeatDeterminers = lex.Set("the", "a", "an", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "his", "her", "their", "its", "our", "this", "these", "those", "some", "many", "most", "several", "both",
	"all")

// Bounds of cutMarkedHeadline.
const (
	// markedHeadMinWords is the fewest words of the headline before the
	// marker.
	markedHeadMinWords = 4
	// markedHeadMaxWords is the most.
	markedHeadMaxWords = 30
	// markedRestated is the least share of the headline's content words
	// (stemmed) that the story repeats.
	markedRestated = 0.2
)

// headlineMarkers are the labels a gossip site prints between an item's
// headline and its story ("breaking news", "exclusive"), which the page's
// text runs together.
var headlineMarkers = []string{" breaking news ", " exclusive "}

// cutMarkedHeadline returns s, one of an article's first sentences, from
// the story after a headline and the label a gossip site prints after it:
// "Ana roe to sue ferry line breaking news ana roe has filed ..." reads
// "Ana roe has filed ...", and so does "... ferry line exclusive ana roe
// has filed ...". The label follows markedHeadMinWords to
// markedHeadMaxWords words that end in a content word (no "an exclusive
// interview", "the latest breaking news"), and a lower-case story of
// fusedLedeMinWords words or more follows it (a dash in between is
// dropped), which opens with neither a verb whose subject the page left
// out ("exclusive is wasting no time ...") nor a word the label qualifies
// ("exclusive interview", "exclusive photos"), and which repeats
// markedRestated of the headline's content words. In a cased article the
// story opens with a capital.
func cutMarkedHeadline(s string, cased bool) string {
	lower := lex.Lower(s)
	for _, m := range headlineMarkers {
		i := strings.Index(lower, m)
		if i < 0 {
			continue
		}
		head := lex.SpaceFieldsShared(s[:i])
		if len(head) < markedHeadMinWords || len(head) > markedHeadMaxWords {
			continue
		}
		last := lex.Lower(head[len(head)-1])
		if lex.ContainsAny(last[len(last)-1:], ",;:-") {
			continue
		}
		last = strings.Trim(last, `"'“”‘’`)
		if len(last) < 2 || lex.IsStopword(last) || headlineTies[last] || markerQualifiers[last] {
			continue
		}
		rest := strings.TrimLeft(s[i+len(m):], " ")
		for _, d := range []string{"--", "—", "–"} {
			rest = strings.TrimLeft(strings.TrimPrefix(rest, d), " ")
		}
		r, _ := utf8.DecodeRuneInString(rest)
		if countWords(rest) < fusedLedeMinWords || cased != unicode.IsUpper(r) || !cased && !unicode.IsLower(r) {
			continue
		}
		first := lex.Lower(lex.SpaceFieldsShared(rest)[0])
		if lex.ContainsAny(first[len(first)-1:], ",;:.") {
			continue // "... exclusive agreement, netflix said ...": the label's noun
		}
		first = strings.Trim(first, `"'“”`)
		if markerNouns[first] || subjectlessVerbs[first] {
			continue
		}
		if restated(markerWords(head), markerWords(lex.SpaceFieldsShared(rest))) < markedRestated {
			continue
		}
		lede := lex.UpperFirst(rest)
		if defect.Dangles(lede) {
			continue
		}
		return lede
	}
	return s
}

// markerQualifiers before "exclusive" or "breaking news" make it the
// sentence's own words ("the latest breaking news", "very exclusive").
var markerQualifiers = lex.Set("latest", "late", "top", "more", "most", "very", "world", "our", "your", "its", "his",
	"her", "their", "get", "for")

// markerNouns after "exclusive" are what it qualifies: the sentence goes
// on.
var markerNouns = lex.Set("interview", "interviews", "photos", "photo", "pictures", "video", "videos", "footage",
	"details", "statement", "deal", "rights", "access", "report", "story", "club", "content", "look", "preview",
	"offer", "offers", "partnership", "contract", "license", "licence", "use", "right", "straws", "to", "of", "and",
	"or", "with", "in", "on", "for", "at", "by")

// subjectlessVerbs open a story whose subject the page left out (a
// linked name it dropped): "exclusive is wasting no time ...".
var subjectlessVerbs = lex.Set("is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
	"did", "does", "do", "says", "said", "andwas", "andwere", "andis", "andhas", "isn't", "wasn't", "hasn't", "gets",
	"got", "went", "made", "told", "tells", "shows", "wants", "and", "but", "or", "who", "which", "that")

// markerWords returns fields lower-cased and trimmed of punctuation, as
// restated reads them.
func markerWords(fields []string) []string {
	out := make([]string, len(fields))
	for i, f := range fields {
		out[i] = lex.Lower(lex.TrimPunct(f, `,.;:!?"“”'‘’()[]`))
	}
	return out
}
