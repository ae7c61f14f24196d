package app

import (
	"context"
	"errors"
	"fmt"
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

	name      string
	id        int64
	completed bool
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
// /recheck the same check run is updated, never duplicated.
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
		_, _, err := r.client.Checks.UpdateCheckRun(ctx, t.Owner, t.Repo, prev.id, github.UpdateCheckRunOptions{
			Name: r.name, Status: github.String("in_progress"), Output: inProgress,
		})
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
		var ghErr *github.ErrorResponse
		if !errors.As(err, &ghErr) || ghErr.Response.StatusCode != 404 {
			return fmt.Errorf("update check run: %w", err)
		}
		r.runs.Remove(r.key()) // deleted: create a new one
	}
	run, _, err := r.client.Checks.CreateCheckRun(ctx, t.Owner, t.Repo, github.CreateCheckRunOptions{
		Name: r.name, HeadSHA: t.HeadSHA, Status: github.String("in_progress"),
		StartedAt: &github.Timestamp{Time: time.Now()}, ExternalID: externalID(t), Output: inProgress,
	})
	if err != nil {
		return fmt.Errorf("create check run: %w", err)
	}
	r.id = run.GetID()
	r.runs.Add(r.key(), runRef{id: r.id})
	return nil
}

// find looks for this App's latest check run of that name on the head.
func (r *checkRun) find(ctx context.Context) (runRef, bool, error) {
	t := r.t
	opts := &github.ListCheckRunsOptions{CheckName: github.String(r.name), Filter: github.String("latest")}
	if r.appID != 0 {
		opts.AppID = github.Int64(r.appID)
	}
	res, _, err := r.client.Checks.ListCheckRunsForRef(ctx, t.Owner, t.Repo, t.HeadSHA, opts)
	if err != nil {
		return runRef{}, false, fmt.Errorf("list check runs: %w", err)
	}
	for _, run := range res.CheckRuns {
		if r.appID != 0 && run.GetApp().GetID() != 0 && run.GetApp().GetID() != r.appID {
			continue
		}
		return runRef{id: run.GetID(), annotations: run.GetOutput().GetAnnotationsCount()}, true, nil
	}
	return runRef{}, false, nil
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

func externalID(t handlers.Target) *string {
	if t.DeliveryID == "" {
		return nil
	}
	return github.String(t.DeliveryID)
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
		if _, _, err := r.client.Checks.UpdateCheckRun(ctx, r.t.Owner, r.t.Repo, r.id, opts); err != nil {
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

// fail completes (creating it if needed) the check run with an explanation
// of why the check could not finish, logging what it cannot send. It has
// its own 30 s budget: the check's context may be what ran out.
func (r *checkRun) fail(ctx context.Context, explanation string) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	log := zerolog.Ctx(ctx)
	t := r.t
	if r.id == 0 {
		run, _, err := r.client.Checks.CreateCheckRun(ctx, t.Owner, t.Repo, github.CreateCheckRunOptions{
			Name: r.name, HeadSHA: t.HeadSHA, Status: github.String("in_progress"), ExternalID: externalID(t),
		})
		if err != nil {
			log.Error().Err(err).Msg("could not create a check run to report the failure")
			return
		}
		r.id = run.GetID()
		r.runs.Add(r.key(), runRef{id: r.id})
	}
	out := report.Failure(explanation)
	_, _, err := r.client.Checks.UpdateCheckRun(ctx, t.Owner, t.Repo, r.id, github.UpdateCheckRunOptions{
		Name: r.name, Status: github.String("completed"), Conclusion: github.String(string(out.Conclusion)),
		CompletedAt: &github.Timestamp{Time: time.Now()}, Output: output(out, nil), Actions: rerunAction,
	})
	if err != nil {
		log.Error().Err(err).Msg("could not complete the check run with the failure")
		return
	}
	r.completed = true
}
