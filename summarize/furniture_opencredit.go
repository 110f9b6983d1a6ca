package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A photo credit that opens a sentence of a reader's summary: "Ilse
// varga/gazette the council voted ...", "| jane roe/ap <headline> <story>",
// "Flickr/tarnwick99 as a teenager, ...". cutRunInCredit leaves an
// opening credit to the candidates on purpose (a caption often follows,
// and the line should stay one for the rules that keep captions out);
// once a sentence is in the summary, the credit is page text whatever
// follows it, so it is cut there (cutOpeningCredits), and nothing is
// selected again.

// openCreditOutlets are the agencies, picture services and sites a
// credit names after its slash ("<name>/<outlet>"); a word ending in
// ".com" or ".org" is one too.
var openCreditOutlets = lex.Set("ap", "afp", "reuters", "epa", "bloomberg", "getty", "politico", "startraks",
	"youtube", "facebook", "instagram", "twitter", "flickr", "thinkstock", "shutterstock", "istock",
	"istockphoto", "nasa", "staff", "wireimage", "filmmagic", "indystar", "periscope", "si", "corbis", "zuma",
	"rex", "splash", "redux", "invision", "teespring", "cnn", "nbc", "abc", "cbs", "wochit", "newscom",
	"landov", "sun-times", "npr", "demotix", "alamy", "xinhua", "magnum", "wikipedia")

// openCreditSites are the sites a credit names before its slash, with a
// user's handle after it ("<site>/<handle>").
var openCreditSites = lex.Set("flickr", "wikimedia", "facebook", "instagram", "twitter", "youtube",
	"screenshot", "nasa", "jupiterimages", "shutterstock", "thinkstock")

// handleFollowers open a story after a site's credit: a handle is one
// word before them ("<site>/<handle> as a teenager, ..."), while before
// another word it may be the first of a name or a place
// ("<site>/<given name> <surname> ...").
var handleFollowers = lex.Set("the", "a", "an", "as", "in", "on", "at", "after", "when", "this", "it", "its", "his", "her", "their")

// hasDigit reports whether w holds an ASCII digit (a user's handle:
// "<site>/tarnwick99").
func hasDigit(w string) bool {
	return lex.ContainsAny(w, "0123456789")
}

// openCreditPairs are outlets of two words after a credit's slash.
var openCreditPairs = lex.Set("business insider", "sports illustrated", "getty images", "ap images",
	"warner bros.", "white house", "nbc news", "cbs news", "abc news", "staff photographer", "splash news", "rex usa",
	"associated press", "china daily")

// Bounds of cutOpeningCredit.
const (
	// openCreditMaxName is the most words of a photographer's name before
	// the slash.
	openCreditMaxName = 3
	// openCreditMinAfter is the fewest words left after the credit.
	openCreditMinAfter = 6
)

// cutOpeningCredit returns s without a photo credit that opens it (after
// an optional "| "), the next word capitalised, and true: one to
// openCreditMaxName words of a name, the last joined by a slash (or a
// slash set apart, "<name> / <outlet>"; a "file" after the outlet goes
// with it, and so does a "stock photo") to an
// outlet (openCreditOutlets, openCreditPairs, "*.com"), or a site and a
// handle with a digit or before a determiner or preposition
// (handleFollowers; "<site>/<handle>"). Words
// before the slash must be letters, dots, hyphens or apostrophes
// (creditName): "Fisher/reynolds family visits ..." and "Girls
// star/creator <name> ..." name no outlet and stay. s and false
// otherwise, or when fewer than openCreditMinAfter words would be left
// or the next word holds a slash (a credit given twice, part of it left).
func cutOpeningCredit(s string) (string, bool) {
	head := s[:min(len(s), 120)]
	if !strings.Contains(head, "/") {
		return s, false
	}
	fields := lex.SpaceFields(s)
	start := 0
	if len(fields) > 0 && fields[0] == "|" {
		start = 1
	}
	for k := start; k < len(fields) && k-start <= openCreditMaxName; k++ {
		f := lex.Lower(fields[k])
		if f == "/" && k > start && k+1 < len(fields) {
			// "<name> / <outlet> [file] <story>": the slash set apart.
			f = lex.Lower(fields[k-1]) + "/" + lex.Lower(fields[k+1])
			fields = append(fields[:k-1:k-1], append([]string{f}, fields[k+2:]...)...)
			k--
		}
		if k-start >= openCreditMaxName {
			return s, false
		}
		if !strings.Contains(f, "/") {
			if !creditName(f) {
				return s, false
			}
			continue
		}
		parts := strings.Split(strings.TrimRight(f, ",;:"), "/")
		first, last := parts[0], parts[len(parts)-1]
		if len(first) < 2 || len(last) < 2 || !creditName(first) {
			return s, false
		}
		next := -1
		switch {
		case k+1 < len(fields) && openCreditPairs[last+" "+lex.Lower(fields[k+1])]:
			next = k + 2
		case openCreditOutlets[last] || strings.HasSuffix(last, ".com") || strings.HasSuffix(last, ".org"):
			next = k + 1
		case k == start && len(parts) == 2 && openCreditSites[first] && k+1 < len(fields) && (hasDigit(last) || handleFollowers[lex.Lower(fields[k+1])]):
			next = k + 1
		}
		if next >= 0 && next < len(fields) && strings.EqualFold(fields[next], "file") {
			next++ // "<name>/<agency> file": a file picture's credit
		}
		if next >= 0 && next+1 < len(fields) && strings.EqualFold(fields[next], "stock") && strings.EqualFold(fields[next+1], "photo") {
			next += 2 // "<name>/alamy stock photo": the service's own words
		}
		if next < 0 || len(fields)-next < openCreditMinAfter || strings.Contains(fields[next], "/") {
			return s, false
		}
		return lex.UpperFirst(strings.Join(fields[next:], " ")), true
	}
	return s, false
}

// cutOpeningCredits cuts the opening photo credits of a reader's
// summary's sentences (cutOpeningCredit, cutViaCredit).
func cutOpeningCredits(sum *chorus.Summary) {
	cutEach(sum, cutOpeningCredit)
	cutEach(sum, cutViaCredit)
}

// viaCreditMaxWords is the most words of a credit before its "via"
// ("<agency or department words> via AP").
const viaCreditMaxWords = 5

// viaCreditWords are the lower-case words a credit's name may hold
// before "via" ("dept. of correction via AP") though they are function
// words; any other ("in a statement via AP") means a sentence, not a
// credit.
var viaCreditWords = lex.Set("of", "and", "de", "&")

// cutViaCredit returns s without a photo credit told with "via" that
// opens it, the next word capitalised, and true: one to
// viaCreditMaxWords words of a name (letters, dots, hyphens,
// apostrophes, slashes, a trailing comma; lower-case only
// viaCreditWords) and "via" (or "<name>/via") with an outlet
// (openCreditOutlets, openCreditPairs) run straight into the story, no
// mark after it: "Harbour police/via AP at least 13 boats ...", "Port
// authority via Reuters the ferry ...". s and false otherwise, or when
// fewer than openCreditMinAfter words would be left.
func cutViaCredit(s string) (string, bool) {
	head := lex.Lower(s[:min(len(s), 120)])
	if !strings.Contains(head, "via ") {
		return s, false
	}
	fields := lex.SpaceFieldsShared(s)
	for k := 0; k < len(fields) && k <= viaCreditMaxWords; k++ {
		f := fields[k]
		low := lex.Lower(f)
		name := ""
		switch {
		case low == "via" && k > 0:
		case strings.HasSuffix(low, "/via") && len(low) > len("/via"):
			name = strings.TrimSuffix(f, "/via")
		default:
			if !viaCreditName(f) {
				return s, false
			}
			continue
		}
		if name != "" && !viaCreditName(name) {
			return s, false
		}
		if k+1 >= len(fields) {
			return s, false
		}
		out := lex.Lower(fields[k+1])
		next := -1
		switch {
		case k+2 < len(fields) && openCreditPairs[out+" "+lex.Lower(fields[k+2])]:
			next = k + 3
		case openCreditOutlets[out]:
			next = k + 2
		}
		if next < 0 || len(fields)-next < openCreditMinAfter || strings.Contains(fields[next], "/") || strings.EqualFold(fields[next], "via") {
			return s, false // "<name> via <site> / via <site> ...": a credit given twice
		}
		return lex.UpperFirst(strings.Join(fields[next:], " ")), true
	}
	return s, false
}

// viaCreditName reports whether f may be a word of a credit's name
// before "via": creditName's letters (a slash and a trailing comma
// allowed); a lower-case one no function word, verb ("acknowledged via
// Twitter") or verb of speech unless one of viaCreditWords.
func viaCreditName(f string) bool {
	f = strings.TrimSuffix(f, ",")
	if f == "" {
		return false
	}
	for _, p := range strings.Split(f, "/") {
		if p == "" || !creditName(lex.Lower(p)) {
			return false
		}
	}
	if r := f[0]; r >= 'a' && r <= 'z' {
		return viaCreditWords[f] || !lex.IsStopword(f) && !pastVerb(f) && !lex.IsAttributionVerb(f)
	}
	return true
}
