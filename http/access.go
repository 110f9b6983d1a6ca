package http

import (
	"context"
	"net"
	"net/http"
	"strings"

	"github.com/chorusnews/chorus"
)

// Metrics access modes of Options.MetricsAccess.
const (
	MetricsOpen     = ""         // anyone who can read may scrape /metrics
	MetricsLoopback = "loopback" // only clients connecting from loopback
	MetricsKey      = "key"      // only requests with a valid API key
)

// Authenticator checks an API key secret and returns the key's ID, or an
// error (EUNAUTHORIZED for an unknown or revoked key).
type Authenticator func(ctx context.Context, secret string) (id string, err error)

// bearer returns the secret of an "Authorization: Bearer SECRET" header,
// or "".
func bearer(r *http.Request) string {
	h := r.Header.Get("Authorization")
	if len(h) > 7 && strings.EqualFold(h[:7], "bearer ") {
		return strings.TrimSpace(h[7:])
	}
	return ""
}

// writer returns the writer of a write request: "key:ID" when it carries
// a valid key, "" (the local operator) when it carries none and keys are
// not required, or an EUNAUTHORIZED error.
func (s *Server) writer(r *http.Request) (string, error) {
	secret := bearer(r)
	if secret == "" && !s.opts.RequireKey {
		return "", nil
	}
	if s.opts.Authenticate == nil {
		return "", chorus.Errorf(chorus.EUNAUTHORIZED, "this server has no API keys")
	}
	if secret == "" {
		return "", chorus.Errorf(chorus.EUNAUTHORIZED, "writes need an API key (Authorization: Bearer KEY; see chorus keys add)")
	}
	id, err := s.opts.Authenticate(r.Context(), secret)
	if err != nil {
		return "", err
	}
	return chorus.WriterKeyPrefix + id, nil
}

// hasKey reports whether r carries a valid API key.
func (s *Server) hasKey(r *http.Request) bool {
	secret := bearer(r)
	if secret == "" || s.opts.Authenticate == nil {
		return false
	}
	_, err := s.opts.Authenticate(r.Context(), secret)
	return err == nil
}

// fromLoopback reports whether r's client connected from a loopback
// address.
func fromLoopback(r *http.Request) bool {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// hostAllowed reports whether r's Host header names one of
// Options.AllowedHosts (any host when the list is empty).
func (s *Server) hostAllowed(r *http.Request) bool {
	if len(s.opts.AllowedHosts) == 0 {
		return true
	}
	host := r.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.Trim(strings.ToLower(host), "[]"), ".")
	for _, a := range s.opts.AllowedHosts {
		if strings.EqualFold(a, host) {
			return true
		}
	}
	return false
}

// guard applies the server's access rules before routing: the Host
// header, private reads and the metrics restriction; writes are checked by
// their handlers. It also sets the headers every answer carries.
func (s *Server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		switch {
		case !s.hostAllowed(r):
			// A DNS-rebinding page reaches a loopback server under its own
			// host name: refuse every name the operator did not list.
			writeErrorCode(w, http.StatusMisdirectedRequest, chorus.EFORBIDDEN, "unknown host")
			return
		case r.URL.Path == "/metrics" && s.opts.MetricsAccess == MetricsLoopback && !fromLoopback(r):
			writeErrorCode(w, http.StatusForbidden, chorus.EFORBIDDEN, "metrics are served to loopback clients only")
			return
		case r.URL.Path == "/metrics" && s.opts.MetricsAccess == MetricsKey && !s.hasKey(r):
			s.writeError(w, r, chorus.Errorf(chorus.EUNAUTHORIZED, "metrics need an API key"))
			return
		case s.opts.Private && r.Method != http.MethodPost && r.URL.Path != "/healthz" && !strings.HasPrefix(r.URL.Path, "/static/") && !s.hasKey(r):
			s.writeError(w, r, chorus.Errorf(chorus.EUNAUTHORIZED, "this server is private: reads need an API key (Authorization: Bearer KEY)"))
			return
		}
		next.ServeHTTP(w, r)
	})
}
