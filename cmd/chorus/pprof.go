package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"time"
)

// servePprof serves Go's runtime profiles (net/http/pprof: /debug/pprof/
// and its profile, heap, goroutine, trace ... pages) on addr until ctx is
// done. It is `chorus serve --pprof`, off by default; addr must be a
// loopback address (127.0.0.1:6060, [::1]:6060, localhost:6060), as the
// profiles show the process's internals and a CPU profile costs CPU. The
// listener is bound before servePprof returns; it returns a function that
// waits for the server to stop.
func servePprof(ctx context.Context, addr string, logger *slog.Logger) (wait func(), err error) {
	if err := loopbackAddr(addr); err != nil {
		return nil, err
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("cannot listen on %s for profiles: %w", addr, err)
	}
	if !isLoopback(ln.Addr()) {
		ln.Close()
		return nil, usagef("--pprof %s: profiles are served on a loopback address only", addr)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	// No write timeout: a CPU profile or trace answers after its seconds.
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logger.Error("profile server failed", "err", err)
		}
	}()
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		if err := srv.Shutdown(sctx); err != nil {
			srv.Close()
		}
	}()
	logger.Info("serving profiles", "url", "http://"+ln.Addr().String()+"/debug/pprof/")
	return func() { <-done }, nil
}

// loopbackAddr checks that a HOST:PORT names a loopback host: a loopback
// IP or "localhost".
func loopbackAddr(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return usagef("bad --pprof %q: want HOST:PORT, e.g. 127.0.0.1:6060", addr)
	}
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return usagef("--pprof %s: profiles are served on a loopback address only (127.0.0.1, ::1 or localhost)", addr)
}
