package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// server is one `chorus serve` process on loopback.
type server struct {
	cmd  *exec.Cmd
	base string // http://127.0.0.1:PORT
	done chan error
	logs *bytes.Buffer
}

var urlRe = regexp.MustCompile(`url=(http://127\.0\.0\.1:[0-9]+)`)

// startServer runs `chorus serve` on 127.0.0.1 with a free port on dir and
// waits (at most 30 s) until it serves.
func startServer(ctx context.Context, c config, dir string, extra ...string) (*server, error) {
	args := append([]string{"serve", "--addr", "127.0.0.1:0", "--data", dir, "--poll", "0", "--log-level", "info"}, extra...)
	cmd := exec.Command(c.chorus, args...)
	cmd.Env = cleanEnv()
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("cannot start %s: %w", c.chorus, err)
	}
	s := &server{cmd: cmd, done: make(chan error, 1), logs: &bytes.Buffer{}}
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if s.logs.Len() < 1<<20 {
				s.logs.WriteString(line + "\n")
			}
			if m := urlRe.FindStringSubmatch(line); m != nil {
				select {
				case found <- m[1]:
				default:
				}
			}
		}
		s.done <- cmd.Wait()
	}()
	select {
	case s.base = <-found:
		return s, nil
	case <-time.After(30 * time.Second):
	case <-ctx.Done():
	}
	s.kill()
	return nil, fmt.Errorf("chorus serve did not start:\n%s", s.logs.String())
}

// cleanEnv is the environment without CHORUS_* settings, so an operator's
// own configuration cannot point the run elsewhere.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "CHORUS_") {
			env = append(env, kv)
		}
	}
	return env
}

// stop ends the server gracefully (SIGTERM), killing it after 20 s.
func (s *server) stop() error {
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-s.done:
		return err
	case <-time.After(20 * time.Second):
		s.kill()
		return errors.New("chorus serve did not stop within 20 s")
	}
}

// kill ends the server with SIGKILL and waits for it.
func (s *server) kill() {
	_ = s.cmd.Process.Kill()
	select {
	case <-s.done:
	case <-time.After(10 * time.Second):
	}
}

// cpuSeconds returns the process's user+system CPU time from /proc.
func (s *server) cpuSeconds() (float64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", s.cmd.Process.Pid))
	if err != nil {
		return 0, err
	}
	// Fields after the command name, which is in parentheses.
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+2:]))
	if len(f) < 13 {
		return 0, errors.New("short /proc stat")
	}
	ut, _ := strconv.ParseFloat(f[11], 64)
	st, _ := strconv.ParseFloat(f[12], 64)
	return (ut + st) / 100, nil // USER_HZ is 100 on Linux
}

// peakRSS returns the process's peak resident set (VmHWM) in MiB.
func (s *server) peakRSS() float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			kb, _ := strconv.ParseFloat(strings.Fields(line)[1], 64)
			return kb / 1024
		}
	}
	return -1
}

// client is the run's HTTP client: loopback only, bounded in time.
var client = &http.Client{Timeout: 30 * time.Second}

// post sends articles and returns the status and the IDs answered.
func (s *server) post(ctx context.Context, body []byte, header map[string]string) (int, []string, error) {
	req, err := http.NewRequestWithContext(ctx, "POST", s.base+"/api/articles", bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header.Set(k, v)
	}
	res, err := client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer res.Body.Close()
	data, _ := io.ReadAll(io.LimitReader(res.Body, 4<<20))
	if res.StatusCode != 200 && res.StatusCode != 201 {
		return res.StatusCode, nil, nil
	}
	var out []struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return res.StatusCode, nil, err
	}
	ids := make([]string, len(out))
	for i, o := range out {
		ids[i] = o.ID
	}
	return res.StatusCode, ids, nil
}

// get fetches a path and returns the status and up to 1 MiB of body.
func (s *server) get(ctx context.Context, path string, header map[string]string) (int, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", s.base+path, nil)
	if err != nil {
		return 0, nil, err
	}
	for k, v := range header {
		if k == "Host" {
			req.Host = v
			continue
		}
		req.Header.Set(k, v)
	}
	res, err := client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer res.Body.Close()
	data, _ := io.ReadAll(io.LimitReader(res.Body, 1<<20))
	return res.StatusCode, data, nil
}

// jobsQueued reads chorus_jobs_queued from /metrics (-1 when missing).
func (s *server) jobsQueued(ctx context.Context) float64 {
	_, body, err := s.get(ctx, "/metrics", nil)
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(body), "\n") {
		if strings.HasPrefix(line, "chorus_jobs_queued ") {
			v, _ := strconv.ParseFloat(strings.Fields(line)[1], 64)
			return v
		}
	}
	return -1
}

// runChorus runs a one-shot chorus command and returns its stdout.
func runChorus(ctx context.Context, c config, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, c.chorus, args...)
	cmd.Env = cleanEnv()
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("chorus %s: %v: %s", strings.Join(args, " "), err, errb.String())
	}
	return out.String(), nil
}
