package input

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
)

// jsonItem is a JSON article or cluster. A cluster has "articles" (or
// "documents", the DUC layout); an article has "text" (or "body" or
// "content").
type jsonItem struct {
	ID        flexString `json:"id"`
	Title     string     `json:"title"`
	Source    string     `json:"source"`
	URL       string     `json:"url"`
	Published string     `json:"published"`
	// DuplicateOf names the article of the same cluster this one copies
	// (chorus.Article.DuplicateOf), when the input knows it.
	DuplicateOf string     `json:"duplicate_of"`
	Text        string     `json:"text"`
	Body        string     `json:"body"`
	Content     string     `json:"content"`
	Articles    []jsonItem `json:"articles"`
	Documents   []jsonItem `json:"documents"`
	// Query is a cluster's topic statement (chorus.Cluster.Query); Topic
	// is the DUC layout of one, a title and a narrative, read when Query
	// is absent.
	Query string `json:"query"`
	Topic *struct {
		Title     string `json:"title"`
		Narrative string `json:"narrative"`
	} `json:"topic"`
}

// isCluster reports whether the item holds articles.
func (it *jsonItem) isCluster() bool { return it.Articles != nil || it.Documents != nil }

// flexString accepts a JSON string or number.
type flexString string

// UnmarshalJSON implements json.Unmarshaler.
func (f *flexString) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*f = flexString(s)
		return nil
	}
	if bytes.Equal(b, []byte("null")) {
		return nil
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return errors.New("want a string or a number")
	}
	*f = flexString(n.String())
	return nil
}

// parseJSON reads a JSON article, cluster, or array of either.
func parseJSON(text, name string) (result, error) {
	data := []byte(strings.TrimPrefix(text, "\uFEFF"))
	var items []jsonItem
	if t := bytes.TrimLeft(data, " \t\r\n"); len(t) > 0 && t[0] == '[' {
		if err := json.Unmarshal(data, &items); err != nil {
			return result{}, jsonError(name, data, err)
		}
	} else {
		var it jsonItem
		if err := json.Unmarshal(data, &it); err != nil {
			return result{}, jsonError(name, data, err)
		}
		items = []jsonItem{it}
	}
	var res result
	for i := range items {
		where := fmt.Sprintf("%s: item %d", name, i+1)
		if len(items) == 1 {
			where = name
		}
		if items[i].isCluster() {
			c, err := items[i].cluster(where)
			if err != nil {
				return result{}, err
			}
			if c.ID == "" {
				c.ID = clusterName(name)
				if len(items) > 1 {
					c.ID += "#" + strconv.Itoa(i+1)
				}
			}
			if len(c.Articles) > 0 {
				res.clusters = append(res.clusters, c)
			}
			continue
		}
		a, err := items[i].article(where)
		if err != nil {
			return result{}, err
		}
		res.articles = append(res.articles, a)
	}
	nameArticles(res.articles, name)
	res.articles = nonEmpty(res.articles)
	return res, nil
}

// cluster converts a cluster item; where locates it in errors.
func (it *jsonItem) cluster(where string) (chorus.Cluster, error) {
	c := chorus.Cluster{ID: string(it.ID), Query: strings.TrimSpace(it.Query)}
	if c.Query == "" && it.Topic != nil {
		title, narrative := strings.TrimSpace(it.Topic.Title), strings.TrimSpace(it.Topic.Narrative)
		if title != "" && narrative != "" && !strings.ContainsAny(title[len(title)-1:], ".?!") {
			title += "."
		}
		c.Query = strings.TrimSpace(title + "\n" + narrative)
	}
	list := it.Articles
	if list == nil {
		list = it.Documents
	}
	for i := range list {
		a, err := list[i].article(fmt.Sprintf("%s, article %d", where, i+1))
		if err != nil {
			return chorus.Cluster{}, err
		}
		c.Articles = append(c.Articles, a)
	}
	c.Articles = nonEmpty(c.Articles)
	assignIDs(c.Articles)
	return c, nil
}

// article converts an article item; HTML markup in its text is stripped.
func (it *jsonItem) article(where string) (chorus.Article, error) {
	a := chorus.Article{
		ID:     strings.TrimSpace(string(it.ID)),
		Title:  strings.TrimSpace(it.Title),
		Source: strings.TrimSpace(it.Source),
		URL:    strings.TrimSpace(it.URL),

		DuplicateOf: strings.TrimSpace(it.DuplicateOf),
	}
	for _, t := range []string{it.Text, it.Body, it.Content} {
		if strings.TrimSpace(t) != "" {
			a.Text = t
			break
		}
	}
	text, err := ArticleText(a.Text)
	if err != nil {
		return chorus.Article{}, chorus.Errorf(chorus.EINVALID, "%s: %s", where, chorus.ErrorMessage(err))
	}
	a.Text = text
	if it.Published != "" {
		t, err := parseTime(it.Published)
		if err != nil {
			return chorus.Article{}, chorus.Errorf(chorus.EINVALID, "%s: %v", where, err)
		}
		a.Published = t
	}
	return a, nil
}

// timeLayouts are the accepted forms of "published".
var timeLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04",
	"2006-01-02", time.RFC1123Z, time.RFC1123,
}

// parseTime reads a publication time: RFC 3339, a date, or the RFC 1123
// form of feeds. Times without a zone are UTC.
func parseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("cannot parse published time %q: want RFC 3339 (2006-01-02T15:04:05Z) or a date (2006-01-02)", s)
}

// jsonError turns a decoding error into an EINVALID error about name.
func jsonError(name string, data []byte, err error) error {
	return invalid(name, "%s", jsonProblem(data, err))
}

// jsonProblem describes a decoding error with the line and column where it
// happened.
func jsonProblem(data []byte, err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		line, col := position(data, syn.Offset-1)
		return fmt.Sprintf("malformed JSON at line %d, column %d: %v", line, col, syn)
	case errors.As(err, &typ):
		line, col := position(data, typ.Offset-1)
		return fmt.Sprintf("JSON field %q at line %d, column %d: want %s, got %s", typ.Field, line, col, typ.Type, typ.Value)
	}
	return fmt.Sprintf("malformed JSON: %v", err)
}

// position converts a byte offset in data into a 1-based line and column.
func position(data []byte, offset int64) (line, col int) {
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	if offset < 0 {
		offset = 0
	}
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(offset) - bytes.LastIndexByte(before, '\n')
	return line, col
}
