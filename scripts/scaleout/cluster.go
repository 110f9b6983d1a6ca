package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
)

// env is what every mode shares: the chorus binary and one PostgreSQL
// server.
type env struct {
	tmp, bin string
	// profile, when set, is the directory of the CPU profiles taken while
	// a stream is posted (--profile); processes then serve --pprof.
	profile        string
	profileSeconds int
	gomaxprocs     int    // of the chorus processes, when positive
	pgDir          string // scripts/postgres's directory; the cluster is in pgDir/data
	dsn            string
	keepLogs       bool
}

// setup builds chorus and starts PostgreSQL (durable: fsync and full page
// writes on; synchronous_commit is set per database by each run).
func setup(ctx context.Context, o options) (*env, error) {
	tmp, err := os.MkdirTemp(o.tmp, "chorus-scaleout-")
	if err != nil {
		return nil, fmt.Errorf("cannot make a temporary directory: %w", err)
	}
	e := &env{tmp: tmp, bin: filepath.Join(tmp, "chorus"), pgDir: filepath.Join(tmp, "pg"), keepLogs: o.keepLogs,
		profile: o.profile, profileSeconds: o.profileSeconds, gomaxprocs: o.gomaxprocs}
	if err := os.Chmod(tmp, 0o755); err != nil { // the server runs as its own user
		e.close()
		return nil, err
	}
	if o.chorus != "" {
		e.bin, err = filepath.Abs(o.chorus)
		if err != nil {
			e.close()
			return nil, err
		}
	} else if out, err := exec.CommandContext(ctx, "go", "build", "-o", e.bin, "./cmd/chorus").CombinedOutput(); err != nil {
		e.close()
		return nil, fmt.Errorf("cannot build chorus: %v\n%s", err, out)
	}
	cmd := exec.CommandContext(ctx, "scripts/postgres", "start", e.pgDir)
	cmd.Env = append(os.Environ(), "CHORUS_PG_DURABLE=1")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		e.close()
		return nil, fmt.Errorf("cannot start PostgreSQL: %w", err)
	}
	e.dsn = strings.TrimSpace(string(out))
	return e, nil
}

// close stops PostgreSQL and removes the temporary directory (the logs
// stay with --keep-logs).
func (e *env) close() {
	if _, err := os.Stat(filepath.Join(e.pgDir, "data")); err == nil {
		exec.Command("scripts/postgres", "stop", e.pgDir).Run()
	}
	if e.keepLogs {
		os.RemoveAll(e.pgDir)
		os.Remove(filepath.Join(e.tmp, "chorus"))
		fmt.Fprintf(os.Stderr, "logs kept in %s\n", e.tmp)
		return
	}
	os.RemoveAll(e.tmp)
}

// reset gives the next run an empty schema and the synchronous_commit
// setting sync ("on" or "off") for every new connection.
func (e *env) reset(ctx context.Context, sync string) error {
	db, err := pgx.Connect(ctx, e.dsn)
	if err != nil {
		return fmt.Errorf("cannot connect to PostgreSQL: %w", err)
	}
	defer db.Close(context.Background())
	if _, err := db.Exec(ctx, "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public; ALTER DATABASE chorus SET synchronous_commit = "+sync); err != nil {
		return fmt.Errorf("cannot reset the schema: %w", err)
	}
	return nil
}

// postmaster returns the PostgreSQL server's process ID.
func (e *env) postmaster() int {
	b, err := os.ReadFile(filepath.Join(e.pgDir, "data", "postmaster.pid"))
	if err != nil {
		return 0
	}
	pid, _ := strconv.Atoi(strings.SplitN(string(b), "\n", 2)[0])
	return pid
}

// proc is one `chorus serve` process.
type proc struct {
	cmd *exec.Cmd
	url string
	// pprof is the base URL of its profiles (--profile), else "".
	pprof string
	log   string
	done  chan struct{} // closed when it has exited
}

// alive reports whether the process has not exited.
func (p *proc) alive() bool {
	select {
	case <-p.done:
		return false
	default:
		return true
	}
}

// kill sends SIGKILL and waits for the exit.
func (p *proc) kill() {
	p.cmd.Process.Kill()
	<-p.done
}

// stop sends SIGTERM and waits up to 30 s for the exit, then kills.
func (p *proc) stop() {
	p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(30 * time.Second):
		p.kill()
	}
}

// start starts `chorus serve` number i of a run named name on a free
// loopback port and waits until /healthz answers 200.
func (e *env) start(ctx context.Context, name string, i, workers int) (*proc, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	args := []string{"serve", "--addr", addr, "--db", e.dsn, "--poll", "0", "--workers", strconv.Itoa(workers), "--metrics", "loopback"}
	pprof := ""
	if e.profile != "" {
		// The kernel may hand out the serving port again once freePort
		// closed it: a process cannot listen twice on one port.
		pport := port
		for pport == port {
			if pport, err = freePort(); err != nil {
				return nil, err
			}
		}
		pprof = fmt.Sprintf("http://127.0.0.1:%d/debug/pprof", pport)
		args = append(args, "--pprof", fmt.Sprintf("127.0.0.1:%d", pport))
	}
	cmd := exec.Command(e.bin, args...)
	if e.gomaxprocs > 0 {
		cmd.Env = append(os.Environ(), fmt.Sprintf("GOMAXPROCS=%d", e.gomaxprocs))
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	logPath := filepath.Join(e.tmp, fmt.Sprintf("%s-%d.log", name, i))
	log, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("cannot open a log: %w", err)
	}
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		log.Close()
		return nil, fmt.Errorf("cannot start chorus serve: %w", err)
	}
	p := &proc{cmd: cmd, url: "http://" + addr, pprof: pprof, log: logPath, done: make(chan struct{})}
	go func() { cmd.Wait(); log.Close(); close(p.done) }()
	if err := waitHealthy(ctx, p); err != nil {
		p.kill()
		tail, _ := os.ReadFile(logPath)
		if len(tail) > 2000 {
			tail = tail[len(tail)-2000:]
		}
		return nil, fmt.Errorf("%w\n%s", err, tail)
	}
	return p, nil
}

// startAll starts n processes one after the other (the first migrates the
// schema). On an error it stops those started.
func (e *env) startAll(ctx context.Context, name string, n, workers int) ([]*proc, error) {
	var procs []*proc
	for i := range n {
		p, err := e.start(ctx, name, i, workers)
		if err != nil {
			stopAll(procs)
			return nil, fmt.Errorf("process %d: %w", i, err)
		}
		procs = append(procs, p)
	}
	return procs, nil
}

// stopAll kills the processes still running.
func stopAll(procs []*proc) {
	for _, p := range procs {
		if p.alive() {
			p.kill()
		}
	}
}

// waitHealthy waits until p answers /healthz with 200, failing early when
// it exits.
func waitHealthy(ctx context.Context, p *proc) error {
	client := &http.Client{Timeout: 2 * time.Second}
	for {
		resp, err := client.Get(p.url + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s not healthy: %w", p.url, ctx.Err())
		case <-p.done:
			return fmt.Errorf("chorus serve exited before it was healthy (%v)", p.cmd.ProcessState)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// freePort returns a free loopback port.
func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("cannot find a free port: %w", err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}
