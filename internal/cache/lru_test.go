package cache

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func bytesCost(b []byte) int64 { return int64(len(b)) }

func value(s string) func(context.Context) ([]byte, error) {
	return func(context.Context) ([]byte, error) { return []byte(s), nil }
}

func TestEvictsLeastRecentlyUsedBeyondTheCost(t *testing.T) {
	c := New[string, []byte](10, 10, bytesCost)
	c.Add("a", []byte("1234"))
	c.Add("b", []byte("1234"))
	if _, ok := c.Get("a"); !ok { // a is now the most recently used
		t.Fatal("a missing")
	}
	c.Add("c", []byte("1234")) // 12 > 10: b, the least recently used, goes
	for key, want := range map[string]bool{"a": true, "b": false, "c": true} {
		if got := c.Contains(key); got != want {
			t.Errorf("Contains(%q) = %v, want %v", key, got, want)
		}
	}
	if c.Cost() != 8 || c.Len() != 2 {
		t.Errorf("cost %d, len %d; want 8, 2", c.Cost(), c.Len())
	}
	// One large value evicts several.
	c.Add("d", []byte("123456789"))
	if c.Len() != 1 || c.Cost() != 9 || !c.Contains("d") {
		t.Errorf("after a 9-byte value: len %d, cost %d", c.Len(), c.Cost())
	}
}

func TestContainsDoesNotCountAsUse(t *testing.T) {
	c := New[string, []byte](8, 8, bytesCost)
	c.Add("a", []byte("1234"))
	c.Add("b", []byte("1234"))
	c.Contains("a")
	c.Add("c", []byte("1234"))
	if c.Contains("a") || !c.Contains("b") {
		t.Error("Contains marked a as used: b was evicted instead of a")
	}
}

func TestMaxItemAndExistingKeys(t *testing.T) {
	c := New[string, []byte](100, 4, bytesCost)
	c.Add("big", []byte("12345"))
	if c.Contains("big") || c.Cost() != 0 {
		t.Errorf("a value over maxItem was kept (cost %d)", c.Cost())
	}
	c.Add("k", []byte("1"))
	c.Add("k", []byte("22"))
	if v, _ := c.Get("k"); string(v) != "1" || c.Cost() != 1 {
		t.Errorf("second Add replaced the value: %q, cost %d", v, c.Cost())
	}
}

func TestLoadCachesSuccessOnly(t *testing.T) {
	c := New[string, []byte](100, 100, bytesCost)
	ctx := context.Background()
	v, hit, err := c.Load(ctx, "a", value("x"))
	if err != nil || hit || string(v) != "x" {
		t.Fatalf("first load: %q, hit %v, %v", v, hit, err)
	}
	if _, hit, _ := c.Load(ctx, "a", value("other")); !hit {
		t.Error("second load was not a hit")
	}
	boom := errors.New("boom")
	if _, _, err := c.Load(ctx, "bad", func(context.Context) ([]byte, error) { return nil, boom }); !errors.Is(err, boom) {
		t.Errorf("load error lost: %v", err)
	}
	if v, hit, err := c.Load(ctx, "bad", value("ok")); err != nil || hit || string(v) != "ok" {
		t.Errorf("a failed load was cached: %q, hit %v, %v", v, hit, err)
	}
}

// TestConcurrentLoadsShareOne: eight goroutines miss the same key while its
// load is under way; load runs once and every caller gets its value.
func TestConcurrentLoadsShareOne(t *testing.T) {
	c := New[string, []byte](100, 100, bytesCost)
	var loads atomic.Int32
	started, release := make(chan struct{}), make(chan struct{})
	load := func(context.Context) ([]byte, error) {
		if loads.Add(1) == 1 {
			close(started)
		}
		<-release
		return []byte("v"), nil
	}
	var wg sync.WaitGroup
	results := make(chan string, 8)
	hits := atomic.Int32{}
	first := func() {
		defer wg.Done()
		v, hit, err := c.Load(context.Background(), "k", load)
		if err != nil {
			t.Error(err)
		}
		if hit {
			hits.Add(1)
		}
		results <- string(v)
	}
	wg.Add(1)
	go first()
	<-started // the load is under way: the others must wait for it
	for i := 0; i < 7; i++ {
		wg.Add(1)
		go first()
	}
	for c.waiters("k") < 7 { // all seven wait on the one load
		time.Sleep(time.Millisecond)
	}
	close(release)
	wg.Wait()
	close(results)
	if n := loads.Load(); n != 1 {
		t.Errorf("%d loads for one key, want 1", n)
	}
	for v := range results {
		if v != "v" {
			t.Errorf("a caller got %q", v)
		}
	}
	if hits.Load() != 7 {
		t.Errorf("%d callers counted as hits, want 7 (all but the loader)", hits.Load())
	}
}

// waiters is how many callers wait for the load of key under way (-1: none
// is under way).
func (c *LRU[K, V]) waiters(key K) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	f, ok := c.inflight[key]
	if !ok {
		return -1
	}
	return f.waiting
}

func TestWaiterStopsWithItsContext(t *testing.T) {
	c := New[string, []byte](100, 100, bytesCost)
	started, release := make(chan struct{}), make(chan struct{})
	go func() {
		_, _, _ = c.Load(context.Background(), "k", func(context.Context) ([]byte, error) {
			close(started)
			<-release
			return []byte("v"), nil
		})
	}()
	<-started
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := c.Load(ctx, "k", value("unused")); !errors.Is(err, context.Canceled) {
		t.Errorf("waiter with a cancelled context: %v", err)
	}
	close(release)
}

func TestPanickingLoadReleasesWaiters(t *testing.T) {
	c := New[string, []byte](100, 100, bytesCost)
	started, release := make(chan struct{}), make(chan struct{})
	go func() {
		defer func() { _ = recover() }()
		_, _, _ = c.Load(context.Background(), "k", func(context.Context) ([]byte, error) {
			close(started)
			<-release
			panic("boom")
		})
	}()
	<-started
	done := make(chan error)
	go func() {
		_, _, err := c.Load(context.Background(), "k", value("unused"))
		done <- err
	}()
	for c.waiters("k") < 1 {
		time.Sleep(time.Millisecond)
	}
	close(release)
	select {
	case err := <-done:
		if err == nil || err.Error() != fmt.Sprintf("cache load panicked: %v", "boom") {
			t.Errorf("waiter: %v, want the panic as an error", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a waiter hangs after the load panicked")
	}
	if c.Contains("k") || c.waiters("k") != -1 {
		t.Error("a panicked load was cached or left in flight")
	}
}

// TestConcurrentUseKeepsTheBound hammers one small cache from several
// goroutines (run with -race): the cost never exceeds the limit and
// matches what is held.
func TestConcurrentUseKeepsTheBound(t *testing.T) {
	c := New[int, []byte](64, 64, bytesCost)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				k := (i*7 + g) % 40
				_, _, _ = c.Load(context.Background(), k, func(context.Context) ([]byte, error) { return make([]byte, k%9+1), nil })
				if cost := c.Cost(); cost > 64 {
					t.Errorf("cost %d over the limit", cost)
					return
				}
			}
		}(g)
	}
	wg.Wait()
	var held int64
	c.mu.Lock()
	for _, v := range c.list.Values() {
		held += int64(len(v))
	}
	c.mu.Unlock()
	if held != c.Cost() {
		t.Errorf("cost %d, but the values held cost %d", c.Cost(), held)
	}
}
