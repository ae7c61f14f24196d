// Package app is migsync's GitHub App server: configuration → GitHub
// clients → webhook dispatcher → bounded queue and workers → checks
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
	"sync/atomic"
	"time"

	"github.com/palantir/go-githubapp/githubapp"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	gometrics "github.com/rcrowley/go-metrics"
	"github.com/rs/zerolog"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/sqlddl"
	"github.com/migsync/migsync/handlers"
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
	cancelBase context.CancelFunc
	draining   atomic.Bool
}

// Option adjusts a Server (mostly for tests and benchmarks).
type Option func(*options)

type options struct {
	transport http.RoundTripper
	analyze   AnalyzeFunc
	logger    *zerolog.Logger
	retry     *retryPolicy
}

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
	s.baseCtx, s.cancelBase = context.WithCancel(context.WithoutCancel(ctx))

	blobs := NewBlobCache(cfg.Migsync.BlobCacheBytes)
	goReg := gometrics.NewRegistry()
	s.metrics = NewMetrics(
		func() float64 { return gaugeValue(goReg, githubapp.MetricsKeyQueueLength) },
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
	transport := &retryTransport{next: &meteredTransport{next: base, metrics: s.metrics}, policy: policy, metrics: s.metrics}
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

	s.checker = &Checker{
		clients: cc, analyze: o.analyze, blobs: blobs, trees: newTreeCache(maxTreeEntries),
		configs: newConfigLoader(), metrics: s.metrics, runs: newRunIDs(maxRunIDs), serial: newSerializer(), recent: newRecentChecks(recentTTL, maxRecent),
		compares: newCompareCache(maxCompares), parses: sqlddl.NewParseCache(),
		timeout: cfg.Migsync.CheckTimeout, writes: policy, appID: cfg.Github.App.IntegrationID, botLogin: s.botLogin,
	}
	shared := &handlers.Base{ClientCreator: cc, Checks: s.checker, Replies: &replier{policy: policy, botLogin: s.botLogin}, AppID: cfg.Github.App.IntegrationID, AppSlug: s.Slug()}
	hs := []githubapp.EventHandler{
		&handlers.PullRequest{Base: shared},
		&handlers.Push{Base: shared},
		&handlers.CheckSuite{Base: shared},
		&handlers.CheckRun{Base: shared},
		&handlers.MergeGroup{Base: shared},
		&handlers.IssueComment{Base: shared},
		&handlers.Installation{Base: shared},
	}
	queue := githubapp.QueueAsyncScheduler(cfg.Migsync.QueueSize, cfg.Migsync.Workers,
		githubapp.WithSchedulingMetrics(goReg),
		githubapp.WithContextDeriver(s.deriveContext),
		githubapp.WithAsyncErrorCallback(func(ctx context.Context, d githubapp.Dispatch, err error) {
			// ctx's logger names the event and the delivery (the dispatcher's).
			zerolog.Ctx(ctx).Error().Err(err).Msg("event handling failed")
		}),
	)
	s.intake = newIntake(queue, newDeliveryLog(cfg.Migsync.DeliveryTTL, maxDeliveries), s.metrics)
	dispatcher := githubapp.NewEventDispatcher(hs, cfg.Github.App.WebhookSecret,
		githubapp.WithScheduler(s.intake),
		githubapp.WithErrorCallback(errorCallback(s.metrics)),
	)

	mux := http.NewServeMux()
	mux.Handle("POST "+WebhookRoute, s.withLogger(dispatcher))
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

// deriveContext gives each queued event a context of its own that lives as
// long as the server (not the webhook request), with the request's logger.
func (s *Server) deriveContext(ctx context.Context) context.Context {
	return zerolog.Ctx(ctx).WithContext(githubapp.InitializeResponder(s.baseCtx))
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

// Shutdown stops accepting events and waits for in-flight ones until ctx
// ends; then it cancels the remaining checks, which complete their check runs
// with an explanation, and waits briefly for that.
func (s *Server) Shutdown(ctx context.Context) error {
	s.intake.stop()
	s.draining.Store(true)
	err := s.intake.wait(ctx)
	if err == nil {
		s.cancelBase()
		s.log.Info().Msg("drained")
		return nil
	}
	s.log.Warn().Msg("shutdown timeout: cancelling running checks")
	s.cancelBase()
	grace, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_ = s.intake.wait(grace)
	return fmt.Errorf("shutdown: %w", err)
}

// WaitIdle blocks until no webhook event is queued or being handled (or ctx
// ends). Tests and benchmarks use it to wait for asynchronous checks.
func (s *Server) WaitIdle(ctx context.Context) error { return s.intake.wait(ctx) }

// gaugeValue reads a go-metrics gauge registered by go-githubapp.
func gaugeValue(r gometrics.Registry, name string) float64 {
	switch g := r.Get(name).(type) {
	case gometrics.FunctionalGauge:
		return float64(g.Value())
	case gometrics.Gauge:
		return float64(g.Value())
	}
	return 0
}
