package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
)

// TestSummarizeAfterURLs: --after takes URLs as well as files and
// directories, fetched like the positional URLs (loopback test server),
// and gives the same update as the same articles read from files; an
// --after URL that cannot be fetched fails the command.
func TestSummarizeAfterURLs(t *testing.T) {
	const seenOld, seenNew = "../../summarize/testdata/seen/old", "../../summarize/testdata/seen/new"
	page := func(file, site string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			b, err := os.ReadFile(seenOld + "/" + file)
			if err != nil {
				http.Error(w, err.Error(), 500)
				return
			}
			title, body, _ := strings.Cut(string(b), "\n\n")
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			io.WriteString(w, floodPage(site, title, strings.ReplaceAll(body, "\n\n", "</p><p>"), "2026-02-02T08:00:00Z"))
		}
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/courier", page("1-courier.txt", "Kelby Courier"))
	mux.HandleFunc("/gazette", page("2-gazette.txt", "Wend Gazette"))
	srv := httptest.NewServer(mux)
	defer srv.Close()

	summarize := func(args ...string) (string, string, int) {
		var out, errOut bytes.Buffer
		code := run(context.Background(), append([]string{"summarize", "--words", "100"}, args...), nil, &out, &errOut)
		return out.String(), errOut.String(), code
	}
	fromFiles, errOut, code := summarize("--after", seenOld+"/1-courier.txt", "--after", seenOld+"/2-gazette.txt", seenNew)
	if code != 0 {
		t.Fatalf("--after files: exit %d: %s", code, errOut)
	}
	cases := []struct {
		name string
		args []string
	}{
		{"two URLs", []string{"--after", srv.URL + "/courier", "--after", srv.URL + "/gazette", seenNew}},
		{"a URL and a file", []string{"--after", srv.URL + "/courier", "--after", seenOld + "/2-gazette.txt", seenNew}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errOut, code := summarize(c.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			lead, _, _ := strings.Cut(out, "\n")
			if !strings.Contains(lead, "demolished") || strings.Contains(out, "Mill Road") || strings.Contains(out, "9,000") {
				t.Errorf("--after URLs: the update does not lead with the new fact or repeats an old one:\n%s", out)
			}
			// The summary text (before the source list) is the one the
			// same articles give as files.
			got, _, _ := strings.Cut(out, "Sources:")
			want, _, _ := strings.Cut(fromFiles, "Sources:")
			if got != want {
				t.Errorf("--after URLs summary\n%s\ndiffers from --after files\n%s", got, want)
			}
		})
	}
	_, errOut, code = summarize("--after", srv.URL+"/gone", seenNew)
	if want := "chorus summarize: cannot read --after " + srv.URL + "/gone: cannot fetch " + srv.URL + "/gone: server answered 404 Not Found\n"; code != 1 || errOut != want {
		t.Errorf("dead --after URL: exit %d, stderr %q; want 1, %q", code, errOut, want)
	}
}

// TestSummarizeAfterNothingNew checks that summarizing articles after
// themselves fails with a message that says nothing is new, not only that
// there is no usable text.
func TestSummarizeAfterNothingNew(t *testing.T) {
	const seenOld = "../../summarize/testdata/seen/old"
	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"summarize", "--after", seenOld, seenOld}, nil, &out, &errOut)
	if code != 1 || out.Len() != 0 {
		t.Fatalf("exit %d, stdout %q; want 1 and nothing", code, out.String())
	}
	if want := "nothing in them is new after the --after articles"; !strings.Contains(errOut.String(), want) {
		t.Errorf("stderr %q does not say %q", errOut.String(), want)
	}
}
