package app

import (
	"context"
	"fmt"
	"strings"

	"github.com/google/go-github/v60/github"

	"github.com/migsync/migsync/handlers"
)

// replier answers people's comments (a refused /recheck) once: the reply
// carries a hidden marker naming the comment it answers, so a reply whose
// answer was lost, or a redelivered comment, finds the reply already made.
type replier struct {
	policy   retryPolicy
	botLogin func() string
}

func replyMarker(id int64) string { return fmt.Sprintf("<!-- migsync:reply-to=%d -->", id) }

func (p *replier) Reply(ctx context.Context, client *github.Client, t handlers.Target, to *github.IssueComment, body string) error {
	marker := replyMarker(to.GetID())
	find := func(ctx context.Context) (*github.IssueComment, bool, error) {
		opts := &github.IssueListCommentsOptions{ListOptions: github.ListOptions{PerPage: 100}}
		if ts := to.GetCreatedAt(); !ts.IsZero() {
			opts.Since = &ts.Time
		}
		for {
			page, resp, err := client.Issues.ListComments(ctx, t.Owner, t.Repo, t.PR, opts)
			if err != nil {
				return nil, false, fmt.Errorf("list comments: %w", err)
			}
			for _, c := range page {
				bot := p.botLogin()
				if strings.Contains(c.GetBody(), marker) && (bot == "" || strings.EqualFold(c.GetUser().GetLogin(), bot)) {
					return c, true, nil
				}
			}
			if resp.NextPage == 0 {
				return nil, false, nil
			}
			opts.Page = resp.NextPage
		}
	}
	if _, found, err := find(ctx); err != nil || found {
		return err // a redelivery: answered already
	}
	_, err := idempotent(ctx, p.policy, "reply", func(ctx context.Context) (*github.IssueComment, error) {
		c, _, err := client.Issues.CreateComment(ctx, t.Owner, t.Repo, t.PR, &github.IssueComment{Body: github.String(body + "\n\n" + marker)})
		return c, err
	}, find)
	return err
}
