package app

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"
)

// Retry policy for GitHub requests.
type retryPolicy struct {
	// Max is how many times a request is retried (0: never).
	Max int
	// Base is the first backoff; it doubles per attempt, with jitter.
	Base time.Duration
	// Cap bounds one backoff.
	Cap time.Duration
	// MaxRetryAfter is the longest Retry-After the transport waits for;
	// longer ones fail at once.
	MaxRetryAfter time.Duration
}

var defaultRetryPolicy = retryPolicy{Max: 3, Base: 500 * time.Millisecond, Cap: 20 * time.Second, MaxRetryAfter: 90 * time.Second}

// retryTransport retries GitHub requests that failed for reasons that pass:
// 5xx answers, network errors and timeouts, and secondary rate limits (403 or
// 429 with Retry-After). Other 4xx answers are returned at once.
type retryTransport struct {
	next    http.RoundTripper
	policy  retryPolicy
	metrics *Metrics
}

func (t *retryTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	body, err := replayableBody(req)
	if err != nil {
		return nil, err
	}
	for attempt := 0; ; attempt++ {
		r := req
		if body != nil {
			r = req.Clone(req.Context())
			r.Body = io.NopCloser(bytes.NewReader(body))
		}
		resp, err := t.next.RoundTrip(r)
		reason, wait := retryable(req.Context(), resp, err)
		if reason == "" || attempt >= t.policy.Max {
			return resp, err
		}
		if wait == 0 {
			wait = t.backoff(attempt)
		}
		if wait > t.policy.MaxRetryAfter {
			return resp, err
		}
		if resp != nil {
			_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
			resp.Body.Close()
		}
		if t.metrics != nil {
			t.metrics.APIRetries.WithLabelValues(reason).Inc()
		}
		zerolog.Ctx(req.Context()).Debug().Str("method", req.Method).Str("path", req.URL.Path).
			Str("reason", reason).Dur("wait", wait).Int("attempt", attempt+1).Msg("retrying GitHub request")
		if err := sleep(req.Context(), wait); err != nil {
			return nil, err
		}
	}
}

// replayableBody reads a request body so that it can be sent again.
func replayableBody(req *http.Request) ([]byte, error) {
	if req.Body == nil || req.Body == http.NoBody {
		return nil, nil
	}
	b, err := io.ReadAll(req.Body)
	req.Body.Close()
	if err != nil {
		return nil, err
	}
	return b, nil
}

// retryable classifies an attempt: the retry reason ("" for none) and the
// wait GitHub asked for (0: use backoff).
func retryable(ctx context.Context, resp *http.Response, err error) (string, time.Duration) {
	if err != nil {
		if ctx.Err() != nil || errors.Is(err, context.Canceled) {
			return "", 0
		}
		return "network", 0
	}
	switch {
	case resp.StatusCode >= 500:
		return "5xx", retryAfter(resp.Header)
	case resp.StatusCode == http.StatusTooManyRequests:
		return "secondary_rate_limit", retryAfter(resp.Header)
	case resp.StatusCode == http.StatusForbidden:
		if resp.Header.Get("Retry-After") != "" {
			return "secondary_rate_limit", retryAfter(resp.Header)
		}
		// A secondary rate limit without Retry-After says so in its body.
		if peekContains(resp, "secondary rate limit") {
			return "secondary_rate_limit", time.Minute
		}
	}
	return "", 0
}

// peekContains reports whether the response body contains s, leaving the body
// readable.
func peekContains(resp *http.Response, s string) bool {
	b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<16))
	resp.Body.Close()
	resp.Body = io.NopCloser(bytes.NewReader(b))
	return err == nil && strings.Contains(strings.ToLower(string(b)), s)
}

// retryAfter parses a Retry-After header in seconds (HTTP dates are rare
// from GitHub and treated as absent).
func retryAfter(h http.Header) time.Duration {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil && n >= 0 {
		if n == 0 {
			return time.Millisecond
		}
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(time.Until(t), time.Millisecond)
	}
	return 0
}

func (t *retryTransport) backoff(attempt int) time.Duration {
	d := t.policy.Base << attempt
	if d <= 0 || d > t.policy.Cap {
		d = t.policy.Cap
	}
	// Full jitter on the upper half keeps retries of many checks apart.
	return d/2 + time.Duration(rand.Int64N(int64(d/2)+1))
}

func sleep(ctx context.Context, d time.Duration) error {
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-timer.C:
		return nil
	}
}

// meteredTransport counts every GitHub request (each retry included) in the
// metrics and in the per-check counter carried by the request's context, and
// records the remaining rate limit.
type meteredTransport struct {
	next    http.RoundTripper
	metrics *Metrics
}

type callCounterKey struct{}

// withCallCounter returns a context whose GitHub requests are counted in n.
func withCallCounter(ctx context.Context, n *atomic.Int64) context.Context {
	return context.WithValue(ctx, callCounterKey{}, n)
}

func (t *meteredTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if n, ok := req.Context().Value(callCounterKey{}).(*atomic.Int64); ok {
		n.Add(1)
	}
	resp, err := t.next.RoundTrip(req)
	if t.metrics == nil {
		return resp, err
	}
	status := "error"
	if resp != nil {
		status = strconv.Itoa(resp.StatusCode/100) + "xx"
		if rem := resp.Header.Get("X-RateLimit-Remaining"); rem != "" {
			if v, perr := strconv.ParseFloat(rem, 64); perr == nil {
				inst := strconv.FormatInt(installationFromContext(req.Context()), 10)
				t.metrics.RateRemaining.WithLabelValues(inst).Set(v)
			}
		}
	}
	t.metrics.APIRequests.WithLabelValues(req.Method, status).Inc()
	return resp, err
}

type installationKey struct{}

func withInstallation(ctx context.Context, id int64) context.Context {
	return context.WithValue(ctx, installationKey{}, id)
}

func installationFromContext(ctx context.Context) int64 {
	id, _ := ctx.Value(installationKey{}).(int64)
	return id
}
