package chorus

import (
	"errors"
	"fmt"
)

// Error codes, mapped to HTTP statuses by the http package.
const (
	EINVALID  = "invalid"   // the input is malformed or unusable
	ENOTFOUND = "not_found" // the requested item does not exist
	ECONFLICT = "conflict"  // the request conflicts with stored state
	ETOOLARGE = "too_large" // the input exceeds a size limit
	EINTERNAL = "internal"  // an unexpected failure
)

// Error is an application error with a machine-readable code and a message
// fit for users.
type Error struct {
	Code    string
	Message string
}

// Error implements the error interface.
func (e *Error) Error() string { return fmt.Sprintf("chorus: %s: %s", e.Code, e.Message) }

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	default:
		return EINTERNAL
	}
}

// ErrorMessage returns the message of the first *Error in err's chain, or a
// generic message for other errors.
func ErrorMessage(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Message
	default:
		return "internal error"
	}
}

// Sentinel errors for expected rejections.
var (
	// ErrNoArticles means the input held no articles at all.
	ErrNoArticles = &Error{Code: EINVALID, Message: "no articles"}
	// ErrNoText means the articles held no usable text after cleaning.
	ErrNoText = &Error{Code: EINVALID, Message: "no usable text in the articles"}
	// ErrBudgetTooSmall means the word budget cannot hold any sentence fit
	// to open the summary (one that states the event).
	ErrBudgetTooSmall = &Error{Code: EINVALID, Message: "word budget too small for a lead sentence"}
)
