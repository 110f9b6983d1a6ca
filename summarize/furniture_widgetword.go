package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A page widget's words left opening a chosen sentence once the headline
// or dateline before them is cut: a comment counter ("Comments (0) <story>"),
// an embed's loading notice ("Loading view on Instagram <story>"), a tweet
// button with its hashtag or item stamp ("Tweet #ferrystrike <story>",
// "Tweet (9:10 a.m. EDT) -- <story>"), a picture's label and credit ("Photo
// <outlet> has ...", "Photo/video: AP <story>", "Photos according to
// ..."), a document link ("Read the lawsuit <story>", "Read the court docs
// "<quote>""), a "More" link before a person's name ("More Ana Varga, the
// ...", "More related to this story <story>") or a share button's name
// before one ("Facebook Ana Varga is seen ..."), a clip's label before a
// title ("Video Gov. Ana Varga is ..."), a caption label before the
// caption and the story fused to it ("Caption <name> at the gala
// <word><name> said ..."), and a wire credit before the lede ("AP, file
// <story>", "AP more than 20 ..."). The words after them are the story's own
// sentence; cutWidgetWords cuts the widget after selection and truecasing
// (the capitals tell a name from the widget's words), so no other sentence
// moves. Real sentences opening on the same words stay: "Comments posted to
// ...", "Photos posted by ...", "Read the full story ...", "More than 900
// ...", "More Americans ...", "Facebook CEO ...", "Video shows ...", "AP
// reported ...".
//
// Measured against 6cfaca0 (default summaries, every change read):
// validation 5 changed: 5 better / 0 worse / 0 the same ("AP <given>
// <surname> of ...", "More <given> <surname>, currently ...", "Video Gov.
// <name> is ...", "Facebook <name> once appeared ..."); train 1-38,000 24
// changed: 22 / 0 / 2 (the same: "Comments (0) posted by <name> <story>"
// keeps the blog's stamp, "Facebook <name> investigators say ..." the
// caption's name). A picture's "Expand" button and a list's "Back to full
// list" link, added against 2e04780: validation none; train 1-38,000 9
// changed: 8 better / 0 worse / 1 same (a caption's run of names kept
// after the button).

// widgetWordMinRest is the fewest words of the story after the widget.
const widgetWordMinRest = 6

// widgetDocuments are what a "Read the <document>" link names.
var widgetDocuments = []string{"court docs", "court documents", "court filing", "lawsuit", "complaint",
	"indictment", "full statement", "full letter", "full ruling", "full complaint", "full lawsuit", "documents"}

// widgetPhotoFollowers open the story after a picture's "Photo" label.
var widgetPhotoFollowers = lex.Set("according", "the", "a", "an")

// cutWidgetWord returns s from the story after a page widget's words that
// open it (see the file comment), its first letter in upper case, and
// true, when at least widgetWordMinRest words are left and they open on a
// letter or a quotation mark; s and false otherwise. names holds the
// capitalised words the rest of the summary uses (widgetNames), which show
// a lower-case word after "AP" to be a name.
func cutWidgetWord(s string, names map[string]bool) (string, bool) {
	if len(s) < 12 {
		return s, false
	}
	var rest string
	switch s[0] {
	case 'A':
		rest = widgetAPRest(s, names)
	case 'B':
		rest, _ = strings.CutPrefix(s, "Back to full list ")
	case 'E':
		rest = widgetExpandRest(s)
	case 'C':
		if rest = widgetCommentsRest(s); rest == "" {
			rest = widgetCaptionRest(s)
		}
	case 'L':
		rest, _ = strings.CutPrefix(s, "Loading view on Instagram ")
	case 'M', 'F', 'I':
		rest = widgetMoreRest(s)
	case 'P':
		rest = widgetPhotoRest(s)
	case 'R':
		rest = widgetReadRest(s)
	case 'T':
		if rest = widgetTweetRest(s); rest == "" {
			rest = widgetMoreRest(s)
		}
	case 'V':
		rest = widgetVideoRest(s)
	}
	rest = strings.TrimSpace(rest)
	if rest == "" || rest == s || countWords(rest) < widgetWordMinRest {
		return s, false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsLetter(r) && !strings.ContainsRune(`"“'`, r) {
		return s, false
	}
	return capitalizeFirst(rest), true
}

// widgetAPRest returns s after a wire credit opening it: "AP, file ", "AP
// " before "more than" or an article, or "AP " before two lower-case words
// the second of which the summary writes elsewhere as a name ("AP jon
// roe of ..." when another sentence says "Roe said"; the two are raised).
// "AP" before a verb ("AP reported", "AP witnessed") is the agency as a
// subject. It returns "" for none.
func widgetAPRest(s string, names map[string]bool) string {
	rest, ok := strings.CutPrefix(s, "AP ")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "AP, file "); ok {
			return rest
		}
		return ""
	}
	f := lex.FirstFields(rest, 3)
	if len(f) < 3 {
		return ""
	}
	switch {
	case f[0] == "more" && f[1] == "than", f[0] == "the" || f[0] == "a" || f[0] == "an":
		return rest
	case !isASCIILetter(f[0][0]) || !isASCIILetter(f[1][0]) || isUpperASCII(f[0][0]) || isUpperASCII(f[1][0]):
		return ""
	case !lex.IsStopword(f[1]) && names[lex.UpperFirst(strings.TrimRight(f[1], ",'’"))] && !names[lex.UpperFirst(f[0])]:
		return lex.UpperFirst(f[0]) + " " + lex.UpperFirst(afterFields(rest, 1))
	}
	return ""
}

// widgetCommentsRest returns s after a comment counter opening it
// ("Comments (0) ", "Comments ( 12 ) "), or "".
func widgetCommentsRest(s string) string {
	rest, ok := strings.CutPrefix(s, "Comments (")
	if !ok {
		return ""
	}
	n, after, ok := strings.Cut(rest, ")")
	if !ok || !digitsOnly(strings.TrimSpace(n)) {
		return ""
	}
	return after
}

// widgetCaptionMaxWords bounds the caption before the story fused to it.
const widgetCaptionMaxWords = 30

// widgetCaptionRest returns the story after a caption's label and the
// caption when the story's first word is fused to the caption's last and
// its first two words are the caption's ("Caption Ana Varga at the gala
// in 2019anna Varga said ..." reads "anna Varga said ..."), or "".
func widgetCaptionRest(s string) string {
	rest, ok := strings.CutPrefix(s, "Caption ")
	if !ok {
		return ""
	}
	f := lex.SpaceFieldsShared(rest)
	if len(f) < 4 {
		return ""
	}
	first, second := lex.Lower(f[0]), lex.Lower(f[1])
	at := len(f[0]) + 1
	for i := 1; i+1 < len(f) && i < widgetCaptionMaxWords; i++ {
		at = strings.Index(rest[at:], f[i]) + at // f[i] is a field of rest from at on
		w := lex.Lower(f[i])
		if len(w) >= len(first)+3 && strings.HasSuffix(w, first) && lex.Lower(f[i+1]) == second {
			return rest[at+len(f[i])-len(first):]
		}
		at += len(f[i])
	}
	return ""
}

// widgetNameLinks are a "More" link's word and the share buttons whose
// names a page leaves before a picture's caption or the story.
var widgetNameLinks = []string{"More ", "Facebook ", "Twitter ", "Instagram "}

// widgetMoreRest returns s after a "More" link or a share button's name
// opening it (widgetNameLinks) before a given name and a capitalised word
// ("More Ana Varga, the ...", "Facebook Ana Varga is seen ..."; neither
// qualifies a person's name), or after "More related to this story "; or
// "".
func widgetMoreRest(s string) string {
	var rest string
	for _, l := range widgetNameLinks {
		if after, ok := strings.CutPrefix(s, l); ok {
			rest = after
			break
		}
	}
	if rest == "" {
		return ""
	}
	if after, ok := strings.CutPrefix(rest, "related to this story "); ok && strings.HasPrefix(s, "More ") {
		return after
	}
	f := lex.FirstFields(rest, 2)
	if len(f) < 2 || !isUpperASCII(f[0][0]) || !lex.IsGivenName(lex.Lower(f[0])) {
		return ""
	}
	surname := strings.TrimRight(f[1], ",")
	if surname == "" || !isUpperASCII(surname[0]) || !unicode.IsLower(rune(surname[len(surname)-1])) {
		return "" // "More NATO forces ...": no surname
	}
	return rest
}

// widgetVideoTitles are the titles after which "Video" is a clip's label
// run into a sentence naming the titled person ("Video Gov. Ana Varga is
// ...").
var widgetVideoTitles = lex.Set("Gov.", "Sen.", "Rep.", "Dr.", "Mr.", "Mrs.", "Ms.", "President", "Judge")

// widgetExpandRest returns s after a picture's "Expand" button opening
// it ("Expand <caption>", "Expand <story>"), or "" where "Expand" is the
// verb of the sentence ("Expand on ...", "Expand your ...").
func widgetExpandRest(s string) string {
	rest, ok := strings.CutPrefix(s, "Expand ")
	if !ok {
		return ""
	}
	if first, _, _ := strings.Cut(rest, " "); widgetExpandObjects[lex.Lower(first)] {
		return ""
	}
	return rest
}

// widgetExpandObjects after "Expand" make it the sentence's verb.
var widgetExpandObjects = lex.Set("on", "upon", "to", "into", "your", "our", "their", "its", "my", "his", "her", "it", "them", "this", "that")

// widgetVideoRest returns s after a clip's label opening it before a
// title (widgetVideoTitles), "in the video," or "transcript", or "".
func widgetVideoRest(s string) string {
	rest, ok := strings.CutPrefix(s, "Video ")
	if !ok {
		return ""
	}
	if after, ok := strings.CutPrefix(rest, "transcript "); ok {
		return after
	}
	first, _, _ := strings.Cut(rest, " ")
	if widgetVideoTitles[first] || strings.HasPrefix(rest, "in the video, ") {
		return rest
	}
	return ""
}

// widgetPhotoRest returns s after a picture's label opening it: "Photo/video:
// " (and the agency's "AP" after it), "Photo" or "Photos" before an article
// or "according", and "Photo" before an outlet's acronym and a lower-case
// word ("Photo CNN has ..."); or "".
func widgetPhotoRest(s string) string {
	if rest, ok := strings.CutPrefix(s, "Photo/video: "); ok {
		if after, ok := strings.CutPrefix(rest, "AP "); ok {
			return after
		}
		return rest
	}
	rest, ok := strings.CutPrefix(s, "Photo ")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "Photos "); !ok {
			return ""
		}
	}
	f := lex.FirstFields(rest, 2)
	if len(f) < 2 {
		return ""
	}
	if widgetPhotoFollowers[f[0]] || strings.HasPrefix(s, "Photo ") && acronymWord(f[0]) && f[0] != "ID" && lex.LowerASCII(f[1]) == f[1] {
		return rest
	}
	return ""
}

// acronymWord reports whether w is two to five ASCII capitals.
func acronymWord(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// widgetReadRest returns s after a document link opening it ("Read the
// lawsuit ", "Read the court docs "; widgetDocuments) when a capitalised
// word or a quotation mark follows, or "".
func widgetReadRest(s string) string {
	rest, ok := strings.CutPrefix(s, "Read the ")
	if !ok {
		return ""
	}
	for _, d := range widgetDocuments {
		after, ok := strings.CutPrefix(rest, d+" ")
		if !ok || after == "" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(after); unicode.IsUpper(r) || strings.ContainsRune(`"“`, r) {
			return after
		}
		return ""
	}
	return ""
}

// widgetTweetRest returns s after a tweet button opening it with a
// hashtag ("Tweet #ferrystrike ") or a live item's stamp in brackets and a
// dash ("Tweet (9:10 a.m. EDT) -- "), or "".
func widgetTweetRest(s string) string {
	rest, ok := strings.CutPrefix(s, "Tweet ")
	if !ok {
		return ""
	}
	switch rest[0] {
	case '#':
		_, after, _ := strings.Cut(rest, " ")
		return after
	case '(':
		stamp, after, ok := strings.Cut(rest, ") ")
		if !ok || !lex.HasDigit(stamp) || !strings.Contains(stamp, ":") {
			return ""
		}
		return strings.TrimLeft(after, "-–— ")
	}
	return ""
}

// widgetNames returns the capitalised words of sum's sentences (trimmed
// of punctuation; a sentence's first word only when no stopword).
func widgetNames(sum *chorus.Summary) map[string]bool {
	names := map[string]bool{}
	for _, sen := range sum.Sentences {
		for i, w := range lex.SpaceFieldsShared(sen.Text) {
			w = strings.Trim(w, `.,;:!?"“”'’()`)
			if w != "" && isUpperASCII(w[0]) && (i > 0 || !lex.IsStopword(lex.Lower(w))) {
				names[w] = true
			}
		}
	}
	return names
}

// cutWidgetWords cuts, in each sentence of a reader's summary, a page
// widget's words that open it (cutWidgetWord).
func cutWidgetWords(sum *chorus.Summary) {
	var names map[string]bool
	for i := range sum.Sentences {
		s := sum.Sentences[i].Text
		if len(s) < 12 || !strings.ContainsRune("ABCEFILMPRTV", rune(s[0])) {
			continue
		}
		if names == nil {
			names = widgetNames(sum)
		}
		if rest, ok := cutWidgetWord(s, names); ok {
			sum.Sentences[i].Text = rest
		}
	}
}
