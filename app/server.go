// Package app is migsync's GitHub App server: configuration → GitHub
// clients → webhook dispatcher → durable queue and workers → checks
// (handlers and Checker) → check runs and reviews, plus health and
// Prometheus metrics endpoints.
package app

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/palantir/go-githubapp/githubapp"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/zerolog"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/sqlddl"
	"github.com/migsync/migsync/handlers"
	"github.com/migsync/migsync/internal/jobqueue"
)

// Routes.
const (
	WebhookRoute = githubapp.DefaultWebhookRoute // POST
	HealthRoute  = "/api/health"                 // GET
	MetricsRoute = "/api/metrics"                // GET
)

// Version is reported in the User-Agent of API requests.
var Version = "dev"

// Server is a running migsync App.
type Server struct {
	cfg     *Config
	log     zerolog.Logger
	metrics *Metrics
	intake  *intake
	checker *Checker
	handler http.Handler
	slug    atomic.Value // string

	baseCtx    context.Context
	cancelBase context.CancelCauseFunc
	draining   atomic.Bool

	shutdown sync.Once
}

// Option adjusts a Server (mostly for tests and benchmarks).
type Option func(*options)

type options struct {
	transport http.RoundTripper
	analyze   AnalyzeFunc
	logger    *zerolog.Logger
	retry     *retryPolicy
	clock     func() time.Time
}

// WithClock sets the queue's clock (tests move time to a rate limit's reset).
func WithClock(now func() time.Time) Option { return func(o *options) { o.clock = now } }

// WithTransport sets the HTTP transport under the retry and metrics layers
// (default: a clone of http.DefaultTransport with the API timeout).
func WithTransport(rt http.RoundTripper) Option { return func(o *options) { o.transport = rt } }

// WithAnalyzer replaces checkrun.Analyze (tests inject failures with it).
func WithAnalyzer(fn AnalyzeFunc) Option { return func(o *options) { o.analyze = fn } }

// WithLogger sets the logger (default: from the configuration, to stderr).
func WithLogger(l zerolog.Logger) Option { return func(o *options) { o.logger = &l } }

// WithRetryBackoff sets the first retry backoff (default 500ms).
func WithRetryBackoff(d time.Duration) Option {
	return func(o *options) {
		p := defaultRetryPolicy
		p.Base = d
		o.retry = &p
	}
}

// New builds the server and validates the App's key by fetching the App
// (GET /app), learning its slug. It refuses a configuration without a
// webhook secret.
func New(ctx context.Context, cfg *Config, opts ...Option) (*Server, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	o := options{analyze: checkrun.Analyze}
	for _, opt := range opts {
		opt(&o)
	}
	log := zerolog.Nop()
	if o.logger != nil {
		log = *o.logger
	}
	s := &Server{cfg: cfg, log: log}
	s.slug.Store("")
	s.baseCtx, s.cancelBase = context.WithCancelCause(context.WithoutCancel(ctx))

	blobs := NewBlobCache(cfg.Migsync.BlobCacheBytes)
	s.metrics = NewMetrics(
		func() float64 {
			if s.intake == nil {
				return 0
			}
			n, _ := s.intake.store.Due(context.Background())
			return float64(n)
		},
		func() float64 { return float64(blobs.Size()) },
	)
	blobs.onLookup = func(hit bool) {
		if hit {
			s.metrics.BlobCache.WithLabelValues("hit").Inc()
		} else {
			s.metrics.BlobCache.WithLabelValues("miss").Inc()
		}
	}

	policy := defaultRetryPolicy
	policy.Max = cfg.Migsync.MaxRetries
	if o.retry != nil {
		policy.Base = o.retry.Base
	}
	base := o.transport
	if base == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.ResponseHeaderTimeout = cfg.Migsync.APITimeout
		base = t
	}
	// Retries and metrics wrap the base transport rather than being client
	// middleware, so that ghinstallation's token requests are retried and
	// counted too; each attempt is counted.
	rates := newRateBook(cfg.Migsync.RateLimitReserve)
	transport := &retryTransport{next: &meteredTransport{next: base, metrics: s.metrics, rates: rates}, policy: policy, metrics: s.metrics}
	cc, err := githubapp.NewDefaultCachingClientCreator(cfg.Github,
		githubapp.WithClientUserAgent("migsync/"+Version),
		githubapp.WithTransport(transport),
	)
	if err != nil {
		return nil, fmt.Errorf("GitHub clients: %w", err)
	}
	if err := s.validateApp(ctx, cc); err != nil {
		return nil, err
	}
	// An uncached client creator: a client of its own for the one update a
	// rate-limited check makes (go-github holds a client's requests until a
	// secondary limit resets).
	fresh := githubapp.NewClientCreator(cfg.Github.V3APIURL, cfg.Github.V4APIURL, cfg.Github.App.IntegrationID,
		[]byte(cfg.Github.App.PrivateKey), githubapp.WithClientUserAgent("migsync/"+Version), githubapp.WithTransport(transport))

	s.checker = &Checker{
		clients: cc, analyze: o.analyze, blobs: blobs, trees: newTreeCache(maxTreeEntries),
		configs: newConfigLoader(), metrics: s.metrics, runs: newRunIDs(maxRunIDs), serial: newSerializer(), recent: newRecentChecks(recentTTL, maxRecent),
		compares: newCompareCache(maxCompares), parses: sqlddl.NewParseCache(),
		names: newCheckNames(maxOrgDefaults), fresh: fresh,
		// Archives come from a short-lived URL that carries its own token,
		// through the same retries and metering as API requests.
		download: &http.Client{Transport: transport}, rates: rates, budget: cfg.Migsync.CheckRequestBudget, readBudget: maxCheckBytes,
		retryFor: cfg.Migsync.CompletionRetryFor, maxRechecks: cfg.Migsync.MaxRechecks, rechecks: mustLRU[string, string](maxRechecks),
		reviewed: mustLRU[string, struct{}](maxReviewed),
		timeout:  cfg.Migsync.CheckTimeout, writes: policy, appID: cfg.Github.App.IntegrationID, botLogin: s.botLogin,
	}
	shared := &handlers.Base{ClientCreator: cc, Checks: s.checker, Rechecks: s.checker, Replies: &replier{policy: policy, botLogin: s.botLogin}, AppID: cfg.Github.App.IntegrationID, AppSlug: s.Slug()}
	hs := []githubapp.EventHandler{
		&handlers.PullRequest{Base: shared},
		&handlers.Push{Base: shared},
		&handlers.CheckSuite{Base: shared},
		&handlers.CheckRun{Base: shared},
		&handlers.MergeGroup{Base: shared},
		&handlers.IssueComment{Base: shared},
		&handlers.Installation{Base: shared},
	}
	store, err := jobqueue.Open(ctx, cfg.Migsync.QueueURL)
	if err != nil {
		return nil, fmt.Errorf("migsync.queue_url: %w", err)
	}
	if o.clock != nil {
		store.SetClock(o.clock)
	}
	// The queue's limit on waiting deliveries is queue_size plus one per
	// worker (those being handled), as go-githubapp's queue was.
	s.intake = newIntake(store, s.metrics, hs, cfg.Migsync.QueueSize+cfg.Migsync.Workers, cfg.Migsync.Workers,
		instanceID(cfg.Migsync.InstanceID), log)
	s.intake.derive = s.deriveContext
	s.intake.keep = cfg.Migsync.DeliveryTTL
	s.intake.skip = func(j *jobqueue.Job) (bool, time.Time) {
		if j.Priority >= 0 {
			return false, time.Time{}
		}
		return rates.short(j.Installation)
	}
	s.checker.later = s.intake
	s.intake.run[kindCheck] = s.checker.runCheckJob
	s.intake.run[kindComplete] = s.checker.runCompletionJob
	s.intake.run[kindSweep] = s.checker.runSweepJob
	if err := s.intake.start(s.baseCtx); err != nil {
		store.Close()
		return nil, fmt.Errorf("queue: %w", err)
	}
	if err := s.intake.queueSweep(s.baseCtx); err != nil { // sweep.go
		log.Warn().Err(err).Msg("the startup sweep could not be queued")
	}
	dispatcher := githubapp.NewEventDispatcher(hs, cfg.Github.App.WebhookSecret,
		githubapp.WithScheduler(s.intake),
		githubapp.WithErrorCallback(errorCallback(s.metrics)),
	)

	mux := http.NewServeMux()
	mux.Handle("POST "+WebhookRoute, s.withLogger(newWebhookGuard(dispatcher, cfg.Github.App.WebhookSecret, s.metrics)))
	mux.HandleFunc("GET "+HealthRoute, s.health)
	mux.Handle("GET "+MetricsRoute, promhttp.HandlerFor(s.metrics.Registry, promhttp.HandlerOpts{}))
	s.handler = mux
	return s, nil
}

// validateApp fetches the App with its key (GET /app) and learns its slug.
func (s *Server) validateApp(ctx context.Context, cc githubapp.ClientCreator) error {
	client, err := cc.NewAppClient()
	if err != nil {
		return fmt.Errorf("GitHub App client (check github.app.private_key): %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	app, _, err := client.Apps.Get(ctx, "")
	if err != nil {
		return fmt.Errorf("validate the GitHub App key with GET /app (check github.app.integration_id, private_key and v3_api_url): %w", err)
	}
	s.slug.Store(app.GetSlug())
	s.log.Info().Str("app_slug", app.GetSlug()).Int64("app_id", app.GetID()).Msg("GitHub App key validated")
	return nil
}

// Slug is the App's slug learned at start.
func (s *Server) Slug() string { return s.slug.Load().(string) }

func (s *Server) botLogin() string {
	if slug := s.Slug(); slug != "" {
		return slug + "[bot]"
	}
	return ""
}

// Metrics returns the server's metrics.
func (s *Server) Metrics() *Metrics { return s.metrics }

// Handler serves the webhook, health and metrics routes.
func (s *Server) Handler() http.Handler { return s.handler }

// deriveContext prepares a job's context (which lives as long as the server,
// not the webhook request) as go-githubapp's dispatcher would.
func (s *Server) deriveContext(ctx context.Context) context.Context {
	return githubapp.InitializeResponder(ctx)
}

// maxPayload is GitHub's cap on webhook payloads.
const maxPayload = 25 << 20

func (s *Server) withLogger(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, maxPayload)
		next.ServeHTTP(w, r.WithContext(s.log.WithContext(r.Context())))
	})
}

func (s *Server) health(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	if s.draining.Load() {
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = w.Write([]byte(`{"status":"draining"}` + "\n"))
		return
	}
	_, _ = w.Write([]byte(`{"status":"ok","app":"` + s.Slug() + `"}` + "\n"))
}

// Serve listens on the configured address until ctx ends (SIGTERM), then
// drains: new deliveries get 503, queued and running checks finish (up to
// migsync.shutdown_timeout); checks still running then are cancelled and
// their check runs completed with an explanation.
func (s *Server) Serve(ctx context.Context) error {
	addr := net.JoinHostPort(s.cfg.Server.Address, strconv.Itoa(s.cfg.Server.Port))
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return s.ServeListener(ctx, ln)
}

// ServeListener is Serve on an existing listener.
func (s *Server) ServeListener(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{Handler: s.handler, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	s.log.Info().Str("address", ln.Addr().String()).Msg("migsync serving")
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.log.Info().Msg("shutting down: draining in-flight checks")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), s.cfg.Migsync.ShutdownTimeout)
	defer cancel()
	err := s.Shutdown(shutdownCtx)
	_ = srv.Shutdown(shutdownCtx)
	if e := <-errc; e != nil && !errors.Is(e, http.ErrServerClosed) && err == nil {
		err = e
	}
	return err
}

// errShutdown is the cause of the cancellation of checks still running when
// the shutdown timeout ends: they hand their job to the next start.
var errShutdown = errors.New("the server is shutting down")

// Shutdown stops accepting events and lets the queued and running jobs
// finish until ctx ends; then it cancels the remaining checks, which leave
// their check runs in progress, saying so, and hand their jobs back to the
// queue for the next start (or another replica).
//
// Only the first call shuts down; later ones return nil at once.
func (s *Server) Shutdown(ctx context.Context) error {
	var err error
	s.shutdown.Do(func() { err = s.doShutdown(ctx) })
	return err
}

func (s *Server) doShutdown(ctx context.Context) error {
	s.intake.drain()
	s.draining.Store(true)
	err := s.intake.wait(ctx)
	s.intake.halt()
	if err != nil {
		s.log.Warn().Msg("shutdown timeout: handing the running checks over to the next start")
		s.cancelBase(errShutdown)
		grace, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_ = s.intake.wait(grace)
	} else {
		s.log.Info().Msg("drained")
	}
	s.cancelBase(errShutdown)
	s.intake.close()
	if err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

// WaitIdle blocks until no webhook event is queued or being handled (or ctx
// ends). Tests and benchmarks use it to wait for asynchronous checks.
func (s *Server) WaitIdle(ctx context.Context) error { return s.intake.wait(ctx) }
