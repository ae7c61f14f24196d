package app

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cenkalti/backoff/v5"
	"github.com/google/go-github/v60/github"
	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/rs/zerolog"

	"github.com/migsync/migsync/checkrun/report"
	"github.com/migsync/migsync/handlers"
	"github.com/migsync/migsync/internal/jobqueue"
)

// Work a check leaves for later, through the durable queue (intake.go):
//
//   - A check run completion GitHub refuses (every PATCH failing in an
//     incident) is retried in the background with backoff for
//     migsync.completion_retry_for, across restarts.
//   - A check stopped by a rate limit longer than the transport waits (a
//     secondary limit's Retry-After, the primary limit's reset) says so on
//     its check run, with the time it resumes, and resumes then.
//   - A check interrupted by shutdown says so and hands its job back to the
//     queue: the next start, or another replica, runs it again.
//   - A low-priority check (handlers.PriorityLow) waits for its
//     installation's rate limit reset while headroom is short.

// settle decides what a check that ended with err leaves behind, so that
// no check run stays in progress with nothing coming to complete it.
func (c *Checker) settle(ctx context.Context, cr *checkRun, err error) error {
	log := zerolog.Ctx(ctx)
	if errors.Is(context.Cause(ctx), errShutdown) && c.later != nil {
		cr.note(context.WithoutCancel(ctx), "Check interrupted by a restart",
			"migsync was restarting while this check ran. It runs again as soon as migsync is back; nothing needs to be done.")
		return errHandedOver
	}
	if until, ok := rateLimitedUntil(err); ok && c.later != nil {
		t := cr.t
		note := cr
		if fresh, ferr := c.fresh.NewInstallationClient(t.InstallationID); ferr == nil {
			cp := *cr // go-github holds every request of the check's client until the limit resets
			cp.client = fresh
			note = &cp
		}
		note.note(context.WithoutCancel(ctx), "Waiting for GitHub's rate limit",
			fmt.Sprintf("GitHub asked migsync to slow down (%v). The check resumes at %s and completes then.",
				err, until.UTC().Format("15:04:05 MST on Jan 2")))
		if cr.id == 0 {
			cr.id = note.id
		}
		if rerr := c.resumeAt(ctx, t, until); rerr == nil {
			log.Warn().Err(err).Time("resumes_at", until).Msg("rate limited: the check resumes later")
			return nil
		}
	}
	out := report.Failure(c.explain(err))
	if ferr := cr.fail(ctx, c.explain(err)); ferr != nil {
		log.Error().Err(ferr).Msg("could not complete the check run")
		if lerr := c.completeLater(ctx, cr, out, ferr); lerr != nil {
			return err
		}
	}
	return nil // the check run says what went wrong (or will)
}

// note sets the in-progress run's title and summary (creating the run if
// needed); failures are logged.
func (r *checkRun) note(ctx context.Context, title, summary string) {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	out := &github.CheckRunOutput{Title: github.String(title), Summary: github.String(summary)}
	var err error
	if r.id == 0 {
		err = r.create(ctx, out)
	} else {
		_, err = idempotent(ctx, r.policy, "update check run", func(ctx context.Context) (*github.CheckRun, error) {
			run, _, err := r.client.Checks.UpdateCheckRun(ctx, r.t.Owner, r.t.Repo, r.id, github.UpdateCheckRunOptions{
				Name: r.name, Status: github.String("in_progress"), Output: out,
			})
			return run, err
		}, nil)
	}
	if err != nil {
		zerolog.Ctx(ctx).Warn().Err(err).Str("title", title).Msg("could not update the check run")
	}
}

// rateLimitedUntil reads when a rate limit that ended a request lifts.
func rateLimitedUntil(err error) (time.Time, bool) {
	var abuse *github.AbuseRateLimitError
	var primary *github.RateLimitError
	var reserve *reserveError
	switch {
	case errors.As(err, &abuse):
		wait := time.Minute
		if abuse.RetryAfter != nil {
			wait = *abuse.RetryAfter
		}
		return time.Now().Add(wait), true
	case errors.As(err, &primary):
		return primary.Rate.Reset.Time, true
	case errors.As(err, &reserve):
		return reserve.reset, true
	}
	return time.Time{}, false
}

// resumeAt stores the check to run at the given time (once per head: a
// later request replaces an earlier one).
func (c *Checker) resumeAt(ctx context.Context, t handlers.Target, at time.Time) error {
	t.Resume = true
	payload, err := json.Marshal(t)
	if err != nil {
		return err
	}
	return c.later.enqueue(context.WithoutCancel(ctx), jobqueue.Job{
		Key: "check:" + t.Key(), Kind: kindCheck, Priority: t.Priority, Installation: t.InstallationID,
		Payload: payload, NotBefore: at,
	})
}

// runCheckJob runs a check the queue kept for later.
func (c *Checker) runCheckJob(ctx context.Context, j *jobqueue.Job) error {
	var t handlers.Target
	if err := json.Unmarshal(j.Payload, &t); err != nil {
		return fmt.Errorf("check job: %w", err)
	}
	ctx, _ = handlersLogger(ctx, t)
	return c.Check(ctx, t)
}

// pendingCompletion is a completion GitHub refused, kept in the queue.
type pendingCompletion struct {
	Target     handlers.Target
	Name       string
	RunID      int64
	ExternalID string
	Output     report.Output
	Until      time.Time
}

// completeLater keeps a completion GitHub refused, to be retried in the
// background.
func (c *Checker) completeLater(ctx context.Context, cr *checkRun, out report.Output, cause error) error {
	if c.later == nil {
		return cause
	}
	p := pendingCompletion{Target: cr.t, Name: cr.name, RunID: cr.id, ExternalID: cr.externalID, Output: out,
		Until: time.Now().Add(c.retryFor)}
	payload, err := json.Marshal(p)
	if err != nil {
		return err
	}
	err = c.later.enqueue(context.WithoutCancel(ctx), jobqueue.Job{
		Key: "complete:" + cr.key(), Kind: kindComplete, Installation: cr.t.InstallationID, Payload: payload,
		NotBefore: time.Now().Add(c.completionDelay(1)),
	})
	if err != nil {
		return err
	}
	c.metrics.Completions.WithLabelValues("deferred").Inc()
	zerolog.Ctx(ctx).Warn().Err(cause).Dur("retried_for", c.retryFor).Msg("GitHub refused the check run's completion; it is retried in the background")
	return nil
}

// completionDelay is the wait before a completion's nth attempt
// (exponential with jitter, from ten retry backoffs up to five minutes).
func (c *Checker) completionDelay(attempt int) time.Duration {
	b := backoff.NewExponentialBackOff()
	b.InitialInterval = 10 * c.writes.Base
	b.MaxInterval = 5 * time.Minute
	b.Multiplier = 2
	b.Reset()
	d := b.NextBackOff()
	for i := 1; i < attempt; i++ {
		d = b.NextBackOff()
	}
	return d
}

// runCompletionJob retries a kept completion.
func (c *Checker) runCompletionJob(ctx context.Context, j *jobqueue.Job) error {
	var p pendingCompletion
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return fmt.Errorf("completion job: %w", err)
	}
	ctx, log := handlersLogger(ctx, p.Target)
	client, err := c.clients.NewInstallationClient(p.Target.InstallationID)
	if err == nil {
		cr := &checkRun{client: client, t: p.Target, runs: c.runs, appID: c.appID, policy: c.writes,
			name: p.Name, id: p.RunID, externalID: p.ExternalID}
		err = c.completeKept(ctx, cr, p.Output)
		if err == nil {
			c.metrics.Completions.WithLabelValues("completed").Inc()
			log.Info().Int("attempt", j.Attempts+1).Int64("check_run_id", cr.id).Msg("check run completed in the background")
			return nil
		}
	}
	if time.Now().After(p.Until) {
		c.metrics.Completions.WithLabelValues("given_up").Inc()
		return fmt.Errorf("gave up completing the check run after %s: %w", c.retryFor, err)
	}
	return &postponed{at: time.Now().Add(c.completionDelay(j.Attempts + 1)), reason: err.Error()}
}

// completeKept sends a kept completion: the run is created if it never was,
// and only the annotations it lacks are sent.
func (c *Checker) completeKept(ctx context.Context, cr *checkRun, out report.Output) error {
	if cr.id == 0 {
		if err := cr.create(ctx, nil); err != nil {
			return err
		}
	}
	posted, err := cr.listAnnotations(ctx, cr.id)
	if err != nil {
		return err
	}
	cr.posted = posted
	return cr.complete(ctx, out)
}

// locked runs a check under the queue's lease for its head, so that replicas
// sharing the queue never check one head at once.
func (c *Checker) locked(ctx context.Context, t handlers.Target) error {
	if c.later == nil {
		return c.run(ctx, t)
	}
	store := c.later.store
	var b [4]byte
	_, _ = rand.Read(b[:])
	name, owner := "check:"+t.Key(), c.later.owner+"/"+hex.EncodeToString(b[:])
	ok, err := store.Lock(ctx, name, owner, lockLease)
	if err != nil {
		return err
	}
	if !ok {
		return errBusyElsewhere
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(lockLease / 3)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				_, _ = store.Lock(context.WithoutCancel(ctx), name, owner, lockLease)
			}
		}
	}()
	defer func() {
		close(stop)
		wg.Wait()
		_ = store.Unlock(context.WithoutCancel(ctx), name, owner)
	}()
	return c.run(ctx, t)
}

// lockLease is how long a head's lease lasts without renewal (a replica that
// dies holding it blocks the head that long).
const lockLease = 30 * time.Second

// handlersLogger adds the target's repository and pull request to a job's
// logger, as the handlers do for deliveries.
func handlersLogger(ctx context.Context, t handlers.Target) (context.Context, zerolog.Logger) {
	log := zerolog.Ctx(ctx).With().Str("repository", t.Owner+"/"+t.Repo).Int64("installation", t.InstallationID).Logger()
	if t.PR != 0 {
		log = log.With().Int("pull_request", t.PR).Logger()
	}
	return log.WithContext(ctx), log
}

// checkNames remembers each repository's check name as last read from its
// configuration, for a check run made before the configuration is read (a
// rate limit on the first requests).
type checkNames = lru.Cache[string, string]

func newCheckNames(max int) *checkNames { return mustLRU[string, string](max) }

// The priority of a request, from its context.
type priority int

const (
	priorityNormal priority = iota
	priorityLow
)

type priorityKey struct{}

func withPriority(ctx context.Context, p priority) context.Context {
	return context.WithValue(ctx, priorityKey{}, p)
}

func priorityOf(ctx context.Context) priority {
	p, _ := ctx.Value(priorityKey{}).(priority)
	return p
}

// rateBook keeps each installation's rate limit headroom as GitHub last
// reported it (X-RateLimit-Remaining, X-RateLimit-Reset).
type rateBook struct {
	reserve int
	mu      sync.Mutex
	by      map[int64]rateState
}

type rateState struct {
	remaining int
	reset     time.Time
}

func newRateBook(reserve int) *rateBook {
	return &rateBook{reserve: reserve, by: map[int64]rateState{}}
}

func (b *rateBook) observe(inst int64, remaining, reset string) {
	if b == nil || inst == 0 {
		return
	}
	n, err := strconv.Atoi(remaining)
	if err != nil {
		return
	}
	st := rateState{remaining: n}
	if r, err := strconv.ParseInt(reset, 10, 64); err == nil {
		st.reset = time.Unix(r, 0)
	}
	b.mu.Lock()
	b.by[inst] = st
	b.mu.Unlock()
}

// short reports whether an installation's headroom is below the reserve,
// and when its limit resets.
func (b *rateBook) short(inst int64) (bool, time.Time) {
	if b == nil {
		return false, time.Time{}
	}
	b.mu.Lock()
	st, ok := b.by[inst]
	b.mu.Unlock()
	if !ok || st.remaining >= b.reserve || time.Now().After(st.reset) {
		return false, time.Time{}
	}
	return true, st.reset
}

func (b *rateBook) remaining(inst int64) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.by[inst].remaining
}

// reserveError refuses a low-priority request while its installation is
// short of headroom.
type reserveError struct {
	remaining int
	reset     time.Time
}

func (e *reserveError) Error() string {
	return fmt.Sprintf("low-priority request held back: %d requests left in the installation's rate limit until %s (migsync.rate_limit_reserve)",
		e.remaining, e.reset.UTC().Format(time.RFC3339))
}

// errRequestBudget ends a check that would read more files one request each
// than migsync.check_request_budget allows.
var errRequestBudget = errors.New("the check's request budget is spent")

type budgetKey struct{}

// requestBudget counts the file reads a check may still make one request
// each.
type requestBudget struct{ left atomic.Int64 }

func withBudget(ctx context.Context, n int) context.Context {
	if n <= 0 {
		return ctx
	}
	b := &requestBudget{}
	b.left.Store(int64(n))
	return context.WithValue(ctx, budgetKey{}, b)
}

// spend takes one request of the check's budget; false: none left.
func spend(ctx context.Context) bool {
	b, ok := ctx.Value(budgetKey{}).(*requestBudget)
	return !ok || b.left.Add(-1) >= 0
}
