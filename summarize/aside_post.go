package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// An embedded post's text run into an article, read as its narration,
// three kinds that tweetBody (a post opening on a handle) misses;
// markTeasers never selects them:
//   - a reply's header run into its text: "Replying to @<handle> <reply>"
//     (replyHeader). Only the sentence goes: cutting the phrase in clean
//     drops a short reply's whole paragraph, and the cluster's other
//     choices shift with it.
//   - the embed's account line, a name, a "verified account" label (in
//     any of the network's languages) and the handle, run into the post:
//     "<Name> verified account @<handle> <post>". An article writes "his
//     new verified account @<handle> reached ...": a determiner or
//     possessive before the label, or more than postSignerMaxWords
//     words, is prose (postAccountLine).
//   - a post's text with two handles in a row and no quotation mark
//     ("great job on @<a> tonight @<b> @<c> begged us ..."): prose parts
//     two accounts with "and" or a comma; a quoted post keeps its marks
//     (handleRun).
//
// Against main (5c97552), with the channel promo of clean/boilerplate.txt:
// validation 0 changed; train 1-38,000 7 changed, 6 better / 0 worse /
// 1 same (reply header 3, one a cluster of a reply and a crawl notice
// that now gets no summary; account line 2, 1 better, 1 same: the post's
// next sentence is still chosen; handle run 2).

// postSignerMaxWords is the most words of a name before an account line's
// label.
const postSignerMaxWords = 5

// postAccountLabels are the labels an embed prints between an account's
// name and its handle, lower case.
var postAccountLabels = []string{"verified account", "认证账号", "認證帳號", "cuenta verificada",
	"compte certifié", "conta verificada", "verifizierter account", "account verificato",
	"verifisert konto", "verifierat konto", "bekræftet konto", "geverifieerd account", "認証済みアカウント"}

// postSignerNotName are words that make the text before a label prose, not
// an account's name ("her verified account").
var postSignerNotName = lex.Set("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "new",
	"official", "on", "from", "of", "whose", "via", "in", "to", "and")

// postText reports whether s is an embedded post's text with no speaker
// of its own: an account line run into it (postAccountLine) or two
// handles in a row outside quotation marks (handleRun), or a reply's
// header opens it (replyHeader).
func postText(s string) bool {
	if strings.IndexByte(s, '@') < 0 {
		return false
	}
	return replyHeader(s) || postAccountLine(s) || handleRun(s)
}

// replyHeader reports whether s opens on a reply's header, "Replying to
// @<handle>".
func replyHeader(s string) bool {
	const header = "replying to @"
	return len(s) > len(header) && (s[0] == 'R' || s[0] == 'r') && strings.EqualFold(s[:len(header)], header)
}

// postAccountLine reports whether s opens on an account's name of at
// most postSignerMaxWords words, a label of postAccountLabels and a
// handle.
func postAccountLine(s string) bool {
	at := strings.Index(s, " @")
	if at < 0 || at > 120 {
		return false
	}
	head := strings.ToLower(strings.TrimSpace(s[:at]))
	for _, label := range postAccountLabels {
		name, ok := strings.CutSuffix(head, label)
		if !ok {
			continue
		}
		words := lex.LetterWords(name, -1)
		if len(words) == 0 || len(words) > postSignerMaxWords || !strings.HasSuffix(name, " ") {
			return false
		}
		for _, w := range words {
			if postSignerNotName[w] {
				return false
			}
		}
		return isHandleAt(s, at+1)
	}
	return false
}

// handleRun reports whether s, holding no quotation mark, holds two
// handles in a row ("@<a> @<b>", or "@ <a> @ <b>" as tokenized text
// writes them).
func handleRun(s string) bool {
	if lex.ContainsAny(s, "\"“”") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] != '@' || i > 0 && s[i-1] != ' ' && s[i-1] != '(' {
			continue
		}
		j := handleEnd(s, i)
		if j < 0 {
			continue
		}
		if j+1 < len(s) && s[j] == ' ' && handleEnd(s, j+1) > 0 {
			return true
		}
		i = j - 1
	}
	return false
}

// handleEnd returns the end of a handle at i in s, "@" and two or more
// letters, digits or underscores, with or without a space after the "@";
// -1 when none stands there.
func handleEnd(s string, i int) int {
	if i >= len(s) || s[i] != '@' {
		return -1
	}
	j := i + 1
	if j < len(s) && s[j] == ' ' {
		j++
	}
	k := j
	for k < len(s) && isHandleByte(s[k]) {
		k++
	}
	if k-j < 2 {
		return -1
	}
	return k
}

// isHandleAt reports whether s holds a handle at i: "@" and two or more
// letters, digits or underscores.
func isHandleAt(s string, i int) bool {
	return i+2 < len(s) && s[i] == '@' && isHandleByte(s[i+1]) && isHandleByte(s[i+2])
}

// isHandleByte reports whether b may stand in a handle.
func isHandleByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}
