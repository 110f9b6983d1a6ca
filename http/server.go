// Package http is the outward face of the story service: the JSON API, the
// web pages and the Prometheus metrics, all served over net/http on top of a
// chorus.StoryService. It sits at the very end of the service half: articles
// come in through POST /api/articles and leave as stories with attributed
// summaries.
package http

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/prometheus/client_golang/prometheus"
)

// Defaults used when the matching Options field is zero.
const (
	DefaultMaxBodyBytes      = 16 << 20
	DefaultReadHeaderTimeout = 5 * time.Second
	DefaultReadTimeout       = 30 * time.Second
	DefaultWriteTimeout      = 60 * time.Second
	DefaultIdleTimeout       = 120 * time.Second
	DefaultShutdownTimeout   = 10 * time.Second
)

// Options configures a Server. The zero value means defaults.
type Options struct {
	// MaxBodyBytes caps request bodies; zero means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// ReadHeaderTimeout, ReadTimeout, WriteTimeout and IdleTimeout are passed
	// to net/http.Server; zero means the Default* constants.
	ReadHeaderTimeout, ReadTimeout, WriteTimeout, IdleTimeout time.Duration
	// ShutdownTimeout bounds the graceful shutdown; zero means
	// DefaultShutdownTimeout.
	ShutdownTimeout time.Duration
	// Registry receives the server's metrics and is served at /metrics; nil
	// means a fresh registry of the server's own.
	Registry *prometheus.Registry
	// Logger receives request errors; nil discards them.
	Logger *slog.Logger

	// Authenticate checks API keys; nil means the server knows no keys.
	Authenticate Authenticator
	// RequireKey makes every write need a valid API key; without it, a
	// write with no key is the local operator's.
	RequireKey bool
	// Private makes every read (pages and API, but not /healthz and
	// static files) need a valid API key too; it implies RequireKey.
	Private bool
	// AllowedHosts, when set, lists the host names (without port) that
	// requests may carry in their Host header; others are refused with
	// 421, which stops DNS rebinding against a loopback server.
	AllowedHosts []string
	// MetricsAccess restricts /metrics: MetricsOpen, MetricsLoopback or
	// MetricsKey.
	MetricsAccess string
	// FetchPage, when set, fetches and reads the page of an article posted
	// with a url and no text (chorus serve passes a fetch.Fetcher behind
	// the address guard); at most MaxFetchesPerRequest such articles per
	// request. Nil refuses them: the text is required.
	FetchPage func(ctx context.Context, url string) (chorus.Article, error)
}

// MaxFetchesPerRequest caps the articles of one POST /api/articles that
// the server fetches by URL, so that one request cannot make it fetch
// hundreds of pages.
const MaxFetchesPerRequest = 10

// Server serves the JSON API and the web pages for a StoryService.
type Server struct {
	svc     chorus.StoryService
	opts    Options
	mux     *http.ServeMux
	routes  []string
	metrics *metrics
	pages   *pages
	handler http.Handler
}

// NewServer returns a Server for svc. It panics only if the embedded
// templates are broken, which the package tests rule out.
func NewServer(svc chorus.StoryService, opts Options) *Server {
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	opts.ReadHeaderTimeout = orDefault(opts.ReadHeaderTimeout, DefaultReadHeaderTimeout)
	opts.ReadTimeout = orDefault(opts.ReadTimeout, DefaultReadTimeout)
	opts.WriteTimeout = orDefault(opts.WriteTimeout, DefaultWriteTimeout)
	opts.IdleTimeout = orDefault(opts.IdleTimeout, DefaultIdleTimeout)
	opts.ShutdownTimeout = orDefault(opts.ShutdownTimeout, DefaultShutdownTimeout)
	if opts.Registry == nil {
		opts.Registry = prometheus.NewRegistry()
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Private {
		opts.RequireKey = true
	}
	s := &Server{svc: svc, opts: opts, mux: http.NewServeMux(), pages: mustParsePages()}
	s.metrics = newMetrics(opts.Registry)
	s.registerRoutes()
	s.handler = s.instrument(s.guard(s.mux))
	return s
}

func orDefault(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}

// registerRoutes lists every route the server answers.
func (s *Server) registerRoutes() {
	s.handle("POST /api/articles", s.handlePostArticles)
	s.handle("GET /api/articles/{id}", s.handleGetArticle)
	s.handle("GET /api/stories", s.handleListStories)
	s.handle("GET /api/stories/{id}", s.handleGetStory)
	s.handle("GET /healthz", s.handleHealth)
	s.handle("GET /metrics", s.handleMetrics)
	s.handle("GET /openapi.json", s.handleOpenAPI)
	s.handle("GET /{$}", s.handleHomePage)
	s.handle("GET /stories/{id}", s.handleStoryPage)
	s.handle("GET /articles/{id}", s.handleArticlePage)
	s.handle("GET /static/{file}", s.handleStatic)
}

func (s *Server) handle(pattern string, h http.HandlerFunc) {
	s.routes = append(s.routes, pattern)
	s.mux.HandleFunc(pattern, h)
}

// Routes returns the patterns of every registered route, in registration
// order.
func (s *Server) Routes() []string { return append([]string(nil), s.routes...) }

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Serve answers requests on ln until ctx is done, then shuts down
// gracefully, waiting at most Options.ShutdownTimeout for open requests.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: s.opts.ReadHeaderTimeout,
		ReadTimeout:       s.opts.ReadTimeout,
		WriteTimeout:      s.opts.WriteTimeout,
		IdleTimeout:       s.opts.IdleTimeout,
		ErrorLog:          slog.NewLogLogger(s.opts.Logger.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("cannot serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), s.opts.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("cannot shut down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("cannot serve: %w", err)
	}
	return nil
}

// ListenAndServe listens on addr and calls Serve.
func (s *Server) ListenAndServe(ctx context.Context, addr string) error {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %w", addr, err)
	}
	return s.Serve(ctx, ln)
}
