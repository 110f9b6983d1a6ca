package fetch

import "testing"

func TestParseRobots(t *testing.T) {
	const file = `# invented robots.txt
User-agent: *
Disallow: /private/
Allow: /private/open
Disallow: /*.pdf$
Crawl-delay: 2

User-agent: otherbot
Disallow: /

User-agent: chorus
User-agent: friendbot
Disallow: /drafts
Allow: /drafts/public$
`
	tests := []struct {
		name, agent, path string
		want              bool
	}{
		{"star: open page", "somebot/1.0", "/news/today", true},
		{"star: private", "somebot/1.0", "/private/x", false},
		{"star: longer allow wins", "somebot/1.0", "/private/open/y", true},
		{"star: wildcard and anchor", "somebot/1.0", "/files/report.pdf", false},
		{"star: anchor not at end", "somebot/1.0", "/files/report.pdf.html", true},
		{"own group replaces star", "chorus/1 (+https://example.org)", "/private/x", true},
		{"own group rule", "chorus/1", "/drafts/2025", false},
		{"own group anchored allow", "chorus/1", "/drafts/public", true},
		{"own group anchored allow, longer path", "chorus/1", "/drafts/public/2", false},
		{"agent compared without case", "Chorus/1", "/drafts/x", false},
		{"other bot", "otherbot/2", "/", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := parseRobots([]byte(file), tt.agent)
			if got := r.allowed(tt.path, ""); got != tt.want {
				t.Errorf("allowed(%q) for %q = %v, want %v", tt.path, tt.agent, got, tt.want)
			}
		})
	}
	if r := parseRobots([]byte(file), "somebot"); r.crawlDelay.Seconds() != 2 {
		t.Errorf("crawl delay %v, want 2s", r.crawlDelay)
	}
	if r := (robots{}); !r.allowed("/anything", "q=1") {
		t.Error("no rules must allow")
	}
	if r := (robots{disallowAll: true}); r.allowed("/", "") {
		t.Error("disallowAll must refuse")
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		pattern, path string
		want          bool
	}{
		{"/", "/a", true},
		{"/a", "/b", false},
		{"/a*c", "/abbbc", true},
		{"/a*c$", "/abbbcd", false},
		{"/a$", "/a", true},
		{"/a$", "/ab", false},
		{"*", "/x", true},
		{"/*/x", "/y/x", true},
		{"/page?q=", "/page?q=1", true},
	}
	for _, tt := range tests {
		if got := match(tt.pattern, tt.path); got != tt.want {
			t.Errorf("match(%q, %q) = %v, want %v", tt.pattern, tt.path, got, tt.want)
		}
	}
}

func FuzzParseRobots(f *testing.F) {
	f.Add([]byte("User-agent: *\nDisallow: /a*b$\n"), "/a/b")
	f.Add([]byte("user-agent:chorus\nallow:/\ncrawl-delay: 1e9\n"), "/")
	f.Fuzz(func(t *testing.T, body []byte, path string) {
		r := parseRobots(body, "chorus/1")
		_ = r.allowed(path, "")
		if r.crawlDelay < 0 || r.crawlDelay > maxCrawlDelay {
			t.Fatalf("crawl delay %v out of bounds", r.crawlDelay)
		}
	})
}
