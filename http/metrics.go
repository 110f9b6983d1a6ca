package http

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics holds the server's Prometheus collectors.
type metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	ingested *prometheus.CounterVec
}

func newMetrics(reg *prometheus.Registry) *metrics {
	m := &metrics{
		reg: reg,
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "chorus_http_requests_total",
			Help: "HTTP requests by route pattern, method and status.",
		}, []string{"route", "method", "status"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "chorus_http_request_duration_seconds",
			Help:    "HTTP request latency by route pattern and status.",
			Buckets: prometheus.DefBuckets,
		}, []string{"route", "status"}),
		ingested: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "chorus_http_ingested_articles_total",
			Help: "Articles ingested through the API by result status.",
		}, []string{"status"}),
	}
	reg.MustRegister(m.requests, m.latency, m.ingested)
	return m
}

func (s *Server) handleMetrics(w http.ResponseWriter, r *http.Request) {
	promhttp.HandlerFor(s.metrics.reg, promhttp.HandlerOpts{}).ServeHTTP(w, r)
}

// statusWriter records the status a handler writes. For requests no route
// matches it replaces the mux's plain-text 404 and 405 answers with the
// server's own JSON or HTML errors.
type statusWriter struct {
	http.ResponseWriter
	status    int
	intercept bool // replace error bodies
	dropped   bool // the body is being dropped
}

func (sw *statusWriter) WriteHeader(code int) {
	if sw.status != 0 {
		return
	}
	sw.status = code
	if sw.intercept && code >= 400 {
		sw.dropped = true
		return
	}
	sw.ResponseWriter.WriteHeader(code)
}

func (sw *statusWriter) Write(b []byte) (int, error) {
	if sw.status == 0 {
		sw.WriteHeader(http.StatusOK)
	}
	if sw.dropped {
		return len(b), nil
	}
	return sw.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (sw *statusWriter) Unwrap() http.ResponseWriter { return sw.ResponseWriter }

// instrument counts and times every request and gives unmatched requests
// proper error bodies.
func (s *Server) instrument(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		_, pattern := s.mux.Handler(r)
		sw := &statusWriter{ResponseWriter: w, intercept: pattern == ""}
		next.ServeHTTP(sw, r)
		if sw.status == 0 {
			sw.status = http.StatusOK
		}
		if sw.dropped {
			s.writeUnmatched(w, r, sw.status)
		}
		route := r.Pattern
		if route == "" {
			route = "unmatched"
		}
		status := strconv.Itoa(sw.status)
		s.metrics.requests.WithLabelValues(route, r.Method, status).Inc()
		s.metrics.latency.WithLabelValues(route, status).Observe(time.Since(start).Seconds())
	})
}

// writeUnmatched answers a request that matched no route: JSON under /api/,
// an HTML page elsewhere.
func (s *Server) writeUnmatched(w http.ResponseWriter, r *http.Request, status int) {
	h := w.Header()
	h.Del("Content-Type")
	h.Del("X-Content-Type-Options")
	msg := "no such page"
	if status == http.StatusMethodNotAllowed {
		msg = "method " + r.Method + " not allowed here"
	}
	if strings.HasPrefix(r.URL.Path, "/api/") || r.URL.Path == "/healthz" || r.URL.Path == "/metrics" || r.URL.Path == "/openapi.json" {
		code := "not_found"
		if status == http.StatusMethodNotAllowed {
			code = "method_not_allowed"
		}
		writeErrorCode(w, status, code, msg)
		return
	}
	s.renderError(w, r, status, msg)
}
