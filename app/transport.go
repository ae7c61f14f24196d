package app

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/cenkalti/backoff/v5"
	"github.com/rs/zerolog"

	"github.com/migsync/migsync/checkrun/tree"
)

// Retry policy for GitHub requests.
type retryPolicy struct {
	// Max is how many times a request is retried (0: never).
	Max int
	// Base is the first backoff; it grows per attempt, with jitter.
	Base time.Duration
	// Cap bounds one backoff.
	Cap time.Duration
	// MaxRetryAfter is the longest Retry-After the transport waits for;
	// longer ones fail at once.
	MaxRetryAfter time.Duration
}

var defaultRetryPolicy = retryPolicy{Max: 3, Base: 500 * time.Millisecond, Cap: 20 * time.Second, MaxRetryAfter: 90 * time.Second}

// retryTransport retries GitHub requests that failed for reasons that pass:
// 5xx answers, network errors, timeouts and truncated bodies, and secondary
// rate limits (403 or 429 with Retry-After). Other 4xx answers are returned
// at once.
//
// A write (POST, PATCH) is retried here only when GitHub certainly did not
// perform it: a secondary rate limit, or a connection that was never made.
// After any other failure the write may have happened with its answer lost;
// the publisher (publish.go) then looks for what it created before it tries
// again, so that a lost response never doubles a check run or a review.
// GitHub's token endpoint is the exception: a second token is harmless.
type retryTransport struct {
	next    http.RoundTripper
	policy  retryPolicy
	metrics *Metrics
}

// maxBufferedBody bounds the answer a read buffers to retry a truncated body
// (a tree listing is at most 7 MB, a blob at most tree.MaxFileSize: the App
// reads blobs raw). An answer that says it is longer is not buffered at
// all: its reader refuses it by its length (a blob) or streams it (an
// archive).
const maxBufferedBody = tree.MaxFileSize

func (t *retryTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	body, err := replayableBody(req)
	if err != nil {
		return nil, err
	}
	ctx := req.Context()
	safe := retriesBlindly(req)
	b := t.policy.newBackOff()
	for attempt := 0; ; attempt++ {
		r := req
		if body != nil {
			r = req.Clone(ctx)
			r.Body = io.NopCloser(bytes.NewReader(body))
		}
		resp, err := t.next.RoundTrip(r)
		if err == nil && (req.Method == http.MethodGet || req.Method == http.MethodHead) {
			resp, err = bufferBody(resp)
		}
		reason, wait := retryable(ctx, resp, err)
		if reason == "" || attempt >= t.policy.Max || (!safe && !notPerformed(reason, err)) {
			return resp, err
		}
		if wait == 0 {
			wait = min(b.NextBackOff(), t.policy.Cap)
		} else if wait > t.policy.MaxRetryAfter || beyondDeadline(ctx, wait) {
			return resp, err // GitHub asks for longer: the caller decides (a check resumes later)
		}
		if resp != nil {
			_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
			resp.Body.Close()
		}
		if t.metrics != nil {
			t.metrics.APIRetries.WithLabelValues(reason).Inc()
		}
		zerolog.Ctx(ctx).Debug().Str("method", req.Method).Str("path", req.URL.Path).
			Str("reason", reason).Dur("wait", wait).Int("attempt", attempt+1).Msg("retrying GitHub request")
		if err := sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
}

// retriesBlindly reports whether a request may be sent again after any
// failure: reads, idempotent writes (PUT, DELETE), token requests and
// reactions (GitHub answers an existing reaction of the App with it).
func retriesBlindly(req *http.Request) bool {
	switch req.Method {
	case http.MethodGet, http.MethodHead, http.MethodPut, http.MethodDelete, http.MethodOptions:
		return true
	}
	return req.Method == http.MethodPost &&
		(strings.HasSuffix(req.URL.Path, "/access_tokens") || strings.HasSuffix(req.URL.Path, "/reactions"))
}

// notPerformed reports whether a failed attempt certainly left GitHub
// unchanged: it was refused by a rate limit, or never reached GitHub.
func notPerformed(reason string, err error) bool {
	if reason == "secondary_rate_limit" {
		return true
	}
	var op *net.OpError
	return err != nil && errors.As(err, &op) && op.Op == "dial"
}

// errTruncated marks an answer whose body ended early.
var errTruncated = errors.New("GitHub's answer ended early")

// bufferBody reads a read's answer whole (up to maxBufferedBody), so that a
// body cut short is retried like a failed request rather than failing the
// caller's JSON decoding with "unexpected EOF".
func bufferBody(resp *http.Response) (*http.Response, error) {
	if resp.ContentLength > maxBufferedBody {
		return resp, nil
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxBufferedBody))
	if err != nil {
		resp.Body.Close()
		return nil, fmt.Errorf("%w: %w", errTruncated, err)
	}
	if len(data) < maxBufferedBody {
		resp.Body.Close()
		resp.Body = io.NopCloser(bytes.NewReader(data))
		return resp, nil
	}
	resp.Body = struct {
		io.Reader
		io.Closer
	}{io.MultiReader(bytes.NewReader(data), resp.Body), resp.Body}
	return resp, nil
}

// beyondDeadline reports whether waiting d would outlast ctx.
func beyondDeadline(ctx context.Context, d time.Duration) bool {
	dl, ok := ctx.Deadline()
	return ok && time.Until(dl) < d
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
		if errors.Is(err, errTruncated) {
			return "truncated", 0
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

// newBackOff is the exponential backoff between attempts of one request
// (github.com/cenkalti/backoff): Base, growing 1.5× per attempt with ±50 %
// jitter, up to Cap.
func (p retryPolicy) newBackOff() *backoff.ExponentialBackOff {
	b := backoff.NewExponentialBackOff()
	b.InitialInterval = p.Base
	b.MaxInterval = p.Cap
	b.Reset()
	return b
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
//
// Low-priority requests (priorityLow in their context: archive downloads,
// re-checks the App starts by itself) are held back while the
// installation's last reported headroom is below migsync.rate_limit_reserve.
type meteredTransport struct {
	next    http.RoundTripper
	metrics *Metrics
	rates   *rateBook
}

type callCounterKey struct{}

// withCallCounter returns a context whose GitHub requests are counted in n.
func withCallCounter(ctx context.Context, n *atomic.Int64) context.Context {
	return context.WithValue(ctx, callCounterKey{}, n)
}

func (t *meteredTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	inst := installationFromContext(req.Context())
	if priorityOf(req.Context()) == priorityLow {
		if short, reset := t.rates.short(inst); short {
			return nil, &reserveError{remaining: t.rates.remaining(inst), reset: reset}
		}
	}
	if n, ok := req.Context().Value(callCounterKey{}).(*atomic.Int64); ok {
		n.Add(1)
	}
	resp, err := t.next.RoundTrip(req)
	if resp != nil {
		t.rates.observe(inst, resp.Header.Get("X-RateLimit-Remaining"), resp.Header.Get("X-RateLimit-Reset"))
	}
	if t.metrics == nil {
		return resp, err
	}
	status := "error"
	if resp != nil {
		status = strconv.Itoa(resp.StatusCode/100) + "xx"
		if rem := resp.Header.Get("X-RateLimit-Remaining"); rem != "" {
			if v, perr := strconv.ParseFloat(rem, 64); perr == nil {
				t.metrics.RateRemaining.WithLabelValues(strconv.FormatInt(inst, 10)).Set(v)
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
