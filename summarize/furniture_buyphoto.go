package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A newspaper network's picture button left at the front of a chosen
// sentence with the picture's credit or label before it: "<photographer>
// buy photo <story>", "<label> buy photo <story>", or the picture's whole
// caption and credit ("<scene told in the present> <credit> buy photo
// <story>"). cutBuyPhotos cuts the label, credit or caption and button
// after selection (nothing else moves).

// Bounds of cutBuyPhoto.
const (
	// buyPhotoMaxBefore is the most words before "buy photo".
	buyPhotoMaxBefore = 8
	// buyPhotoMinAfter is the fewest words of the story after it.
	buyPhotoMinAfter = 6
	// buyPhotoLateMaxBefore is the most words of a caption and credit
	// before a "buy photo" further on (cutLateBuyPhoto).
	buyPhotoLateMaxBefore = 30
	// buyPhotoLateMinAfter is the fewest words of the story after it.
	buyPhotoLateMinAfter = 8
)

// cutBuyPhoto returns s without the words through a "buy photo" among
// its first buyPhotoMaxBefore+2 words, the next word capitalised, and
// true: the words before it hold no full stop, colon or quotation mark
// and the one just before is not "to" ("to buy photo sharing ..."), and
// at least buyPhotoMinAfter words follow, the first opening with a
// letter. s and false otherwise.
func cutBuyPhoto(s string) (string, bool) {
	head := lex.LowerASCII(s[:min(len(s), 160)])
	at := strings.Index(head, " buy photo ")
	if at < 0 {
		return s, false
	}
	before := lex.SpaceFieldsShared(head[:at])
	if len(before) == 0 || len(before) > buyPhotoMaxBefore || before[len(before)-1] == "to" ||
		lex.ContainsAny(head[:at], ".:\"“”") {
		return s, false
	}
	rest := strings.TrimSpace(s[at+len(" buy photo "):])
	if countWords(rest) < buyPhotoMinAfter || !isASCIILetter(rest[0]) {
		return s, false
	}
	return lex.UpperFirst(rest), true
}

// cutLateBuyPhoto returns s without the words through a "buy photo"
// after more than buyPhotoMaxBefore words (a caption and its credit,
// which cutBuyPhoto leaves), the next word capitalised, and true: at most
// buyPhotoLateMaxBefore words before it, none a quotation mark and the
// last not "to", and at least buyPhotoLateMinAfter words after it, the
// first opening with a letter. s and false otherwise.
func cutLateBuyPhoto(s string) (string, bool) {
	head := lex.LowerASCII(s[:min(len(s), 320)])
	at := strings.Index(head, " buy photo ")
	if at < 0 {
		return s, false
	}
	before := lex.SpaceFieldsShared(head[:at])
	if len(before) <= buyPhotoMaxBefore || len(before) > buyPhotoLateMaxBefore || before[len(before)-1] == "to" ||
		lex.ContainsAny(head[:at], "\"“”") {
		return s, false
	}
	rest := strings.TrimSpace(s[at+len(" buy photo "):])
	if countWords(rest) < buyPhotoLateMinAfter || !isASCIILetter(rest[0]) || strings.HasPrefix(lex.LowerASCII(rest), "sharing") {
		return s, false
	}
	return lex.UpperFirst(rest), true
}

// cutBuyPhotos cuts the picture buttons and what stands before them
// opening a reader's summary's sentences (cutBuyPhoto, cutLateBuyPhoto).
func cutBuyPhotos(sum *chorus.Summary) {
	cutEach(sum, cutBuyPhoto)
	cutEach(sum, cutLateBuyPhoto)
}
