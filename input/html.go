package input

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
	textclean "github.com/chorusnews/chorus/clean"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// minExtracted is the shortest main text taken from go-trafilatura. Below
// it, the page is small enough for the tag stripper, which does not mix the
// page title into the text as trafilatura's baseline extractor does.
const minExtracted = 250

// parseHTML extracts the article of an HTML page with go-trafilatura: main
// text without navigation, ads and comments, plus title, site name, URL
// and date. When extraction fails or finds no text, a plain tag stripper
// takes over.
func parseHTML(page string) chorus.Article {
	res, links, alts, notes, lines, err := extract(page)
	if res != nil {
		res.ContentText = unmarkSpaces(res.ContentText)
	}
	if err == nil && res != nil && len(strings.TrimSpace(res.ContentText)) >= minExtracted {
		text := strings.TrimSpace(res.ContentText)
		if res.ContentNode != nil {
			dropLeadCopy(res.ContentNode)
			dropPullQuotes(res.ContentNode)
			// The node keeps the paragraph structure that ContentText flattens.
			var b strings.Builder
			if html.Render(&b, res.ContentNode) == nil {
				if _, t := stripTags(unmarkSpaces(b.String())); t != "" {
					text = t
				}
			}
		}
		m := res.Metadata
		pm := PageMetadata(page, m.URL)
		text = rejoinInlineDivs(text, lines)
		text = trimToBody(trimEdges(dropItalicNotes(dropLinkRuns(dropInArticle(dropAuthorBox(dropFurniture(dropCopies(dropRepeats(text)))), links, alts), links), notes)), pm.Body)
		text = dropHeadline(text, pm.Titles...)
		text = fillFromBody(text, unmarkSpaces(pm.Body))
		return withMetadata(chorus.Article{
			Title:     clean(unmarkSpaces(m.Title)),
			Source:    clean(unmarkSpaces(m.Sitename)),
			URL:       m.URL,
			Published: m.Date.UTC(), // a day; the machine's zone must not show
			Text:      text,
		}, pm, m.Hostname)
	}
	title, text := stripTags(page)
	if text == "" && res != nil {
		text = strings.TrimSpace(res.ContentText)
	}
	pm := PageMetadata(page, "")
	text = fillFromBody(text, unmarkSpaces(pm.Body))
	return withMetadata(chorus.Article{Title: title, Text: text}, pm, "")
}

// withMetadata completes the article go-trafilatura read (a) with the
// page's own metadata (m), as measured on the extraction dev sets (chorus
// bench metadata): the title from og:title / JSON-LD / <title> before
// trafilatura's (readability pages: 0.858 vs 0.646 exact); the
// publication time as datePublished (see publishedTime); trafilatura's
// site name before og:site_name (0.903 vs 0.871), then the host name; the
// canonical URL when trafilatura found none.
func withMetadata(a chorus.Article, m Metadata, host string) chorus.Article {
	if fit(m.Title, chorus.MaxTitleBytes) != "" {
		a.Title = m.Title
	}
	a.Title = fit(a.Title, chorus.MaxTitleBytes)
	a.Published = publishedTime(a.Published, m)
	a.Source = fit(a.Source, chorus.MaxSourceBytes)
	if a.Source == "" {
		a.Source = fit(m.Publisher, chorus.MaxSourceBytes)
	}
	if a.Source == "" {
		a.Source = fit(strings.TrimSpace(host), chorus.MaxSourceBytes)
	}
	a.URL = fit(a.URL, chorus.MaxURLBytes)
	if a.URL == "" {
		a.URL = fit(m.URL, chorus.MaxURLBytes)
	}
	return a
}

// fit returns s, or "" when s is over limit bytes: a title, publisher or
// URL over the story store's limit is page junk (a 2 MB <title>), not
// metadata, and is left out rather than printed with every summary or
// refused by the store.
func fit(s string, limit int) string {
	if len(s) > limit {
		return ""
	}
	return s
}

// dateSlack is how far the page's own publication time may lie from
// go-trafilatura's day and still be taken as the same date told to the
// minute (time zones move a day by up to 14 hours each way).
const dateSlack = 36 * time.Hour

// publishedTime chooses between go-trafilatura's publication day (traf,
// midnight) and the page's metadata: the page's time when it comes from a
// strong source (JSON-LD, article:published_time and the like, itemprop,
// <time pubdate>, the URL) and agrees with trafilatura's day within
// dateSlack, or when trafilatura found none; trafilatura's day when they
// disagree (it was right more often on its evaluation set: 111 of 125
// days against 108 for the page's strong sources first); a weak page date
// (a generic date tag, the first <time>) only when trafilatura found none.
// The time keeps the offset the page wrote.
func publishedTime(traf time.Time, m Metadata) time.Time {
	switch {
	case m.Published.IsZero():
		return traf
	case traf.IsZero():
		return m.Published
	}
	strong := m.DateSource != "meta-date" && m.DateSource != "first-time"
	if d := m.Published.Sub(traf); strong && d < dateSlack && d > -dateSlack {
		return m.Published
	}
	return traf
}

// furnitureRules are the cleaner's rules whose paragraphs are dropped from
// the extracted text: phrase-based page furniture (newsletter and follow
// prompts, "Read more: ...", copyright lines, lone "Advertisement"), photo
// captions that end with their credit ("The pier in January. (AP
// Photo/Jane Roe)") and bylines standing alone ("By Jane Roe, Bay
// Courier"). Captions and bylines left both extraction dev sets' figures
// unchanged (readability .97431/.94917/.96158, trafilatura .96794/
// .94336/.95549: a gallery caption and a joke ending "(credit to …)"
// dropped, a mid-story byline dropped); the benchmarks' gold bodies leave
// both out. The cleaner's other rules (headings, datelines, stamps inside
// the text) change or keep text the gold article bodies hold: stamps cost
// the readability pages' recall (.94917 → .94909), lone bulleted names
// .00001.
var furnitureRules = map[textclean.Rule]bool{
	textclean.NoLetters: true, textclean.ExactPhrase: true, textclean.PrefixPhrase: true,
	textclean.Caption: true, textclean.Byline: true,
	textclean.Prompt: true, textclean.Copyright: true, textclean.ContainsPhrase: true,
}

// dropFurniture removes the paragraphs of text (separated by blank lines)
// that furnitureRules recognise, the prompts to follow the publication
// on a social network or download its app (isSocialPrompt, isAppPrompt:
// trafilatura's set .938 → .941, without leaked .071 → .065, with kept
// and the readability pages unchanged) and the publisher's notes
// (isPublisherNote: paywall, sign-up, republication, write-in). With
// go-trafilatura's FavorRecall focus, this was better on both extraction dev sets than the balanced focus
// without it (chorus bench extraction; readability pages F1 .950 → .953,
// trafilatura's set .919 → .924, its "without" snippets leaked .115 →
// .096); the scrapinghub set was not looked at.
func dropFurniture(text string) string {
	paras := strings.Split(text, "\n\n")
	keep := paras[:0]
	signup := false // the paragraph before was a dropped newsletter prompt or its sequel
	pitch := false  // the paragraph before was a dropped membership pitch or one of its perks
	toggle := false // the paragraph before was a dropped caption toggle ("toggle caption")
	for _, p := range paras {
		if isTeaserExcerpt(p) {
			// Another story's excerpt, and the headline over it.
			if len(keep) > 0 && isTeaserTitle(keep[len(keep)-1]) {
				keep = keep[:len(keep)-1]
			}
			signup, pitch, toggle = false, false, false
			continue
		}
		if m := textclean.Furniture(p); (!furnitureRules[m.Rule] || isReportingCredit(m.Phrase)) && !isSocialPrompt(p) && !isAppPrompt(p) && !isPublisherNote(p) && !isInboxPrompt(p) && !isHelpNote(p) && !isCookieNotice(p) && !isDisguised(p) && !isURLLine(p) && !isPromoLine(p) && !isDoubledTitle(p) && !isCreditLine(p) && !isAgencyCredit(p) && !isCreditedCaption(p) && !isEmptyLabel(p) && !isRelatedLabel(p) && !isWidgetLabel(p) && !isEmbedCredit(p) && !isMediaCaption(p) && !isContactLine(p) &&
			!isOfferLine(p) && !isSponsorLine(p) && !isAlertPrompt(p) && !isWriterContact(p) && !isDisclosure(p) && !isHashtagLine(p) && !isAsideLine(p) &&
			!isMemberPitch(p) && !(signup && isSignupLine(p)) && !(pitch && isPerkLine(p)) && !(toggle && isSlashCredit(p)) {
			keep = append(keep, p)
			signup, pitch, toggle = false, false, false
			continue
		}
		signup = signup || strings.Contains(strings.ToLower(p), "newsletter") || isInboxPrompt(p)
		pitch = pitch || isMemberPitch(p) || isPublisherNote(p)
		toggle = isCaptionToggle(p)
	}
	return strings.Join(keep, "\n\n")
}

// signupWords are the words of a newsletter box's lines, lower-cased.
var signupWords = []string{"newsletter", "email", "e-mail", "inbox", "subscribe", "sign up", "sign-up"}

// maxSignupWords is the longest line of a newsletter box, in words.
const maxSignupWords = 40

// readerWords address the reader in the publisher's voice.
var readerWords = []string{"you", "your", "we", "our", "us"}

// isSignupLine reports whether paragraph p may be a line of a newsletter
// box: at most maxSignupWords words speaking to the reader (readerWords)
// of e-mail, an inbox or subscribing (signupWords). dropFurniture drops
// such lines only in a run after a dropped paragraph that names a
// newsletter ("Sign up for our newsletter!", then "Pop your email into
// the box above …", "You can unsubscribe at any time."), so the story's
// own lines about e-mail stay.
func isSignupLine(p string) bool {
	w := words(p)
	if len(w) > maxSignupWords || !containsAny(strings.ToLower(p), signupWords) {
		return false
	}
	for _, x := range w {
		if slices.Contains(readerWords, x) {
			return true
		}
	}
	return false
}

// reportingCredits are the cleaner's phrases of a story's reporting
// credits ("Reporting by …; Editing by …", "… contributed to this
// report."): both extraction dev sets' golds keep them in the article
// body, so dropFurniture keeps them (clean.Paragraphs still drops them
// before summarizing). Readability pages split by FNV hash: tune half
// .97339/.93874/.95575 → .97329/.93922/.95595, held-out unchanged;
// trafilatura's set .97384/.94531/.95937 → .97390/.94727/.96040 (with
// kept 484 → 485 of 512).
var reportingCredits = map[string]bool{
	"contributed to this report": true, "contributed reporting": true, "contributed to this story": true,
	"reporting by": true, "editing by": true, "additional reporting": true, "writing by": true, "compiled by": true,
}

// isReportingCredit reports whether the cleaner's phrase is a reporting credit.
func isReportingCredit(phrase string) bool { return reportingCredits[phrase] }

// hiddenSelector selects the elements go-trafilatura prunes before it
// looks for the main text: those with the hidden attribute, which a
// browser never shows. On the readability dev pages it lifted precision
// .957 → .961 (F1 .953 → .955); trafilatura's set was unchanged. Hiding
// by style (display:none) was not taken: it cost recall there (.941 →
// .938), as pages hide text that scripts reveal.
const hiddenSelector = "[hidden]"

// maxTreeSize bounds the number of elements go-trafilatura accepts; larger
// pages go to the tag stripper.
const maxTreeSize = 50_000

// extract runs go-trafilatura on page, once openNoscript has parsed the
// noscript blocks that hold an article, wrapLooseText has made paragraphs
// of the text standing loose beside blocks and pruneFurniture has marked the
// comment widgets, related-story blocks, newsletter boxes and captions
// that its PruneSelector removes. A panic inside the library is turned
// into an error, so that odd markup falls back to the tag stripper
// instead of crashing the caller. It also returns the texts of the page's
// links (linkTexts) for dropLinkRuns and its images' alt texts (altTexts)
// for dropInArticle, and its italic linked notes (italicNotes) for
// dropItalicNotes, and the lines of its inline-only <div>s
// (inlineDivLines) for rejoinInlineDivs.
func extract(page string) (res *trafilatura.ExtractResult, links, alts, notes map[string]bool, lines []inlineLine, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, links, alts, notes, lines, err = nil, nil, nil, nil, nil, fmt.Errorf("trafilatura: %v", r)
		}
	}()
	doc, err := parseUTF8(page)
	if err != nil {
		return nil, nil, nil, nil, nil, fmt.Errorf("cannot parse HTML: %w", err)
	}
	links, alts, notes = linkTexts(doc), altTexts(doc), italicNotes(doc)
	openNoscript(doc)
	wrapLooseText(doc)
	lines = inlineDivLines(doc)
	clearIconNames(doc)
	pruneFurniture(doc)
	pruneFigureLists(doc)
	flattenCells(doc)
	markSpaces(doc)
	res, err = trafilatura.ExtractDocument(doc, trafilatura.Options{
		EnableFallback:  true,
		Focus:           trafilatura.FavorRecall, // see dropFurniture
		ExcludeComments: true,
		Deduplicate:     true,
		MaxTreeSize:     maxTreeSize,
		PruneSelector:   hiddenSelector,
	})
	return res, links, alts, notes, lines, err
}

// parseUTF8 parses a page that is already UTF-8 (every way in turns it so:
// fetch decodes the declared charset, chorus.ValidUTF8 reads stray bytes as
// Windows-1252), normalised as dom.Parse normalises it (NFC, soft hyphens
// removed). dom.Parse itself guesses the encoding again with chardet, which
// on a mostly-ASCII page that still declares its old charset sometimes picks
// that charset and reads "café" as "cafÃ©" (1 run in about 100 of
// fetch's TestArticle).
func parseUTF8(page string) (*html.Node, error) {
	softHyphen := runes.Predicate(func(r rune) bool { return r == '\u00AD' })
	t := transform.Chain(norm.NFD, runes.Remove(softHyphen), norm.NFC)
	return html.Parse(transform.NewReader(strings.NewReader(page), t))
}

// htmlText returns the text of an HTML fragment or page found inside
// another format (a JSON "text" field): a whole page goes through
// parseHTML, a fragment or a page over MaxHTMLBytes through the tag
// stripper.
func htmlText(s string) string {
	lower := strings.ToLower(s)
	if len(s) <= MaxHTMLBytes && (strings.Contains(lower, "<html") || strings.Contains(lower, "<body")) {
		return parseHTML(s).Text
	}
	_, text := stripTags(s)
	return text
}

// HTMLText returns the main text of an HTML page or fragment, paragraphs
// separated by blank lines: a whole page goes through main-text extraction
// (navigation, ads and comments dropped), a fragment such as a feed item
// body or a page over MaxHTMLBytes through a tag stripper. Binary junk is
// rejected with an EINVALID error; invalid UTF-8 is read as chorus.ValidUTF8 says. Use ArticleText
// for a body that may or may not be HTML.
func HTMLText(doc string) (string, error) {
	if isBinary([]byte(doc)) {
		return "", chorus.Errorf(chorus.EINVALID, "HTML document looks like binary data")
	}
	return htmlText(chorus.ValidUTF8(doc)), nil
}
