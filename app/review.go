package app

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/google/go-github/v60/github"
	"github.com/rs/zerolog"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/report"
	"github.com/migsync/migsync/config"
	"github.com/migsync/migsync/handlers"
)

// fixBranch is where a one-click fix may be offered: the head branch of a
// pull request from the repository itself (nil otherwise).
func fixBranch(t handlers.Target) *report.Branch {
	if t.PR == 0 || !t.SameRepo || t.HeadRef == "" || t.RepoURL == "" {
		return nil
	}
	return &report.Branch{RepoURL: t.RepoURL, Name: t.HeadRef}
}

// reconcileReview brings the pull request's migsync comments in line with
// the result: one review carrying the comments not already posted (matched
// by fingerprint), and the comments whose problem is gone removed, or, when
// someone replied to them, answered as resolved.
func (c *Checker) reconcileReview(ctx context.Context, client *github.Client, t handlers.Target, res *checkrun.Result, cfg *config.Repo, name string, d *diff) error {
	plan := report.PlanReview(report.ReviewInput{Result: res, Config: cfg, InDiff: d.inDiff, Branch: fixBranch(t)})
	existing, err := listReviewComments(ctx, client, t)
	if err != nil {
		return err
	}
	s := classify(existing, c.botLogin())

	current := map[string]bool{}
	for _, f := range res.Findings {
		current[report.Fingerprint(f)] = true
	}

	var fresh []*github.DraftReviewComment
	var posted []report.Comment
	for _, cm := range plan.Comments {
		if s.covers(cm.Fingerprints) {
			continue
		}
		posted = append(posted, cm)
		fresh = append(fresh, &github.DraftReviewComment{
			Path: github.String(cm.Path), Line: github.Int(cm.Line), Side: github.String("RIGHT"), Body: github.String(cm.Body),
		})
	}
	if len(fresh) > 0 {
		plan.Comments = posted
		// A review whose answer was lost is found by its comments'
		// fingerprints: GitHub creates a review and its comments at once.
		_, err := idempotent(ctx, c.writes, "create review", func(ctx context.Context) (*github.PullRequestReview, error) {
			rv, _, err := client.PullRequests.CreateReview(ctx, t.Owner, t.Repo, t.PR, &github.PullRequestReviewRequest{
				CommitID: github.String(t.HeadSHA), Event: github.String("COMMENT"),
				Body: github.String(report.ReviewBody(plan, name)), Comments: fresh,
			})
			return rv, err
		}, func(ctx context.Context) (*github.PullRequestReview, bool, error) {
			now, err := listReviewComments(ctx, client, t)
			if err != nil {
				return nil, false, err
			}
			after := classify(now, c.botLogin())
			for _, cm := range posted {
				if !after.covers(cm.Fingerprints) {
					return nil, false, nil
				}
			}
			return &github.PullRequestReview{}, true, nil
		})
		if err != nil {
			return fmt.Errorf("create review: %w", err)
		}
		c.metrics.Reviews.WithLabelValues("created").Add(float64(len(fresh)))
	}

	key := recheckKey(t)
	if len(fresh) > 0 || len(s.comments) > 0 {
		c.reviewed.Add(key, struct{}{})
	}
	// Once nothing is left, the earlier reviews say so. Only a pull request
	// known to have had a migsync review pays for listing its reviews (a
	// review is only ever posted with comments, so its comments, or this
	// process's memory of them, show it exists), and the reviews are
	// edited before their comments are removed, so that a failure on the
	// way leaves the comments for the next check to find.
	if len(plan.Comments) == 0 && len(plan.Outside) == 0 && c.reviewed.Contains(key) {
		if err := c.resolveReviews(ctx, client, t, name); err != nil {
			return err
		}
		defer c.reviewed.Remove(key)
	}
	for _, cm := range s.comments {
		fps := report.ParseMarkers(cm.GetBody())
		if anyIn(fps, current) {
			continue
		}
		if err := c.retire(ctx, client, t, cm, fps[0], s); err != nil {
			return err
		}
	}
	return nil
}

// resolveReviews edits the body of every earlier migsync review of the pull
// request to say that its problems are resolved, once nothing this pull
// request introduced is left: GitHub cannot delete a submitted review, and
// a body that still lists problems would mislead.
func (c *Checker) resolveReviews(ctx context.Context, client *github.Client, t handlers.Target, name string) error {
	bot := c.botLogin()
	opts := &github.ListOptions{PerPage: 100}
	for {
		page, resp, err := client.PullRequests.ListReviews(ctx, t.Owner, t.Repo, t.PR, opts)
		if err != nil {
			return fmt.Errorf("list reviews: %w", err)
		}
		for _, rv := range page {
			body := rv.GetBody()
			if (bot != "" && !strings.EqualFold(rv.GetUser().GetLogin(), bot)) || !report.IsReviewBody(body) || report.IsResolvedReviewBody(body) {
				continue
			}
			if _, _, err := client.PullRequests.UpdateReview(ctx, t.Owner, t.Repo, t.PR, rv.GetID(), report.ResolvedReviewBody(name, t.HeadSHA)); err != nil {
				return fmt.Errorf("mark review %d resolved: %w", rv.GetID(), err)
			}
			c.metrics.Reviews.WithLabelValues("review_resolved").Inc()
		}
		if resp.NextPage == 0 {
			return nil
		}
		opts.Page = resp.NextPage
	}
}

func anyIn(fps []string, set map[string]bool) bool {
	for _, fp := range fps {
		if set[fp] {
			return true
		}
	}
	return false
}

// retire removes an obsolete comment, or answers it as resolved when a
// person replied to it (their reply keeps its context).
func (c *Checker) retire(ctx context.Context, client *github.Client, t handlers.Target, cm *github.PullRequestComment, fp string, s commentSet) error {
	if s.replied[cm.GetID()] {
		if s.resolved[fp] {
			return nil
		}
		_, err := idempotent(ctx, c.writes, "reply resolved", func(ctx context.Context) (*github.PullRequestComment, error) {
			reply, _, err := client.PullRequests.CreateCommentInReplyTo(ctx, t.Owner, t.Repo, t.PR, report.ResolvedBody(fp, t.HeadSHA), cm.GetID())
			return reply, err
		}, func(ctx context.Context) (*github.PullRequestComment, bool, error) {
			now, err := listReviewComments(ctx, client, t)
			if err != nil {
				return nil, false, err
			}
			return nil, classify(now, c.botLogin()).resolved[fp], nil
		})
		if err != nil {
			return fmt.Errorf("reply resolved to comment %d: %w", cm.GetID(), err)
		}
		s.resolved[fp] = true
		c.metrics.Reviews.WithLabelValues("resolved").Inc()
		return nil
	}
	// A DELETE is sent again after a lost answer; the second finds the
	// comment gone (404), which is what was asked.
	if _, err := client.PullRequests.DeleteComment(ctx, t.Owner, t.Repo, cm.GetID()); err != nil && !isStatus(err, http.StatusNotFound) {
		return fmt.Errorf("delete obsolete comment %d: %w", cm.GetID(), err)
	}
	zerolog.Ctx(ctx).Debug().Int64("comment", cm.GetID()).Str("fingerprint", fp).Msg("obsolete review comment removed")
	c.metrics.Reviews.WithLabelValues("deleted").Inc()
	return nil
}

func listReviewComments(ctx context.Context, client *github.Client, t handlers.Target) ([]*github.PullRequestComment, error) {
	var all []*github.PullRequestComment
	opts := &github.PullRequestListCommentsOptions{ListOptions: github.ListOptions{PerPage: 100}}
	for {
		page, resp, err := client.PullRequests.ListComments(ctx, t.Owner, t.Repo, t.PR, opts)
		if err != nil {
			return nil, fmt.Errorf("list review comments: %w", err)
		}
		all = append(all, page...)
		if resp.NextPage == 0 {
			return all, nil
		}
		opts.Page = resp.NextPage
	}
}

// commentSet sorts a pull request's review comments.
type commentSet struct {
	comments []*github.PullRequestComment            // migsync's finding comments
	ours     map[string][]*github.PullRequestComment // the same, by fingerprint
	replied  map[int64]bool                          // comments someone else replied to
	resolved map[string]bool                         // fingerprints already answered as resolved
}

// classify finds migsync's comments (by the App's login when known, and the
// hidden fingerprint), the replies people made to them, and the "resolved"
// answers already given.
func classify(comments []*github.PullRequestComment, bot string) commentSet {
	s := commentSet{ours: map[string][]*github.PullRequestComment{}, replied: map[int64]bool{}, resolved: map[string]bool{}}
	for _, cm := range comments {
		mine := bot == "" || strings.EqualFold(cm.GetUser().GetLogin(), bot)
		if !mine {
			if cm.GetInReplyTo() != 0 {
				s.replied[cm.GetInReplyTo()] = true
			}
			continue
		}
		if fp, ok := report.ParseResolved(cm.GetBody()); ok {
			s.resolved[fp] = true
			continue
		}
		if cm.GetInReplyTo() != 0 {
			continue
		}
		fps := report.ParseMarkers(cm.GetBody())
		if len(fps) > 0 {
			s.comments = append(s.comments, cm)
		}
		for _, fp := range fps {
			s.ours[fp] = append(s.ours[fp], cm)
		}
	}
	return s
}

// covers reports whether every fingerprint already has a comment.
func (s commentSet) covers(fps []string) bool {
	for _, fp := range fps {
		if len(s.ours[fp]) == 0 {
			return false
		}
	}
	return true
}
