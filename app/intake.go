package app

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/google/go-github/v60/github"
	"github.com/palantir/go-githubapp/githubapp"
	"github.com/rs/zerolog"

	"github.com/migsync/migsync/internal/jobqueue"
)

// errMalformed marks a payload that is not JSON, or not the event's shape.
var errMalformed = errors.New("payload is not valid JSON")

// Job kinds.
const (
	kindDelivery = "delivery" // a webhook delivery: event type and payload
	kindCheck    = "check"    // a check to run later (handlers.Target as JSON)
	kindComplete = "complete" // a check run completion GitHub refused (pendingCompletion)
)

// intake sits between go-githubapp's dispatcher (which has verified the
// signature) and the handlers: it refuses malformed payloads, stores each
// accepted delivery in the durable queue (internal/jobqueue) before it is
// acknowledged — a duplicate delivery id is collapsed there, before it can
// take a place in the queue —, and runs the queue's jobs on a fixed number of
// workers. A job is finished only when its work is done: a crash leaves it to
// the next start (or another replica), a shutdown hands it over.
type intake struct {
	store    *jobqueue.Store
	metrics  *Metrics
	handlers map[string]githubapp.EventHandler
	run      map[string]func(ctx context.Context, j *jobqueue.Job) error // other kinds
	limit    int                                                         // unfinished deliveries
	workers  int
	owner    string // this process's lease owner prefix: "<instance>/<random>"
	lease    time.Duration
	poll     time.Duration
	keep     time.Duration // finished jobs (their delivery ids) are remembered this long
	derive   func(context.Context) context.Context
	skip     func(*jobqueue.Job) (bool, time.Time) // low-priority work backs off
	log      zerolog.Logger

	wake chan struct{}

	mu       sync.Mutex
	draining bool
	stopped  bool
	busy     int           // jobs being run by this process
	idle     chan struct{} // closed while busy is 0
	wg       sync.WaitGroup
	stop     context.CancelFunc
}

// Job outcomes a runner can return beyond success and failure.
var (
	// errHandedOver: the job was interrupted by shutdown and goes back to
	// the queue for the next start (or another replica).
	errHandedOver = errors.New("handed over to the next start")
	// errBusyElsewhere: another replica checks the same head now.
	errBusyElsewhere = errors.New("the head is being checked by another replica")
)

// postponed is a runner's request to run the job again at a given time
// without counting an attempt (a rate limit's reset).
type postponed struct {
	at     time.Time
	reason string
}

func (p *postponed) Error() string {
	return "postponed until " + p.at.UTC().Format(time.RFC3339) + ": " + p.reason
}

// maxDeliveryAttempts bounds the runs of a delivery whose handler fails.
const maxDeliveryAttempts = 3

func newIntake(store *jobqueue.Store, m *Metrics, hs []githubapp.EventHandler, limit, workers int, instance string, log zerolog.Logger) *intake {
	idle := make(chan struct{})
	close(idle)
	byEvent := map[string]githubapp.EventHandler{}
	for _, h := range hs {
		for _, ev := range h.Handles() {
			byEvent[ev] = h
		}
	}
	var b [4]byte
	_, _ = rand.Read(b[:])
	return &intake{
		store: store, metrics: m, handlers: byEvent, run: map[string]func(context.Context, *jobqueue.Job) error{},
		limit: limit, workers: workers, owner: instance + "/" + hex.EncodeToString(b[:]),
		lease: 30 * time.Second, poll: time.Second, keep: 24 * time.Hour, log: log,
		wake: make(chan struct{}, 1), idle: idle,
	}
}

// instanceID names this process's instance for its leases: the configured
// id, else the host name (a pod's name on Kubernetes, kept across restarts
// of its container).
func instanceID(configured string) string {
	if configured != "" {
		return configured
	}
	h, err := os.Hostname()
	if err != nil || h == "" {
		return "migsync"
	}
	return h
}

// encodeDelivery frames a delivery as a job payload.
func encodeDelivery(event, delivery string, payload []byte) []byte {
	var b bytes.Buffer
	b.Grow(len(event) + len(delivery) + len(payload) + 2)
	b.WriteString(event)
	b.WriteByte('\n')
	b.WriteString(delivery)
	b.WriteByte('\n')
	b.Write(payload)
	return b.Bytes()
}

func decodeDelivery(p []byte) (event, delivery string, payload []byte, err error) {
	ev, rest, ok := bytes.Cut(p, []byte{'\n'})
	if !ok {
		return "", "", nil, errors.New("malformed delivery job")
	}
	id, payload, ok := bytes.Cut(rest, []byte{'\n'})
	if !ok {
		return "", "", nil, errors.New("malformed delivery job")
	}
	return string(ev), string(id), payload, nil
}

// shapeOK checks that a payload is a JSON object of the event's shape (as
// go-github decodes it), so that a wrong shape is refused with 400 rather
// than accepted and dropped later.
func shapeOK(event string, payload []byte) error {
	if !json.Valid(payload) {
		return errMalformed
	}
	if t := bytes.TrimLeft(payload, " \t\r\n"); len(t) == 0 || t[0] != '{' {
		return fmt.Errorf("%w: not a JSON object", errMalformed)
	}
	if _, err := github.ParseWebHook(event, payload); err != nil && !strings.Contains(err.Error(), "unknown X-Github-Event") {
		return fmt.Errorf("payload is not a %s event: %w", event, err)
	}
	return nil
}

// errDraining refuses events during shutdown (answered 503).
var errDraining = errors.New("server is shutting down")

// installationOf reads a payload's installation id (0: none).
func installationOf(payload []byte) int64 {
	var p struct {
		Installation struct {
			ID int64 `json:"id"`
		} `json:"installation"`
	}
	_ = json.Unmarshal(payload, &p)
	return p.Installation.ID
}

func (s *intake) Schedule(ctx context.Context, d githubapp.Dispatch) error {
	if err := shapeOK(d.EventType, d.Payload); err != nil {
		return githubapp.ValidationError{EventType: d.EventType, DeliveryID: d.DeliveryID, Cause: err}
	}
	s.mu.Lock()
	draining := s.draining
	s.mu.Unlock()
	if draining {
		return errDraining
	}
	id := d.DeliveryID
	key := "delivery:" + id
	if id == "" {
		var b [8]byte
		_, _ = rand.Read(b[:])
		key = "delivery:anonymous-" + hex.EncodeToString(b[:])
	}
	added, err := s.store.Enqueue(ctx, jobqueue.Job{
		Key: key, Kind: kindDelivery, Installation: installationOf(d.Payload),
		Payload: encodeDelivery(d.EventType, id, d.Payload),
	}, false, s.limit)
	switch {
	case errors.Is(err, jobqueue.ErrFull):
		s.metrics.Rejected.WithLabelValues("queue_full").Inc()
		return githubapp.ErrCapacityExceeded
	case err != nil:
		return fmt.Errorf("store the delivery: %w", err)
	case !added:
		zerolog.Ctx(ctx).Info().Msg("duplicate delivery ignored")
		s.metrics.Rejected.WithLabelValues("duplicate").Inc()
		return nil
	}
	s.metrics.Events.WithLabelValues(d.EventType).Inc()
	s.poke()
	return nil
}

// enqueue stores other work (a resumption, a completion) and wakes a worker.
func (s *intake) enqueue(ctx context.Context, j jobqueue.Job) error {
	if _, err := s.store.Enqueue(ctx, j, true, 0); err != nil {
		return err
	}
	s.poke()
	return nil
}

func (s *intake) poke() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// drain refuses new deliveries from now on (they are answered 503).
func (s *intake) drain() {
	s.mu.Lock()
	s.draining = true
	s.mu.Unlock()
}
