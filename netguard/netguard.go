// Package netguard guards the service's outbound fetches (feeds, pages)
// against server-side request forgery. It sits at the start of the service
// half, under the feed poller: every connection it opens is checked at dial
// time, on the IP address the name resolved to, so a feed cannot reach the
// service itself, another local port, the private network or a cloud
// metadata endpoint — not directly, not through a redirect and not through
// a DNS name that resolves to such an address. Operators who want an
// internal feed allow its network or host name explicitly.
package netguard

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"syscall"
	"time"
)

// Options configures a Guard. The zero value refuses every non-public
// address and allows everything else.
type Options struct {
	// Allow lists networks that may be reached even though they are not
	// public (an internal feed server's 10.1.2.0/24, say).
	Allow []netip.Prefix
	// AllowHosts lists host names (compared without case) whose
	// connections are not checked: whatever they resolve to is allowed.
	AllowHosts []string
	// DialTimeout bounds one connection attempt; zero means 10s.
	DialTimeout time.Duration
}

// Guard decides which addresses outbound connections may reach.
type Guard struct {
	allow []netip.Prefix
	hosts map[string]bool
	opts  Options
}

// New returns a Guard for opts.
func New(opts Options) *Guard {
	if opts.DialTimeout <= 0 {
		opts.DialTimeout = 10 * time.Second
	}
	g := &Guard{allow: opts.Allow, hosts: map[string]bool{}, opts: opts}
	for _, h := range opts.AllowHosts {
		g.hosts[strings.ToLower(strings.TrimSuffix(h, "."))] = true
	}
	return g
}

// ParseAllow parses an operator's allow-list: comma-separated CIDR
// prefixes (10.0.0.0/8), single addresses (192.168.1.5) and host names
// (feeds.internal). An empty list allows nothing extra.
func ParseAllow(list string) (Options, error) {
	var o Options
	for _, item := range strings.Split(list, ",") {
		item = strings.TrimSpace(item)
		switch {
		case item == "":
			continue
		case strings.Contains(item, "/"):
			p, err := netip.ParsePrefix(item)
			if err != nil {
				return Options{}, fmt.Errorf("cannot parse allow-list entry %q: %w", item, err)
			}
			o.Allow = append(o.Allow, p.Masked())
		default:
			if a, err := netip.ParseAddr(item); err == nil {
				o.Allow = append(o.Allow, netip.PrefixFrom(a, a.BitLen()))
				continue
			}
			if strings.ContainsAny(item, " :/@") {
				return Options{}, fmt.Errorf("cannot parse allow-list entry %q: not a network, address or host name", item)
			}
			o.AllowHosts = append(o.AllowHosts, item)
		}
	}
	return o, nil
}

// RefusedError is returned, wrapped, when a connection is refused.
type RefusedError struct {
	// Addr is the address the connection would have reached.
	Addr netip.Addr
	// Reason names the kind of address: "loopback", "private" and so on.
	Reason string
}

// Error implements the error interface.
func (e *RefusedError) Error() string {
	return fmt.Sprintf("address guard refused %s: %s address (allow it with the fetch allow-list)", e.Addr, e.Reason)
}

// Check returns a *RefusedError when the guard refuses addr, else nil.
func (g *Guard) Check(addr netip.Addr) error {
	addr = addr.Unmap()
	for _, p := range g.allow {
		if p.Contains(addr) {
			return nil
		}
	}
	if reason := Blocked(addr); reason != "" {
		return &RefusedError{Addr: addr, Reason: reason}
	}
	return nil
}

// special lists the non-public ranges that netip's predicates do not
// name, with the reason reported for each.
var special = []struct {
	prefix netip.Prefix
	reason string
}{
	{netip.MustParsePrefix("0.0.0.0/8"), "unspecified"},
	{netip.MustParsePrefix("100.64.0.0/10"), "shared (carrier-grade NAT, cloud metadata)"},
	{netip.MustParsePrefix("192.0.0.0/24"), "reserved"},
	{netip.MustParsePrefix("192.0.2.0/24"), "documentation"},
	{netip.MustParsePrefix("198.18.0.0/15"), "benchmarking"},
	{netip.MustParsePrefix("198.51.100.0/24"), "documentation"},
	{netip.MustParsePrefix("203.0.113.0/24"), "documentation"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved"},
	{netip.MustParsePrefix("2001:db8::/32"), "documentation"},
	{netip.MustParsePrefix("100::/64"), "discard"},
}

// IPv6 ranges that carry an IPv4 address: NAT64 (the last four bytes) and
// 6to4 (bytes 2 to 5).
var (
	nat64     = netip.MustParsePrefix("64:ff9b::/96")
	sixToFour = netip.MustParsePrefix("2002::/16")
)

// Blocked returns why addr is not a public unicast address ("loopback",
// "private", "link-local" — which holds the 169.254.169.254 metadata
// endpoint —, "unspecified", "multicast" and so on), or "" when it is one.
// An IPv4 address inside IPv6 (mapped, NAT64 or 6to4) is judged as IPv4.
func Blocked(addr netip.Addr) string {
	addr = addr.Unmap()
	if addr.Is6() {
		b := addr.As16()
		switch {
		case nat64.Contains(addr):
			return Blocked(netip.AddrFrom4([4]byte(b[12:16])))
		case sixToFour.Contains(addr):
			return Blocked(netip.AddrFrom4([4]byte(b[2:6])))
		}
	}
	switch {
	case !addr.IsValid():
		return "invalid"
	case addr.IsLoopback():
		return "loopback"
	case addr.IsUnspecified():
		return "unspecified"
	case addr.IsPrivate():
		return "private"
	case addr.IsLinkLocalUnicast():
		return "link-local"
	case addr.IsMulticast(), addr.IsLinkLocalMulticast(), addr.IsInterfaceLocalMulticast():
		return "multicast"
	case addr == netip.AddrFrom4([4]byte{255, 255, 255, 255}):
		return "broadcast"
	}
	for _, s := range special {
		if s.prefix.Contains(addr) {
			return s.reason
		}
	}
	return ""
}

// DialContext connects like net.Dialer.DialContext, refusing, through the
// dialer's Control hook, every connection to an address the guard refuses.
// The hook sees the resolved address of each attempt, so names that
// resolve to loopback are refused like 127.0.0.1 itself. Connections to a
// host on Options.AllowHosts are not checked.
func (g *Guard) DialContext(ctx context.Context, network, address string) (net.Conn, error) {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return nil, fmt.Errorf("cannot dial %s: %w", address, err)
	}
	d := &net.Dialer{Timeout: g.opts.DialTimeout}
	if !g.hosts[strings.ToLower(strings.TrimSuffix(host, "."))] {
		d.Control = g.control
	}
	return d.DialContext(ctx, network, address)
}

// control is the net.Dialer.Control hook: address is the resolved IP and
// port about to be connected.
func (g *Guard) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("cannot check address %s: %w", address, err)
	}
	return g.Check(ap.Addr())
}

// Transport returns an http.Transport whose every connection goes through
// the guard. It uses no proxy from the environment (a proxy would make the
// guard check the proxy, not the target).
func (g *Guard) Transport() *http.Transport {
	return &http.Transport{
		Proxy:                 nil,
		DialContext:           g.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 30 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
}

// Client returns an http.Client over Transport that follows at most
// maxRedirects redirects (each new connection checked again); zero means
// 5.
func (g *Guard) Client(maxRedirects int) *http.Client {
	if maxRedirects <= 0 {
		maxRedirects = 5
	}
	return &http.Client{
		Transport: g.Transport(),
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= maxRedirects {
				return fmt.Errorf("cannot follow more than %d redirects", maxRedirects)
			}
			return nil
		},
	}
}
