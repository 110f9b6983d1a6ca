package postgres

import (
	"net"
	"sync/atomic"
	"testing"
	"time"
)

// BreakWake points db's wake-ups at a socket that is closed, as when the
// assigner that named it died, and reports whether db had heard a target.
func BreakWake(t testing.TB, db *DB) bool {
	t.Helper()
	heard := db.wake.target.Load() != nil
	c, err := net.ListenUDP("udp", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		t.Fatal(err)
	}
	port := c.LocalAddr().(*net.UDPAddr).Port
	c.Close()
	db.wake.target.Store(&wakeTarget{addr: &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1), Port: port}, token: []byte("0123")})
	return heard
}

func TestParseWake(t *testing.T) {
	for _, c := range []struct {
		name, payload, host string
		port                int // 0: no target
		token               string
	}{
		{"alone", "wake=box/4242/ab12", "box", 4242, "ab12"},
		{"before decisions", "wake=box/4242/ab12,7:3:,8:3:a1", "box", 4242, "ab12"},
		{"other host", "wake=other/4242/ab12,7:3:", "box", 0, ""},
		{"no host known", "wake=/4242/ab12", "", 0, ""},
		{"decisions only", "7:3:,8:3:a1", "box", 0, ""},
		{"empty", "", "box", 0, ""},
		{"bad port", "wake=box/port/ab12", "box", 0, ""},
		{"port out of range", "wake=box/70000/ab12", "box", 0, ""},
		{"no token", "wake=box/4242/", "box", 0, ""},
		{"extra field", "wake=box/4242/ab12/x", "box", 0, ""},
		{"not first", "7:3:,wake=box/4242/ab12", "box", 0, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := parseWake(c.payload, c.host)
			switch {
			case c.port == 0 && got != nil:
				t.Errorf("parseWake(%q, %q) = %v, want none", c.payload, c.host, got.addr)
			case c.port != 0 && got == nil:
				t.Errorf("parseWake(%q, %q) = none, want port %d", c.payload, c.host, c.port)
			case c.port != 0 && (got.addr.Port != c.port || !got.addr.IP.IsLoopback() || string(got.token) != c.token):
				t.Errorf("parseWake(%q, %q) = %v %q, want loopback port %d token %q", c.payload, c.host, got.addr, got.token, c.port, c.token)
			}
		})
	}
}

// TestWakeSocket sends datagrams to an assigner's socket: one with another
// token does not wake it, one with its token does, and the socket's
// payload entry names it.
func TestWakeSocket(t *testing.T) {
	var pokes atomic.Int64
	poked := make(chan struct{}, 10)
	w := listenWake("box", func() { pokes.Add(1); poked <- struct{}{} })
	if w == nil {
		t.Fatal("cannot bind a loopback socket")
	}
	defer w.close()
	target := parseWake(joinPayload(w.entry, "7:3:"), "box")
	if target == nil || target.addr.Port != w.conn.LocalAddr().(*net.UDPAddr).Port {
		t.Fatalf("entry %q does not name the socket", w.entry)
	}
	var k waker
	defer k.close()
	if !k.send(&wakeTarget{addr: target.addr, token: []byte("not the token")}) || !k.send(target) {
		t.Fatal("cannot send")
	}
	select {
	case <-poked:
	case <-time.After(10 * time.Second):
		t.Fatal("the token did not wake the socket's owner")
	}
	// Loopback datagrams of one sender arrive in order: the first was read
	// (and ignored) before the second woke it.
	if n := pokes.Load(); n != 1 {
		t.Errorf("%d wake-ups from a wrong and a right token, want 1", n)
	}
	if n := k.sent.Load(); n != 2 {
		t.Errorf("counted %d datagrams sent, want 2", n)
	}
	if len(w.token) != 32 {
		t.Errorf("token %q is not 16 bytes in hex", w.token)
	}
}
