package handlers

import (
	"context"

	"github.com/google/go-github/v60/github"
)

// CheckSuite runs the check when GitHub requests a check suite (a push) or a
// user re-runs all checks.
type CheckSuite struct{ *Base }

func (h *CheckSuite) Handles() []string { return []string{"check_suite"} }

func (h *CheckSuite) Handle(ctx context.Context, eventType, deliveryID string, payload []byte) error {
	var ev github.CheckSuiteEvent
	if err := decode(eventType, payload, &ev); err != nil {
		return err
	}
	if a := ev.GetAction(); a != "requested" && a != "rerequested" {
		return nil
	}
	suite := ev.GetCheckSuite()
	if suite == nil {
		return nil
	}
	if id := suite.GetApp().GetID(); id != 0 && h.AppID != 0 && id != h.AppID {
		return nil // another App's suite
	}
	t := repoTarget(ev.GetRepo(), ev.GetInstallation(), eventType, ev.GetAction(), deliveryID)
	t.HeadSHA = suite.GetHeadSHA()
	t = fromPullRequests(t, suite.PullRequests, ev.GetRepo().GetDefaultBranch())
	t.Rerun = ev.GetAction() == "rerequested"
	return h.check(ctx, t)
}
