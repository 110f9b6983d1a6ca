package http_test

import (
	"context"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/chorusnews/chorus"
)

// fakeService is an in-memory chorus.StoryService test double. Each article
// becomes its own story unless its title starts with the title of an
// existing story's first article; an article whose text equals a stored
// text is marked as a duplicate.
type fakeService struct {
	mu       sync.Mutex
	clock    time.Time
	articles map[string]*chorus.StoredArticle
	order    []string
	stories  map[int64]*chorus.StoryDetail
	feeds    []chorus.Feed
	err      error // returned by every call when set
}

func newFake() *fakeService {
	return &fakeService{
		clock:    time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC),
		articles: map[string]*chorus.StoredArticle{},
		stories:  map[int64]*chorus.StoryDetail{},
	}
}

func (f *fakeService) Ingest(ctx context.Context, articles []chorus.Article) ([]chorus.IngestResult, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	var out []chorus.IngestResult
	for _, a := range articles {
		if strings.TrimSpace(a.Text) == "" {
			return nil, chorus.ErrNoText
		}
		f.clock = f.clock.Add(time.Minute)
		if a.ID == "" {
			a.ID = "a" + string(rune('0'+len(f.order)))
		}
		if old, ok := f.articles[a.ID]; ok {
			status := chorus.IngestUnchanged
			if old.Text != a.Text {
				old.Text, old.Updated, status = a.Text, f.clock, chorus.IngestUpdated
			}
			out = append(out, chorus.IngestResult{ID: a.ID, Status: status, StoryID: old.StoryID, DuplicateOf: old.DuplicateOf})
			continue
		}
		sa := &chorus.StoredArticle{Article: a, Ingested: f.clock, Updated: f.clock}
		for _, id := range f.order {
			if o := f.articles[id]; o.Text == a.Text && o.DuplicateOf == "" {
				sa.DuplicateOf = o.ID
			}
		}
		for sid, st := range f.stories {
			if strings.HasPrefix(a.Title, st.Title) {
				sa.StoryID = sid
			}
		}
		if sa.StoryID == 0 {
			sa.StoryID = int64(len(f.stories) + 1)
			f.stories[sa.StoryID] = &chorus.StoryDetail{Story: chorus.Story{ID: sa.StoryID, Title: a.Title, Created: f.clock}}
		}
		f.articles[a.ID] = sa
		f.order = append(f.order, a.ID)
		f.resummarize(f.stories[sa.StoryID], sa)
		out = append(out, chorus.IngestResult{ID: a.ID, Status: chorus.IngestCreated, StoryID: sa.StoryID, DuplicateOf: sa.DuplicateOf})
	}
	return out, nil
}

// resummarize appends the first line of a new original article to its
// story's summary, citing it.
func (f *fakeService) resummarize(st *chorus.StoryDetail, a *chorus.StoredArticle) {
	st.Articles = append(st.Articles, *a)
	st.Story.ArticleCount++
	if a.DuplicateOf != "" {
		return
	}
	st.Story.SourceCount++
	n := len(st.Sources) + 1
	st.Sources = append(st.Sources, chorus.Source{ID: n, Article: a.ID, Title: a.Title, Source: a.Source, URL: a.URL})
	first, _, _ := strings.Cut(a.Text, "\n")
	st.Summary = append(st.Summary, chorus.StorySentence{Sentence: chorus.Sentence{Text: first, Sources: []int{n}, Support: 1}, Added: f.clock})
	st.Story.Lead = st.Summary[0].Text
	st.Updated = f.clock
}

func (f *fakeService) Stories(ctx context.Context, q chorus.StoryQuery) (chorus.StoryPage, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return chorus.StoryPage{}, f.err
	}
	var all []chorus.Story
	for _, st := range f.stories {
		if q.Text == "" || strings.Contains(strings.ToLower(st.Title), strings.ToLower(q.Text)) {
			all = append(all, st.Story)
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].ID > all[j].ID })
	page := chorus.StoryPage{Total: len(all)}
	if q.Limit == 0 {
		q.Limit = 20
	}
	if q.Offset < len(all) {
		page.Stories = all[q.Offset:min(len(all), q.Offset+q.Limit)]
	}
	return page, nil
}

func (f *fakeService) Story(ctx context.Context, id int64, since time.Time) (*chorus.StoryDetail, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	st, ok := f.stories[id]
	if !ok {
		return nil, chorus.Errorf(chorus.ENOTFOUND, "story %d not found", id)
	}
	d := *st
	d.New = nil
	for _, s := range st.Summary {
		if s.Added.After(since) {
			d.New = append(d.New, s)
		}
	}
	return &d, nil
}

func (f *fakeService) Article(ctx context.Context, id string) (*chorus.StoredArticle, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	a, ok := f.articles[id]
	if !ok {
		return nil, chorus.Errorf(chorus.ENOTFOUND, "article %q not found", id)
	}
	c := *a
	return &c, nil
}

func (f *fakeService) AddFeed(ctx context.Context, url string) (*chorus.Feed, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, fd := range f.feeds {
		if fd.URL == url {
			return &fd, nil
		}
	}
	fd := chorus.Feed{ID: int64(len(f.feeds) + 1), URL: url}
	f.feeds = append(f.feeds, fd)
	return &fd, nil
}

func (f *fakeService) Feeds(ctx context.Context) ([]chorus.Feed, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]chorus.Feed(nil), f.feeds...), nil
}

func (f *fakeService) UpdateFeed(ctx context.Context, fd chorus.Feed) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i := range f.feeds {
		if f.feeds[i].ID == fd.ID {
			f.feeds[i] = fd
			return nil
		}
	}
	return chorus.Errorf(chorus.ENOTFOUND, "feed %d not found", fd.ID)
}
