package handlers

import (
	"context"

	"github.com/google/go-github/v60/github"
)

// MergeGroup checks a merge queue group against the commit it builds on.
type MergeGroup struct{ *Base }

func (h *MergeGroup) Handles() []string { return []string{"merge_group"} }

func (h *MergeGroup) Handle(ctx context.Context, eventType, deliveryID string, payload []byte) error {
	var ev github.MergeGroupEvent
	if err := decode(eventType, payload, &ev); err != nil {
		return err
	}
	if ev.GetAction() != "checks_requested" {
		return nil
	}
	g := ev.GetMergeGroup()
	t := repoTarget(ev.GetRepo(), ev.GetInstallation(), eventType, ev.GetAction(), deliveryID)
	t.HeadSHA = g.GetHeadSHA()
	t.BaseSHA = g.GetBaseSHA()
	return h.check(ctx, t)
}
