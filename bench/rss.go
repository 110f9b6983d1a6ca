package bench

import (
	"bufio"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
)

// resetPeakRSS returns freed memory to the OS and resets the process's
// peak resident set size (VmHWM) to its current size, so the next reading
// covers only what follows. It reports whether the reset worked (Linux
// only; otherwise peaks are process-wide since start).
func resetPeakRSS() bool {
	debug.FreeOSMemory()
	return os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
}

// peakRSSMB returns the process's peak resident set size (VmHWM) in MB
// (2^20 bytes), or 0 when unknown.
func peakRSSMB() float64 { return statusMB("VmHWM:") }

// rssMB returns the process's current resident set size (VmRSS) in MB, or 0
// when unknown.
func rssMB() float64 { return statusMB("VmRSS:") }

// statusMB reads a kB field of /proc/self/status in MB.
func statusMB(field string) float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, field) {
			continue
		}
		fields := strings.Fields(strings.TrimPrefix(line, field))
		if len(fields) == 0 {
			return 0
		}
		kb, err := strconv.ParseFloat(fields[0], 64)
		if err != nil {
			return 0
		}
		return kb / 1024
	}
	return 0
}
