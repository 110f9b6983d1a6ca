package sqlstore

import (
	"strconv"
	"strings"
	"testing"
)

func TestDollar(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"none", "SELECT 1", "SELECT 1"},
		{"one", "id = ?", "id = $1"},
		{"several", "VALUES (?, ?, ?)", "VALUES ($1, $2, $3)"},
		{"two digits", strings.Repeat("?,", 10) + "?", "$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11"},
		{"at the ends", "? = ?", "$1 = $2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dollar(tt.in); got != tt.want {
				t.Errorf("dollar(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestDialects checks that each dialect's queries carry the same number of
// parameters, in its own placeholder syntax only.
func TestDialects(t *testing.T) {
	lite, pg := NewQueries(SQLite), NewQueries(PostgreSQL)
	ls, ps := lite.all(), pg.all()
	for i := range ls {
		l, p := *ls[i], *ps[i]
		if l == "" {
			t.Errorf("query %d is empty", i)
		}
		n := strings.Count(l, "?")
		if strings.Contains(l, "$") {
			t.Errorf("SQLite query %d holds $: %s", i, l)
		}
		if strings.Contains(p, "?") {
			t.Errorf("PostgreSQL query %d holds ?: %s", i, p)
		}
		if n > 0 && !strings.Contains(p, "$"+strconv.Itoa(n)) || strings.Contains(p, "$"+strconv.Itoa(n+1)) {
			t.Errorf("PostgreSQL query %d does not number %d parameters: %s", i, n, p)
		}
	}
	if !strings.Contains(lite.StoriesText, "instr(") || !strings.Contains(pg.StoriesText, "strpos(") {
		t.Errorf("text filter functions: %q, %q", lite.StoriesText, pg.StoriesText)
	}
	if !strings.Contains(pg.StoriesText, "LIMIT $2 OFFSET $3") {
		t.Errorf("PostgreSQL StoriesText numbers limit and offset wrong: %s", pg.StoriesText)
	}
}

// TestStoryStatements checks the statements that differ between dialects:
// their placeholders and the function that keeps the later time.
func TestStoryStatements(t *testing.T) {
	tests := []struct {
		name     string
		d        Dialect
		greatest string
	}{
		{"SQLite", SQLite, "max(last, "},
		{"PostgreSQL", PostgreSQL, "greatest(last, "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := NewQueries(tt.d)
			if !strings.Contains(q.TouchStory, tt.greatest) || !strings.Contains(q.TouchStory, "RETURNING version") {
				t.Errorf("TouchStory = %q, want %q... RETURNING version", q.TouchStory, tt.greatest)
			}
			touch := 2 // last, id
			for _, c := range []struct {
				name, query string
				n           int
			}{{"CreateStory", q.CreateStory, 5}, {"TouchStory", q.TouchStory, touch}} {
				got := strings.Count(c.query, "?")
				if tt.d.Dollar {
					got = 0
					for strings.Contains(c.query, "$"+strconv.Itoa(got+1)) {
						got++
					}
				}
				if got != c.n {
					t.Errorf("%s takes %d parameters, want %d: %s", c.name, got, c.n, c.query)
				}
			}
		})
	}
}

// TestQueueArticleNotify checks the queueing statement that also notifies
// the assigner: PostgreSQL's takes the article id, the time, the
// channel and the payload and calls pg_notify; SQLite, which has no notifications, has
// none.
func TestQueueArticleNotify(t *testing.T) {
	if q := NewQueries(SQLite); q.QueueArticleNotify != "" {
		t.Errorf("SQLite QueueArticleNotify = %q, want none", q.QueueArticleNotify)
	}
	q := NewQueries(PostgreSQL)
	for _, want := range []string{"INSERT INTO inbox", "pg_notify($3, $4)", "CAST($1 AS TEXT)", "CAST($2 AS BIGINT)", "RETURNING seq"} {
		if !strings.Contains(q.QueueArticleNotify, want) {
			t.Errorf("PostgreSQL QueueArticleNotify lacks %q: %s", want, q.QueueArticleNotify)
		}
	}
	if strings.Contains(q.QueueArticleNotify, "$5") {
		t.Errorf("PostgreSQL QueueArticleNotify takes more than 4 parameters: %s", q.QueueArticleNotify)
	}
}

// TestPutAndQueueArticle checks the statement that stores and queues an
// article at once: PostgreSQL's takes PutArticle's 13 arguments, then the
// time queued (and the channel notified and the payload); SQLite, which cannot write in a
// WITH clause, has none.
func TestPutAndQueueArticle(t *testing.T) {
	if q := NewQueries(SQLite); q.PutAndQueueArticle != "" || q.PutAndQueueArticleNotify != "" {
		t.Errorf("SQLite PutAndQueueArticle = %q, %q, want none", q.PutAndQueueArticle, q.PutAndQueueArticleNotify)
	}
	q := NewQueries(PostgreSQL)
	tests := []struct {
		name, query string
		params      int
		notify      bool
	}{
		{"PutAndQueueArticle", q.PutAndQueueArticle, 14, false},
		{"PutAndQueueArticleNotify", q.PutAndQueueArticleNotify, 16, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, want := range []string{"WITH a AS (INSERT INTO articles", "RETURNING id)", "INSERT INTO inbox", "$" + strconv.Itoa(tt.params), "RETURNING seq"} {
				if !strings.Contains(tt.query, want) {
					t.Errorf("lacks %q: %s", want, tt.query)
				}
			}
			if strings.Contains(tt.query, "$"+strconv.Itoa(tt.params+1)) || strings.Contains(tt.query, "?") {
				t.Errorf("takes more than %d parameters: %s", tt.params, tt.query)
			}
			if got := strings.Contains(tt.query, "pg_notify($15, $16)"); got != tt.notify {
				t.Errorf("notifies: %v, want %v: %s", got, tt.notify, tt.query)
			}
		})
	}
}

// TestQueuePayload reads back the payloads QueuePayload writes and turns
// away any other.
func TestQueuePayload(t *testing.T) {
	from, article, ok := ParseQueuePayload(QueuePayload("0a1b2c3d4e5f6071", "fe12dc34ba560789"))
	if !ok || from != "0a1b2c3d4e5f6071" || article != "fe12dc34ba560789" {
		t.Errorf("round trip: %q, %q, %v", from, article, ok)
	}
	for _, p := range []string{"", " ", "0a1b2c3d4e5f6071", "0a1b2c3d4e5f6071 ", " fe12dc34ba560789", "a b c"} {
		if from, article, ok := ParseQueuePayload(p); ok {
			t.Errorf("ParseQueuePayload(%q) = %q, %q, true, want false", p, from, article)
		}
	}
}
