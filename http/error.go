package http

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/chorusnews/chorus"
)

// codes maps chorus error codes to HTTP statuses.
var codes = map[string]int{
	chorus.EINVALID:  http.StatusBadRequest,
	chorus.ENOTFOUND: http.StatusNotFound,
	chorus.ECONFLICT: http.StatusConflict,
	chorus.ETOOLARGE: http.StatusRequestEntityTooLarge,
	chorus.EINTERNAL: http.StatusInternalServerError,

	chorus.EUNAUTHORIZED: http.StatusUnauthorized,
	chorus.EFORBIDDEN:    http.StatusForbidden,
}

// ErrorStatus returns the HTTP status for a chorus error code.
func ErrorStatus(code string) int {
	if s, ok := codes[code]; ok {
		return s
	}
	return http.StatusInternalServerError
}

// errorBody is the JSON shape of every API error.
type errorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// writeError writes err as a JSON error. Internal errors are logged and
// answered with a generic message.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	code, msg := chorus.ErrorCode(err), chorus.ErrorMessage(err)
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		code, msg = chorus.ETOOLARGE, "request body too large"
	}
	if errors.Is(err, errUnsupportedMedia) {
		writeErrorCode(w, http.StatusUnsupportedMediaType, chorus.EINVALID, "Content-Type must be application/json")
		return
	}
	if code == chorus.EUNAUTHORIZED {
		w.Header().Set("WWW-Authenticate", `Bearer realm="chorus"`)
	}
	if code == chorus.EINTERNAL {
		s.opts.Logger.ErrorContext(r.Context(), "request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		msg = "internal error"
	}
	writeErrorCode(w, ErrorStatus(code), code, msg)
}

// writeErrorCode writes a JSON error with an explicit status.
func writeErrorCode(w http.ResponseWriter, status int, code, msg string) {
	var b errorBody
	b.Error.Code, b.Error.Message = code, msg
	writeJSON(w, status, b)
}

// writeJSON writes v as JSON with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}
