package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/chorusnews/chorus"
)

// errUsage reports a command-line mistake. A *usageError carries its
// one-line explanation; a bare errUsage was explained already.
var errUsage = errors.New("usage error")

// usageError is a command-line mistake explained in one line. It matches
// errUsage under errors.Is.
type usageError struct{ msg string }

// Error implements the error interface.
func (e *usageError) Error() string { return e.msg }

// Is makes errors.Is(err, errUsage) true.
func (e *usageError) Is(target error) bool { return target == errUsage }

// usagef returns a usage error explained by the formatted message, which
// run prints after "chorus CMD: ".
func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// errorLine renders err as one line for the terminal: the chain of
// contexts without the machine-readable "chorus: CODE: " prefixes of
// *chorus.Error (those are for programs) and without a context repeated by
// the error it wraps.
func errorLine(err error) string {
	s := err.Error()
	for _, code := range []string{chorus.EINVALID, chorus.ENOTFOUND, chorus.ECONFLICT, chorus.ETOOLARGE, chorus.EINTERNAL} {
		s = strings.ReplaceAll(s, "chorus: "+code+": ", "")
	}
	// "cannot read x: cannot read x: …" → "cannot read x: …".
	parts := strings.Split(s, ": ")
	out := parts[:0]
	for i, p := range parts {
		if i > 0 && p == parts[i-1] {
			continue
		}
		out = append(out, p)
	}
	return strings.Join(out, ": ")
}
