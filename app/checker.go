package app

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/palantir/go-githubapp/githubapp"
	"github.com/rs/zerolog"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/report"
	"github.com/migsync/migsync/checkrun/sqlddl"
	"github.com/migsync/migsync/checkrun/tree"
	"github.com/migsync/migsync/config"
	"github.com/migsync/migsync/handlers"
)

// AnalyzeFunc is the engine entry point (checkrun.Analyze).
type AnalyzeFunc func(ctx context.Context, base, head tree.Tree, opts checkrun.Options) (*checkrun.Result, error)

// Checker runs checks for the handlers: it resolves the base commit, reads
// the configuration from the base branch, creates or reuses the check run,
// analyses the trees, completes the check run and reconciles the review.
type Checker struct {
	clients  githubapp.ClientCreator
	analyze  AnalyzeFunc
	blobs    *BlobCache
	trees    *treeCache
	configs  *configLoader
	metrics  *Metrics
	runs     *runIDs
	serial   *serializer
	recent   *recentChecks
	compares *compareCache
	parses   *sqlddl.ParseCache // PostgreSQL parse trees, across checks
	names    *checkNames        // each repository's check name, as last read
	timeout  time.Duration
	writes   retryPolicy             // retries of writes (publish.go)
	later    *intake                 // the durable queue: resumptions, completions (later.go)
	fresh    githubapp.ClientCreator // uncached clients, for a run's one update during a secondary rate limit
	rates    *rateBook
	download *http.Client // archive downloads, through the retry transport
	budget   int          // migsync.check_request_budget
	// readBudget bounds the file contents one check holds (maxCheckBytes).
	readBudget int64
	retryFor   time.Duration // migsync.completion_retry_for
	// maxRechecks bounds the open pull requests re-checked when their base
	// branch moves (migsync.max_rechecks; negative: none); rechecks keeps
	// the tip each pull request's latest re-check merges into.
	maxRechecks int
	rechecks    *lru.Cache[string, string]
	// reviewed holds the pull requests this process has seen with a
	// migsync review that may still list problems (review.go).
	reviewed *lru.Cache[string, struct{}]
	appID    int64
	botLogin func() string
}

// Check runs one target; concurrent requests for the same (repository, head
// SHA) are serialised, and those arriving while one runs are coalesced into
// one more run. ctx's logger already names the delivery, event, repository,
// installation and pull request (go-githubapp's dispatcher and
// PreparePRContext, in the handlers); the checker adds only what they do
// not: the action and the head SHA.
//
// A low-priority target (re-checks the App starts by itself) waits in the
// queue while its installation is short of rate limit headroom. Across
// replicas sharing a queue, one check per head runs at a time (a lease in
// the queue): a head being checked elsewhere is retried shortly.
func (c *Checker) Check(ctx context.Context, t handlers.Target) error {
	c.rememberRepo(ctx, t) // for the next start's sweep (sweep.go)
	if t.Priority < 0 && c.later != nil {
		if short, reset := c.rates.short(t.InstallationID); short {
			zerolog.Ctx(ctx).Info().Time("until", reset).Msg("low-priority check waits for the rate limit's reset")
			return c.resumeAt(ctx, t, reset)
		}
	}
	return c.serial.do(ctx, t.Key(), t, c.locked)
}

// run is one check: resolve the base, read the configuration, start the
// check run, analyse, publish the result and reconcile the review. Any
// error completes the check run with an explanation (checkRun.fail).
func (c *Checker) run(ctx context.Context, t handlers.Target) (err error) {
	if ctx.Err() != nil {
		return fmt.Errorf("check of %s not started: %w", t.Key(), ctx.Err())
	}
	if c.recent.covered(t) && !t.Resume {
		zerolog.Ctx(ctx).Debug().Str("sha", t.HeadSHA).Msg("already checked: skipped")
		return nil
	}
	if c.superseded(t) {
		zerolog.Ctx(ctx).Debug().Str("sha", t.HeadSHA).Msg("re-check skipped: a later push to the base branch queued another")
		return nil
	}
	start := time.Now()
	var calls atomic.Int64
	ctx = withCallCounter(withInstallation(ctx, t.InstallationID), &calls)
	ctx = withBudget(ctx, c.budget)
	ctx = withReadBudget(ctx, c.readBudget)
	if t.Priority < 0 {
		ctx = withPriority(ctx, priorityLow)
	}
	log := zerolog.Ctx(ctx).With().Str("action", t.Action).Str("sha", t.HeadSHA).Logger()
	ctx = log.WithContext(ctx)
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()

	cr := &checkRun{t: t, runs: c.runs, appID: c.appID, policy: c.writes, name: config.DefaultCheckName}
	if name, ok := c.names.Get(t.Owner + "/" + t.Repo); ok {
		cr.name = name // until the configuration is read: a run to report on before
	}
	conclusion := "error"
	defer func() {
		if p := recover(); p != nil {
			log.Error().Str("panic", fmt.Sprint(p)).Str("stack", string(debug.Stack())).Msg("check panicked")
			err = fmt.Errorf("internal error: %v", p)
		}
		cause := err
		if err != nil && !cr.completed && cr.client != nil {
			err = c.settle(ctx, cr, err)
		}
		if cause == nil {
			c.recent.done(t)
		}
		dur := time.Since(start)
		c.metrics.Checks.WithLabelValues(conclusion).Inc()
		c.metrics.CheckDuration.Observe(dur.Seconds())
		c.metrics.CheckAPICalls.Observe(float64(calls.Load()))
		ev := log.Info()
		if cause != nil {
			ev = log.Warn().Err(cause)
		}
		ev.Str("conclusion", conclusion).Int64("api_calls", calls.Load()).Dur("duration", dur).
			Str("check_name", cr.name).Int64("check_run_id", cr.id).Msg("check finished")
	}()

	clients := c.clients
	if t.Resume && c.fresh != nil {
		// The cached client of the installation may still hold its
		// requests for the rate limit this check waited out.
		clients = c.fresh
	}
	client, err := clients.NewInstallationClient(t.InstallationID)
	if err != nil {
		return fmt.Errorf("installation client: %w", err)
	}
	cr.client = client
	g := newGHContext(client, t.Owner, t.Repo, c.blobs, c.trees)
	g.download, g.policy = c.download, c.writes

	cmp, err := c.resolveBase(ctx, g, t)
	if err != nil {
		return err
	}
	baseSHA, d := cmp.base, cmp.diff
	if len(t.Touching) > 0 && d != nil && d.known && !d.touches(t.Touching) {
		// A re-check because the base branch moved, of a change that
		// touches none of the projects the base changed: its verdict
		// stands.
		log.Debug().Strs("touching", t.Touching).Msg("re-check skipped: the change touches no project the base branch changed")
		conclusion = "skipped"
		return nil
	}
	var base *ghTree
	if baseSHA != "" {
		if base, err = g.tree(ctx, baseSHA); err != nil {
			return err
		}
	}
	cfg, problem := c.configs.load(ctx, g, base, baseSHA)
	if problem != "" {
		log.Warn().Str("config_problem", problem).Msg("repository configuration ignored")
	}
	cr.name = cfg.Name()
	c.names.Add(t.Owner+"/"+t.Repo, cr.name)

	head, err := g.headTree(ctx, t.HeadSHA, base, d)
	if err != nil {
		return err
	}
	if cfg == nil && problem == "" && !mentionsPrisma(ctx, head) && (base == nil || !mentionsPrisma(ctx, base)) {
		// A repository without any Prisma file or migsync configuration
		// (an installation on every repository of an organisation): a
		// neutral run on each of its pull requests would be noise.
		log.Debug().Msg("no Prisma file and no configuration: no check run")
		conclusion = "skipped"
		return nil
	}
	if err := cr.start(ctx); err != nil {
		return err
	}
	opts := checkrun.Options{Config: cfg, ParseCache: c.parses}
	var baseTree tree.Tree
	if base != nil {
		baseTree = base
		// The configuration is the base branch's (a pull request cannot
		// change how it is checked), so its problems are the base's:
		// pre-existing.
		opts.BaseConfig = cfg
		// The change is judged as it will merge into the base branch's
		// current tip (the engine's three-way merge of each project; see
		// docs/app.md, "Merge-aware checks").
		if cmp.tip != "" && cmp.tip != baseSHA {
			tip, err := g.tree(ctx, cmp.tip)
			if err != nil {
				return err
			}
			opts.Tip = tip
		}
	}
	res, err := c.analyze(ctx, baseTree, head, opts)
	if err != nil {
		return fmt.Errorf("analysis: %w", err)
	}
	out := report.Check(report.Input{Result: res, Config: cfg, ConfigProblem: problem, BaseSHA: baseSHA, TipSHA: cmp.tip, HeadSHA: t.HeadSHA, Branch: fixBranch(t)})
	if err := cr.complete(ctx, out); err != nil {
		// GitHub refuses the completion (an incident): it is retried in
		// the background; the review need not wait for it.
		if lerr := c.completeLater(ctx, cr, out, err); lerr != nil {
			return err
		}
		cr.completed = true
	}
	conclusion = string(out.Conclusion)

	if t.PR != 0 && d != nil {
		if err := c.reconcileReview(ctx, client, t, res, cfg, cr.name, d); err != nil {
			return fmt.Errorf("review: %w", err)
		}
	}
	return nil
}

// mentionsPrisma reports whether a tree holds a Prisma schema file (outside
// node_modules); a listing GitHub truncated counts as yes (it may).
func mentionsPrisma(ctx context.Context, t tree.Tree) bool {
	entries, err := t.List(ctx, "")
	if err != nil {
		return true
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Path, ".prisma") && !strings.Contains("/"+e.Path, "/node_modules/") {
			return true
		}
	}
	return false
}

// resolveBase finds the commit the head is compared with and, for pull
// requests and branches, the base branch's tip the change merges into
// (base.tip, "" when base.base is the tip itself) and the diff.
func (c *Checker) resolveBase(ctx context.Context, g *ghContext, t handlers.Target) (comparison, error) {
	if !t.MergeBase {
		return comparison{base: t.BaseSHA}, nil
	}
	from := t.BaseSHA
	if from == "" {
		from = t.BaseRef
	}
	if from == "" {
		return comparison{}, nil
	}
	if !isSHA(from) { // a branch moves: ask every time
		return g.mergeBase(ctx, from, t.HeadSHA, t.PR)
	}
	key := fmt.Sprintf("%s/%s@%s...%s#%d", t.Owner, t.Repo, from, t.HeadSHA, t.PR)
	if r, ok := c.compares.Get(key); ok {
		return r, nil
	}
	r, err := g.mergeBase(ctx, from, t.HeadSHA, t.PR)
	if err == nil {
		c.compares.Add(key, r)
	}
	return r, err
}

// explain is the check run text for an error that ended a check.
func (c *Checker) explain(err error) string {
	if errors.Is(err, errRequestBudget) {
		return fmt.Sprintf("The check is incomplete: the commit's archive could not be read, and reading its files one "+
			"request each would take more than migsync.check_request_budget (%d requests) of the installation's hourly "+
			"rate limit, which other pull requests need. Re-run the check later.\n\n(%v)", c.budget, err)
	}
	if errors.Is(err, errReadBudget) {
		return fmt.Sprintf("The check is incomplete: the schema and migration files it reads add up to more than %d MiB, "+
			"the most one check holds in memory. Files over 8 MiB are refused on their own; this repository's "+
			"project has many large ones.\n\n(%v)", c.readBudget>>20, err)
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Sprintf("the check did not finish within %s (%v)", c.timeout, err)
	}
	return err.Error()
}
