package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

// badCase is one bad request and the status it must get.
type badCase struct {
	name   string
	method string
	path   string
	body   []byte
	header map[string]string
	want   int
	// check, when set, looks at the answer's body too.
	check func(body []byte) string
}

// rss returns a one-item RSS document whose item text is text.
func rss(title, text string) string {
	return `<?xml version="1.0"?><rss version="2.0"><channel><title>` + title + `</title><item><guid>` + title +
		`-1</guid><title>` + title + ` item</title><link>https://feeds.example/` + title + `/1</link><description>` + text + `</description></item></channel></rss>`
}

// listen starts an HTTP server on addr (loopback) and returns its port.
func listen(addr string, h http.Handler) (string, func(), error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", nil, err
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	return port, func() { srv.Close() }, nil
}

// badInputs runs the bad-input corpus and the SSRF feeds against one
// server and prints each case with the status expected and got.
func badInputs(ctx context.Context, c config) error {
	dir, err := os.MkdirTemp("", "chorus-badinput-")
	if err != nil {
		return err
	}
	if !c.keep {
		defer os.RemoveAll(dir)
	}
	// Internal content the feeds must never publish.
	secret := fmt.Sprintf("INTERNALSECRET%d", time.Now().UnixNano())
	innerPort, stopInner, err := listen("127.0.0.1:0", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rss("internal", "The internal page says "+secret+"."))
	}))
	if err != nil {
		return err
	}
	defer stopInner()
	// The allowed feed host, 127.0.0.2, serves one good feed and redirects
	// elsewhere into loopback.
	outerPort, stopOuter, err := listen("127.0.0.2:0", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, rss("allowed", "The allowed feed reports the harbour reopened on Tuesday after repairs."))
		case "/to-ip":
			http.Redirect(w, r, "http://127.0.0.1:"+innerPort+"/feed", http.StatusFound)
		case "/to-name":
			http.Redirect(w, r, "http://localhost:"+innerPort+"/feed", http.StatusMovedPermanently)
		case "/to-metadata":
			http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
		default:
			http.NotFound(w, r)
		}
	}))
	if err != nil {
		return fmt.Errorf("cannot listen on 127.0.0.2 (needed for the redirect cases): %w", err)
	}
	defer stopOuter()
	feeds := []struct {
		name, url string
		refused   bool
	}{
		{"loopback IP", "http://127.0.0.1:" + innerPort + "/feed", true},
		{"name resolving to loopback (localhost)", "http://localhost:" + innerPort + "/feed", true},
		{"IPv6 loopback", "http://[::1]:" + innerPort + "/feed", true},
		{"unspecified 0.0.0.0", "http://0.0.0.0:" + innerPort + "/feed", true},
		{"cloud metadata 169.254.169.254", "http://169.254.169.254/latest/meta-data/", true},
		{"private 10.0.0.1", "http://10.0.0.1/feed", true},
		{"allowed host redirecting to 127.0.0.1", "http://127.0.0.2:" + outerPort + "/to-ip", true},
		{"allowed host redirecting to localhost", "http://127.0.0.2:" + outerPort + "/to-name", true},
		{"allowed host redirecting to metadata", "http://127.0.0.2:" + outerPort + "/to-metadata", true},
		{"allowed host (--fetch-allow 127.0.0.2), control", "http://127.0.0.2:" + outerPort + "/feed", false},
	}
	for _, f := range feeds {
		if _, err := runChorus(ctx, c, "feeds", "add", "--data", dir, f.url); err != nil {
			return err
		}
	}
	var keys []string
	for range 2 {
		out, err := runChorus(ctx, c, "keys", "add", "--data", dir)
		if err != nil {
			return err
		}
		keys = append(keys, strings.TrimSpace(out))
	}
	srv, err := startServer(ctx, c, dir, "--poll", "1h", "--fetch-allow", "127.0.0.2")
	if err != nil {
		return err
	}
	defer srv.stop()

	// The SSRF feeds: the poller polls every feed at start.
	type feedState struct {
		URL        string    `json:"url"`
		LastPolled time.Time `json:"last_polled"`
		LastError  string    `json:"last_error"`
	}
	var states []feedState
	for deadline := time.Now().Add(90 * time.Second); ; {
		out, err := runChorus(ctx, c, "feeds", "list", "--json", "--data", dir)
		if err != nil {
			return err
		}
		states = nil
		if err := json.Unmarshal([]byte(out), &states); err != nil {
			return err
		}
		polled := 0
		for _, s := range states {
			if !s.LastPolled.IsZero() {
				polled++
			}
		}
		if polled == len(feeds) {
			break
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("only %d of %d feeds polled within 90 s", polled, len(feeds))
		}
		time.Sleep(500 * time.Millisecond)
	}
	failures := 0
	fmt.Printf("## Bad input\n\nOne `chorus serve --fetch-allow 127.0.0.2` on loopback with two API keys. Feeds are polled once at start; a feed passes when the address guard refuses it (or, for the control, when it is fetched).\n\n")
	fmt.Println("| feed | expected | got | pass |\n|---|---|---|---|")
	byURL := map[string]feedState{}
	for _, s := range states {
		byURL[s.URL] = s
	}
	for _, f := range feeds {
		norm := f.url
		if u, err := url.Parse(f.url); err == nil && u.Path == "" {
			norm += "/"
		}
		s, ok := byURL[norm]
		got, refused := "not found", false
		if ok {
			got = "fetched"
			if s.LastError != "" {
				refused = strings.Contains(s.LastError, "address guard refused")
				// The guard's own words, from the dial on.
				got = s.LastError
				if i := strings.Index(got, "dial tcp"); i >= 0 {
					got = got[i:]
				}
				got = strings.ReplaceAll(got, "|", "/")
			}
		}
		pass := ok && refused == f.refused
		want := "refused by the address guard"
		if !f.refused {
			want = "fetched"
		}
		if !pass {
			failures++
		}
		fmt.Printf("| %s | %s | %s | %s |\n", f.name, want, got, mark(pass))
	}
	if _, body, err := srv.get(ctx, "/api/stories?q="+secret, nil); err != nil || bytes.Contains(body, []byte(secret)) || !bytes.Contains(body, []byte(`"total": 0`)) {
		fmt.Printf("\n**the internal content reached the stories** (%v)\n", err)
		failures++
	} else {
		fmt.Printf("\nThe internal page's text is in no story.\n")
	}

	// A stored article of key 1, for the rewrite cases.
	orig := `{"url":"https://paper.example/harbour?id=3","title":"Harbour reopens","source":"Port Gazette","text":"The harbour reopened on Tuesday after repairs to the sea wall were finished."}`
	if st, _, err := srv.post(ctx, []byte(orig), map[string]string{"Authorization": "Bearer " + keys[0]}); err != nil || st != 201 {
		return fmt.Errorf("cannot store the original article: %d %v", st, err)
	}
	forged := `{"url":"HTTPS://Paper.EXAMPLE/harbour?utm_source=x&id=3#top","title":"Harbour closed forever","source":"Port Gazette","text":"Officials said the harbour will never reopen."}`
	a := func(fields string) []byte { return []byte("{" + fields + "}") }
	big := func(n int) string { return strings.Repeat("x", n) }
	text := `"text":"The council voted on Tuesday to repair the old bridge."`
	short := func(body []byte) string {
		if len(body) > 1024 {
			return fmt.Sprintf("answer of %d bytes echoes the input", len(body))
		}
		return ""
	}
	cases := []badCase{
		{name: "5 MB title", body: a(`"title":"` + big(5<<20) + `",` + text), want: 400, check: short},
		{name: "5 MB source", body: a(`"source":"` + big(5<<20) + `",` + text), want: 400, check: short},
		{name: "3 KB URL", body: a(`"url":"https://x.example/` + big(3000) + `",` + text), want: 400, check: short},
		{name: "300-byte id", body: a(`"id":"` + big(300) + `",` + text), want: 400, check: short},
		{name: "1.5 MB text", body: a(`"text":"` + strings.Repeat("word ", 300000) + `"`), want: 413, check: short},
		{name: "17 MiB body", body: a(`"text":"` + big(17<<20) + `"`), want: 413, check: short},
		{name: "1001 articles", body: []byte("[" + strings.TrimSuffix(strings.Repeat("{"+text+"},", 1001), ",") + "]"), want: 413},
		// The way-in policy (chorus.ValidUTF8) reads stray bytes as
		// Windows-1252: stored as "café ÿþ", not refused.
		{name: "invalid UTF-8 in the text (raw bytes, repaired as Windows-1252)", body: []byte("{\"text\":\"caf\xe9 \xff\xfe council vote on the bridge\"}"), want: 201},
		{name: "NUL in the text", body: a(`"text":"a\u0000b council vote"`), want: 400},
		{name: "NUL in the URL", body: a(`"url":"https://x.example/\u0000",` + text), want: 400, check: func(b []byte) string {
			if !bytes.Contains(b, []byte("url contains a NUL")) {
				return "message does not name the URL: " + string(b)
			}
			return ""
		}},
		{name: "javascript: URL", body: a(`"url":"javascript:alert(1)",` + text), want: 400},
		{name: "file: URL", body: a(`"url":"file:///etc/passwd",` + text), want: 400},
		{name: "deep JSON (100,000 nested arrays)", body: []byte(strings.Repeat("[", 100000) + strings.Repeat("]", 100000)), want: 400},
		{name: "deep JSON inside a field", body: a(`"text":` + strings.Repeat("[", 10000) + strings.Repeat("]", 10000)), want: 400},
		{name: "wrong type: numeric id", body: a(`"id":5,` + text), want: 400},
		{name: "wrong type: text array", body: a(`"text":["a"]`), want: 400},
		{name: "wrong type: published not a time", body: a(`"published":"yesterday",` + text), want: 400},
		{name: "unknown field", body: a(`"author":"me",` + text), want: 400},
		{name: "trailing data", body: []byte(`{` + text + `} {}`), want: 400},
		{name: "empty array", body: []byte(`[]`), want: 400},
		{name: "text/plain body", body: a(text), header: map[string]string{"Content-Type": "text/plain"}, want: 415},
		{name: "bad API key", body: a(text), header: map[string]string{"Authorization": "Bearer chorus_wrong"}, want: 401},
		{name: "rewrite of key 1's article by key 2 (URL case, utm_, fragment)", body: []byte(forged), header: map[string]string{"Authorization": "Bearer " + keys[1]}, want: 403},
		{name: "rewrite of key 1's article without a key", body: []byte(forged), want: 403},
		{name: "DNS rebinding: foreign Host on a write", body: a(text), header: map[string]string{"Host": "attacker.example"}, want: 421},
		{name: "DNS rebinding: foreign Host on a read", method: "GET", path: "/api/stories", header: map[string]string{"Host": "attacker.example"}, want: 421},
		{name: "unknown 100 KB article id", method: "GET", path: "/api/articles/" + big(100<<10), want: 404, check: short},
		{name: "story id not a number", method: "GET", path: "/api/stories/abc", want: 400},
		{name: "article page size 100,000", method: "GET", path: "/api/stories/1?limit=100000", want: 400},
		{name: "since not a time", method: "GET", path: "/api/stories/1?since=" + big(5000), want: 400, check: short},
	}
	fmt.Println("\n| request | expected | got | pass |\n|---|---|---|---|")
	for _, bc := range cases {
		got, note := doCase(ctx, srv, bc)
		pass := got == bc.want && note == ""
		if !pass {
			failures++
		}
		gotText := fmt.Sprint(got)
		if note != "" {
			gotText += " (" + note + ")"
		}
		fmt.Printf("| %s | %d | %s | %s |\n", bc.name, bc.want, gotText, mark(pass))
	}
	// The original is intact.
	_, body, err := srv.get(ctx, "/api/stories?q=harbour+reopened", nil)
	if err != nil || !bytes.Contains(body, []byte(`"total": 1`)) {
		fmt.Printf("\n**the original article's story is gone** (%v)\n", err)
		failures++
	}
	fmt.Printf("\n%d of %d cases failed.\n\n", failures, len(cases)+len(feeds)+1)
	if failures > 0 {
		return fmt.Errorf("%d bad-input cases failed", failures)
	}
	return nil
}

// doCase sends one bad request and returns the status and a note from the
// case's check.
func doCase(ctx context.Context, srv *server, bc badCase) (int, string) {
	if bc.method == "GET" {
		st, body, err := srv.get(ctx, bc.path, bc.header)
		if err != nil {
			return 0, err.Error()
		}
		if bc.check != nil {
			return st, bc.check(body)
		}
		return st, ""
	}
	req, err := http.NewRequestWithContext(ctx, "POST", srv.base+"/api/articles", bytes.NewReader(bc.body))
	if err != nil {
		return 0, err.Error()
	}
	req.Header.Set("Content-Type", "application/json")
	for k, v := range bc.header {
		if k == "Host" {
			req.Host = v
			continue
		}
		req.Header.Set(k, v)
	}
	res, err := client.Do(req)
	if err != nil {
		return 0, err.Error()
	}
	defer res.Body.Close()
	var buf bytes.Buffer
	_, _ = buf.ReadFrom(http.MaxBytesReader(nil, res.Body, 1<<20))
	if bc.check != nil {
		return res.StatusCode, bc.check(buf.Bytes())
	}
	return res.StatusCode, ""
}

func mark(ok bool) string {
	if ok {
		return "yes"
	}
	return "**NO**"
}
