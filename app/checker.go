package app

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/google/go-github/v60/github"
	"github.com/palantir/go-githubapp/githubapp"
	"github.com/rs/zerolog"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/report"
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
	timeout  time.Duration
	appID    int64
	botLogin func() string
}

// Check runs one target; concurrent requests for the same (repository, head
// SHA) are serialised, and those arriving while one runs are coalesced into
// one more run.
func (c *Checker) Check(ctx context.Context, t handlers.Target) error {
	return c.serial.do(t.Key(), t, func(t handlers.Target) error { return c.run(ctx, t) })
}

// runState is what the deferred failure path needs to know.
type runState struct {
	name      string
	id        int64
	completed bool
	client    *github.Client
	// posted are the annotations a reused check run already carries.
	posted map[annotationKey]bool
}

func (c *Checker) run(ctx context.Context, t handlers.Target) (err error) {
	if ctx.Err() != nil {
		return fmt.Errorf("check of %s not started: %w", t.Key(), ctx.Err())
	}
	if c.recent.covered(t) {
		zerolog.Ctx(ctx).Debug().Str("event", t.Event).Str("target", t.Key()).Msg("already checked: skipped")
		return nil
	}
	start := time.Now()
	var calls atomic.Int64
	ctx = withCallCounter(withInstallation(ctx, t.InstallationID), &calls)
	log := zerolog.Ctx(ctx).With().
		Str("event", t.Event).Str("action", t.Action).Str("delivery", t.DeliveryID).
		Str("repo", t.Owner+"/"+t.Repo).Int("pr", t.PR).Str("sha", t.HeadSHA).Logger()
	ctx = log.WithContext(ctx)
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()

	st := &runState{name: config.DefaultCheckName}
	conclusion := "error"
	defer func() {
		if p := recover(); p != nil {
			log.Error().Str("panic", fmt.Sprint(p)).Str("stack", string(debug.Stack())).Msg("check panicked")
			err = fmt.Errorf("internal error: %v", p)
		}
		if err != nil && !st.completed && st.client != nil {
			c.completeWithError(ctx, t, st, err)
		}
		if err == nil {
			c.recent.done(t)
		}
		dur := time.Since(start)
		c.metrics.Checks.WithLabelValues(conclusion).Inc()
		c.metrics.CheckDuration.Observe(dur.Seconds())
		c.metrics.CheckAPICalls.Observe(float64(calls.Load()))
		ev := log.Info()
		if err != nil {
			ev = log.Warn().Err(err)
		}
		ev.Str("conclusion", conclusion).Int64("api_calls", calls.Load()).Dur("duration", dur).
			Str("check_name", st.name).Int64("check_run_id", st.id).Msg("check finished")
	}()

	client, err := c.clients.NewInstallationClient(t.InstallationID)
	if err != nil {
		return fmt.Errorf("installation client: %w", err)
	}
	st.client = client
	g := newGHContext(client, t.Owner, t.Repo, c.blobs, c.trees)

	baseSHA, d, err := c.resolveBase(ctx, g, t)
	if err != nil {
		return err
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
	st.name = cfg.Name()

	if err := c.startRun(ctx, client, t, st); err != nil {
		return err
	}
	head, err := g.headTree(ctx, t.HeadSHA, base, d)
	if err != nil {
		return err
	}
	var baseTree tree.Tree
	if base != nil {
		baseTree = base
	}
	res, err := c.analyze(ctx, baseTree, head, checkrun.Options{Config: cfg})
	if err != nil {
		return fmt.Errorf("analysis: %w", err)
	}
	out := report.Check(report.Input{Result: res, Config: cfg, ConfigProblem: problem, BaseSHA: baseSHA, HeadSHA: t.HeadSHA})
	if err := c.complete(ctx, client, t, st, out); err != nil {
		return err
	}
	conclusion = string(out.Conclusion)

	if t.PR != 0 && d != nil {
		if err := c.reconcileReview(ctx, client, t, res, st.name, d); err != nil {
			return fmt.Errorf("review: %w", err)
		}
	}
	return nil
}

// resolveBase finds the commit the head is compared with and, for pull
// requests, the diff.
func (c *Checker) resolveBase(ctx context.Context, g *ghContext, t handlers.Target) (string, *diff, error) {
	if !t.MergeBase {
		return t.BaseSHA, nil, nil
	}
	from := t.BaseSHA
	if from == "" {
		from = t.BaseRef
	}
	if from == "" {
		return "", nil, nil
	}
	if !isSHA(from) { // a branch moves: ask every time
		return g.mergeBase(ctx, from, t.HeadSHA, t.PR)
	}
	key := fmt.Sprintf("%s/%s@%s...%s#%d", t.Owner, t.Repo, from, t.HeadSHA, t.PR)
	if r, ok := c.compares.get(key); ok {
		return r.base, r.diff, nil
	}
	base, d, err := g.mergeBase(ctx, from, t.HeadSHA, t.PR)
	if err == nil {
		c.compares.put(key, comparison{base: base, diff: d})
	}
	return base, d, err
}

// comparison is a compare answer: immutable for two commit SHAs.
type comparison struct {
	base string
	diff *diff
}

// compareCache keeps recent comparisons, bounded by count.
type compareCache struct {
	mu    sync.Mutex
	max   int
	items map[string]comparison
	order []string
}

func newCompareCache(max int) *compareCache {
	return &compareCache{max: max, items: map[string]comparison{}}
}

func (c *compareCache) get(key string) (comparison, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	r, ok := c.items[key]
	return r, ok
}

func (c *compareCache) put(key string, r comparison) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.items[key]; ok {
		return
	}
	c.items[key] = r
	c.order = append(c.order, key)
	for len(c.order) > c.max { // oldest first
		delete(c.items, c.order[0])
		c.order = c.order[1:]
	}
}

// startRun creates the check run in progress, or reuses the one this App
// already made for (repository, head SHA, name): on redelivery, re-run and
// /recheck the same check run is updated, never duplicated.
func (c *Checker) startRun(ctx context.Context, client *github.Client, t handlers.Target, st *runState) error {
	key := t.Key() + "#" + st.name
	inProgress := &github.CheckRunOutput{
		Title:   github.String("Checking schema and migrations…"),
		Summary: github.String("migsync is comparing the Prisma schema with the committed migrations."),
	}
	prev, ok := c.runs.get(key)
	if !ok {
		var err error
		if prev, ok, err = c.findRun(ctx, client, t, st.name); err != nil {
			return err
		}
	}
	if ok {
		_, _, err := client.Checks.UpdateCheckRun(ctx, t.Owner, t.Repo, prev.id, github.UpdateCheckRunOptions{
			Name: st.name, Status: github.String("in_progress"), Output: inProgress,
		})
		if err == nil {
			st.id = prev.id
			st.posted = prev.posted
			if prev.annotations > 0 && prev.posted == nil {
				if st.posted, err = listAnnotations(ctx, client, t, prev.id); err != nil {
					return err
				}
			}
			return nil
		}
		var ghErr *github.ErrorResponse
		if !errors.As(err, &ghErr) || ghErr.Response.StatusCode != 404 {
			return fmt.Errorf("update check run: %w", err)
		}
		c.runs.forget(key) // deleted: create a new one
	}
	run, _, err := client.Checks.CreateCheckRun(ctx, t.Owner, t.Repo, github.CreateCheckRunOptions{
		Name: st.name, HeadSHA: t.HeadSHA, Status: github.String("in_progress"),
		StartedAt: &github.Timestamp{Time: time.Now()}, ExternalID: externalID(t), Output: inProgress,
	})
	if err != nil {
		return fmt.Errorf("create check run: %w", err)
	}
	st.id = run.GetID()
	c.runs.put(key, runRef{id: st.id})
	return nil
}

// findRun looks for this App's latest check run of that name on the head.
func (c *Checker) findRun(ctx context.Context, client *github.Client, t handlers.Target, name string) (runRef, bool, error) {
	opts := &github.ListCheckRunsOptions{CheckName: github.String(name), Filter: github.String("latest")}
	if c.appID != 0 {
		opts.AppID = github.Int64(c.appID)
	}
	res, _, err := client.Checks.ListCheckRunsForRef(ctx, t.Owner, t.Repo, t.HeadSHA, opts)
	if err != nil {
		return runRef{}, false, fmt.Errorf("list check runs: %w", err)
	}
	for _, r := range res.CheckRuns {
		if c.appID != 0 && r.GetApp().GetID() != 0 && r.GetApp().GetID() != c.appID {
			continue
		}
		return runRef{id: r.GetID(), annotations: r.GetOutput().GetAnnotationsCount()}, true, nil
	}
	return runRef{}, false, nil
}

// annotationKey identifies an annotation already on a check run. GitHub
// appends annotations on every update, so a reused run gets only new ones.
type annotationKey struct {
	path       string
	start, end int
	level      string
	message    string
}

func listAnnotations(ctx context.Context, client *github.Client, t handlers.Target, id int64) (map[annotationKey]bool, error) {
	seen := map[annotationKey]bool{}
	opts := &github.ListOptions{PerPage: 100}
	for {
		page, resp, err := client.Checks.ListCheckRunAnnotations(ctx, t.Owner, t.Repo, id, opts)
		if err != nil {
			return nil, fmt.Errorf("list annotations of check run %d: %w", id, err)
		}
		for _, a := range page {
			seen[annotationKey{a.GetPath(), a.GetStartLine(), a.GetEndLine(), a.GetAnnotationLevel(), a.GetMessage()}] = true
		}
		if resp.NextPage == 0 {
			return seen, nil
		}
		opts.Page = resp.NextPage
	}
}

func externalID(t handlers.Target) *string {
	if t.DeliveryID == "" {
		return nil
	}
	return github.String(t.DeliveryID)
}

// rerunAction is the check run's "Re-run" button.
var rerunAction = []*github.CheckRunAction{{Label: "Re-run", Description: "Run the migsync check again", Identifier: handlers.RerunAction}}

// complete sends the output: every annotation batch but the last while the
// run is in progress, then the last one with the conclusion.
func (c *Checker) complete(ctx context.Context, client *github.Client, t handlers.Target, st *runState, out report.Output) error {
	var fresh []report.Annotation
	for _, a := range out.Annotations {
		if !st.posted[annotationKey{a.Path, a.StartLine, a.EndLine, string(a.Level), a.Message}] {
			fresh = append(fresh, a)
		}
	}
	batches := report.Batches(fresh, report.MaxAnnotationsPerRequest)
	if len(batches) == 0 {
		batches = [][]report.Annotation{nil}
	}
	for i, batch := range batches {
		opts := github.UpdateCheckRunOptions{Name: st.name, Output: output(out, batch)}
		if i == len(batches)-1 {
			opts.Status = github.String("completed")
			opts.Conclusion = github.String(string(out.Conclusion))
			opts.CompletedAt = &github.Timestamp{Time: time.Now()}
			opts.Actions = rerunAction
		}
		if _, _, err := client.Checks.UpdateCheckRun(ctx, t.Owner, t.Repo, st.id, opts); err != nil {
			return fmt.Errorf("update check run (batch %d of %d): %w", i+1, len(batches), err)
		}
	}
	st.completed = true
	ref := runRef{id: st.id, annotations: len(st.posted) + len(fresh)}
	if ref.annotations <= maxRememberedAnnotations {
		ref.posted = make(map[annotationKey]bool, ref.annotations)
		for k := range st.posted {
			ref.posted[k] = true
		}
		for _, a := range fresh {
			ref.posted[annotationKey{a.Path, a.StartLine, a.EndLine, string(a.Level), a.Message}] = true
		}
	}
	c.runs.put(t.Key()+"#"+st.name, ref)
	return nil
}

func output(out report.Output, batch []report.Annotation) *github.CheckRunOutput {
	o := &github.CheckRunOutput{Title: github.String(out.Title), Summary: github.String(out.Summary)}
	if out.Text != "" {
		o.Text = github.String(out.Text)
	}
	for _, a := range batch {
		ann := &github.CheckRunAnnotation{
			Path: github.String(a.Path), StartLine: github.Int(a.StartLine), EndLine: github.Int(a.EndLine),
			AnnotationLevel: github.String(string(a.Level)), Message: github.String(a.Message),
		}
		if a.Title != "" {
			ann.Title = github.String(a.Title)
		}
		if a.RawDetails != "" {
			ann.RawDetails = github.String(a.RawDetails)
		}
		o.Annotations = append(o.Annotations, ann)
	}
	return o
}

// completeWithError completes (creating it if needed) the check run with an
// explanation, so that no check run is left in progress.
func (c *Checker) completeWithError(ctx context.Context, t handlers.Target, st *runState, cause error) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	log := zerolog.Ctx(ctx)
	if st.id == 0 {
		run, _, err := st.client.Checks.CreateCheckRun(ctx, t.Owner, t.Repo, github.CreateCheckRunOptions{
			Name: st.name, HeadSHA: t.HeadSHA, Status: github.String("in_progress"), ExternalID: externalID(t),
		})
		if err != nil {
			log.Error().Err(err).Msg("could not create a check run to report the failure")
			return
		}
		st.id = run.GetID()
		c.runs.put(t.Key()+"#"+st.name, runRef{id: st.id})
	}
	explanation := cause.Error()
	if errors.Is(cause, context.DeadlineExceeded) {
		explanation = fmt.Sprintf("the check did not finish within %s (%v)", c.timeout, cause)
	}
	out := report.Failure(explanation)
	_, _, err := st.client.Checks.UpdateCheckRun(ctx, t.Owner, t.Repo, st.id, github.UpdateCheckRunOptions{
		Name: st.name, Status: github.String("completed"), Conclusion: github.String(string(out.Conclusion)),
		CompletedAt: &github.Timestamp{Time: time.Now()}, Output: output(out, nil), Actions: rerunAction,
	})
	if err != nil {
		log.Error().Err(err).Msg("could not complete the check run with the failure")
		return
	}
	st.completed = true
}

// runRef is a check run this App made.
type runRef struct {
	id          int64
	annotations int // annotations it carries
	// posted are those annotations when few enough to remember (nil: ask
	// GitHub).
	posted map[annotationKey]bool
}

// maxRememberedAnnotations bounds the annotations remembered per check run.
const maxRememberedAnnotations = 200

// runIDs remembers check runs by (repository, head SHA, name), bounded.
type runIDs struct {
	mu  sync.Mutex
	max int
	ids map[string]runRef
}

func newRunIDs(max int) *runIDs { return &runIDs{max: max, ids: map[string]runRef{}} }

func (r *runIDs) get(key string) (runRef, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	id, ok := r.ids[key]
	return id, ok
}

func (r *runIDs) put(key string, id runRef) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.ids) >= r.max {
		clear(r.ids) // the API lookup refills what is needed
	}
	r.ids[key] = id
}

func (r *runIDs) forget(key string) {
	r.mu.Lock()
	delete(r.ids, key)
	r.mu.Unlock()
}

// serializer runs at most one check per key; a request arriving while one
// runs waits as the key's single pending request (a pull request target is
// preferred over a push target) and runs right after.
type serializer struct {
	mu    sync.Mutex
	slots map[string]*slot
}

type slot struct {
	pending *handlers.Target
}

func newSerializer() *serializer { return &serializer{slots: map[string]*slot{}} }

func (s *serializer) do(key string, t handlers.Target, run func(handlers.Target) error) error {
	s.mu.Lock()
	if sl, busy := s.slots[key]; busy {
		if sl.pending == nil || t.PR != 0 || sl.pending.PR == 0 {
			sl.pending = &t
		}
		s.mu.Unlock()
		return nil
	}
	sl := &slot{}
	s.slots[key] = sl
	s.mu.Unlock()

	err := run(t)
	for {
		s.mu.Lock()
		next := sl.pending
		sl.pending = nil
		if next == nil {
			delete(s.slots, key)
			s.mu.Unlock()
			return err
		}
		s.mu.Unlock()
		if e := run(*next); e != nil {
			err = e
		}
	}
}

// recentTTL is how long a completed check covers automatic requests for the
// same commit.
const recentTTL = 10 * time.Minute

// recentChecks remembers recently completed checks, so that the automatic
// events GitHub sends for one push (push, check_suite requested,
// pull_request synchronize) and redeliveries cost one check. A pull request
// check covers a push check of the same commit (it compares with the same
// kind of base and also reviews); explicit re-runs are never skipped.
type recentChecks struct {
	mu    sync.Mutex
	ttl   time.Duration
	max   int
	byKey map[string]*recentEntry
	now   func() time.Time
}

type recentEntry struct {
	at     time.Time
	idents map[string]bool
	pr     bool
}

func newRecentChecks(ttl time.Duration, max int) *recentChecks {
	return &recentChecks{ttl: ttl, max: max, byKey: map[string]*recentEntry{}, now: time.Now}
}

func ident(t handlers.Target) string {
	return fmt.Sprintf("%d|%s|%s|%v", t.PR, t.BaseSHA, t.BaseRef, t.MergeBase)
}

// covered reports whether an automatic request needs no new check.
func (r *recentChecks) covered(t handlers.Target) bool {
	if t.Rerun {
		return false
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	e := r.byKey[t.Key()]
	if e == nil || r.now().Sub(e.at) > r.ttl {
		return false
	}
	return e.idents[ident(t)] || (t.PR == 0 && e.pr)
}

// done records a completed check.
func (r *recentChecks) done(t handlers.Target) {
	r.mu.Lock()
	defer r.mu.Unlock()
	now := r.now()
	if len(r.byKey) >= r.max {
		for k, e := range r.byKey {
			if now.Sub(e.at) > r.ttl {
				delete(r.byKey, k)
			}
		}
		if len(r.byKey) >= r.max {
			clear(r.byKey)
		}
	}
	e := r.byKey[t.Key()]
	if e == nil || now.Sub(e.at) > r.ttl {
		e = &recentEntry{idents: map[string]bool{}}
		r.byKey[t.Key()] = e
	}
	e.at = now
	e.idents[ident(t)] = true
	e.pr = e.pr || t.PR != 0
}
