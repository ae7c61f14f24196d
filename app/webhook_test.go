package app

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha1"
	"encoding/hex"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/sync/semaphore"

	"github.com/migsync/migsync/internal/fakegithub"
)

// watchedBody is a request body that records how much of it was read and
// how many such bodies were being read at once.
type watchedBody struct {
	r                io.Reader
	delay            time.Duration // per read: a slow sender
	read             *atomic.Int64
	active, peak     *atomic.Int64
	started, stopped bool
}

func (b *watchedBody) Read(p []byte) (int, error) {
	if !b.started {
		b.started = true
		n := b.active.Add(1)
		for {
			old := b.peak.Load()
			if n <= old || b.peak.CompareAndSwap(old, n) {
				break
			}
		}
	}
	time.Sleep(b.delay)
	n, err := b.r.Read(p)
	b.read.Add(int64(n))
	if err != nil && !b.stopped {
		b.stopped = true
		b.active.Add(-1)
	}
	return n, err
}

type guardEnv struct {
	guard        *webhookGuard
	delay        time.Duration // per read of a body
	delivered    [][]byte
	mu           sync.Mutex
	read         atomic.Int64
	active, peak atomic.Int64
}

func newGuardEnv() *guardEnv {
	e := &guardEnv{}
	next := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		e.mu.Lock()
		e.delivered = append(e.delivered, b)
		e.mu.Unlock()
	})
	e.guard = newWebhookGuard(next, secret, NewMetrics(nil, nil))
	return e
}

// post sends body through the guard with the given signature header (""
// for none); length -1 hides the length (a chunked body).
func (e *guardEnv) post(body []byte, sig string, length int64) int {
	req := httptest.NewRequest(http.MethodPost, WebhookRoute, nil)
	req.Body = io.NopCloser(&watchedBody{r: bytes.NewReader(body), delay: e.delay, read: &e.read, active: &e.active, peak: &e.peak})
	req.ContentLength = length
	if sig != "" {
		req.Header.Set("X-Hub-Signature-256", sig)
	}
	w := httptest.NewRecorder()
	e.guard.ServeHTTP(w, req)
	return w.Code
}

// TestWebhookGuard (issue 13, point 7 and acceptance 8): what is refused
// before the body is read, what after, and that a verified body reaches the
// dispatcher unchanged.
func TestWebhookGuard(t *testing.T) {
	payload := []byte(`{"action":"opened","number":1}`)
	good := fakegithub.Sign(payload, secret)
	for _, c := range []struct {
		name     string
		body     []byte
		sig      string
		length   int64
		want     int
		readNone bool
	}{
		{"signed", payload, good, int64(len(payload)), http.StatusOK, false},
		{"signed, chunked", payload, good, -1, http.StatusOK, false},
		{"no signature", payload, "", int64(len(payload)), http.StatusUnauthorized, true},
		{"malformed signature", payload, "sha256=zz", int64(len(payload)), http.StatusUnauthorized, true},
		{"short signature", payload, "sha256=abcd", int64(len(payload)), http.StatusUnauthorized, true},
		{"wrong signature", payload, fakegithub.Sign(payload, "other"), int64(len(payload)), http.StatusUnauthorized, false},
		{"over 25 MB by its length", payload, good, maxWebhookBody + 1, http.StatusRequestEntityTooLarge, true},
		{"over 25 MB, chunked", make([]byte, maxWebhookBody+10), good, -1, http.StatusRequestEntityTooLarge, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := newGuardEnv()
			if got := e.post(c.body, c.sig, c.length); got != c.want {
				t.Fatalf("status %d, want %d", got, c.want)
			}
			if c.readNone && e.read.Load() != 0 {
				t.Errorf("read %d bytes of a delivery refused by its headers", e.read.Load())
			}
			if c.want == http.StatusOK && (len(e.delivered) != 1 || !bytes.Equal(e.delivered[0], c.body)) {
				t.Errorf("delivered %q, want the payload once", e.delivered)
			}
			if c.want != http.StatusOK && len(e.delivered) != 0 {
				t.Errorf("a refused delivery reached the dispatcher")
			}
		})
	}
	t.Run("legacy SHA-1 signature", func(t *testing.T) {
		e := newGuardEnv()
		req := httptest.NewRequest(http.MethodPost, WebhookRoute, bytes.NewReader(payload))
		req.Header.Set("X-Hub-Signature", legacySign(payload, secret))
		w := httptest.NewRecorder()
		e.guard.ServeHTTP(w, req)
		if w.Code != http.StatusOK || len(e.delivered) != 1 {
			t.Fatalf("status %d, %d delivered", w.Code, len(e.delivered))
		}
	})
}

// TestWebhookGuardBudget: wrongly signed bodies posted at once are read
// only as far as the budget of bytes in flight allows; the others wait,
// then get 503. None reaches the dispatcher.
func TestWebhookGuardBudget(t *testing.T) {
	e := newGuardEnv()
	const size, n = 1 << 20, 12
	e.guard.budget = semaphore.NewWeighted(3 * size) // three bodies at a time
	e.guard.wait = 50 * time.Millisecond
	e.delay = time.Millisecond // about 30 ms a body: the posts overlap
	body := bytes.Repeat([]byte("x"), size)
	bad := fakegithub.Sign(body, "not-the-secret")
	codes := make(chan int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			codes <- e.post(body, bad, size)
		}()
	}
	wg.Wait()
	close(codes)
	count := map[int]int{}
	for c := range codes {
		count[c]++
	}
	if count[http.StatusUnauthorized]+count[http.StatusServiceUnavailable] != n || count[http.StatusUnauthorized] == 0 {
		t.Errorf("answers %v, want only 401 and 503", count)
	}
	if p := e.peak.Load(); p > 3 {
		t.Errorf("%d bodies read at once, want at most 3 (the budget)", p)
	}
	if len(e.delivered) != 0 {
		t.Errorf("%d wrongly signed deliveries reached the dispatcher", len(e.delivered))
	}
}

// legacySign signs as GitHub's older X-Hub-Signature header does.
func legacySign(payload []byte, key string) string {
	m := hmac.New(sha1.New, []byte(key))
	m.Write(payload)
	return "sha1=" + hex.EncodeToString(m.Sum(nil))
}

// TestE2EUnverifiedBodiesNotHeld: through the server's own handler, an
// unsigned 24 MB delivery is refused without reading its body, and a
// wrongly signed one after reading it, before the dispatcher copies it.
func TestE2EUnverifiedBodiesNotHeld(t *testing.T) {
	e := newEnv(t)
	body := bytes.Repeat([]byte(" "), 24<<20)
	for _, c := range []struct {
		name, sig string
		maxRead   int64
	}{
		{"unsigned", "", 0},
		{"wrongly signed", fakegithub.Sign(body, "not-the-secret"), int64(len(body))},
	} {
		var read, active, peak atomic.Int64
		req := httptest.NewRequest(http.MethodPost, WebhookRoute, nil)
		req.Body = io.NopCloser(&watchedBody{r: bytes.NewReader(body), read: &read, active: &active, peak: &peak})
		req.ContentLength = int64(len(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-GitHub-Event", "pull_request")
		req.Header.Set("X-GitHub-Delivery", newID())
		if c.sig != "" {
			req.Header.Set("X-Hub-Signature-256", c.sig)
		}
		w := httptest.NewRecorder()
		e.srv.Handler().ServeHTTP(w, req)
		if w.Code != http.StatusUnauthorized || read.Load() > c.maxRead {
			t.Errorf("%s: status %d, %d bytes read; want 401 and at most %d", c.name, w.Code, read.Load(), c.maxRead)
		}
	}
}
