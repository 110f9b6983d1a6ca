package feed

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// validUTF8 applies Chorus's UTF-8 policy (chorus.ValidUTF8: invalid bytes
// read as Windows-1252) to a fetched feed document, so that one stray byte
// no longer fails the whole XML feed or becomes U+FFFD in a JSON feed. A
// document whose XML declaration names another encoding is left to the
// feed parser, which decodes it.
func validUTF8(doc []byte) []byte {
	if utf8.Valid(doc) || otherEncoding(doc) {
		return doc
	}
	return []byte(chorus.ValidUTF8(string(doc)))
}

// otherEncoding reports whether doc opens with an XML declaration naming an
// encoding other than UTF-8.
func otherEncoding(doc []byte) bool {
	doc = bytes.TrimLeft(bytes.TrimPrefix(doc, []byte("\uFEFF")), " \t\r\n")
	if !bytes.HasPrefix(doc, []byte("<?xml")) {
		return false
	}
	decl, _, ok := bytes.Cut(doc, []byte("?>"))
	if !ok {
		return false
	}
	_, after, ok := bytes.Cut(decl, []byte("encoding"))
	if !ok {
		return false
	}
	after = bytes.TrimLeft(after, " \t\r\n=")
	if len(after) == 0 || (after[0] != '"' && after[0] != '\'') {
		return false
	}
	name, _, _ := bytes.Cut(after[1:], after[:1])
	switch strings.ToLower(string(bytes.TrimSpace(name))) {
	case "utf-8", "utf8", "":
		return false
	}
	return true
}
