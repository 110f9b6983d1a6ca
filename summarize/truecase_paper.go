package summarize

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage's last step, after the model
// passes and the other name rules. A newspaper's or a news service's name
// ends on a word that is a common noun elsewhere ("herald", "post",
// "news", "bee"), and a lower-cased cluster gets it back half raised: the
// model raises the place or the network it knows and leaves the rest low
// ("the Miami herald", "the Des Moines register", "CBS news", "the
// Chicago sun-times"), or raises none of it where the first word is
// common too ("the daily mail", "the financial times"). Cased news
// writes every word of the name capitalised, and "CBS News", "BBC News"
// are the services' own names. raisePaperNames writes a name of
// paperNames in full as its paper does, from a short list (as the
// geographic names of truecase_geoname.go: no word of the text says a
// "herald" is a paper's), in two cases:
//
//   - the name opens on a place or a network (paperName.after false):
//     when the text writes that first word capitalised, which the model
//     does for a name only ("Sacramento bee" → "Sacramento Bee");
//   - the name opens on a common word ("daily", "sunday", "financial"):
//     only right after "the", a possessive or a capitalised word ("the
//     daily mail", "Britain's mail on Sunday", "Scottish mail on
//     Sunday"); "in tough financial times" and a text's opening "Daily
//     mail" stay.
//
// "post" before "office" stays low ("the Washington post office"), and no
// letter is ever lowered.
//
// Measured against c2b99de (letter case alone): validation 82 of 5,598
// summaries changed, every changed word read in its sentence: 82 better,
// 0 worse, 0 the same ("told BBC News", "CBS News correspondent", "the
// Des Moines Register", "according to the Daily Mail", "the Chicago
// Sun-Times", "today's Scottish Mail on Sunday", "the Times of Israel",
// "The Fayetteville Observer"). Train 1-6,000: 66 of 5,975 changed, all
// read (not 40 drawn: few enough): 66 better ("the Capital Gazette", "the
// Fort Worth Star-Telegram", "told Sky News", "the Richmond
// Times-Dispatch", "today's Mail on Sunday event magazine"; one in a
// photographer's credit run into the story, the credit left as it was).
// ROUGE of the Fill summaries is untouched: they are not truecased. Cost:
// about 1.3 µs a text beside the geographic names' split (the fields are
// the shared split; a word's first letter and length pass most fields
// without a look-up). Left: papers off the list ("the Tarnwick herald",
// "the Libya herald"), names the model left wholly lower-case ("the miami
// herald"), a service's inner word ("CBC News/radio-Canada") and a show's
// ("CBS News crimesider").

// paperName is a name of paperNames split in lower-case words, with the
// form its paper writes, whether its first word is a common word (the
// name raised only after "the", a possessive or a capitalised word), and
// whether it is raised wherever it stands ("sky news": no sense but the
// channel's).
type paperName struct {
	words       []string
	form        []string
	after, free bool
}

// paperNames are the names of newspapers and news services, in the form
// their pages write them. Those after "—" open on a common word; those
// after "+" have no other sense.
var paperNames = paperIndex([]string{
	"Washington Post", "Washington Times", "Washington Examiner", "New York Post", "New York Observer",
	"Los Angeles Times", "Chicago Tribune", "Chicago Sun-Times", "Boston Globe", "Boston Herald",
	"Miami Herald", "San Francisco Chronicle", "Houston Chronicle", "Dallas Morning News", "Denver Post",
	"Seattle Times", "Philadelphia Inquirer", "Baltimore Sun", "Orlando Sentinel", "Tampa Bay Times",
	"Arizona Republic", "Des Moines Register", "Columbus Dispatch", "Sacramento Bee", "Fresno Bee",
	"Kansas City Star", "Minneapolis Star Tribune", "Detroit Free Press", "Detroit News",
	"Atlanta Journal-Constitution", "Palm Beach Post", "Orange County Register", "San Diego Union-Tribune",
	"San Jose Mercury News", "Salt Lake Tribune", "Las Vegas Review-Journal", "Hartford Courant",
	"Charlotte Observer", "Pittsburgh Post-Gazette", "Cincinnati Enquirer", "Indianapolis Star",
	"Fort Worth Star-Telegram", "Austin American-Statesman", "San Antonio Express-News",
	"Milwaukee Journal Sentinel", "Cleveland Plain Dealer", "Newark Star-Ledger",
	"Irish Times", "New Zealand Herald", "Sydney Morning Herald", "Toronto Star", "Jerusalem Post",
	"South China Morning Post", "Japan Times", "Korea Times", "Korea Herald", "Bangkok Post", "Moscow Times",
	"Hindustan Times", "Khaleej Times", "Kyiv Post", "L.A. Times", "Toronto Sun", "Fayetteville Observer",
	"Lexington Herald-Leader", "Portland Press Herald", "Colorado Springs Gazette", "Florida Times-Union",
	"Knoxville News-Sentinel", "Knoxville News Sentinel", "Richmond Times-Dispatch", "Erie Times-News",
	"Napa Valley Register", "Pensacola News Journal", "Arlington Catholic Herald",
	"CBS News", "ABC News", "NBC News", "BBC News", "CBC News", "CTV News", "ITV News", "Fox News",
	"Bloomberg News", "USNI News", "MPR News",
	"—",
	"Daily Mail", "Mail on Sunday", "Daily Telegraph", "Sunday Telegraph", "Sunday Times", "Daily Mirror",
	"Sunday Mirror", "Daily Express", "Sunday Express", "Evening Standard", "Financial Times",
	"Plain Dealer", "Star Tribune", "Capital Gazette", "Globe and Mail", "Herald Sun", "Times of Israel",
	"Times of India", "Irish Independent", "Star-Ledger", "National Catholic Register",
	"Santa Barbara Independent", "Texas Observer",
	"+",
	"Sky News",
})

// paperIndex returns the names of forms by their last lower-case word,
// the longest first; the forms after "—" open on a common word, those
// after "+" are free.
func paperIndex(forms []string) map[string][]paperName {
	idx := map[string][]paperName{}
	after, free := false, false
	for _, f := range forms {
		switch f {
		case "—":
			after = true
			continue
		case "+":
			after, free = false, true
			continue
		}
		form := strings.Fields(f)
		words := make([]string, len(form))
		for i, w := range form {
			words[i] = lex.Lower(w)
		}
		last := words[len(words)-1]
		idx[last] = append(idx[last], paperName{words: words, form: form, after: after, free: free})
	}
	for _, ns := range idx {
		slices.SortStableFunc(ns, func(a, b paperName) int { return len(b.words) - len(a.words) }) // longest first
	}
	return idx
}

// paperLast marks, for each first letter of a name's last word, the
// lengths of those words (bit n for n letters): a field whose word no
// name ends on in letter and length is passed without a map look-up.
var paperLast = func() (m [26]uint64) {
	for last := range paperNames {
		if n := len(last); n < 64 && 'a' <= last[0] && last[0] <= 'z' {
			m[last[0]-'a'] |= 1 << n
		}
	}
	return m
}()

// paperNounAfter are the words after a name's last word that make it a
// common noun: "the Washington post office".
var paperNounAfter = lex.Set("office", "offices", "box", "boxes")

// raisePaperNames writes the names of paperNames in the sentences, voice
// statements and claims of sum as their papers do; see the file comment.
func raisePaperNames(sum *chorus.Summary) {
	rewriteTexts(sum, raisePaperNamesIn)
}

// raisePaperNamesIn is raisePaperNames for one text.
func raisePaperNamesIn(s string) string {
	shared := lex.SpaceFieldsShared(s)
	var fields []string
	var buf [24]byte
	for j, f := range shared {
		w := paperWord(f)
		if w == "" || len(w) > len(buf) || paperLast[lowerASCII(w[0])-'a']&(1<<len(w)) == 0 {
			continue
		}
		for i := 0; i < len(w); i++ {
			buf[i] = lowerASCII(w[i])
		}
		names, ok := paperNames[string(buf[:len(w)])]
		if !ok {
			continue
		}
		for _, n := range names {
			start := j - len(n.words) + 1
			if start < 0 || !paperNameAt(shared, start, j, n) {
				continue
			}
			if fields == nil {
				fields = lex.SpaceFields(s)
			}
			for k := start; k <= j; k++ {
				fields[k] = raiseToForm(fields[k], n.form[k-start])
			}
			break
		}
	}
	if fields == nil {
		return s
	}
	return strings.Join(fields, " ")
}

// paperWord returns the word of the field f without the punctuation
// around it and a possessive ("herald's," → "herald"), or "" when f
// holds no ASCII letter.
func paperWord(f string) string {
	i := 0
	for i < len(f) && !isASCIILetter(f[i]) {
		i++
	}
	j := i
	for j < len(f) && (isASCIILetter(f[j]) || f[j] == '-' || f[j] == '.') {
		j++
	}
	for j > i && (f[j-1] == '.' || f[j-1] == '-') {
		j-- // "herald." and "post-": a sentence's stop, a broken word
	}
	return f[i:j]
}

// paperNameAt reports whether the fields start..end of fields are the
// name n, written in part lower-case where the name is capitalised, and
// taken as the name there (see the file comment).
func paperNameAt(fields []string, start, end int, n paperName) bool {
	for k := start; k < end; k++ {
		if !strings.EqualFold(fields[k], n.words[k-start]) {
			return false // inner words bare: "the Miami, herald" is no name
		}
	}
	last := fields[end]
	lw := paperWord(last)
	if !strings.EqualFold(lw, n.words[len(n.words)-1]) {
		return false
	}
	if start == end && !strings.HasPrefix(last, lw) {
		return false // a one-word name after a quotation mark or a bracket
	}
	lower := false
	for k := start; k <= end; k++ {
		if k == end {
			lower = lower || lowerWhereUpper(lw, n.form[k-start])
		} else {
			lower = lower || lowerWhereUpper(fields[k], n.form[k-start])
		}
	}
	if !lower {
		return false // written as the paper writes it already
	}
	if last == lw && end+1 < len(fields) {
		if next, _ := lowerCore(fields[end+1]); paperNounAfter[next] {
			return false
		}
	}
	if n.free {
		return true
	}
	if !n.after {
		return upperFirst(fields[start]) // the model's capital on the place or network
	}
	if start == 0 {
		return false // "Daily mail" opening the text: the opening capital alone
	}
	prev := fields[start-1]
	switch {
	case prev == "the" || prev == "The":
		return true
	case strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s"):
		return true
	}
	return upperFirst(prev) && lettersOnly(prev) && start-1 > 0
}

// lowerWhereUpper reports whether the word w writes in lower case a
// letter that form, its name's form, writes capitalised.
func lowerWhereUpper(w, form string) bool {
	if len(w) < len(form) {
		return false
	}
	for i := 0; i < len(form); i++ {
		if 'A' <= form[i] && form[i] <= 'Z' && 'a' <= w[i] && w[i] <= 'z' {
			return true
		}
	}
	return false
}

// raiseToForm returns the field f with its word written in form's
// capitals: only lower-case letters are raised, the punctuation around
// the word kept ("herald's," → "Herald's,").
func raiseToForm(f, form string) string {
	i := 0
	for i < len(f) && !isASCIILetter(f[i]) {
		i++
	}
	if len(f)-i < len(form) || !strings.EqualFold(f[i:i+len(form)], form) {
		return f
	}
	b := []byte(f)
	for k := 0; k < len(form); k++ {
		if 'A' <= form[k] && form[k] <= 'Z' && 'a' <= b[i+k] && b[i+k] <= 'z' {
			b[i+k] = form[k]
		}
	}
	return string(b)
}

// lowerASCII returns the ASCII letter b in lower case, other bytes as
// they are.
func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}
