package app

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"sync"

	"github.com/palantir/go-githubapp/githubapp"
	"github.com/rs/zerolog"
)

// errMalformed marks a payload that is not JSON.
var errMalformed = errors.New("payload is not valid JSON")

// intake sits between go-githubapp's dispatcher (which has verified the
// signature) and its queue scheduler: it refuses malformed payloads, drops
// duplicate deliveries, and tracks in-flight events so shutdown can drain
// them.
type intake struct {
	next       githubapp.Scheduler
	deliveries *deliveryLog
	metrics    *Metrics

	mu       sync.Mutex
	draining bool
	pending  int           // events queued or being handled
	idle     chan struct{} // closed while pending is 0
}

func newIntake(next githubapp.Scheduler, deliveries *deliveryLog, m *Metrics) *intake {
	idle := make(chan struct{})
	close(idle)
	return &intake{next: next, deliveries: deliveries, metrics: m, idle: idle}
}

// add counts an event in; callers hold s.mu.
func (s *intake) add() {
	if s.pending == 0 {
		s.idle = make(chan struct{})
	}
	s.pending++
	s.metrics.InFlight.Inc()
}

// done counts an event out.
func (s *intake) done() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pending--
	s.metrics.InFlight.Dec()
	if s.pending == 0 {
		close(s.idle)
	}
}

// wait blocks until no event is queued or running, or ctx ends.
func (s *intake) wait(ctx context.Context) error {
	s.mu.Lock()
	idle := s.idle
	s.mu.Unlock()
	select {
	case <-idle:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// errDraining refuses events during shutdown (answered 503).
var errDraining = errors.New("server is shutting down")

func (s *intake) Schedule(ctx context.Context, d githubapp.Dispatch) error {
	if !json.Valid(d.Payload) {
		return githubapp.ValidationError{EventType: d.EventType, DeliveryID: d.DeliveryID, Cause: errMalformed}
	}
	if d.DeliveryID != "" && !s.deliveries.claim(d.DeliveryID) {
		zerolog.Ctx(ctx).Info().Msg("duplicate delivery ignored")
		s.metrics.Rejected.WithLabelValues("duplicate").Inc()
		return nil
	}
	s.mu.Lock()
	if s.draining {
		s.mu.Unlock()
		s.deliveries.release(d.DeliveryID)
		return errDraining
	}
	s.add()
	s.mu.Unlock()

	inner := d.Handler
	d.Handler = trackedHandler{EventHandler: inner, done: func(err error) {
		if err != nil {
			// A failed delivery may be redelivered and processed again.
			s.deliveries.release(d.DeliveryID)
		}
		s.done()
	}}
	if err := s.next.Schedule(ctx, d); err != nil {
		s.deliveries.release(d.DeliveryID)
		s.done()
		if errors.Is(err, githubapp.ErrCapacityExceeded) {
			s.metrics.Rejected.WithLabelValues("queue_full").Inc()
		}
		return err
	}
	s.metrics.Events.WithLabelValues(d.EventType).Inc()
	return nil
}

// stop refuses new events from now on (they are answered 503).
func (s *intake) stop() {
	s.mu.Lock()
	s.draining = true
	s.mu.Unlock()
}

// trackedHandler reports the end of a handler, panics included.
type trackedHandler struct {
	githubapp.EventHandler
	done func(error)
}

func (h trackedHandler) Handle(ctx context.Context, eventType, deliveryID string, payload []byte) (err error) {
	defer func() {
		if r := recover(); r != nil {
			h.done(errors.New("panic"))
			panic(r) // the scheduler recovers it and reports it
		}
		h.done(err)
	}()
	return h.EventHandler.Handle(ctx, eventType, deliveryID, payload)
}

// errorCallback answers refused deliveries: 401 for a missing or wrong
// signature, 400 for other invalid payloads, 503 when the queue is full or the
// server drains, 500 otherwise.
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
