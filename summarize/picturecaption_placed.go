package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A picture agency's caption closes on the full date the picture was
// taken and then the place: "Anna Varga speaks at the harbour gala on May
// 7, 2012 in Tarnwick, Westshire.", "Ferry hands unload crates on the
// north quay on March 3, 2015 in Tarnwick." datedCaption reads a caption
// that ends on its date; closingPlacedDate lets it read past the place
// too. The closing is the agency's formula, and news seldom ends so
// without a past: there the caption need not tell a scene in the present
// (datedCaption's verbs) or have no verb; it is enough that no
// auxiliary, past ("-ed", datedCaptionPast, placedPasts) or verb of
// saying stands in the words before. dropPictureCaptions then leaves the
// caption out of a reader's summary after selection.
//
// Measured against 88c8b8e (cutStandfirst) on default summaries:
// Multi-News validation 4 of 5,599 change, all read: 3 better (a
// celebrity's, a fire's and a wedding's agency caption gone), 1 the same
// (an Olympic caption gave way to another that is the summary's only
// sentence, which is kept); train 1-38,000 9 of 37,863, all read: 9
// better (agency captions of politicians, a band, police and a building
// gone, most replaced by the story's own lines). Fill's ROUGE on
// validation is unchanged (45.92 / 16.23 / 19.82). First tried as the
// ending alone, with datedCaption's scene verbs still asked: validation
// changed 1 (better), and "Smoke rises ...", "<performers> depict ..."
// and "Monogrammed <things> at ..." stayed; news in an irregular past
// ("<ferry> sank off ... on <date> in <town>.") is refused by
// placedPasts.

// Bounds of closingPlacedDate: the most words of the place's name before
// its comma and after it.
const (
	placedDateTownWords   = 4
	placedDateRegionWords = 3
)

// closingPlacedDate returns how many of the fields f close the sentence
// with a full date and a place: "on <month> <day>, <year>[,] [at <venue>]
// in <town>[, <region>]." The date has a month and a day (closingDate),
// the venue at most placedDateVenueWords words; the place is
// one to placedDateTownWords words, then after a comma one to
// placedDateRegionWords more, words of letters (an abbreviation's stops
// and hyphens aside) that are no stopwords but "of"; the last ends the
// sentence with a full stop. 0 when f does not end so.
func closingPlacedDate(f []string) int {
	k := len(f)
	if k < 7 || !strings.HasSuffix(f[k-1], ".") {
		return 0
	}
	in := -1
	for i := k - 2; i >= max(0, k-placedDateTownWords-placedDateRegionWords-1); i-- {
		if lex.LowerASCII(f[i]) == "in" {
			in = i
			break
		}
	}
	if in < 4 || !placeName(f[in+1:]) {
		return 0
	}
	if n := fullDateBefore(f, in); n > 0 {
		return n + k - in
	}
	for at := in - 1; at >= max(4, in-placedDateVenueWords-1); at-- {
		if lex.LowerASCII(f[at]) == "at" {
			if n := fullDateBefore(f, at); n > 0 {
				return n + k - at // "... on May 7, 2012 at the harbour hall in Tarnwick."
			}
			return 0
		}
	}
	return 0
}

// placedDateVenueWords is the most words of a venue between a placed
// date and its town: "on <date> at <venue> in <town>."
const placedDateVenueWords = 5

// fullDateBefore returns how many fields of f before field end close on
// a date with a month and a day ("on May 7, 2012" or "on May 7, 2012,"),
// 0 when they do not.
func fullDateBefore(f []string, end int) int {
	if end < 4 {
		return 0
	}
	date := make([]string, end)
	copy(date, f[:end])
	date[end-1] = strings.TrimSuffix(date[end-1], ",")
	n := closingDate(date)
	if n < 4 || !isMonth(strings.TrimSuffix(lex.LowerASCII(date[end-3]), ".")) {
		return 0
	}
	return n
}

// placeName reports whether fields f name a place as closingPlacedDate
// reads one: a town, then after a comma a region.
func placeName(f []string) bool {
	town, region, comma := 0, 0, false
	for i, x := range f {
		w := strings.TrimRight(x, ",.")
		if i == len(f)-1 && !strings.HasSuffix(x, ".") {
			return false
		}
		lw := lex.LowerASCII(w)
		if w == "" || lw != "of" && lex.IsStopword(lw) || strings.IndexFunc(w, func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '.' || r == '-' || r == '\'')
		}) >= 0 {
			return false
		}
		if comma {
			region++
		} else {
			town++
		}
		if strings.HasSuffix(x, ",") {
			if comma {
				return false
			}
			comma = true
		}
	}
	return town >= 1 && town <= placedDateTownWords && region <= placedDateRegionWords && (!comma || region >= 1)
}

// placedPasts are irregular pasts that tell news ("The ferry sank off the
// north quay on <date> in <town>."), besides those datedCaption refuses.
var placedPasts = lex.Set("sank", "fell", "went", "began", "struck", "shot", "won", "lost", "made", "took", "gave",
	"saw", "came", "spoke", "met", "left", "held", "ran", "flew", "broke", "drove", "threw", "wrote", "became",
	"stood", "sat", "knew", "got", "kept", "brought", "bought", "caught", "taught", "thought", "built", "sent", "spent",
	"felt", "meant", "rode", "chose", "froze", "woke", "wore", "tore", "swore", "forgot", "hid", "fed", "fled", "bit",
	"hung", "sang", "rang", "swam", "drank", "dug", "stuck", "swung", "shone", "paid", "laid", "heard", "sought",
	"born", "begun", "gone", "done", "seen", "been")

// placedNews reports whether the words w before a placed date hold one
// of placedPasts but "seen" right after the subject's first words, as a
// caption writes it ("Police officers seen outside the pier ...").
func placedNews(w []string) bool {
	for i, x := range w {
		if placedPasts[x] && !(x == "seen" && i > 0 && i <= datedCaptionMaxSubject) {
			return true
		}
	}
	return false
}
