package handlers

import (
	"context"
	"strings"

	"github.com/google/go-github/v60/github"
	"github.com/rs/zerolog"
)

// Push checks a pushed branch head: against its merge base with the default
// branch, or, for a push to the default branch itself, against the previous
// head of that branch. A branch that moved may be the base of open pull
// requests: they are handed to the Rechecker (which re-checks those whose
// projects the push changed).
type Push struct{ *Base }

func (h *Push) Handles() []string { return []string{"push"} }

const zeroSHA = "0000000000000000000000000000000000000000"

func (h *Push) Handle(ctx context.Context, eventType, deliveryID string, payload []byte) error {
	var ev github.PushEvent
	if err := decode(eventType, payload, &ev); err != nil {
		return err
	}
	t, ok := pushTarget(&ev, deliveryID)
	if !ok {
		zerolog.Ctx(ctx).Debug().Str("ref", ev.GetRef()).Msg("push ignored (tag or deleted branch)")
		return nil
	}
	err := h.check(ctx, t)
	if m, ok := baseMove(&ev, t); ok && h.Rechecks != nil {
		ctx, _ := logger(ctx, t)
		if rerr := h.Rechecks.BaseMoved(ctx, m); rerr != nil && err == nil {
			err = rerr
		}
	}
	return err
}

// baseMove is the push seen as a base branch that moved; ok is false for a
// new branch (no pull request can target a branch before it exists).
func baseMove(ev *github.PushEvent, t Target) (BaseMove, bool) {
	before := ev.GetBefore()
	if before == "" || before == zeroSHA || ev.GetCreated() {
		return BaseMove{}, false
	}
	m := BaseMove{
		InstallationID: t.InstallationID, Owner: t.Owner, Repo: t.Repo, RepoURL: ev.GetRepo().GetHTMLURL(),
		Branch: t.Action, Before: before, After: t.HeadSHA, DeliveryID: t.DeliveryID,
	}
	// GitHub lists up to 2,048 pushed commits, each with its files; a
	// forced push may go back in history (no commits, files changed).
	m.Listed = len(ev.Commits) > 0 && len(ev.Commits) < maxPushCommits && !ev.GetForced()
	for _, c := range ev.Commits {
		for _, list := range [][]string{c.Added, c.Removed, c.Modified} {
			m.Files = append(m.Files, list...)
		}
	}
	return m, true
}

// maxPushCommits is how many commits a push payload lists at most.
const maxPushCommits = 2048

// pushTarget decides what a push checks; ok is false for tags and deletions.
func pushTarget(ev *github.PushEvent, deliveryID string) (Target, bool) {
	branch, isBranch := strings.CutPrefix(ev.GetRef(), "refs/heads/")
	if !isBranch || ev.GetDeleted() || ev.GetAfter() == "" || ev.GetAfter() == zeroSHA {
		return Target{}, false
	}
	repo := ev.GetRepo()
	t := Target{
		InstallationID: ev.GetInstallation().GetID(),
		Owner:          repo.GetOwner().GetLogin(),
		Repo:           repo.GetName(),
		HeadSHA:        ev.GetAfter(),
		Event:          "push",
		Action:         branch,
		DeliveryID:     deliveryID,
	}
	if t.Owner == "" {
		t.Owner = repo.GetOwner().GetName() // push payloads name the owner
	}
	def := repo.GetDefaultBranch()
	if def == "" {
		def = repo.GetMasterBranch()
	}
	if branch == def {
		if before := ev.GetBefore(); before != "" && before != zeroSHA {
			t.BaseSHA = before
		}
		return t, true
	}
	t.BaseRef = def
	t.MergeBase = true
	return t, true
}
