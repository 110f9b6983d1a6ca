package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// ticks is the kernel's clock tick (USER_HZ), 100 on Linux.
const ticks = 100.0

// statFields returns the fields of /proc/PID/stat after the command name
// (field 3, the state, first), or nil when the process is gone.
func statFields(pid int) []string {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return nil
	}
	s := string(b)
	return strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
}

// procCPU returns a process's CPU seconds (user + system); with children,
// those of its children it has waited for are added (cutime + cstime).
func procCPU(pid int, children bool) float64 {
	f := statFields(pid)
	if f == nil {
		return 0
	}
	n := 2
	if children {
		n = 4
	}
	total := 0.0
	for _, s := range f[11 : 11+n] { // utime stime cutime cstime
		v, _ := strconv.ParseFloat(s, 64)
		total += v
	}
	return total / ticks
}

// pgCPU returns the CPU seconds of the whole PostgreSQL server: the
// postmaster, the backends and helpers it has reaped (its cutime and
// cstime) and its live children.
func pgCPU(postmaster int) float64 {
	if postmaster == 0 {
		return 0
	}
	total := procCPU(postmaster, true)
	kids, _ := os.ReadFile(fmt.Sprintf("/proc/%d/task/%d/children", postmaster, postmaster))
	for _, k := range strings.Fields(string(kids)) {
		if c, err := strconv.Atoi(k); err == nil {
			total += procCPU(c, false)
		}
	}
	return total
}

// chorusCPU returns the CPU seconds of the chorus processes: /proc for the
// live ones, the exit's resource usage for the others.
func chorusCPU(procs []*proc) float64 {
	total := 0.0
	for _, p := range procs {
		if p.alive() {
			total += procCPU(p.cmd.Process.Pid, false)
		} else if st := p.cmd.ProcessState; st != nil {
			total += (st.UserTime() + st.SystemTime()).Seconds()
		}
	}
	return total
}

// activity counts what a process waits for: its read and write system
// calls (/proc/PID/io: syscr + syscw, all threads) and its threads'
// context switches (/proc/PID/task/*/status, voluntary and not). A round
// trip to the database is a write and a read, and a wait for it usually a
// switch, so both fall with the round trips. It also counts the process's
// minor page faults and its CPU in the kernel (/proc/PID/stat minflt and
// stime, seconds): a heap that the Go runtime returns to the kernel and
// touches again faults page by page.
type activity struct {
	syscalls, switches, faults int64
	system                     float64
}

// add returns a + b.
func (a activity) add(b activity) activity {
	return activity{a.syscalls + b.syscalls, a.switches + b.switches, a.faults + b.faults, a.system + b.system}
}

// sub returns a - b.
func (a activity) sub(b activity) activity {
	return activity{a.syscalls - b.syscalls, a.switches - b.switches, a.faults - b.faults, a.system - b.system}
}

// procActivity returns a live process's activity (zero when it is gone).
func procActivity(pid int) activity {
	var a activity
	if f := statFields(pid); len(f) > 12 {
		a.faults, _ = strconv.ParseInt(f[7], 10, 64) // minflt
		st, _ := strconv.ParseFloat(f[12], 64)       // stime
		a.system = st / ticks
	}
	if b, err := os.ReadFile(fmt.Sprintf("/proc/%d/io", pid)); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ": "); ok && (k == "syscr" || k == "syscw") {
				n, _ := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
				a.syscalls += n
			}
		}
	}
	tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/status", pid))
	for _, t := range tasks {
		b, err := os.ReadFile(t)
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.HasSuffix(k, "ctxt_switches") {
				n, _ := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
				a.switches += n
			}
		}
	}
	return a
}

// chorusActivity returns the activity of the live chorus processes.
func chorusActivity(procs []*proc) activity {
	var a activity
	for _, p := range procs {
		if p.alive() {
			a = a.add(procActivity(p.cmd.Process.Pid))
		}
	}
	return a
}

// pgActivity returns the activity of the PostgreSQL server's live
// processes (a backend that ends during a run takes its counts with it;
// the chorus processes keep theirs open).
func pgActivity(postmaster int) activity {
	if postmaster == 0 {
		return activity{}
	}
	a := procActivity(postmaster)
	kids, _ := os.ReadFile(fmt.Sprintf("/proc/%d/task/%d/children", postmaster, postmaster))
	for _, k := range strings.Fields(string(kids)) {
		if c, err := strconv.Atoi(k); err == nil {
			a = a.add(procActivity(c))
		}
	}
	return a
}

// memory returns a process's resident set and its peak, in MiB.
func memory(pid int) (rss, peak float64) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 2 {
			continue
		}
		v, _ := strconv.ParseFloat(f[1], 64) // kB
		switch f[0] {
		case "VmRSS:":
			rss = v / 1024
		case "VmHWM:":
			peak = v / 1024
		}
	}
	return rss, peak
}

// metrics are the samples of a /metrics page (histogram buckets left
// out), by name with labels, e.g. `chorus_store_lock_wait_seconds_sum{op="ingest"}`.
type metrics map[string]float64

// scrape reads the metrics of a process.
func scrape(ctx context.Context, p *proc) (metrics, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.url+"/metrics", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("cannot read the metrics of %s: %w", p.url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("cannot read the metrics of %s: %s", p.url, resp.Status)
	}
	out := metrics{}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' || strings.Contains(line, "_bucket{") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		if i < 0 {
			continue
		}
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			continue
		}
		out[line[:i]] = v
	}
	return out, sc.Err()
}

// scrapeAll sums the metrics of the live processes.
func scrapeAll(ctx context.Context, procs []*proc) (metrics, error) {
	sum := metrics{}
	for _, p := range procs {
		if !p.alive() {
			continue
		}
		m, err := scrape(ctx, p)
		if err != nil {
			return nil, err
		}
		for k, v := range m {
			sum[k] += v
		}
	}
	return sum, nil
}

// sum returns the total of the samples named name, whatever their labels.
func (m metrics) sum(name string) float64 {
	total := 0.0
	for k, v := range m {
		if k == name || strings.HasPrefix(k, name+"{") {
			total += v
		}
	}
	return total
}

// chorusNames returns the sorted names of the chorus_ samples worth a
// table: counters, histogram sums and counts and gauges, not the HTTP
// request counts by path; and the Go runtime's garbage collections
// (go_gc_duration_seconds_count: cycles).
func (m metrics) chorusNames() []string {
	var out []string
	for k := range m {
		if (strings.HasPrefix(k, "chorus_") && !strings.HasPrefix(k, "chorus_http_requests_total")) || k == "go_gc_duration_seconds_count" {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// bcubed returns the B³ precision, recall and F1 of the stories found
// (article ID → story) against the clusters of truth (article ID →
// cluster), over the articles in both.
func bcubed(found map[string]int64, truth map[string]string) (p, r, f1 float64) {
	byStory := map[int64]map[string]int{} // story → truth cluster → articles
	storySize := map[int64]int{}
	clusterSize := map[string]int{}
	n := 0
	for id, s := range found {
		c, ok := truth[id]
		if !ok {
			continue
		}
		if byStory[s] == nil {
			byStory[s] = map[string]int{}
		}
		byStory[s][c]++
		storySize[s]++
		clusterSize[c]++
		n++
	}
	if n == 0 {
		return 0, 0, 0
	}
	for id, s := range found {
		c, ok := truth[id]
		if !ok {
			continue
		}
		same := float64(byStory[s][c])
		p += same / float64(storySize[s])
		r += same / float64(clusterSize[c])
	}
	p, r = p/float64(n), r/float64(n)
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

// goldOf returns the gold cluster of each article ID "cluster/doc".
func goldOf(found map[string]int64) map[string]string {
	out := make(map[string]string, len(found))
	for id := range found {
		k, _, _ := strings.Cut(id, "/")
		out[id] = k
	}
	return out
}

// asTruth turns a found partition into a truth map, to compare two runs.
func asTruth(found map[string]int64) map[string]string {
	out := make(map[string]string, len(found))
	for id, s := range found {
		out[id] = strconv.FormatInt(s, 10)
	}
	return out
}

// moved counts the articles whose story does not hold the same articles
// in the two partitions (over the articles in both).
func moved(a, b map[string]int64) int {
	members := func(m map[string]int64) map[int64][]string {
		out := map[int64][]string{}
		for id, s := range m {
			if _, ok := a[id]; ok {
				if _, ok := b[id]; ok {
					out[s] = append(out[s], id)
				}
			}
		}
		for _, v := range out {
			sort.Strings(v)
		}
		return out
	}
	ma, mb := members(a), members(b)
	n := 0
	for id, s := range a {
		t, ok := b[id]
		if ok && strings.Join(ma[s], " ") != strings.Join(mb[t], " ") {
			n++
		}
	}
	return n
}
