package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/google/go-github/v60/github"
	"github.com/rs/zerolog"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/tree"
	"github.com/migsync/migsync/handlers"
	"github.com/migsync/migsync/internal/jobqueue"
)

// BaseMoved re-checks the open pull requests into a branch that moved. A pull
// request is judged as it will merge into its base branch's tip (the
// engine's three-way merge), so a push there can turn it red — A merged, B's
// migration now sorts before A's — without any event of B's own. What it
// costs, in API requests:
//
//   - none to know what the push changed when its payload lists every
//     pushed commit with its files (else 1 compare, before...after): a push
//     that changes no Prisma file (no *.prisma, migration.sql or
//     migration_lock.toml) stops here and re-checks nothing;
//   - the new tip's file listing (1, and shared with the push's own check
//     and every re-check: they merge into that tip) to find the projects the
//     push changed;
//   - the open pull requests into the branch, 100 a page, the most recently
//     updated first, at most migsync.max_rechecks of them;
//   - then one low-priority check each (queued, so it waits while the
//     installation is short of rate limit headroom), conditional on the pull
//     request touching one of those projects: a pull request that touches
//     none costs its compare (which lists its files) and keeps its check run
//     as it was.
func (c *Checker) BaseMoved(ctx context.Context, m handlers.BaseMove) error {
	if c.maxRechecks < 0 {
		return nil
	}
	log := zerolog.Ctx(ctx).With().Str("branch", m.Branch).Str("sha", m.After).Logger()
	ctx = withInstallation(log.WithContext(ctx), m.InstallationID)
	client, err := c.clients.NewInstallationClient(m.InstallationID)
	if err != nil {
		return fmt.Errorf("installation client: %w", err)
	}
	changed, cut := m.Files, false
	if !m.Listed {
		cmp, _, err := client.Repositories.CompareCommits(ctx, m.Owner, m.Repo, m.Before, m.After, nil)
		if err != nil {
			return fmt.Errorf("base moved: compare %s...%s: %w", short(m.Before), short(m.After), err)
		}
		changed, cut = nil, len(cmp.Files) >= maxCompareFiles // a long list is cut: assume it touches
		for _, f := range cmp.Files {
			for _, name := range []string{f.GetFilename(), f.GetPreviousFilename()} {
				if name != "" {
					changed = append(changed, name)
				}
			}
		}
	}
	prisma := cut
	for _, name := range changed {
		prisma = prisma || engineFile(name)
	}
	if !prisma {
		log.Debug().Msg("base moved: the push changed no Prisma file, nothing to re-check")
		return nil
	}
	g := newGHContext(client, m.Owner, m.Repo, c.blobs, c.trees)
	tip, err := g.tree(ctx, m.After)
	if err != nil {
		return fmt.Errorf("base moved: %w", err)
	}
	cfg, _ := c.configs.load(ctx, g, tip, m.After)
	units, err := checkrun.Discover(ctx, tip, cfg)
	if err != nil && !errors.Is(err, tree.ErrTruncated) {
		return fmt.Errorf("base moved: %w", err)
	}
	var touching []string
	for _, u := range units {
		paths := []string{u.Schema, u.Migrations}
		if cut || anyUnder(changed, paths) {
			touching = append(touching, paths...)
		}
	}
	if len(touching) == 0 {
		log.Debug().Msg("base moved: the push changed no Prisma project, nothing to re-check")
		return nil
	}
	prs, err := c.openPullRequests(ctx, client, m)
	if err != nil {
		return fmt.Errorf("base moved: %w", err)
	}
	for _, pr := range prs {
		t := handlers.Target{
			InstallationID: m.InstallationID, Owner: m.Owner, Repo: m.Repo, RepoURL: m.RepoURL,
			HeadSHA: pr.GetHead().GetSHA(), PR: pr.GetNumber(),
			BaseSHA: m.After, BaseRef: m.Branch, MergeBase: true,
			Priority: handlers.PriorityLow, Touching: touching,
			Event: "push", Action: "base moved", DeliveryID: m.DeliveryID,
		}
		t.HeadRef, t.SameRepo = handlers.HeadBranch(pr)
		if err := c.recheck(ctx, t); err != nil {
			return fmt.Errorf("base moved: re-check of #%d: %w", t.PR, err)
		}
	}
	log.Info().Int("pull_requests", len(prs)).Strs("projects", touching).Msg("base moved: re-checks queued")
	return nil
}

// openPullRequests lists the open pull requests into the branch, the most
// recently updated first, at most maxRechecks.
func (c *Checker) openPullRequests(ctx context.Context, client *github.Client, m handlers.BaseMove) ([]*github.PullRequest, error) {
	opts := &github.PullRequestListOptions{State: "open", Base: m.Branch, Sort: "updated", Direction: "desc",
		ListOptions: github.ListOptions{PerPage: 100}}
	var out []*github.PullRequest
	for {
		page, resp, err := client.PullRequests.List(ctx, m.Owner, m.Repo, opts)
		if err != nil {
			return nil, fmt.Errorf("pull requests into %s: %w", m.Branch, err)
		}
		for _, pr := range page {
			if len(out) == c.maxRechecks {
				zerolog.Ctx(ctx).Warn().Int("max_rechecks", c.maxRechecks).
					Msg("base moved: more open pull requests than migsync.max_rechecks; the least recently updated are not re-checked")
				return out, nil
			}
			if pr.GetHead().GetSHA() != "" {
				out = append(out, pr)
			}
		}
		if resp.NextPage == 0 {
			return out, nil
		}
		opts.Page = resp.NextPage
	}
}

// recheck queues a re-check in the durable queue, low priority (due at the
// rate limit's reset while the installation is short of headroom), once per
// (head, tip): a redelivered push adds nothing, and a check of the same head
// already running or queued in this process is collapsed with it (the
// serializer), or covers it when it compared with the same tip (recent).
func (c *Checker) recheck(ctx context.Context, t handlers.Target) error {
	c.rechecks.Add(recheckKey(t), t.BaseSHA)
	if c.later == nil {
		return c.Check(ctx, t)
	}
	payload, err := json.Marshal(t)
	if err != nil {
		return err
	}
	j := jobqueue.Job{
		Key: "recheck:" + t.Key() + "@" + t.BaseSHA, Kind: kindCheck, Priority: t.Priority,
		Installation: t.InstallationID, Payload: payload,
	}
	if short, reset := c.rates.short(t.InstallationID); short {
		// Low-priority work waits for the rate limit's reset while the
		// installation is short of headroom (migsync.rate_limit_reserve).
		j.NotBefore = reset
		zerolog.Ctx(ctx).Info().Int("pr", t.PR).Time("until", reset).Msg("re-check waits for the rate limit's reset")
	}
	return c.later.enqueue(context.WithoutCancel(ctx), j)
}

// superseded reports whether a re-check was overtaken by a later push to
// the same base branch that queued a re-check of the same pull request.
func (c *Checker) superseded(t handlers.Target) bool {
	if len(t.Touching) == 0 {
		return false
	}
	latest, ok := c.rechecks.Get(recheckKey(t))
	return ok && latest != t.BaseSHA
}

func recheckKey(t handlers.Target) string {
	return fmt.Sprintf("%s/%s#%d", t.Owner, t.Repo, t.PR)
}

// anyUnder reports whether any of names is one of paths or lies under one.
func anyUnder(names, paths []string) bool {
	for _, n := range names {
		if underAny(n, paths) {
			return true
		}
	}
	return false
}
