package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/clean"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage: it resolves the "here" of wire
// copy. A wire story's "here" ("a diplomat here said", "the embassy
// here") means the place of its dateline, which the edge trims cut
// (compress.go); in a summary that mixes sources the reader cannot tell
// where "here" is. Outside quotation marks, each "here" of an article
// whose dateline named a place is written as that place: "the embassy in
// Nairobi", "a diplomat in Nairobi said", "flew to Nairobi", "from
// Nairobi". A quote keeps its words. Blind readings blind8/9/12 named a
// "here" a dangling reference 36 times in 49 summaries, 29 of them in the
// 19 DUC clusters of blind12.

// maxPlaceWords is the length of the longest dateline place: "Dar es
// Salaam", "Rio de Janeiro".
const maxPlaceWords = 3

// articlePlace returns the place of the dateline the cleaner cut from an
// article's first paragraph (package clean drops datelines): text is the
// article as read, paras its clean paragraphs. "NAIROBI, Kenya (AP) _ The
// ..." gives "Nairobi" when the first clean paragraph reads "The ...". It
// returns "" when nothing was cut or what was cut is no dateline.
func articlePlace(text string, paras []string) string {
	if len(paras) == 0 {
		return ""
	}
	first := ""
	for _, line := range strings.Split(clean.Normalize(text[:min(len(text), placeBytes)]), "\n") {
		if first = lex.Collapse(line); first != "" {
			break
		}
	}
	return datelinePlace(first, paras[0])
}

// placeBytes is how much of an article's text articlePlace reads for its
// first line.
const placeBytes = 600

// datelinePlace returns the place named by the dateline cut from the head
// of line (an article's first line) to leave para (its first clean
// paragraph): the words before the first comma or parenthesis, or before
// the dash ("WASHINGTON (AP) — The ..." and "The ..." give "Washington";
// "NAIROBI, Kenya — ..." gives "Nairobi"). It returns "" when nothing was
// cut, para does not go on from inside line, or what was cut is not a
// dateline: one that ends in a dash or an agency tag and opens with one to
// maxPlaceWords words of letters (a byline or a date is no place).
func datelinePlace(line, para string) string {
	probe := para[:min(len(para), placeProbe)]
	if len(probe) < placeProbe && len(probe) < len(para) || probe == "" {
		return ""
	}
	r, n := utf8.DecodeRuneInString(probe)
	at := strings.Index(line, probe)
	if at < 0 {
		// The cleaner writes the first letter in capitals (lex.UpperFirst).
		at = strings.Index(line, string(unicode.ToLower(r))+probe[n:])
	}
	if at <= 0 || at > maxDatelineBytes {
		return ""
	}
	cut := strings.TrimSpace(line[:at])
	if !strings.HasSuffix(cut, ")") && strings.TrimRight(cut, "—–-_|") == cut {
		return ""
	}
	end := lex.IndexAny(cut, ",(|")
	if end < 0 {
		end = strings.LastIndexByte(cut, ' ') // "WASHINGTON —", "KABUL --"
		if end < 0 {
			return ""
		}
	}
	words := lex.SpaceFields(cut[:end])
	if len(words) == 0 || len(words) > maxPlaceWords {
		return ""
	}
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '.' && r != '\'' && r != '’' && r != '-' {
				return ""
			}
		}
	}
	if w0 := lex.Lower(words[0]); lex.IsStopword(w0) || w0 == "by" || w0 == "updated" || w0 == "posted" {
		return ""
	}
	for i, w := range words {
		// "NAIROBI" and "nairobi" (a lower-cased corpus) are written as a name.
		if strings.ToUpper(w) == w || lex.Lower(w) == w {
			words[i] = placeCase(w, i)
		}
	}
	return strings.Join(words, " ")
}

// placeProbe is how many bytes of the first clean paragraph datelinePlace
// looks for in the article's first line, and maxDatelineBytes how far in
// they may stand.
const (
	placeProbe       = 40
	maxDatelineBytes = 100
)

// placeParticles are written lower-case inside a place's name: "Dar es
// Salaam", "Rio de Janeiro".
var placeParticles = lex.Set("es", "de", "da", "do", "dos", "del", "la", "le", "el", "al", "di", "du")

// placeCase writes the i-th word of a dateline in capitals as a name:
// "NAIROBI" -> "Nairobi", "ES" of "DAR ES SALAAM" -> "es".
func placeCase(w string, i int) string {
	low := lex.Lower(w)
	if i > 0 && placeParticles[low] {
		return low
	}
	return lex.TitleWord(low, "-.")
}

// motionVerbs take "to" the place where "here" stood: "came here" ->
// "came to Nairobi".
var motionVerbs = lex.Set("come", "comes", "came", "coming", "go", "goes", "went", "bring",
	"brings", "brought", "bringing", "move", "moved", "moving", "fly", "flew", "flown", "fled",
	"return", "returned", "returning", "send", "sent", "travel", "traveled", "travelled",
	"driven", "drove", "walked", "rushed", "taken", "took", "transferred", "flown", "headed")

// gestureWords before "here" point where a speaker stands: "right here",
// "in here", "up here".
var gestureWords = lex.Set("right", "over", "in", "up", "down", "out", "back")

// linkWords before "here" point at a page, not a place: "click here",
// "shown here", "read more here".
var linkWords = lex.Set("click", "tap", "see", "read", "watch", "listen", "view", "visit",
	"available", "more", "sign", "subscribe", "download", "seen", "shown", "pictured", "posted",
	"below", "above", "found", "linked", "embedded", "go", "log", "reprinted", "published")

// keepWords before "here" take the place alone: "from here" -> "from
// Nairobi", "left here" -> "left Nairobi".
var keepWords = lex.Set("from", "near", "around", "outside", "of", "to", "across", "throughout",
	"left", "leave", "leaves", "leaving", "departed", "visit", "visited", "visiting")

// placeHere returns s with each "here" outside quotation marks written as
// place (datelinePlace), or s unchanged when place is "" or s is inside a
// quote run over several sentences (its quotation marks do not pair). A
// presentational "here" ("Here is ...", "here's"), "here and there" and
// the like keep their words.
func placeHere(s, place string) string {
	if place == "" || !strings.Contains(lex.Lower(s), "here") || !pairedQuotes(s) || firstPerson(lex.LetterWords(s, 60)) {
		return s // a speaker's "here" is where they stand, which may not be the dateline
	}
	fields := lex.SpaceFields(s)
	quoted := quotedFields(fields)
	changed := false
	for i := 0; i < len(fields); i++ {
		f := fields[i]
		core := strings.TrimRight(strings.TrimLeft(f, "\"“`(["), ",.;:!?)]\"”'’")
		if quoted[i] || !strings.EqualFold(core, "here") {
			continue
		}
		next := ""
		if i+1 < len(fields) {
			next = lex.Lower(strings.Trim(fields[i+1], ",.;:!?\"“”'`"))
		}
		prev := ""
		if i > 0 {
			prev = lex.Lower(strings.Trim(fields[i-1], ",.;:!?\"“”'`("))
		}
		switch next {
		case "is", "are", "was", "were", "comes", "come", "and", "nor", "we", "goes":
			continue // "Here is ...", "here and there", "neither here nor there"
		case "in", "at", "to":
			continue // "here in Velmora", "headed here to the rally": the sentence says where
		}
		if gestureWords[prev] || linkWords[prev] {
			continue // "right here", "click here", "shown here"
		}
		var with string
		switch {
		case keepWords[prev]:
			with = place
		case motionVerbs[prev]:
			with = "to " + place
		default:
			with = "in " + place
		}
		if i == 0 {
			with = lex.UpperFirst(with)
		}
		fields[i] = strings.Replace(f, core, with, 1)
		changed = true
	}
	if !changed {
		return s
	}
	return strings.Join(fields, " ")
}

// pairedQuotes reports whether s opens every quote it closes: curly marks
// pair, straight double marks are even, and “ pairs with ”.
func pairedQuotes(s string) bool {
	return strings.Count(s, "“") == strings.Count(s, "”") && strings.Count(s, "\"")%2 == 0 &&
		strings.Count(s, "``") == strings.Count(s, "''")
}

// quotedFields reports, for each of fields (a sentence's words), whether
// it stands inside a quotation, its own leading marks read (quoteState).
func quotedFields(fields []string) []bool {
	quoted := make([]bool, len(fields))
	in := false
	for i, f := range fields {
		rest := strings.TrimLeft(f, "\"“`([")
		in = quoteState(f[:len(f)-len(rest)], in, true)
		quoted[i] = in
		in = quoteState(rest[len(strings.TrimRight(rest, "\"”'’,.;:!?)]")):], in, false)
	}
	return quoted
}

// quoteState returns whether a quote is open after the quotation marks in
// marks (the leading marks of a word when opening, its trailing ones
// otherwise), given whether one was open before.
func quoteState(word string, open, leading bool) bool {
	if leading {
		for {
			switch {
			case strings.HasPrefix(word, "``"):
				open, word = true, word[2:]
			case strings.HasPrefix(word, "“"):
				open, word = true, word[len("“"):]
			case strings.HasPrefix(word, "\""):
				open, word = !open, word[1:]
			default:
				return open
			}
		}
	}
	// Trailing marks close a quote.
	for word != "" {
		r, n := utf8.DecodeRuneInString(word)
		switch {
		case strings.HasPrefix(word, "''"):
			open, n = false, 2
		case r == '”':
			open = false
		case r == '"':
			open = !open
		}
		word = word[n:]
	}
	return open
}
