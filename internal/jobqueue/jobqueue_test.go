package jobqueue

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/migsync/migsync/dbcheck/dbtest"
)

// engines opens one queue per engine: SQLite always, PostgreSQL when
// MIGSYNC_TEST_POSTGRES_URL is set. open opens another handle on the same
// queue (a second replica).
func engines(t *testing.T, test func(t *testing.T, open func() *Store)) {
	t.Run("sqlite", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "queue.db")
		test(t, func() *Store { return mustOpen(t, path) })
	})
	t.Run("postgres", func(t *testing.T) {
		pg := dbtest.NewPostgres(t)
		test(t, func() *Store { return mustOpen(t, pg.URL) })
	})
}

func mustOpen(t *testing.T, url string) *Store {
	t.Helper()
	s, err := Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func TestQueue(t *testing.T) {
	engines(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		s := open()
		clk := &clock{t: time.Unix(1_800_000_000, 0)}
		s.SetClock(clk.now)
		add := func(key string, prio int, reopen bool, limit int) (bool, error) {
			return s.Enqueue(ctx, Job{Key: key, Kind: "delivery", Priority: prio, Payload: []byte(key)}, reopen, limit)
		}
		mustAdd := func(key string, prio int) {
			t.Helper()
			if ok, err := add(key, prio, false, 0); !ok || err != nil {
				t.Fatalf("enqueue %s: %v %v", key, ok, err)
			}
		}
		mustAdd("a", 0)
		if ok, err := add("a", 0, false, 0); ok || err != nil {
			t.Fatalf("a duplicate was added: %v %v", ok, err)
		}
		mustAdd("low", -1)
		mustAdd("high", 5)
		// The limit counts unfinished jobs; a duplicate is refused as a
		// duplicate, never as "full".
		if _, err := add("d", 0, false, 3); !errors.Is(err, ErrFull) {
			t.Fatalf("fourth job under a limit of 3: %v, want ErrFull", err)
		}
		if ok, err := add("a", 0, false, 3); ok || err != nil {
			t.Fatalf("duplicate at the limit: %v %v, want a duplicate", ok, err)
		}

		var order []string
		for {
			j, err := s.Claim(ctx, "w1", time.Minute, nil)
			if err != nil {
				t.Fatal(err)
			}
			if j == nil {
				break
			}
			order = append(order, j.Key)
			if err := s.Finish(ctx, j.ID, "w1"); err != nil {
				t.Fatal(err)
			}
		}
		if fmt.Sprint(order) != "[high a low]" {
			t.Errorf("claim order %v, want [high a low]", order)
		}
		if ok, _ := add("a", 0, false, 0); ok {
			t.Error("a finished delivery was accepted again")
		}
		if ok, _ := add("a", 0, true, 0); !ok {
			t.Error("reopen did not replace a finished job")
		}

		// A job due later is not claimed before its time.
		if _, err := s.Enqueue(ctx, Job{Key: "later", Kind: "resume", NotBefore: clk.now().Add(2 * time.Minute)}, true, 0); err != nil {
			t.Fatal(err)
		}
		j, _ := s.Claim(ctx, "w1", time.Minute, nil) // "a" again
		if j == nil || j.Key != "a" {
			t.Fatalf("claimed %+v, want a", j)
		}
		// Its lease expires: another worker takes it, the first lost it.
		clk.add(61 * time.Second)
		if j2, _ := s.Claim(ctx, "w2", time.Minute, nil); j2 == nil || j2.Key != "a" || j2.Attempts != 2 {
			t.Fatalf("expired lease not reclaimed: %+v", j2)
		}
		if err := s.Finish(ctx, j.ID, "w1"); !errors.Is(err, errLost) {
			t.Errorf("finishing a lost lease: %v", err)
		}
		if err := s.Release(ctx, j.ID, "w2", clk.now().Add(time.Hour), "postponed", true); err != nil {
			t.Fatal(err)
		}
		clk.add(60 * time.Second)
		if j3, _ := s.Claim(ctx, "w2", time.Minute, nil); j3 == nil || j3.Key != "later" {
			t.Fatalf("due job not claimed: %+v", j3)
		} else if err := s.Fail(ctx, j3.ID, "w2", "gave up"); err != nil {
			t.Fatal(err)
		}
		// A failed job's key may come again (a redelivery).
		if ok, _ := s.Enqueue(ctx, Job{Key: "later", Kind: "resume"}, false, 0); !ok {
			t.Error("a failed job's key was refused")
		}
		if j4, _ := s.Claim(ctx, "host-a/1", time.Minute, func(j *Job) bool { return j.Key != "later" }); j4 == nil || j4.Key != "later" {
			t.Fatalf("skip did not pass over other jobs: %+v", j4)
		}
		if n, err := s.ReleaseOwnedBy(ctx, "host-a/"); n != 1 || err != nil {
			t.Errorf("released %d, %v; want 1", n, err)
		}
		counts, _ := s.Counts(ctx)
		if counts[Pending] != 2 || counts[Running] != 0 {
			t.Errorf("counts %v", counts)
		}
		if n, _ := s.Purge(ctx, clk.now().Add(time.Second)); n != 2 {
			t.Errorf("purged %d finished jobs, want 2 (high, low)", n)
		}

		// Locks.
		if ok, _ := s.Lock(ctx, "head", "x", time.Minute); !ok {
			t.Fatal("lock not taken")
		}
		if ok, _ := s.Lock(ctx, "head", "y", time.Minute); ok {
			t.Fatal("lock taken twice")
		}
		if ok, _ := s.Lock(ctx, "head", "x", time.Minute); !ok {
			t.Fatal("owner could not renew")
		}
		clk.add(2 * time.Minute)
		if ok, _ := s.Lock(ctx, "head", "y", time.Minute); !ok {
			t.Fatal("expired lock not taken over")
		}
		_ = s.Unlock(ctx, "head", "y")
		if ok, _ := s.Lock(ctx, "head", "x", time.Minute); !ok {
			t.Fatal("released lock not taken")
		}
	})
}

// TestQueueReplicas: two handles on one queue (two replicas) enqueue the
// same deliveries and claim concurrently: each delivery is one job, run once.
func TestQueueReplicas(t *testing.T) {
	engines(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		a, b := open(), open()
		const n = 40
		var wg sync.WaitGroup
		var added atomic.Int64
		for _, s := range []*Store{a, b} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; i < n; i++ {
					ok, err := s.Enqueue(ctx, Job{Key: fmt.Sprint("delivery:", i), Kind: "delivery"}, false, 0)
					if err != nil {
						t.Error(err)
						return
					}
					if ok {
						added.Add(1)
					}
				}
			}()
		}
		wg.Wait()
		if added.Load() != n {
			t.Fatalf("%d jobs added for %d distinct deliveries sent to both", added.Load(), n)
		}
		var mu sync.Mutex
		ran := map[string]int{}
		for w, s := range []*Store{a, b, a, b} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				owner := fmt.Sprint("worker", w)
				for {
					j, err := s.Claim(ctx, owner, time.Minute, nil)
					if err != nil {
						t.Error(err)
						return
					}
					if j == nil {
						return
					}
					mu.Lock()
					ran[j.Key]++
					mu.Unlock()
					if err := s.Finish(ctx, j.ID, owner); err != nil {
						t.Error(err)
					}
				}
			}()
		}
		wg.Wait()
		for k, c := range ran {
			if c != 1 {
				t.Errorf("%s ran %d times", k, c)
			}
		}
		if len(ran) != n {
			t.Errorf("%d jobs ran, want %d", len(ran), n)
		}
	})
}

// TestRecent: records and jobs of a kind, the most recently finished first,
// then the unfinished, the newest first.
func TestRecent(t *testing.T) {
	engines(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		s := open()
		clk := &clock{t: time.Unix(1_800_000_000, 0)}
		s.SetClock(clk.now)
		for _, k := range []string{"d1", "d2", "d3"} {
			if _, err := s.Enqueue(ctx, Job{Key: k, Kind: "delivery", Payload: []byte(k)}, false, 0); err != nil {
				t.Fatal(err)
			}
		}
		j, err := s.Claim(ctx, "me", time.Minute, nil)
		if err != nil || j == nil || j.Key != "d1" {
			t.Fatal(j, err)
		}
		if err := s.Finish(ctx, j.ID, "me"); err != nil {
			t.Fatal(err)
		}
		got, err := s.Recent(ctx, "delivery", 2)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got[0].Key != "d1" || got[0].State != Done || got[1].Key != "d3" || string(got[1].Payload) != "d3" {
			t.Fatalf("Recent = %+v", got)
		}
		// Records: no work, refreshed when remembered again, purged in time.
		for _, k := range []string{"r1", "r2", "r1"} {
			clk.add(time.Second)
			if err := s.Remember(ctx, k, "repo", 7, []byte("payload "+k)); err != nil {
				t.Fatal(err)
			}
		}
		if j, err := s.Claim(ctx, "me", time.Minute, nil); err != nil || j == nil || j.Kind != "delivery" {
			t.Fatalf("a record was claimed as work, or the next delivery was not: %+v %v", j, err)
		}
		recs, _ := s.Recent(ctx, "repo", 10)
		if len(recs) != 2 || recs[0].Key != "r1" || recs[1].Key != "r2" || string(recs[0].Payload) != "payload r1" || recs[0].Installation != 7 {
			t.Fatalf("records = %+v", recs)
		}
		clk.add(time.Hour)
		if _, err := s.Purge(ctx, clk.now().Add(-time.Minute)); err != nil {
			t.Fatal(err)
		}
		if recs, _ := s.Recent(ctx, "repo", 10); len(recs) != 0 {
			t.Fatalf("records after the purge: %+v", recs)
		}
	})
}
