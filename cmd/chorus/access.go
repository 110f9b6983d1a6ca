package main

import (
	"context"
	"log/slog"
	"net"
	"strings"

	"github.com/chorusnews/chorus/service"

	chttp "github.com/chorusnews/chorus/http"
)

// loopbackHosts are the Host names a loopback server always answers.
var loopbackHosts = []string{"localhost", "127.0.0.1", "::1"}

// accessOptions returns the server's access rules for a listener on addr:
// on loopback, writes need no key but the Host header must name loopback
// (or a listed host), which stops DNS rebinding; anywhere else, every
// write needs an API key. Reads need one with private.
func accessOptions(addr net.Addr, allowedHosts string, private bool, metrics string) chttp.Options {
	var o chttp.Options
	for _, h := range strings.Split(allowedHosts, ",") {
		if h = strings.TrimSpace(h); h != "" {
			o.AllowedHosts = append(o.AllowedHosts, h)
		}
	}
	if isLoopback(addr) {
		o.AllowedHosts = append(o.AllowedHosts, loopbackHosts...)
	} else {
		o.RequireKey = true
	}
	o.Private = private
	if private {
		o.RequireKey = true
	}
	if metrics != "open" {
		o.MetricsAccess = metrics
	}
	return o
}

// isLoopback reports whether a listener's address is a loopback one.
func isLoopback(addr net.Addr) bool {
	tcp, ok := addr.(*net.TCPAddr)
	return ok && tcp.IP.IsLoopback()
}

// warnAccess logs what an operator should know about the server's
// exposure: every interface bound, keys required but none valid.
func warnAccess(ctx context.Context, logger *slog.Logger, addr net.Addr, o chttp.Options, svc *service.Service) error {
	if tcp, ok := addr.(*net.TCPAddr); ok && tcp.IP.IsUnspecified() {
		logger.Warn("listening on every network interface: anyone who reaches this port can read; writes need an API key", "addr", addr.String())
	}
	if !o.RequireKey {
		return nil
	}
	keys, err := svc.Keys(ctx)
	if err != nil {
		return err
	}
	for _, k := range keys {
		if k.Revoked.IsZero() {
			return nil
		}
	}
	logger.Warn("writes need an API key and there is none yet: create one with 'chorus keys add'")
	return nil
}
