package app

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"sort"
	"time"

	"github.com/google/go-github/v60/github"
	"github.com/rs/zerolog"

	"github.com/migsync/migsync/checkrun/report"
	"github.com/migsync/migsync/handlers"
)

// checkRun publishes one check's result as a GitHub check run, in the
// spirit of reviewdog's check publisher: it owns everything the Checks API
// needs and nothing of the analysis. start creates the run in progress or
// reuses the one this App already made for (repository, head SHA, name);
// complete sends the rendered output (report.Output) with only the
// annotations the run lacks, in request-sized batches; fail completes it
// with an explanation when the check could not finish, so that no run is
// left in progress.
type checkRun struct {
	client *github.Client
	t      handlers.Target
	runs   *runIDs // this App's runs, across checks
	appID  int64
	policy retryPolicy // of writes whose answer may be lost

	name       string
	id         int64
	externalID string
	completed  bool
	// posted are the annotations a reused check run already carries.
	posted map[annotationKey]bool
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

// annotationKey identifies an annotation already on a check run. GitHub
// appends annotations on every update, so a reused run gets only new ones.
type annotationKey struct {
	path       string
	start, end int
	level      string
	message    string
}

func keyOf(a report.Annotation) annotationKey {
	return annotationKey{a.Path, a.StartLine, a.EndLine, string(a.Level), a.Message}
}

// rerunAction is the check run's "Re-run" button.
var rerunAction = []*github.CheckRunAction{{Label: "Re-run", Description: "Run the migsync check again", Identifier: handlers.RerunAction}}

func (r *checkRun) key() string { return r.t.Key() + "#" + r.name }

// start creates the check run in progress, or reuses the one this App
// already made for (repository, head SHA, name): on redelivery, re-run and
// /recheck the same check run is updated, never duplicated. A run of this
// App left in progress on the head (a crash, a lost answer) is reused and so
// completed by this check; older duplicates still in progress are completed
// as superseded.
func (r *checkRun) start(ctx context.Context) error {
	t := r.t
	inProgress := &github.CheckRunOutput{
		Title:   github.String("Checking schema and migrations…"),
		Summary: github.String("migsync is comparing the Prisma schema with the committed migrations."),
	}
	prev, ok := r.runs.Get(r.key())
	if !ok {
		var err error
		if prev, ok, err = r.find(ctx); err != nil {
			return err
		}
	}
	if ok {
		_, err := idempotent(ctx, r.policy, "update check run", func(ctx context.Context) (*github.CheckRun, error) {
			run, _, err := r.client.Checks.UpdateCheckRun(ctx, t.Owner, t.Repo, prev.id, github.UpdateCheckRunOptions{
				Name: r.name, Status: github.String("in_progress"), Output: inProgress,
			})
			return run, err
		}, nil)
		if err == nil {
			r.id = prev.id
			r.posted = prev.posted
			if prev.annotations > 0 && prev.posted == nil {
				if r.posted, err = r.listAnnotations(ctx, prev.id); err != nil {
					return err
				}
			}
			return nil
		}
		if !isStatus(err, http.StatusNotFound) {
			return fmt.Errorf("update check run: %w", err)
		}
		r.runs.Remove(r.key()) // deleted: create a new one
	}
	return r.create(ctx, inProgress)
}

// create creates the check run in progress. Its external_id is unique to
// this attempt, so that after a lost answer the run GitHub did create is
// found (by name and external_id on the head) instead of made twice.
func (r *checkRun) create(ctx context.Context, out *github.CheckRunOutput) error {
	t := r.t
	if r.externalID == "" {
		r.externalID = newExternalID(t)
	}
	run, err := idempotent(ctx, r.policy, "create check run", func(ctx context.Context) (*github.CheckRun, error) {
		run, _, err := r.client.Checks.CreateCheckRun(ctx, t.Owner, t.Repo, github.CreateCheckRunOptions{
			Name: r.name, HeadSHA: t.HeadSHA, Status: github.String("in_progress"),
			StartedAt: &github.Timestamp{Time: time.Now()}, ExternalID: github.String(r.externalID), Output: out,
		})
		return run, err
	}, func(ctx context.Context) (*github.CheckRun, bool, error) {
		runs, err := r.list(ctx)
		for _, run := range runs {
			if run.GetExternalID() == r.externalID {
				return run, true, nil
			}
		}
		return nil, false, err
	})
	if err != nil {
		return fmt.Errorf("create check run: %w", err)
	}
	r.id = run.GetID()
	r.runs.Add(r.key(), runRef{id: r.id})
	return nil
}

// list returns this App's check runs of this name on the head, newest first.
func (r *checkRun) list(ctx context.Context) ([]*github.CheckRun, error) {
	t := r.t
	opts := &github.ListCheckRunsOptions{CheckName: github.String(r.name), Filter: github.String("all"),
		ListOptions: github.ListOptions{PerPage: 100}}
	if r.appID != 0 {
		opts.AppID = github.Int64(r.appID)
	}
	res, _, err := r.client.Checks.ListCheckRunsForRef(ctx, t.Owner, t.Repo, t.HeadSHA, opts)
	if err != nil {
		return nil, fmt.Errorf("list check runs: %w", err)
	}
	var out []*github.CheckRun
	for _, run := range res.CheckRuns {
		if r.appID != 0 && run.GetApp().GetID() != 0 && run.GetApp().GetID() != r.appID {
			continue
		}
		out = append(out, run)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].GetID() > out[j].GetID() })
	return out, nil
}

// find looks for this App's latest check run of that name on the head;
// older ones of this App still in progress are completed as superseded.
func (r *checkRun) find(ctx context.Context) (runRef, bool, error) {
	runs, err := r.list(ctx)
	if err != nil || len(runs) == 0 {
		return runRef{}, false, err
	}
	latest := runs[0]
	for _, old := range runs[1:] {
		if old.GetStatus() == "completed" {
			continue
		}
		r.supersede(ctx, old.GetID(), latest.GetID())
	}
	return runRef{id: latest.GetID(), annotations: latest.GetOutput().GetAnnotationsCount()}, true, nil
}

// supersede completes a duplicate run left in progress (by an earlier
// version, or a crash between create and its answer) as neutral.
func (r *checkRun) supersede(ctx context.Context, id, by int64) {
	_, err := idempotent(ctx, r.policy, "complete superseded check run", func(ctx context.Context) (*github.CheckRun, error) {
		run, _, err := r.client.Checks.UpdateCheckRun(ctx, r.t.Owner, r.t.Repo, id, github.UpdateCheckRunOptions{
			Name: r.name, Status: github.String("completed"), Conclusion: github.String("neutral"),
			CompletedAt: &github.Timestamp{Time: time.Now()},
			Output: &github.CheckRunOutput{Title: github.String("Superseded"),
				Summary: github.String(fmt.Sprintf("This run was left in progress; check run %d has the result.", by))},
		})
		return run, err
	}, nil)
	if err != nil {
		zerolog.Ctx(ctx).Warn().Err(err).Int64("check_run_id", id).Msg("could not complete a superseded check run")
	}
}

func (r *checkRun) listAnnotations(ctx context.Context, id int64) (map[annotationKey]bool, error) {
	seen := map[annotationKey]bool{}
	opts := &github.ListOptions{PerPage: 100}
	for {
		page, resp, err := r.client.Checks.ListCheckRunAnnotations(ctx, r.t.Owner, r.t.Repo, id, opts)
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

// newExternalID is a check run's external_id: the delivery that asked for
// the check and a random suffix, unique to one create.
func newExternalID(t handlers.Target) string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	id := t.DeliveryID
	if id == "" {
		id = "check"
	}
	return id + "." + hex.EncodeToString(b[:])
}

// complete sends the output: every annotation batch but the last while the
// run is in progress, then the last one with the conclusion.
func (r *checkRun) complete(ctx context.Context, out report.Output) error {
	var fresh []report.Annotation
	for _, a := range out.Annotations {
		if !r.posted[keyOf(a)] {
			fresh = append(fresh, a)
		}
	}
	batches := report.Batches(fresh, report.MaxAnnotationsPerRequest)
	if len(batches) == 0 {
		batches = [][]report.Annotation{nil}
	}
	for i, batch := range batches {
		opts := github.UpdateCheckRunOptions{Name: r.name, Output: output(out, batch)}
		if i == len(batches)-1 {
			opts.Status = github.String("completed")
			opts.Conclusion = github.String(string(out.Conclusion))
			opts.CompletedAt = &github.Timestamp{Time: time.Now()}
			opts.Actions = rerunAction
		}
		if err := r.update(ctx, opts, batch); err != nil {
			return fmt.Errorf("update check run (batch %d of %d): %w", i+1, len(batches), err)
		}
	}
	r.completed = true
	ref := runRef{id: r.id, annotations: len(r.posted) + len(fresh)}
	if ref.annotations <= maxRememberedAnnotations {
		ref.posted = make(map[annotationKey]bool, ref.annotations)
		for k := range r.posted {
			ref.posted[k] = true
		}
		for _, a := range fresh {
			ref.posted[keyOf(a)] = true
		}
	}
	r.runs.Add(r.key(), ref)
	return nil
}

// output maps a rendered output and one batch of its annotations onto the
// Checks API.
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

// update sends one update of the run. GitHub appends the annotations of
// every update, so after an attempt whose answer was lost the run's
// annotations are listed: a batch already there is not sent again.
func (r *checkRun) update(ctx context.Context, opts github.UpdateCheckRunOptions, batch []report.Annotation) error {
	var find func(ctx context.Context) (*github.CheckRun, bool, error)
	if len(batch) > 0 {
		find = func(ctx context.Context) (*github.CheckRun, bool, error) {
			have, err := r.listAnnotations(ctx, r.id)
			if err != nil {
				return nil, false, err
			}
			for _, a := range batch {
				if !have[keyOf(a)] {
					return nil, false, nil
				}
			}
			// The batch is there; a lost completion is sent again without it.
			if opts.Status == nil {
				return &github.CheckRun{}, true, nil
			}
			opts.Output.Annotations = nil
			return nil, false, nil
		}
	}
	_, err := idempotent(ctx, r.policy, "update check run", func(ctx context.Context) (*github.CheckRun, error) {
		run, _, err := r.client.Checks.UpdateCheckRun(ctx, r.t.Owner, r.t.Repo, r.id, opts)
		return run, err
	}, find)
	return err
}

// fail completes (creating it if needed) the check run with an explanation
// of why the check could not finish, logging what it cannot send. It has
// its own 30 s budget: the check's context may be what ran out.
func (r *checkRun) fail(ctx context.Context, explanation string) error {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	if r.id == 0 {
		if err := r.create(ctx, nil); err != nil {
			return fmt.Errorf("create a check run to report the failure: %w", err)
		}
	}
	out := report.Failure(explanation)
	err := r.update(ctx, github.UpdateCheckRunOptions{
		Name: r.name, Status: github.String("completed"), Conclusion: github.String(string(out.Conclusion)),
		CompletedAt: &github.Timestamp{Time: time.Now()}, Output: output(out, nil), Actions: rerunAction,
	}, nil)
	if err != nil {
		return fmt.Errorf("complete the check run with the failure: %w", err)
	}
	r.completed = true
	return nil
}
