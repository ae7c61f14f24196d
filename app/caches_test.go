package app

import (
	"fmt"
	"testing"
	"time"

	"github.com/migsync/migsync/checkrun/tree"
	"github.com/migsync/migsync/handlers"
)

// TestRecentChecksBounded: at its bound the oldest check no longer covers.
func TestRecentChecksBounded(t *testing.T) {
	r := newRecentChecks(time.Hour, 2)
	target := func(i int) handlers.Target {
		return handlers.Target{Owner: "o", Repo: "r", HeadSHA: fmt.Sprint(i), BaseRef: "main"}
	}
	for i := 0; i < 3; i++ {
		r.done(target(i))
	}
	for i, want := range []bool{false, true, true} {
		if got := r.covered(target(i)); got != want {
			t.Errorf("check %d covered = %v, want %v", i, got, want)
		}
	}
	if n := r.byKey.Len(); n != 2 {
		t.Errorf("%d checks remembered, bound 2", n)
	}
}

// TestTreeCacheBoundByEntries: commit listings are bounded by their total
// entries, least recently used first; a listing larger than the bound is not
// kept.
func TestTreeCacheBoundByEntries(t *testing.T) {
	c := newTreeCache(4)
	listing := func(n int) *ghTree { return &ghTree{entries: make([]tree.Entry, n)} }
	c.Add("a", listing(2))
	c.Add("b", listing(2))
	c.Get("a")
	c.Add("c", listing(2))
	if !c.Contains("a") || c.Contains("b") || !c.Contains("c") {
		t.Errorf("after a, b, use of a, c: a %v, b %v, c %v; want b evicted", c.Contains("a"), c.Contains("b"), c.Contains("c"))
	}
	c.Add("huge", listing(5))
	if c.Contains("huge") {
		t.Error("a listing over the bound was kept")
	}
}
