// Package peakrss measures how much a piece of work raises the process's
// peak resident memory, for tests of memory bounds (Linux: VmHWM in
// /proc/self/status, reset by writing 5 to /proc/self/clear_refs).
// Elsewhere, and where the reset is refused, Growth skips the test.
package peakrss

import (
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
)

// Growth runs f and returns how many KiB the process's peak RSS rose above
// its RSS before f, after collecting garbage and returning it to the OS. Its
// caller must not run in parallel with other tests of the process.
func Growth(t testing.TB, f func()) int {
	t.Helper()
	runtime.GC()
	debug.FreeOSMemory()
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		t.Skipf("cannot reset the peak RSS: %v", err)
	}
	before, ok := KB("VmHWM")
	if !ok {
		t.Skip("no VmHWM in /proc/self/status")
	}
	f()
	after, _ := KB("VmHWM")
	return after - before
}

// KB reads a kB field of /proc/self/status (VmHWM, VmRSS, …).
func KB(field string) (int, bool) { return KBOf("self", field) }

// KBOf reads a kB field of another process's status (pid as a string, or
// "self").
func KBOf(pid, field string) (int, bool) {
	b, err := os.ReadFile("/proc/" + pid + "/status")
	if err != nil {
		return 0, false
	}
	for line := range strings.Lines(string(b)) {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			n, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			return n, err == nil
		}
	}
	return 0, false
}
