package app

import (
	"cmp"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"testing/iotest"
	"time"
)

// scripted answers requests with the given statuses in order.
type scripted struct {
	statuses []int
	headers  []http.Header
	bodies   []string
	calls    int
	seen     []string // request bodies
}

func (s *scripted) RoundTrip(r *http.Request) (*http.Response, error) {
	i := s.calls
	s.calls++
	if r.Body != nil {
		b, _ := io.ReadAll(r.Body)
		s.seen = append(s.seen, string(b))
	}
	if i >= len(s.statuses) {
		i = len(s.statuses) - 1
	}
	switch s.statuses[i] {
	case 0:
		return nil, errors.New("connection reset")
	case -1:
		return nil, &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connection refused")}
	}
	h := http.Header{}
	if i < len(s.headers) && s.headers[i] != nil {
		h = s.headers[i]
	}
	body := ""
	if i < len(s.bodies) {
		body = s.bodies[i]
	}
	var rd io.Reader = strings.NewReader(body)
	if strings.HasPrefix(body, "TRUNCATED") {
		rd = io.MultiReader(strings.NewReader(body), iotest.ErrReader(io.ErrUnexpectedEOF))
	}
	return &http.Response{StatusCode: s.statuses[i], Header: h, Body: io.NopCloser(rd), Request: r}, nil
}

func TestRetryTransport(t *testing.T) {
	retryAfter := http.Header{"Retry-After": {"0"}}
	tests := []struct {
		name     string
		statuses []int
		headers  []http.Header
		bodies   []string
		want     int // final status
		calls    int
		method   string // default GET
		path     string
	}{
		{"502 twice then 200", []int{502, 502, 200}, nil, nil, 200, 3, "", ""},
		{"network error then 200", []int{0, 200}, nil, nil, 200, 2, "", ""},
		{"gives up after max retries", []int{500}, nil, nil, 500, 4, "", ""},
		{"404 is not retried", []int{404, 200}, nil, nil, 404, 1, "", ""},
		{"422 is not retried", []int{422, 200}, nil, nil, 422, 1, "", ""},
		{"secondary rate limit with Retry-After", []int{403, 200}, []http.Header{retryAfter}, nil, 200, 2, "", ""},
		{"429 with Retry-After", []int{429, 200}, []http.Header{retryAfter}, nil, 200, 2, "", ""},
		{"403 without Retry-After is final", []int{403, 200}, nil, []string{`{"message":"Resource not accessible by integration"}`}, 403, 1, "", ""},
		{"truncated body then 200", []int{200, 200}, nil, []string{`TRUNCATED{"a":`, `{"a":1}`}, 200, 2, "", ""},
		// A write whose answer was lost may have been performed: the
		// publisher reconciles before it tries again, not the transport.
		{"POST: 502 is returned", []int{502, 200}, nil, nil, 502, 1, "POST", ""},
		{"POST: secondary rate limit is retried", []int{403, 200}, []http.Header{retryAfter}, nil, 200, 2, "POST", ""},
		{"POST: refused connection is retried", []int{-1, 200}, nil, nil, 200, 2, "POST", ""},
		{"PATCH: 500 is returned", []int{500, 200}, nil, nil, 500, 1, "PATCH", ""},
		{"DELETE: 502 is retried", []int{502, 204}, nil, nil, 204, 2, "DELETE", ""},
		{"POST token: 502 is retried", []int{502, 201}, nil, nil, 201, 2, "POST", "/app/installations/1/access_tokens"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &scripted{statuses: tt.statuses, headers: tt.headers, bodies: tt.bodies}
			rt := &retryTransport{next: s, policy: retryPolicy{Max: 3, Base: time.Millisecond, Cap: time.Millisecond, MaxRetryAfter: time.Minute}}
			method, path := cmp.Or(tt.method, http.MethodGet), cmp.Or(tt.path, "/x")
			req, _ := http.NewRequest(method, "https://api.github.com"+path, strings.NewReader(`{"a":1}`))
			resp, err := rt.RoundTrip(req)
			if err != nil {
				t.Fatal(err)
			}
			b, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			if err != nil || strings.HasPrefix(string(b), "TRUNCATED") {
				t.Errorf("body %q, %v", b, err)
			}
			if resp.StatusCode != tt.want || s.calls != tt.calls {
				t.Errorf("status %d after %d calls, want %d after %d", resp.StatusCode, s.calls, tt.want, tt.calls)
			}
			for _, b := range s.seen {
				if b != `{"a":1}` {
					t.Errorf("retried request body %q", b)
				}
			}
		})
	}
}

func TestRetryTransportStopsWithContext(t *testing.T) {
	s := &scripted{statuses: []int{503}}
	rt := &retryTransport{next: s, policy: retryPolicy{Max: 5, Base: time.Hour, Cap: time.Hour, MaxRetryAfter: time.Hour}}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.github.com/x", nil)
	if _, err := rt.RoundTrip(req); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if s.calls != 1 {
		t.Errorf("%d calls", s.calls)
	}
}

func TestRetryAfterTooLongIsNotAwaited(t *testing.T) {
	s := &scripted{statuses: []int{429, 200}, headers: []http.Header{{"Retry-After": {"3600"}}}}
	rt := &retryTransport{next: s, policy: retryPolicy{Max: 3, Base: time.Millisecond, Cap: time.Millisecond, MaxRetryAfter: time.Minute}}
	req, _ := http.NewRequest(http.MethodGet, "https://api.github.com/x", nil)
	resp, err := rt.RoundTrip(req)
	if err != nil || resp.StatusCode != 429 || s.calls != 1 {
		t.Errorf("status %v err %v calls %d; want the 429 returned at once", resp.StatusCode, err, s.calls)
	}
}

func TestMeteredTransportCountsPerCheck(t *testing.T) {
	m := NewMetrics(func() float64 { return 0 }, func() float64 { return 0 })
	s := &scripted{statuses: []int{200}, headers: []http.Header{{"X-Ratelimit-Remaining": {"4999"}}}}
	rt := &meteredTransport{next: s, metrics: m}
	var n atomic.Int64
	ctx := withCallCounter(withInstallation(context.Background(), 42), &n)
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.github.com/x", nil)
		if _, err := rt.RoundTrip(req); err != nil {
			t.Fatal(err)
		}
	}
	if n.Load() != 3 {
		t.Errorf("counted %d calls, want 3", n.Load())
	}
}
