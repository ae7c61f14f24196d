package handlers

import (
	"context"
	"strings"

	"github.com/google/go-github/v60/github"
	"github.com/rs/zerolog"
)

// Push checks a pushed branch head: against its merge base with the default
// branch, or, for a push to the default branch itself, against the previous
// head of that branch.
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
	return h.check(ctx, t)
}

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
