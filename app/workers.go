package app

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	"github.com/palantir/go-githubapp/githubapp"

	"github.com/migsync/migsync/internal/jobqueue"
)

// The intake's workers: they claim the durable queue's jobs (a lease each,
// renewed while the job runs), run them through their event handler or
// runner, and record the outcome — finished, handed over, postponed, retried
// or failed. start, halt, wait and close are their life cycle.

// start releases the leases an earlier run of this instance left (it was
// killed) and starts the workers.
func (s *intake) start(ctx context.Context) error {
	prefix := strings.SplitN(s.owner, "/", 2)[0] + "/"
	n, err := s.store.ReleaseOwnedBy(ctx, prefix)
	if err != nil {
		return err
	}
	if n > 0 {
		s.log.Info().Int64("jobs", n).Msg("recovered the jobs an earlier run of this instance did not finish")
	}
	ctx, s.stop = context.WithCancel(ctx)
	for w := 0; w < s.workers; w++ {
		s.wg.Add(1)
		go s.worker(ctx)
	}
	s.wg.Add(1)
	go s.housekeeping(ctx)
	return nil
}

// housekeeping forgets finished jobs after keep (migsync.delivery_ttl: a
// delivery id is a duplicate for that long).
func (s *intake) housekeeping(ctx context.Context) {
	defer s.wg.Done()
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		if _, err := s.store.Purge(ctx, time.Now().Add(-s.keep)); err != nil && ctx.Err() == nil {
			s.log.Warn().Err(err).Msg("queue purge failed")
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (s *intake) worker(ctx context.Context) {
	defer s.wg.Done()
	for {
		s.mu.Lock()
		stopped := s.stopped
		s.mu.Unlock()
		if stopped || ctx.Err() != nil {
			return
		}
		s.setBusy(+1)
		j, err := s.store.Claim(ctx, s.owner, s.lease, s.skipJob)
		if err != nil && ctx.Err() == nil {
			s.log.Error().Err(err).Msg("queue claim failed")
		}
		if j != nil {
			s.runJob(ctx, j)
			s.setBusy(-1)
			continue
		}
		s.setBusy(-1)
		select {
		case <-ctx.Done():
			return
		case <-s.wake:
		case <-time.After(s.poll):
		}
	}
}

// skipJob leaves low-priority work pending while its installation is short
// of rate limit headroom, moving it to the limit's reset.
func (s *intake) skipJob(j *jobqueue.Job) bool {
	if s.skip == nil {
		return false
	}
	skip, _ := s.skip(j)
	return skip
}

func (s *intake) setBusy(d int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.busy == 0 && d > 0 {
		s.idle = make(chan struct{})
	}
	s.busy += d
	if s.busy == 0 {
		close(s.idle)
	}
}

// runJob runs one job under its lease (renewed while it runs) and records
// the outcome.
func (s *intake) runJob(ctx context.Context, j *jobqueue.Job) {
	s.metrics.InFlight.Inc()
	defer s.metrics.InFlight.Dec()
	jobCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		t := time.NewTicker(s.lease / 3)
		defer t.Stop()
		for {
			select {
			case <-jobCtx.Done():
				return
			case <-t.C:
				if err := s.store.Extend(context.WithoutCancel(jobCtx), j.ID, s.owner, s.lease); err != nil {
					s.log.Warn().Err(err).Str("job", j.Key).Msg("could not renew the job's lease")
				}
			}
		}
	}()
	err := s.dispatch(jobCtx, j)
	cancel()
	bg := context.WithoutCancel(ctx)
	var later *postponed
	switch {
	case err == nil:
		err = s.store.Finish(bg, j.ID, s.owner)
	case errors.Is(err, errHandedOver):
		err = s.store.Release(bg, j.ID, s.owner, time.Time{}, err.Error(), true)
	case errors.Is(err, errBusyElsewhere):
		err = s.store.Release(bg, j.ID, s.owner, time.Now().Add(2*time.Second), err.Error(), true)
	case errors.As(err, &later):
		err = s.store.Release(bg, j.ID, s.owner, later.at, later.reason, true)
	case j.Kind == kindDelivery && j.Attempts < maxDeliveryAttempts:
		s.log.Warn().Err(err).Str("job", j.Key).Int("attempt", j.Attempts).Msg("event handling failed; it will be retried")
		err = s.store.Release(bg, j.ID, s.owner, time.Now().Add(time.Duration(j.Attempts)*15*time.Second), err.Error(), false)
	default:
		s.log.Error().Err(err).Str("job", j.Key).Int("attempts", j.Attempts).Msg("job failed; given up")
		err = s.store.Fail(bg, j.ID, s.owner, err.Error())
	}
	if err != nil {
		s.log.Warn().Err(err).Str("job", j.Key).Msg("could not record the job's outcome")
	}
}

// dispatch runs a job: a delivery through its event handler (as
// go-githubapp's dispatcher would, with its logger fields), other kinds
// through their runners. A panic is the job's failure.
func (s *intake) dispatch(ctx context.Context, j *jobqueue.Job) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
			s.log.Error().Str("panic", fmt.Sprint(p)).Str("stack", string(debug.Stack())).Msg("job panicked")
		}
	}()
	if j.Kind != kindDelivery {
		run := s.run[j.Kind]
		if run == nil {
			return fmt.Errorf("no runner for jobs of kind %q", j.Kind)
		}
		return run(s.derive(ctx), j)
	}
	event, delivery, payload, err := decodeDelivery(j.Payload)
	if err != nil {
		return err
	}
	h := s.handlers[event]
	if h == nil {
		return nil
	}
	log := s.log.With().Str(githubapp.LogKeyEventType, event).Str(githubapp.LogKeyDeliveryID, delivery).Logger()
	return h.Handle(s.derive(log.WithContext(ctx)), event, delivery, payload)
}

// halt stops claiming jobs; running ones go on (wait for them, or cancel
// them through the context they run in).
func (s *intake) halt() {
	s.mu.Lock()
	s.stopped = true
	s.mu.Unlock()
	s.poke()
}

// wait blocks until no job runs in this process and none is due, or ctx
// ends. Jobs due later (a resumption after a rate limit) do not count.
func (s *intake) wait(ctx context.Context) error {
	for {
		s.mu.Lock()
		idle, stopped := s.idle, s.stopped
		s.mu.Unlock()
		select {
		case <-idle:
		case <-ctx.Done():
			return ctx.Err()
		}
		due, err := s.store.Due(ctx)
		if err != nil {
			return err
		}
		if due == 0 || stopped {
			s.mu.Lock()
			still := s.busy == 0
			s.mu.Unlock()
			if still {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// close stops the housekeeping and closes the store.
func (s *intake) close() {
	if s.stop != nil {
		s.stop()
	}
	s.wg.Wait()
	_ = s.store.Close()
}
