package service

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// crashDirEnv tells a re-executed test binary to act as the crash child.
const crashDirEnv = "CHORUS_CRASH_CHILD_DIR"

// crashTopics are invented story subjects for the crash test stream.
var crashTopics = []struct{ place, event, agent string }{
	{"Valdoria", "dam failure", "engineers"},
	{"Ostrel", "chess final", "players"},
	{"Marrow Bay", "port strike", "dockworkers"},
	{"Kestin", "wildfire", "firefighters"},
	{"Lunet", "election recount", "officials"},
}

// crashArticle invents article n of the stream.
func crashArticle(round, n int) chorus.Article {
	tp := crashTopics[n%len(crashTopics)]
	return chorus.Article{
		Title: fmt.Sprintf("%s %s: update %d", tp.place, tp.event, n),
		URL:   fmt.Sprintf("https://example.com/r%d/a%d", round, n),
		Text: fmt.Sprintf("The %s in %s entered its %d day on report %d-%d. %s in %s said the %s was under review. "+
			"Residents of %s followed the %s closely as %s worked through the night.",
			tp.event, tp.place, n+2, round, n, strings.ToUpper(tp.agent[:1])+tp.agent[1:], tp.place, tp.event,
			tp.place, tp.event, tp.agent),
	}
}

// TestCrashChild is the child half of TestKillRecovery: it ingests articles
// one at a time, with summary workers running, and prints "ack ID" after each
// acknowledged article until it is killed.
func TestCrashChild(t *testing.T) {
	dir := os.Getenv(crashDirEnv)
	if dir == "" {
		t.Skip("runs only as the child of TestKillRecovery")
	}
	round := 0
	fmt.Sscan(os.Getenv("CHORUS_CRASH_ROUND"), &round)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s, err := Open(ctx, openDB(t, dir), Options{Summarize: leadSummarize, Poll: 5 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	go s.Run(ctx)
	for n := 0; ctx.Err() == nil; n++ {
		res, err := s.Ingest(ctx, []chorus.Article{crashArticle(round, n)})
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(os.Stdout, "ack %s\n", res[0].ID)
	}
}

// TestKillRecovery kills a child process with SIGKILL at random moments
// while it ingests and summarizes, then checks that every acknowledged
// article survived, that the database is consistent, and that the pending
// summary work is picked up and finished.
func TestKillRecovery(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns child processes")
	}
	dir := t.TempDir()
	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 1))
	t.Logf("seed %d", seed)
	var acked []string
	for round := range 3 {
		kill := 5 + rng.IntN(60)
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashDirEnv+"="+dir, fmt.Sprintf("CHORUS_CRASH_ROUND=%d", round))
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(out)
		n := 0
		for sc.Scan() {
			if id, ok := strings.CutPrefix(sc.Text(), "ack "); ok {
				acked = append(acked, id)
				if n++; n == kill {
					// Let the child run on for a random moment, then kill it.
					time.Sleep(time.Duration(rng.IntN(3000)) * time.Microsecond)
					cmd.Process.Kill()
				}
			}
		}
		cmd.Wait()
		if n < kill {
			t.Fatalf("round %d: child stopped after %d acks before being killed", round, n)
		}
	}

	ctx := context.Background()
	db := openDB(t, dir)
	// A job the child was working when killed stays running until River
	// rescues it, StuckAfter later (5 minutes by default): here at once, so
	// that ProcessPending takes it.
	s, err := Open(ctx, db, Options{Summarize: leadSummarize, StuckAfter: time.Nanosecond})
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer s.Close()
	if err := db.Check(ctx); err != nil {
		t.Fatalf("database inconsistent after kill: %v", err)
	}
	for _, id := range acked {
		if _, err := s.Article(ctx, id); err != nil {
			t.Errorf("acknowledged article %s lost: %v", id, err)
		}
	}
	if _, err := s.ProcessPending(ctx); err != nil {
		t.Fatal(err)
	}
	page, err := s.Stories(ctx, chorus.StoryQuery{Limit: chorus.MaxStoryPage})
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range page.Stories {
		d, err := s.Story(ctx, st.ID, chorus.StoryDetailQuery{})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Summary) == 0 {
			t.Errorf("story %d has no summary after the queue was drained", st.ID)
		}
	}
	// Every summary is current: jobs the kills left running were rescued.
	err = db.View(ctx, func(r chorus.StoreReader) error {
		live, _, err := r.Stories(ctx, chorus.StoryQuery{Limit: chorus.MaxStoryPage})
		for _, st := range live {
			if st.SummaryVersion != st.Version {
				t.Errorf("story %d summarized at version %d of %d after the queue was drained", st.ID, st.SummaryVersion, st.Version)
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Check(ctx); err != nil {
		t.Errorf("database inconsistent after recovery: %v", err)
	}
	t.Logf("%d acknowledged articles in %d stories survived 3 kills", len(acked), page.Total)
}
