package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/google/go-github/v60/github"
	"github.com/rs/zerolog"

	"github.com/migsync/migsync/handlers"
	"github.com/migsync/migsync/internal/jobqueue"
)

// The startup sweep looks for check runs this App left in progress on heads
// its queue has no record of: runs made by a version before the durable
// queue, or whose deliveries the queue forgot (migsync.delivery_ttl) while
// nothing came to complete them. Every accepted delivery, interrupted check,
// postponed check and refused completion is already in the queue and is
// recovered from there (intake.go, later.go); the sweep is for the rest.
//
// GitHub has no request that lists an App's check runs across repositories:
// finding them means, per installation, listing its repositories, their
// open pull requests, and the check runs of each head. That has no bound,
// so the sweep asks only about what the queue saw recently, within
// sweepBudget requests:
//
//   - the repositories checks ran in, recorded in the queue for
//     migsync.delivery_ttl (the most recent first, sweepRepos of them), one
//     request each for their open pull requests (the most recently updated
//     sweepPulls);
//   - one request per pull request head for this App's runs in progress
//     there (checks/list-for-ref, app_id and status filters);
//   - a head with one gets a low-priority check, queued: the check reuses
//     the run in progress (or completes it as superseded) and completes it.
//
// What it cannot find: runs in repositories no check ran in within
// migsync.delivery_ttl (after the queue itself was lost: a SQLite
// file in a container's temporary folder), and runs on branch heads with no
// open pull request (push checks). The next event for such a head completes
// its run; redelivering its last delivery from the App's settings does too.
// The sweep runs once per start, as a job (one replica of several runs it),
// and its requests are low-priority: it stops when the installation is short
// of rate limit headroom.
const (
	sweepBudget = 100 // requests
	sweepRepos  = 50
	sweepPulls  = 30
	kindSweep   = "sweep" // the start's sweep (a job)
	kindRepo    = "repo"  // a repository a check ran in (a record, sweepRepo as JSON)
)

// sweepRepo is a repository the queue heard from.
type sweepRepo struct {
	Installation int64
	Owner, Name  string
	URL          string
}

// queueSweep queues the start's sweep (one job however many replicas start).
func (s *intake) queueSweep(ctx context.Context) error {
	return s.enqueue(ctx, jobqueue.Job{Key: "sweep", Kind: kindSweep, Priority: handlers.PriorityLow})
}

// runSweepJob sweeps the recently seen repositories for orphaned runs.
func (c *Checker) runSweepJob(ctx context.Context, _ *jobqueue.Job) error {
	log := c.later.log.With().Str("job", "sweep").Logger()
	ctx = log.WithContext(ctx)
	repos, err := c.recentRepos(ctx)
	if err != nil {
		return err
	}
	ctx = withPriority(ctx, priorityLow)
	spent, pulls, found := 0, 0, 0
	defer func() {
		log.Info().Int("repositories", len(repos)).Int("pull_requests", pulls).Int("orphaned_runs", found).
			Int("requests", spent).Msg("startup sweep for check runs left in progress")
	}()
	for _, r := range repos {
		if spent >= sweepBudget {
			break
		}
		client, err := c.clients.NewInstallationClient(r.Installation)
		if err != nil {
			return fmt.Errorf("sweep: installation client: %w", err)
		}
		rctx := withInstallation(ctx, r.Installation)
		spent++
		prs, _, err := client.PullRequests.List(rctx, r.Owner, r.Name, &github.PullRequestListOptions{
			State: "open", Sort: "updated", Direction: "desc", ListOptions: github.ListOptions{PerPage: sweepPulls}})
		var reserve *reserveError
		if errors.As(err, &reserve) {
			return nil // short of headroom: the sweep gives way
		}
		if err != nil {
			log.Warn().Err(err).Str("repo", r.Owner+"/"+r.Name).Msg("sweep: open pull requests could not be listed")
			continue
		}
		for _, pr := range prs {
			if spent >= sweepBudget {
				break
			}
			pulls++
			spent++
			head := pr.GetHead().GetSHA()
			runs, _, err := client.Checks.ListCheckRunsForRef(rctx, r.Owner, r.Name, head, &github.ListCheckRunsOptions{
				AppID: github.Int64(c.appID), Status: github.String("in_progress")})
			if errors.As(err, &reserve) {
				return nil
			}
			if err != nil || runs.GetTotal() == 0 {
				continue
			}
			t := handlers.Target{
				InstallationID: r.Installation, Owner: r.Owner, Repo: r.Name, RepoURL: r.URL,
				HeadSHA: head, PR: pr.GetNumber(), BaseSHA: pr.GetBase().GetSHA(), BaseRef: pr.GetBase().GetRef(), MergeBase: true,
				Priority: handlers.PriorityLow, Event: "sweep", Action: "run left in progress",
			}
			t.HeadRef, t.SameRepo = handlers.HeadBranch(pr)
			payload, err := json.Marshal(t)
			if err != nil {
				return err
			}
			if err := c.later.enqueue(ctx, jobqueue.Job{Key: "sweep:" + t.Key(), Kind: kindCheck, Priority: t.Priority,
				Installation: t.InstallationID, Payload: payload}); err != nil {
				return fmt.Errorf("sweep: %w", err)
			}
			found++
			log.Info().Str("repo", r.Owner+"/"+r.Name).Int("pr", t.PR).Str("sha", head).
				Msg("sweep: a check run was left in progress here; its check is queued")
		}
	}
	return nil
}

// rememberRepo records in the queue that a check ran in the target's
// repository (kept for migsync.delivery_ttl), for the next start's sweep.
func (c *Checker) rememberRepo(ctx context.Context, t handlers.Target) {
	if c.later == nil || t.InstallationID == 0 {
		return
	}
	r := sweepRepo{Installation: t.InstallationID, Owner: t.Owner, Name: t.Repo, URL: t.RepoURL}
	payload, _ := json.Marshal(r)
	if err := c.later.store.Remember(context.WithoutCancel(ctx), "repo:"+t.Owner+"/"+t.Repo, kindRepo, r.Installation, payload); err != nil {
		zerolog.Ctx(ctx).Warn().Err(err).Msg("sweep: the repository could not be recorded")
	}
}

// recentRepos lists the repositories the queue recorded, the most recent
// first.
func (c *Checker) recentRepos(ctx context.Context) ([]sweepRepo, error) {
	recs, err := c.later.store.Recent(ctx, kindRepo, sweepRepos)
	if err != nil {
		return nil, fmt.Errorf("sweep: %w", err)
	}
	var out []sweepRepo
	for _, j := range recs {
		var r sweepRepo
		if json.Unmarshal(j.Payload, &r) == nil && r.Installation != 0 && r.Name != "" {
			out = append(out, r)
		}
	}
	return out, nil
}
