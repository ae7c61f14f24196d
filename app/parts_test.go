package app

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-github/v60/github"
	"github.com/palantir/go-githubapp/githubapp"

	"github.com/migsync/migsync/checkrun/tree"
	"github.com/migsync/migsync/handlers"
)

func TestBlobCacheBoundAndLRU(t *testing.T) {
	c := NewBlobCache(10)
	load := func(s string) func(context.Context) ([]byte, error) {
		return func(context.Context) ([]byte, error) { return []byte(s), nil }
	}
	ctx := context.Background()
	for _, sha := range []string{"a", "b", "c"} {
		if _, err := c.Get(ctx, sha, load("1234")); err != nil {
			t.Fatal(err)
		}
	}
	// 12 bytes > 10: "a" (least recently used) was evicted.
	if c.Size() != 8 || c.Len() != 2 {
		t.Fatalf("size %d, len %d; want 8, 2", c.Size(), c.Len())
	}
	fetched := false
	if _, err := c.Get(ctx, "a", func(context.Context) ([]byte, error) { fetched = true; return []byte("1234"), nil }); err != nil || !fetched {
		t.Errorf("evicted blob not fetched again (err %v)", err)
	}
	if _, err := c.Get(ctx, "huge", load("0123456789abc")); err != nil || c.Size() > 10 {
		t.Errorf("a blob larger than the cache was kept: size %d", c.Size())
	}
	if _, err := c.Get(ctx, "bad", func(context.Context) ([]byte, error) { return nil, errors.New("boom") }); err == nil {
		t.Error("load error lost")
	}
	if _, err := c.Get(ctx, "bad", load("ok")); err != nil {
		t.Errorf("a failed load was cached: %v", err)
	}
}

func TestBlobCacheSharesConcurrentMisses(t *testing.T) {
	c := NewBlobCache(1 << 20)
	var mu sync.Mutex
	loads := 0
	release := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = c.Get(context.Background(), "same", func(context.Context) ([]byte, error) {
				mu.Lock()
				loads++
				mu.Unlock()
				<-release
				return []byte("x"), nil
			})
		}()
	}
	// Let the first loader start, then release it; the others wait on it.
	for {
		mu.Lock()
		started := loads
		mu.Unlock()
		if started > 0 {
			break
		}
	}
	close(release)
	wg.Wait()
	if loads != 1 {
		t.Errorf("%d loads for one SHA, want 1", loads)
	}
}

// TestSerializerCoalesces: while one check runs, three more requests for the
// key collapse into one run, preferring the pull request target, and that
// run gets its own request's context (its delivery's logger), not the one
// it waited behind.
func TestSerializerCoalesces(t *testing.T) {
	type ctxKey struct{}
	s := newSerializer()
	started, release := make(chan struct{}), make(chan struct{})
	var ran []handlers.Target
	var ctxs []any
	var mu sync.Mutex
	run := func(ctx context.Context, t handlers.Target) error {
		mu.Lock()
		ran = append(ran, t)
		ctxs = append(ctxs, ctx.Value(ctxKey{}))
		first := len(ran) == 1
		mu.Unlock()
		if first {
			close(started)
			<-release
		}
		return nil
	}
	with := func(v string) context.Context { return context.WithValue(context.Background(), ctxKey{}, v) }
	done := make(chan struct{})
	go func() { _ = s.do(with("push"), "k", handlers.Target{Event: "push"}, run); close(done) }()
	<-started
	_ = s.do(with("check_suite"), "k", handlers.Target{Event: "check_suite"}, run)
	_ = s.do(with("pull_request"), "k", handlers.Target{Event: "pull_request", PR: 3}, run)
	_ = s.do(with("push 2"), "k", handlers.Target{Event: "push"}, run)
	close(release)
	<-done
	if len(ran) != 2 || ran[1].PR != 3 {
		t.Errorf("ran %+v, want the first and then the pull request target", ran)
	}
	if len(ctxs) == 2 && (ctxs[0] != "push" || ctxs[1] != "pull_request") {
		t.Errorf("runs had the contexts of %v, want [push pull_request]", ctxs)
	}
	if len(s.slots) != 0 {
		t.Errorf("slots left: %v", s.slots)
	}
}

func TestRecentChecks(t *testing.T) {
	now := time.Unix(0, 0)
	r := newRecentChecks(time.Minute, 10)
	r.now = func() time.Time { return now }
	pr := handlers.Target{Owner: "o", Repo: "r", HeadSHA: "h", PR: 1, BaseSHA: "b", MergeBase: true}
	push := handlers.Target{Owner: "o", Repo: "r", HeadSHA: "h", BaseRef: "main", MergeBase: true}
	if r.covered(pr) {
		t.Fatal("covered before any check")
	}
	r.done(pr)
	if !r.covered(pr) || !r.covered(push) {
		t.Error("a pull request check should cover the same request and a push of the commit")
	}
	rerun := pr
	rerun.Rerun = true
	if r.covered(rerun) {
		t.Error("an explicit re-run was skipped")
	}
	moved := pr
	moved.BaseSHA = "b2"
	if r.covered(moved) {
		t.Error("a new base was skipped")
	}
	now = now.Add(2 * time.Minute)
	if r.covered(pr) {
		t.Error("an expired check still covers")
	}
	r2 := newRecentChecks(time.Minute, 10)
	r2.done(push)
	if r2.covered(pr) {
		t.Error("a push check must not cover the pull request check (it posts the review)")
	}
}

func TestErrorCallbackStatuses(t *testing.T) {
	m := NewMetrics(func() float64 { return 0 }, func() float64 { return 0 })
	cb := errorCallback(m)
	tests := []struct {
		err  error
		want int
	}{
		{githubapp.ValidationError{Cause: errors.New("payload signature check failed")}, http.StatusUnauthorized},
		{githubapp.ValidationError{Cause: errors.New("missing signature")}, http.StatusUnauthorized},
		{githubapp.ValidationError{Cause: errMalformed}, http.StatusBadRequest},
		{githubapp.ValidationError{Cause: errors.New("missing event type")}, http.StatusBadRequest},
		{githubapp.ErrCapacityExceeded, http.StatusServiceUnavailable},
		{errDraining, http.StatusServiceUnavailable},
		{errors.New("other"), http.StatusInternalServerError},
	}
	for _, tt := range tests {
		w := httptest.NewRecorder()
		cb(w, httptest.NewRequest(http.MethodPost, WebhookRoute, nil), tt.err)
		if w.Code != tt.want {
			t.Errorf("%v: %d, want %d", tt.err, w.Code, tt.want)
		}
	}
}

func TestPatchedTree(t *testing.T) {
	sha := func(c byte) string { return strings.Repeat(string(c), 40) }
	base := &ghTree{entries: []tree.Entry{
		{Path: "a", SHA: sha('1'), Size: 1}, {Path: "b", SHA: sha('2'), Size: 1}, {Path: "c", SHA: sha('3'), Size: 1},
	}}
	file := func(status, name, prev string, s string) *github.CommitFile {
		f := &github.CommitFile{Status: github.String(status), Filename: github.String(name), SHA: github.String(s)}
		if prev != "" {
			f.PreviousFilename = github.String(prev)
		}
		return f
	}
	got, ok := base.patched("head", []*github.CommitFile{
		file("modified", "a", "", sha('a')),
		file("removed", "b", "", ""),
		file("renamed", "d", "c", sha('3')),
		file("added", "e/f", "", sha('e')),
	})
	if !ok {
		t.Fatal("not patched")
	}
	want := []tree.Entry{{Path: "a", SHA: sha('a'), Size: -1}, {Path: "d", SHA: sha('3'), Size: -1}, {Path: "e/f", SHA: sha('e'), Size: -1}}
	if !reflect.DeepEqual(got.entries, want) {
		t.Errorf("entries = %+v, want %+v", got.entries, want)
	}
	if e, ok := got.entry("e/f"); !ok || e.SHA != sha('e') {
		t.Errorf("index broken: %v %v", e, ok)
	}
	if _, ok := base.patched("head", []*github.CommitFile{file("added", "x", "", "")}); ok {
		t.Error("patched without a blob SHA")
	}
	if _, ok := base.patched("head", []*github.CommitFile{file("weird", "x", "", sha('x'))}); ok {
		t.Error("patched with an unknown status")
	}
}
