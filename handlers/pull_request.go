package handlers

import (
	"context"

	"github.com/google/go-github/v60/github"
	"github.com/rs/zerolog"
)

// PullRequest checks a pull request's head when it is opened, updated,
// reopened, marked ready, or retargeted to another base branch.
type PullRequest struct{ *Base }

func (h *PullRequest) Handles() []string { return []string{"pull_request"} }

func (h *PullRequest) Handle(ctx context.Context, eventType, deliveryID string, payload []byte) error {
	var ev github.PullRequestEvent
	if err := decode(eventType, payload, &ev); err != nil {
		return err
	}
	if !pullRequestWantsCheck(ev.GetAction(), ev.GetChanges()) {
		zerolog.Ctx(ctx).Debug().Str("action", ev.GetAction()).Msg("pull_request action ignored")
		return nil
	}
	pr := ev.GetPullRequest()
	t := repoTarget(ev.GetRepo(), ev.GetInstallation(), eventType, ev.GetAction(), deliveryID)
	t.HeadSHA = pr.GetHead().GetSHA()
	t.PR = pr.GetNumber()
	t.BaseSHA = pr.GetBase().GetSHA()
	t.BaseRef = pr.GetBase().GetRef()
	t.MergeBase = true
	t.HeadRef, t.SameRepo = HeadBranch(pr)
	return h.check(ctx, t)
}

// pullRequestWantsCheck decides which pull_request actions start a check:
// an edit only when it changed the base branch.
func pullRequestWantsCheck(action string, changes *github.EditChange) bool {
	switch action {
	case "opened", "synchronize", "reopened", "ready_for_review":
		return true
	case "edited":
		return changes != nil && changes.Base != nil
	}
	return false
}
