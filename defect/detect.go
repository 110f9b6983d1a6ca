package defect

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/clean"

	"github.com/chorusnews/chorus/internal/lex"
)

// Context is where a sentence stands in its text: a source document or a
// summary. The zero value means a sentence known only by itself.
type Context struct {
	// Prev and Next are the sentences before and after it in the same
	// text; "" at its edges or when unknown.
	Prev, Next string
	// Position is its 0-based index in the text.
	Position int
}

// Detect returns every class whose rule matches sentence s (a sentence as
// the sentence package splits a clean paragraph), or an empty Set when it
// looks like a whole, self-contained news sentence. The rules read s
// alone, as if it opened a summary; ctx is taken so that callers pass what
// they know and rules may use it without an API change. Use Classify for
// one class, InSummary for a summary's sentences in context.
func Detect(s string, ctx Context) Set {
	s = collapse(s)
	if s == "" {
		return Set(0).With(Fragment)
	}
	lower := lex.Lower(s)
	// One reading of the cleaner's rules serves both the furniture
	// classes and Dateline: furnitureClass reads a dateline or lead
	// furniture as no furniture, as FurnitureBesidesCuts's zero Match.
	m := clean.Furniture(s)
	set := furniture(m, s, lower)
	if !set.Has(Caption) && (PhotoCaption(s) || VideoBlurb(s) || DatedScene(s)) {
		set = set.With(Caption) // not in Furniture: see PhotoCaption
	}
	if m.Rule == clean.Dateline || m.Rule == clean.LeadFurniture { // Dateline(s)
		set = set.With(Credit)
	}
	if listLabel(s) || isFragment(s) {
		set = set.With(Fragment)
	}
	if needsSpeaker(s) {
		set = set.With(UnattributedQuote)
	}
	if Dangles(s) {
		set = set.With(DanglingReference)
	}
	return set
}

// Furniture returns the first furniture class of sentence s (Caption,
// Credit, Promo, Legal or Comment), or OK when s is none: the classes of
// Detect that say s is not the story at all, without the costlier reading
// of its quotes and opening.
func Furniture(s string) Class {
	s = collapse(s)
	if s == "" {
		return OK
	}
	c := furniture(clean.FurnitureBesidesCuts(s), s, lex.Lower(s)).First()
	if !c.Furniture() {
		return OK // a heading found by the cleaner's rules
	}
	return c
}

// collapse returns strings.Join(lex.SpaceFields(s), " ") (lex.Collapse):
// s itself when it is collapsed already.
func collapse(s string) string { return lex.Collapse(s) }

// furniture returns the furniture classes of s (white space collapsed)
// and its lower-case form; m is the cleaner's rule for s: clean.Furniture
// or clean.FurnitureBesidesCuts of s, which furnitureClass reads alike.
func furniture(m clean.Match, s, lower string) Set {
	var set Set
	if c := furnitureClass(m, s); c != OK && !strings.HasPrefix(lower, "posted by") {
		set = set.With(c)
	}
	set |= cueIndex.match(lower)
	set |= widgetClasses(s, lower)
	if isParenthesized(s) || creditPrefix(s) || hasPhoneNumber(s) {
		set = set.With(Credit)
	}
	if dayBeforeMonth(lower) && countWords(s) >= 12 {
		if loc := captionDate.FindStringIndex(lower); loc != nil && loc[0] > 0 {
			set = set.With(Caption)
		}
	}
	if !set.Has(Credit) && !set.Has(Caption) && (datedCaption(lower) && countWords(s) >= 8 || presentCaption(s)) {
		set = set.With(Caption)
	}
	if clockOnly(lower) {
		set = set.With(Credit) // "___ 12:21 a.m.": a live blog's timestamp
	}
	if strings.Contains(lower, "posted at ") && blogStamp.MatchString(lower) || strings.IndexByte(lower, '/') >= 0 && agencySlash.MatchString(lower) && !pollPartner(lower) {
		set = set.With(Credit)
	}
	if isBracketedTeaser(s) {
		set = set.With(Promo)
	}
	if isGalleryCount(s) || hasOutletCredit(lower) {
		set = set.With(Caption)
	}
	if isCommentLike(s, lower) {
		set = set.With(Comment)
	}
	return set
}

// Dateline reports whether sentence s opens with a dateline or agency tag
// ("LONDON (Reuters) - ...", and the lower-cased Multi-News form "Little
// rock, ark. - a high school ..."), or with a publication stamp, byline or
// highlights block run into it (the cleaner's LeadFurniture rule). Such a
// sentence is the story's own, with a credit to cut from its front: Detect
// counts it as Credit, but Furniture does not, so that a reader of sources
// keeps it.
func Dateline(s string) bool {
	r := clean.Furniture(s).Rule
	return r == clean.Dateline || r == clean.LeadFurniture
}

// hasPhoneNumber reports whether s holds a North American telephone
// number.
func hasPhoneNumber(s string) bool {
	return hasLineNumber(s) && phoneNumber.MatchString(s)
}

// hasLineNumber reports whether s holds three digits, a hyphen and four
// digits ("555-0142"): what phoneNumber needs at its end. It spares most
// sentences the regular expression.
func hasLineNumber(s string) bool {
	digits := func(t string) bool {
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return false
			}
		}
		return true
	}
	for from := 0; ; {
		i := strings.IndexByte(s[from:], '-')
		if i < 0 {
			return false
		}
		i += from
		if i >= 3 && i+5 <= len(s) && digits(s[i-3:i]) && digits(s[i+1:i+5]) {
			return true
		}
		from = i + 1
	}
}

// Classify returns the first class of Detect(s, ctx) in the order of
// Classes, or OK.
func Classify(s string, ctx Context) Class { return Detect(s, ctx).First() }

// furnitureClass maps the rule of the cleaner that matched sentence s onto
// a class.
func furnitureClass(m clean.Match, s string) Class {
	switch m.Rule {
	case clean.NotFurniture:
		return OK
	case clean.Caption, clean.InlineCredit:
		return Caption
	case clean.Dateline, clean.LeadFurniture:
		return OK // a story's own sentence behind a dateline: see Dateline
	case clean.Timestamp, clean.Byline, clean.WireCode, clean.Bullet:
		return Credit
	case clean.Prompt:
		return Promo
	case clean.Copyright:
		return Legal
	case clean.NoLetters:
		return Fragment
	case clean.Heading:
		// The cleaner's heading rule reads paragraphs; a sentence whose
		// end is hidden behind a spaced quote ('... birthdays. "') is whole.
		t := strings.TrimRight(s, ` "'”’`)
		if strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") {
			return OK
		}
		return Fragment
	}
	// The phrase rules: the phrase says which kind of furniture it is.
	p := m.Phrase
	for _, k := range phraseKinds {
		for _, w := range k.words {
			if strings.Contains(p, w) {
				return k.class
			}
		}
	}
	return Promo
}

// phraseKinds sort the cleaner's [prefix] and [contains] phrases into
// classes by a word they hold; the rest are links and prompts (Promo).
var phraseKinds = []struct {
	class Class
	words []string
}{
	{Legal, []string{"rights reserved"}},
	{Credit, []string{"by", "writer", "author", "correct", "clarification", "(this", "photographer)", "staff photographer", "contributed"}},
	{Caption, []string{"image", "photo", "picture", "caption", "video:", "media playback", "getty", "/ap", "/ ap", "reuters", "afp", "shutterstock", "file"}},
}

// cue is a lower-case phrase that marks a class wherever it appears, or
// only at the start with prefix set.
type cue struct {
	class  Class
	phrase string
	prefix bool
}

// match reports whether the cue is in lower, or opens lead (lower without
// its opening punctuation) for a prefix cue.
func (c cue) match(lower, lead string) bool {
	if c.prefix {
		return strings.HasPrefix(lead, c.phrase)
	}
	// A phrase that starts with a letter must start a word there: "read
	// more" is not in "spread more".
	for from := 0; ; {
		i := strings.Index(lower[from:], c.phrase)
		if i < 0 {
			return false
		}
		i += from
		if i == 0 || !isLetter(lower[i]) || !isLetter(lower[i-1]) {
			return true
		}
		from = i + 1
	}
}

// cueTable finds the cues of a sentence in one pass: the cues that may
// occur anywhere are indexed by their first two bytes, so that most
// positions of a sentence cost one array lookup.
type cueTable struct {
	pairs [1 << 16][]int // first two bytes → indices of cues anywhere
	// prefix holds the cues that must open the sentence by their first
	// byte: only those of the opening's first byte are tried. short are
	// the cues of fewer than two bytes (tried as cue.match does).
	prefix [256][]int
	short  []int
	// some has bit k set when pairs[k] holds a cue: 8 KB read for every
	// byte pair of a sentence where pairs is 1.5 MB.
	some [1 << 16 / 64]uint64
}

var cueIndex = func() *cueTable {
	t := new(cueTable)
	for i, c := range cues {
		if c.prefix && c.phrase != "" {
			t.prefix[c.phrase[0]] = append(t.prefix[c.phrase[0]], i)
			continue
		}
		if c.prefix || len(c.phrase) < 2 {
			t.short = append(t.short, i)
			continue
		}
		k := int(c.phrase[0])<<8 | int(c.phrase[1])
		t.pairs[k] = append(t.pairs[k], i)
		t.some[k/64] |= 1 << (k % 64)
	}
	return t
}()

// match returns the classes of the cues found in lower.
func (t *cueTable) match(lower string) Set {
	var set Set
	lead := strings.TrimLeft(lower, `"'([•*·-–— `)
	for _, i := range t.short {
		if cues[i].match(lower, lead) {
			set = set.With(cues[i].class)
		}
	}
	if lead != "" {
		for _, i := range t.prefix[lead[0]] {
			if strings.HasPrefix(lead, cues[i].phrase) { // cues[i].match
				set = set.With(cues[i].class)
			}
		}
	}
	for i := 0; i+1 < len(lower); i++ {
		if k := int(lower[i])<<8 | int(lower[i+1]); t.some[k/64]&(1<<(k%64)) != 0 {
			for _, j := range t.pairs[k] {
				c := &cues[j]
				if set.Has(c.class) || !strings.HasPrefix(lower[i:], c.phrase) {
					continue
				}
				// A phrase that starts with a letter must start a word.
				if i == 0 || !isLetter(c.phrase[0]) || !isLetter(lower[i-1]) {
					set = set.With(c.class)
				}
			}
		}
		// No cue starts at the letters after a letter: one that starts
		// with a letter must start a word.
		if isLetter(lower[i]) {
			for i+1 < len(lower) && isLetter(lower[i+1]) {
				i++
			}
		}
	}
	return set
}

// isLetter reports whether the byte b is an ASCII letter.
func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// cues are the phrases the cleaner does not hold (it drops whole
// paragraphs; these mark sentences).
var cues = []cue{
	{Caption, "(l-r)", false}, {Caption, "( l-r )", false}, {Caption, "(left)", false}, {Caption, "( left )", false},
	{Caption, "(right)", false}, {Caption, "( right )", false}, {Caption, "(center)", false},
	{Caption, "in this undated photo", false}, {Caption, "in this handout photo", false},
	{Caption, "in this file photo", false}, {Caption, "in this photo", false}, {Caption, "in this image", false},
	{Caption, "poses for a photo", false}, {Caption, "pose for a photo", false}, {Caption, "photo gallery", false},
	{Caption, "slideshow", false}, {Caption, "click to enlarge", false}, {Caption, "hide caption", false},
	{Caption, "toggle caption", false}, {Caption, "image caption", false}, {Caption, "pictured", true},
	{Caption, "pictured:", false}, {Caption, "( l )", false}, {Caption, "( r )", false}, {Caption, "( c )", false},
	{Caption, "(l)", false}, {Caption, "(r)", false}, {Caption, ", left, ", false}, {Caption, ", right, ", false},
	{Caption, ", center, ", false}, {Caption, "in this picture ", false}, {Caption, "in this picture,", false}, {Caption, "in this video", false},
	{Caption, "image provided by", false}, {Caption, "photo provided by", false}, {Caption, "ap photo", false},
	{Caption, "usa today", true}, {Caption, "buzz60", true}, {Caption, "photos:", false}, {Caption, "of photos", false},

	{Credit, "contributed to this report", false}, {Credit, "contributed reporting", false},
	{Credit, "contributed to this story", false}, {Credit, "(for use by", false}, {Credit, "news service clients", false},
	{Credit, "(end optional", false}, {Credit, "(optional", false}, {Credit, "(story can end", false},
	{Credit, "writethru", false}, {Credit, "running time", true}, {Credit, "directed by", true},
	{Credit, "written by", true}, {Credit, "produced by", true}, {Credit, "starring", true},
	{Credit, "rated pg", true}, {Credit, "mpaa rating", false}, {Credit, "can be reached at", false},
	{Credit, "an earlier version of this", false}, {Credit, "editor's note", true},
	{Credit, "this story was updated", false}, {Credit, "this article was updated", false},
	{Credit, "this story has been updated", false}, {Credit, "this article has been updated", false},
	{Credit, "/ updated", true}, {Credit, "updated", true}, {Credit, "(at)", false}, {Credit, "news editor", false},
	{Credit, "non-subscribers", false}, {Credit, "(xinhua)", false}, {Credit, "( xinhua )", false},

	{Promo, "click here", false}, {Promo, "for more information, visit", false}, {Promo, "visit www", false},
	{Promo, "http://", false}, {Promo, "https://", false}, {Promo, "www.", false},
	{Promo, "sign up", false}, {Promo, "subscribe", false},
	{Promo, "report a typo", false}, {Promo, "support our journalism", false}, {Promo, "donate", true},
	{Promo, "send us", true}, {Promo, "follow us", false}, {Promo, "like us on", false},
	{Promo, "download the", true}, {Promo, "read more", false}, {Promo, "read the full", false},
	{Promo, "watch the video", false}, {Promo, "watch the full", false}, {Promo, "watch:", true},
	{Promo, "related:", true}, {Promo, "more:", true}, {Promo, "see also", true},
	{Promo, "advertisement", true}, {Promo, "sponsored", true}, {Promo, "don't miss", true},
	{Promo, "check out", true}, {Promo, "share this", false}, {Promo, "join the conversation", false},
	{Promo, "skip to", true}, {Promo, "next story", false}, {Promo, "previous story", false},
	{Promo, "wayback machine", false}, {Promo, "internet archive", false}, {Promo, "crawl data", false}, {Promo, "web crawl", false}, {Promo, "crawls", false},
	{Promo, "breaking news email", false}, {Promo, "stories that matter", false}, {Promo, "thank you for signing", false},
	{Promo, "thanks for signing", false}, {Promo, "tweet with a location", false}, {Promo, "location history", false},
	{Promo, "your tweets", false}, {Promo, "video unavailable", false}, {Promo, "video loading", false},
	{Promo, "click to play", false}, {Promo, "español", true}, {Promo, "full transcript", true},
	{Promo, "we need your help", false}, {Promo, "continue reading", false}, {Promo, "create an account", false},
	{Promo, "have an account", false}, {Promo, "purchase a subscription", false}, {Promo, "loading...", true},
	{Promo, "your browser does not support", false}, {Promo, "share email print", false}, {Promo, "share this story", false},
	{Promo, "must watch", true}, {Promo, "skip ad", false}, {Promo, "not available right now", false},
	{Promo, "in your inbox", false}, {Promo, "article continues below", false}, {Promo, "digital subscription", false},
	{Promo, "bookmark:", true}, {Promo, "just watched", false}, {Promo, "story:", true}, {Promo, "sign in", true},
	{Promo, "msg/day", false}, {Promo, "data rates may apply", false}, {Promo, "text stop to", false},

	{Legal, "all rights reserved", false}, {Legal, "may not be published", false},
	{Legal, "may not be reproduced", false}, {Legal, "may not be redistributed", false},
	{Legal, "terms of use", false}, {Legal, "terms of service", false}, {Legal, "privacy policy", false},
	{Legal, "cookie policy", false}, {Legal, "use of this site", false}, {Legal, "no purchase necessary", false},
	{Legal, "void where prohibited", false}, {Legal, "official rules", false},
	{Legal, "entrants", false}, {Legal, "odds of winning", false}, {Legal, "legal residents", false},
	{Legal, "©", false}, {Legal, "the views expressed", false}, {Legal, "disclaimer", true},
	{Legal, "earn a commission", false}, {Legal, "affiliate link", false}, {Legal, "copyright", true},

	{Comment, "posted by", true}, {Comment, "report abuse", false}, {Comment, "flag as inappropriate", false},
	{Comment, "log in to", false}, {Comment, "sign in to comment", false}, {Comment, "leave a comment", false},
	{Comment, "post a comment", false}, {Comment, "add a comment", false}, {Comment, "thanks for sharing", false},
	{Comment, "great article", false}, {Comment, "great post", false}, {Comment, "( @", false}, {Comment, "(@", false},
	{Comment, "pic.twitter.com", false},

	// Widgets, embeds and error pages left in Multi-News sources (issue 10's
	// reading of validation summaries); widget.go holds the rules that are
	// not phrases.
	{Caption, "swns", true}, {Caption, "south west news service", false}, {Caption, "/file photo", false},
	{Caption, "/ file photo", false}, {Caption, "screenshot by", false}, {Caption, "screenshot of", true},
	{Caption, "screenshot:", true}, {Caption, "/screenshot", false}, {Caption, "screen shot by", false},
	{Promo, "story highlights", false}, {Promo, "show hide", false}, {Promo, "embedded below", false},
	{Promo, "here's a tweet", true}, {Promo, "here's the tweet", true}, {Promo, "here's a video", true},
	{Promo, "here's the video", true}, {Promo, "add this video", false}, {Promo, "add this tweet", false},
	{Promo, "by copying the code below", false},
	{Promo, "get email notifications", false}, {Promo, "your notification has been saved", false},
	{Promo, "problem saving your notification", false}, {Promo, "email notifications are only sent", false},
	// An embedded tweet's location notice, which the page prints under it.
	{Promo, "tweet with a location", true}, {Promo, "add location information to your tweets", false},
	{Promo, "page not found", false}, {Promo, "page you requested", false},
	{Promo, "please check the url", false}, {Promo, "try searching below", false}, {Promo, "please click", false},
	{Promo, "click on the link below", false}, {Promo, "please check your email", false},

	// Live-blog, link and widget lines judges found in summaries (blind
	// reading blind9).
	{Promo, "follow along", true}, {Promo, "most-read stories", false}, {Promo, "most read stories", false},
	{Promo, "this hour >>", false}, {Promo, "previously:", true}, {Promo, "( source:", false},
	{Promo, "(source:", false}, {Promo, "for free download", false}, {Promo, "posted to your timeline", false},
	{Promo, "videos you watch", true}, {Promo, "turn on javascript", false}, {Promo, "enable javascript", false},
	{Promo, "javascript is disabled", false}, {Caption, "from left to right", true}, {Caption, "from left,", true},
	{Caption, "left to right:", false}, {Caption, "istockphoto", false}, {Caption, "getty ", true},
	{Promo, "this webpage", true}, {Promo, "this web page", true},

	// Widget and page labels left in Multi-News validation sources and
	// default summaries (session 6's reading); widget.go holds the play
	// button, a video's upload date and an encyclopedia's "for the film,
	// see" note.
	{Caption, "enlarge image", false}, {Caption, "enlarge this image", false}, {Caption, "photographer:", true},
	{Caption, "gallery:", true}, {Caption, "more photo", true}, {Caption, "view larger version", false},
	{Caption, "picture credit:", true},
	{Caption, "original video:", true}, {Caption, "related video:", true}, {Caption, "related gallery:", true},
	{Caption, "less gallery:", true}, {Caption, "source: thinkstock", true}, {Caption, "source: wikimedia", true},
	{Promo, "google plus embed", false}, {Promo, "x embed x", false}, {Promo, "embed this video", false},
	{Promo, "skip in skip", false}, {Promo, "social sharing:", true}, {Promo, "now playing:", true},
	{Promo, "[ edit ]", false}, {Promo, "[edit]", false}, {Promo, "newswire tips", false},
	{Promo, "no more 404", false}, {Promo, "from wikipedia, the free encyclopedia", false},
	{Promo, "more news videos", false}, {Caption, "video provided by", false}, {Caption, "newslook", false},
	// A photo's marker or store link run into the caption or text after it
	// ("Photo in Ohio, ...", "Buy photo the mayor ...", "View images a
	// worker ..."), and a read-aloud player ("Listen to article 4: 11").
	{Caption, "photo ", true}, {Caption, "image ", true}, {Caption, "buy photo", true}, {Caption, "view images", true},
	{Caption, "images credit", true}, {Caption, "images via", true}, {Caption, "photograph by", true},
	{Caption, "photograph courtesy", true}, {Promo, "listen to article", false},
	// A photo credit run in between a headline and the text ("... credit:
	// jane roe/ap the mayor ...", "| getty trump names ...", "roe / getty
	// images ..."), or opening it ("Courtesy of the family ...").
	{Caption, "credit: ", false}, {Caption, "| getty", false}, {Caption, "/ getty", false}, {Caption, "/getty", false},
	{Caption, "courtesy ", true}, {Caption, "video courtesy", true}, {Caption, "illustration courtesy", true},
}

var (
	// phoneNumber matches a North American telephone number, which wire
	// notes and contact lines carry.
	phoneNumber = regexp.MustCompile(`\(?\b\d{3}\)?[ -]\d{3}-\d{4}\b`)
	// captionDate matches the weekday-and-full-date of an agency photo
	// caption: "sunday, aug. 21, 2016", "tuesday april 4, 2017".
	captionDate = regexp.MustCompile(`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),? (?:jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? (?:19|20)\d\d\b`)
)

var (
	// blogStamp matches a blog post's stamp run into a sentence: "posted at
	// 4: 17 pm on august 24, 2012 by" (6 in the Multi-News validation
	// sources, all stamps; "the video, posted at 5: 35 p.m., shows" is not).
	blogStamp = regexp.MustCompile(`posted at \d{1,2}: ?\d\d ?(?:am|pm|a\.m\.|p\.m\.) on [a-z]+\.? \d{1,2},? (?:19|20)\d\d by `)
	// agencySlash matches a photo credit opening a sentence, an agency and
	// a photographer or source after a slash: "reuters/jane doe san
	// francisco the latest ...", "ap/file photo" (95 in the Multi-News
	// validation sources, all photo credits run into the next text).
	agencySlash = regexp.MustCompile(`^(?:reuters|ap|afp|getty images|getty|epa|associated press|ap photo|afp photo|afp/getty images) ?/ ?[a-z]`)
)

// pollPartner reports whether lower opens with a poll's name rather than a
// photo credit: "reuters/ipsos poll ...".
func pollPartner(lower string) bool {
	_, after, _ := strings.Cut(lower, "/")
	after = strings.TrimSpace(after)
	for _, p := range []string{"ipsos", "zogby", "gallup", "norc", "gfk", "yougov", "harris", "marist"} {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	return false
}

var (
	// endDate matches a full date with its year closing a sentence, the way
	// agency photo captions end ("..., in madrid, april 23, 2013.", "in
	// paris april 22, 2015."); its group is the word before the month.
	endDate = regexp.MustCompile(`(\S+) (?:jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? (?:19|20)\d\d\.?$`)
	// startDate matches a full date run into the text after it with no
	// punctuation, a caption's or stamp's date: "oct. 7, 2013 clouds fill
	// ..." ("Oct. 7, 2013, was ..." and "On Oct. 7 ..." do not match).
	startDate = regexp.MustCompile(`^(?:jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? (?:19|20)\d\d [a-z]`)
)

// clockOnly reports whether lower (a lower-cased sentence) holds nothing
// but a clock time: no word of letters besides "a.m." or "p.m.".
func clockOnly(lower string) bool {
	if !strings.Contains(lower, ".m.") {
		return false
	}
	for _, w := range lex.SpaceFieldsShared(lower) {
		w = strings.Trim(w, "_.,:;-–—()")
		if w == "a.m" || w == "p.m" || w == "am" || w == "pm" {
			continue
		}
		for _, r := range w {
			if unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

// datesEvent holds the words before a closing date that make it a news
// sentence's date of an event ("signed on May 2, 2019.", "since March 4,
// 2019.") rather than a caption's.
var datesEvent = map[string]bool{
	"on": true, "of": true, "since": true, "by": true, "until": true, "till": true, "before": true,
	"after": true, "from": true, "to": true, "and": true, "or": true, "through": true, "between": true,
	"than": true, "as": true, "at": true, "in": true, "is": true, "was": true, "be": true, "were": true,
	"are": true, "been": true, "date": true, "dated": true, "effective": true, "died": true, "born": true,
	"ended": true, "began": true, "started": true, "starting": true, "ending": true, "beginning": true,
}

// datedCaption reports whether lower (a lower-cased sentence) opens with a
// full date run into its text or closes with ", Month D, YYYY.": the dates
// of photo captions and page stamps. A cheap look at its last and first
// characters spares most sentences the regular expressions.
func datedCaption(lower string) bool {
	t := strings.TrimSuffix(strings.TrimRight(lower, " "), ".")
	if n := len(t); n >= 4 && isDigit(t[n-1]) && isDigit(t[n-4]) {
		// a match holds three white spaces at most: read the tail after the fourth from the end
		if m := endDate.FindStringSubmatch(lower[tailFields(lower, 4):]); m != nil && !datesEvent[m[1]] {
			return true
		}
	}
	if len(lower) < 3 {
		return false
	}
	switch lower[:3] { // startDate's months
	case "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec":
		return startDate.MatchString(lower)
	}
	return false
}

// dayBeforeMonth reports whether lower holds "day", then maybe a comma,
// a space and the first three letters of a month: what captionDate needs
// around its weekday. It spares most sentences the regular expression
// (a fifth of Furniture's time).
func dayBeforeMonth(lower string) bool {
	for from := 0; ; {
		i := strings.Index(lower[from:], "day")
		if i < 0 {
			return false
		}
		j := from + i + len("day")
		from = j
		if j < len(lower) && lower[j] == ',' {
			j++
		}
		if j+4 > len(lower) || lower[j] != ' ' {
			continue
		}
		switch lower[j+1 : j+4] {
		case "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec":
			return true
		}
	}
}

// creditPrefix reports whether s opens with a short source credit in
// parentheses before its text: "( the washington post ) donald trump ...".
func creditPrefix(s string) bool {
	if !strings.HasPrefix(s, "(") {
		return false
	}
	end := strings.IndexByte(s, ')')
	return end > 0 && end < len(s)-2 && countWords(s[:end]) <= 5 && lex.IndexAny(s[:end], "0123456789") < 0
}

// ListLabel reports whether sentence s opens as a list item or under a
// one-word label (listLabel): a heading, a credit, a question-and-answer
// field ("Age: 42.") or a transcript's speaker, never a sentence a
// summary should open or carry.
func ListLabel(s string) bool { return listLabel(collapse(s)) }

// listLabel reports whether s opens as a list item or under a label:
// "--Built-in seats ...", "_ Coastal residents ...", "JAPAN: In Tokyo ...",
// "Walker: you know ...".
func listLabel(s string) bool {
	if strings.HasPrefix(s, "--") || strings.HasPrefix(s, "_ ") || strings.HasPrefix(s, "- ") {
		return true
	}
	first, _, ok := strings.Cut(s, " ")
	if !ok {
		return false
	}
	if !strings.HasSuffix(first, ":") {
		return phraseLabel(s)
	}
	word := strings.TrimSuffix(first, ":")
	if len(word) >= 3 && strings.ToUpper(word) == word && lex.Lower(word) != word {
		return true // "JAPAN: In Tokyo ..."
	}
	// A speaker's label in a transcript ("Walker: you know, ..."), a
	// headline's ("Mayor: ' we will rebuild ' the mayor of ...", "Un: aid
	// runs short ...") or a field's ("Id: 4471 ...", "Q: will it ...").
	rest := strings.TrimLeft(s[len(first):], " ")
	r, _ := utf8.DecodeRuneInString(rest)
	w, _ := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(w) && labelNext(r) && nameLike(word) && allLetters(word)
}

// phraseLabel reports whether s opens under a label of two or three words
// before a colon, the rest not capitalised: a transcript's speaker ("Dana
// ruiz: well, the vote ..."), a headline's topic ("Harbour fire: crews
// battle ...", "Westvale mayor: ' we will rebuild ' ...") or a page's
// section ("Full coverage: ...", "Related story: ..."). A label opens with
// a capital and holds no stopword first, no digit, and no verb: "The
// reason: ...", "He said: ...", "Toledo was unlucky: ..." and "At 7: 45
// p.m." are sentences.
func phraseLabel(s string) bool {
	if w, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(w) {
		return false
	}
	end := strings.IndexByte(s[:min(len(s), 48)], ':')
	if end <= 0 || end+1 >= len(s) || s[end+1] != ' ' {
		return false
	}
	label := lex.SpaceFieldsShared(s[:end])
	if len(label) < 2 || len(label) > 3 || lex.IsStopword(lex.Lower(label[0])) {
		return false
	}
	for _, w := range label {
		lw := lex.Lower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
		if !labelWord(w) || verbWords[lw] || lex.IsAttributionVerb(lw) || labelVerbs[lw] || IsPronoun(lw) || IsConnective(lw) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[end+1:], " "))
	return labelNext(r)
}

// labelVerbs are verbs a sentence opening "X Y: ..." carries that the
// other lists miss: "The statement reads: ...", "A source confirmed: ...".
var labelVerbs = lex.Set("reads", "read", "notes", "noted", "adds", "added", "reports", "reported", "wrote",
	"writes", "tweeted", "tweets", "posted", "confirmed", "confirms", "explains", "explained", "reveals",
	"revealed", "shows", "showed", "found", "finds", "says", "asks", "asked", "replied", "answered", "can", "cannot")

// labelWord reports whether w may be a word of a label: letters, with an
// inner apostrophe, hyphen or period ("Lohan's", "Co-op", "Mr.").
func labelWord(w string) bool {
	for i, r := range w {
		switch {
		case unicode.IsLetter(r):
		case i > 0 && strings.ContainsRune("'’-.", r):
		default:
			return false
		}
	}
	return w != ""
}

// labelNext reports whether r, the first character after a one-word
// label's colon, shows the label: a lower-case letter (Multi-News lowers a
// sentence's own first letter only at its start), a quote mark, a digit or
// a bracket.
func labelNext(r rune) bool {
	return unicode.IsLower(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘`([", r)
}

// allLetters reports whether word holds letters only.
func allLetters(word string) bool {
	for _, r := range word {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return word != ""
}

// nameLike reports whether word could be a speaker's name rather than a
// site's: a site credit ("People.com:") is no transcript label.
func nameLike(word string) bool {
	return !strings.Contains(word, ".")
}

// Piece reports whether sentence s is a prepositional phrase split from
// the clause it belongs to: at most 8 words, opening with a preposition,
// ending with a full stop, with no verb the rules can see (no pronoun
// subject, auxiliary or modal, no word ending in "ed", no quote) and no
// comma but inside a date: "From the state capital.", "In just 3 hours
// and 12 minutes.", "On friday, may 9, 2031." A clause after a fronted
// phrase ("On monday, the dam broke.", "In a flash it was over.") is not
// one. So is an "Of" phrase without a comma, of any length (ofPiece).
func Piece(s string) bool { return piece(collapse(s)) }

// piece is Piece of s with its white space collapsed already.
func piece(s string) bool {
	if ofPiece(s) {
		return true
	}
	if !strings.HasSuffix(s, ".") || strings.HasSuffix(s, "..") || lex.ContainsAny(s, "\":;?!()") ||
		strings.Contains(s, "“") || strings.Contains(s, "”") { // ContainsAny with “ and ” decodes every rune
		return false
	}
	// The first nine fields of strings.Fields, on the stack: a piece has
	// eight at most.
	var buf [9]string
	f := buf[:0]
	for w := range lex.FieldsSeq(strings.TrimSuffix(s, ".")) {
		if len(f) == len(buf) {
			break
		}
		f = append(f, w)
	}
	if len(f) < 2 || len(f) > 8 || !piecePreps[lex.Lower(f[0])] {
		return false
	}
	for i, w := range f[1:] {
		w = lex.Lower(w)
		if strings.HasSuffix(w, ",") {
			w = strings.TrimSuffix(w, ",")
			if !dateWord(w) || i+2 < len(f) && !dateWord(lex.Lower(strings.Trim(f[i+2], ","))) {
				return false // "On monday, the dam broke.": a clause follows
			}
		}
		w = strings.Trim(w, "'’")
		if dateWord(w) {
			continue // "may" the month
		}
		if verbWords[w] || len(w) > 3 && strings.HasSuffix(w, "ed") || strings.Contains(w, "'") || strings.Contains(w, "’") {
			return false
		}
	}
	return true
}

// ofPiece reports whether s opens with "Of" and holds no comma, the tail
// of a name or phrase split after its head ("Of children and family
// services opened an inquiry.", "Of oil spilled into the bay."): a
// fronted "of" phrase is set off by a comma ("Of the 40 boats, 12 sank.").
// "Of course" and an inverted copula ("Of particular concern is ...",
// "Of note: ...") are whole sentences.
func ofPiece(s string) bool {
	rest, ok := strings.CutPrefix(s, "Of ")
	if !ok || strings.ContainsRune(s, ',') {
		return false
	}
	for i, w := range Words(rest, 4) {
		if i == 0 && w == "course" || ofHeads[w] {
			return false
		}
	}
	return true
}

// ofHeads are the nouns of an inverted "Of ... is" sentence.
var ofHeads = lex.Set("concern", "interest", "note", "importance", "significance", "relevance", "course")

// piecePreps open a split-off phrase: the prepositions that front a time,
// place or manner adjunct.
var piecePreps = lex.Set("from", "in", "on", "at", "during", "near", "outside", "inside", "since", "until")

// verbWords show a clause: subject pronouns, auxiliaries and modals.
var verbWords = lex.Set("i", "he", "she", "it", "we", "they", "you", "there", "is", "are", "was", "were",
	"be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "may",
	"might", "must", "shall", "should", "says", "said", "get", "got", "gets", "goes", "went", "comes", "came",
	"makes", "made", "takes", "took", "remains", "seems", "left", "began", "became", "won", "lost", "saw")

// dateWord reports whether w (lower case) is a day, a month or a number:
// the words of a date, which alone may hold a piece's comma.
func dateWord(w string) bool {
	if w == "" {
		return false
	}
	if strings.Trim(w, "0123456789") == "" {
		return true
	}
	return dateWords[strings.TrimSuffix(w, ".")]
}

var dateWords = lex.Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// auxiliaries opening a sentence that is not a question show that its
// subject was split off: "Has introduced ...", "Is accused of ...".
var auxiliaries = lex.Set("has", "have", "had", "is", "are", "was", "were")

// galleryCount matches a gallery's photo counter: "1 of 13".
var galleryCount = regexp.MustCompile(`^\d{1,3} of \d{1,3}\b`)

// isGalleryCount reports whether s opens with galleryCount, asking the
// expression only when s opens with a digit.
func isGalleryCount(s string) bool {
	return s != "" && isDigit(s[0]) && galleryCount.MatchString(s)
}

// isParenthesized reports whether all of s is a short note in parentheses:
// "(CRogers, Atlanta Journal-Constitution).", "(DW)".
func isParenthesized(s string) bool {
	t := strings.TrimRight(s, ". ")
	return strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && (countWords(t) <= 6 || strings.Contains(t, "(REG:"))
}

// isBracketedTeaser reports whether s opens with a bracketed link or note:
// "[ See photos of the flood ]", "[Related: ...]".
func isBracketedTeaser(s string) bool {
	if !strings.HasPrefix(s, "[") {
		return false
	}
	end := strings.IndexByte(s, ']')
	return end > 0 && countWords(s[:end]) >= 2
}

// chatterPieces are pieces of every chatter word isCommentLike reads, found
// in one pass of a sentence.
var chatterPieces = lex.NewSubstrings("lol", "lmao", "omg", "hah", "imho", "smh", "wtf", ":)", ":(")

// isCommentLike reports whether s reads like a reader's post: internet
// chatter and stacked exclamation marks.
func isCommentLike(s, lower string) bool {
	if strings.Contains(s, "!!") || strings.Contains(s, "?!") {
		return !hasQuote(s)
	}
	if !chatterPieces.In(lower) {
		return false // no word below can be read (";" splits words: ";)" is never one)
	}
	for _, w := range strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && r != ':' && r != ')' && r != '(' }) {
		switch w {
		case "lol", "lmao", "omg", "haha", "hahaha", "imho", "smh", "wtf", ":)", ";)", ":(":
			return true
		}
	}
	return false
}

// isFragment reports whether s is not a whole sentence: a heading or list
// label, a lead-in ending in a colon, a few words, a sentence cut off
// mid-way or a piece of one split in the wrong place.
func isFragment(s string) bool {
	words := countWords(s)
	t := strings.TrimRight(s, ` "'”’)]`)
	if t == "" {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	switch {
	case last == ':' || last == ',' || last == ';':
		return true
	case words <= 3 && !(hasQuote(s) && strings.ContainsRune(".!?", last)):
		return true // "Director of Ostland.", but not a short quote's tail
	case last != '.' && last != '!' && last != '?' && last != '…':
		return true // a heading, or cut off mid-way
	case isGalleryCount(s):
		return false // a caption's counter, see furniture
	}
	if piece(s) || DataRow(s) || EndsAtAcronym(s) {
		return true // "From the state capital.": a phrase split from its clause; a list's row; "... calls to u.s."
	}
	if w := Words(s, 1); len(w) == 1 && auxiliaries[w[0]] && last != '?' {
		return true // "Has introduced a ban ...": the tail of a split sentence
	}
	if subjectless(s) {
		return true // "Gave birth on Friday ...": its subject was a link the page dropped (subjectless.go)
	}
	if f := lex.SpaceFieldsShared(t); len(f) > 1 {
		if l := f[len(f)-1]; len(l) == 2 && l[1] == '.' && 'A' <= l[0] && l[0] <= 'Z' && lex.Cased(s) {
			return true // "UAW president Stephen P.": split at an initial
		}
	}
	// A piece starting mid-clause: lower case in cased text (Multi-News
	// is lower-cased, and not re-capitalized after a quote), or a leftover
	// attribution.
	lead := strings.TrimLeft(s, ` "'“‘`+"`")
	r, _ := utf8.DecodeRuneInString(lead)
	if (unicode.IsLower(r) && lex.Cased(lead)) || strings.ContainsRune(",;)…", r) || strings.HasPrefix(lead, "...") {
		return true
	}
	if w := Words(lead, 1); len(w) == 1 && IsSpeechVerb(w[0]) && lead != s {
		return true // `" said the mayor.`
	}
	return false
}

// countWords counts the space-separated words of s that hold a letter or
// digit.
func countWords(s string) int {
	n := 0
	for f := range lex.FieldsSeq(s) {
		if hasLetterOrDigit(f) {
			n++
		}
	}
	return n
}

// hasLetterOrDigit reports whether f holds a letter or a digit: an ASCII
// byte is read as it is, other runes decoded.
func hasLetterOrDigit(f string) bool {
	for i := 0; i < len(f); {
		c := f[i]
		if c < utf8.RuneSelf {
			if lex.IsASCIIAlnum(c) {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(f[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
		i += size
	}
	return false
}

// DataRow reports whether s is a row of a ranked list or table that a
// page ran together with " > " between its fields ("Westvale > ferries:
// 12 > crossings a day: 40 > ..."): two such separators or more.
func DataRow(s string) bool { return strings.Count(s, " > ") >= 2 }

// EndsAtAcronym reports whether s ends at a dotted country or body
// acronym ("u.s.", "u.k.", "u.n.", "e.u.") with no "the" among the three
// words before it: such an acronym stands for a noun only after "the"
// ("flew back to the u.s."), so without it it qualifies the noun the
// splitter cut off ("... free calls to u.s.", "... believed to be on a
// u.s."), and the sentence is cut.
func EndsAtAcronym(s string) bool {
	t := strings.TrimRight(s, ` "'”’)`)
	// The last word ends in '.', a letter and '.' ("u.s."): most
	// sentences do not, and are not split into words.
	end := strings.TrimRightFunc(t, unicode.IsSpace)
	if !strings.HasSuffix(end, ".") {
		return false
	}
	if _, n := utf8.DecodeLastRuneInString(end[:len(end)-1]); !strings.HasSuffix(end[:len(end)-1-n], ".") {
		return false
	}
	f := lex.SpaceFieldsShared(t)
	if len(f) < 2 {
		return false
	}
	last := lex.Lower(f[len(f)-1])
	if i := strings.LastIndexAny(last, ":-/"); i >= 0 {
		last = last[i+1:]
	}
	switch last {
	case "u.s.", "u.k.", "u.n.", "e.u.":
	default:
		return false
	}
	for i := len(f) - 2; i >= 0 && i >= len(f)-4; i-- {
		if strings.EqualFold(strings.Trim(f[i], `"'“‘(`), "the") {
			return false
		}
	}
	return true
}
