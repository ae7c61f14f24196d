package app

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"hash"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/palantir/go-githubapp/githubapp"
	"github.com/rs/zerolog"
	"golang.org/x/sync/semaphore"
)

// go-githubapp's dispatcher reads a webhook's whole body before it checks
// the signature, so anyone who can reach the URL can make the server hold
// as much as they send: 40 unsigned posts of 24 MB took it from 328 MB to
// 1.68 GB. webhookGuard stands in front of it:
//
//   - a body over GitHub's cap on payloads (25 MB) is refused (413) by its
//     Content-Length before it is read, or as soon as it passes the cap;
//   - a delivery without a well-formed signature header is refused (401)
//     before its body is read;
//   - the bodies being read at once share a budget of bytes
//     (webhookBytesInFlight), taken by their Content-Length before reading;
//     a delivery that cannot have its share within webhookBudgetWait gets
//     503 (GitHub's own timeout is 10 s);
//   - the HMAC is computed while the body is read, and a mismatch is refused
//     (401) before the body goes any further.
//
// Verified deliveries go on to the dispatcher, which validates them again.

// maxWebhookBody is GitHub's cap on webhook payloads.
const maxWebhookBody = 25 << 20

// webhookBytesInFlight bounds the webhook bodies held while they are read
// and verified. A verified body is copied once more by the dispatcher, so
// the server holds at most about twice this for webhook bodies.
const webhookBytesInFlight = 64 << 20

// webhookBudgetWait bounds how long a delivery waits for its share of
// webhookBytesInFlight.
const webhookBudgetWait = 5 * time.Second

// webhookGuard verifies deliveries before next (the dispatcher) sees them.
type webhookGuard struct {
	next    http.Handler
	secret  []byte
	budget  *semaphore.Weighted
	wait    time.Duration // for a share of the budget
	metrics *Metrics
}

func newWebhookGuard(next http.Handler, secret string, m *Metrics) *webhookGuard {
	return &webhookGuard{next: next, secret: []byte(secret), budget: semaphore.NewWeighted(webhookBytesInFlight),
		wait: webhookBudgetWait, metrics: m}
}

func (g *webhookGuard) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	log := zerolog.Ctx(r.Context())
	if r.ContentLength > maxWebhookBody {
		g.refuse(w, log, "too_large", http.StatusRequestEntityTooLarge,
			"payload of "+strconv.FormatInt(r.ContentLength, 10)+" bytes is over GitHub's cap of 25 MB")
		return
	}
	mac, want, ok := g.signature(r.Header)
	if !ok {
		g.refuse(w, log, "signature", http.StatusUnauthorized, "missing or malformed X-Hub-Signature-256 header")
		return
	}
	share := r.ContentLength
	if share < 0 {
		share = maxWebhookBody // unknown length: the most it may be
	}
	ctx, cancel := context.WithTimeout(r.Context(), g.wait)
	err := g.budget.Acquire(ctx, share)
	cancel()
	if err != nil {
		g.refuse(w, log, "busy", http.StatusServiceUnavailable, "too many webhook bodies are being read; redeliver it later")
		return
	}
	defer g.budget.Release(share)

	buf := bytes.NewBuffer(make([]byte, 0, min(share, 1<<20)))
	if r.ContentLength >= 0 {
		buf.Grow(int(r.ContentLength))
	}
	_, err = io.Copy(io.MultiWriter(buf, mac), http.MaxBytesReader(w, r.Body, maxWebhookBody))
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		g.refuse(w, log, "too_large", http.StatusRequestEntityTooLarge, "payload is over GitHub's cap of 25 MB")
		return
	case err != nil:
		g.refuse(w, log, "malformed", http.StatusBadRequest, "could not read the payload: "+err.Error())
		return
	case !hmac.Equal(mac.Sum(nil), want):
		g.refuse(w, log, "signature", http.StatusUnauthorized, "invalid webhook signature")
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(buf.Bytes()))
	r.ContentLength = int64(buf.Len())
	g.next.ServeHTTP(w, r)
}

// signature returns the keyed hash a delivery's body must match and the
// value it must give (X-Hub-Signature-256, or the older SHA-1 header when
// only that one is sent); ok is false when neither header is well formed.
func (g *webhookGuard) signature(h http.Header) (hash.Hash, []byte, bool) {
	try := func(header, prefix string, fn func() hash.Hash) (hash.Hash, []byte, bool) {
		v, found := strings.CutPrefix(h.Get(header), prefix+"=")
		if !found {
			return nil, nil, false
		}
		want, err := hex.DecodeString(v)
		if err != nil || len(want) != fn().Size() {
			return nil, nil, false
		}
		return hmac.New(fn, g.secret), want, true
	}
	if h.Get("X-Hub-Signature-256") != "" {
		return try("X-Hub-Signature-256", "sha256", sha256.New)
	}
	return try("X-Hub-Signature", "sha1", sha1.New)
}

func (g *webhookGuard) refuse(w http.ResponseWriter, log *zerolog.Logger, reason string, status int, msg string) {
	log.Warn().Str("reason", reason).Int("status", status).Msg("webhook refused: " + msg)
	g.metrics.Rejected.WithLabelValues(reason).Inc()
	http.Error(w, msg, status)
}

// errorCallback answers refused deliveries: 401 for a missing or wrong
// signature (webhookGuard refuses those first), 400 for other invalid
// payloads, 503 when the queue is full or the server drains, 500 otherwise.
func errorCallback(m *Metrics) githubapp.ErrorCallback {
	return func(w http.ResponseWriter, r *http.Request, err error) {
		log := zerolog.Ctx(r.Context())
		var ve githubapp.ValidationError
		switch {
		case errors.As(err, &ve) && isSignatureError(ve.Cause):
			log.Warn().Err(ve.Cause).Msg("webhook signature rejected")
			m.Rejected.WithLabelValues("signature").Inc()
			http.Error(w, "invalid webhook signature", http.StatusUnauthorized)
		case errors.As(err, &ve):
			log.Warn().Err(ve.Cause).Msg("invalid webhook payload")
			m.Rejected.WithLabelValues("malformed").Inc()
			http.Error(w, "invalid webhook headers or payload", http.StatusBadRequest)
		case errors.Is(err, githubapp.ErrCapacityExceeded), errors.Is(err, errDraining):
			log.Warn().Err(err).Msg("webhook refused: no capacity")
			http.Error(w, "no capacity to process this event now; redeliver it later", http.StatusServiceUnavailable)
		default:
			log.Error().Err(err).Msg("unexpected error handling webhook")
			http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		}
	}
}

// isSignatureError recognises go-github's ValidatePayload signature errors.
func isSignatureError(err error) bool {
	if err == nil {
		return false
	}
	msg := err.Error()
	return strings.Contains(msg, "signature") || strings.Contains(msg, "hash type")
}
