package handlers

import (
	"context"

	"github.com/google/go-github/v60/github"
)

// RerunAction is the identifier of the check run's "Re-run" button.
const RerunAction = "rerun"

// CheckRun re-runs the check when a user presses "Re-run" on it, or the
// check run's own "Re-run" action button.
type CheckRun struct{ *Base }

func (h *CheckRun) Handles() []string { return []string{"check_run"} }

func (h *CheckRun) Handle(ctx context.Context, eventType, deliveryID string, payload []byte) error {
	var ev github.CheckRunEvent
	if err := decode(eventType, payload, &ev); err != nil {
		return err
	}
	if ev.GetCheckRun() == nil || !checkRunWantsCheck(&ev, h.AppID) {
		return nil
	}
	run := ev.GetCheckRun()
	t := repoTarget(ev.GetRepo(), ev.GetInstallation(), eventType, ev.GetAction(), deliveryID)
	t.HeadSHA = run.GetHeadSHA()
	prs := run.PullRequests
	if suite := run.GetCheckSuite(); len(prs) == 0 && suite != nil {
		prs = suite.PullRequests
	}
	t = fromPullRequests(t, prs, ev.GetRepo().GetDefaultBranch())
	t.Rerun = true
	return h.check(ctx, t)
}

// checkRunWantsCheck accepts re-run requests for this App's check runs.
func checkRunWantsCheck(ev *github.CheckRunEvent, appID int64) bool {
	if id := ev.GetCheckRun().GetApp().GetID(); id != 0 && appID != 0 && id != appID {
		return false
	}
	switch ev.GetAction() {
	case "rerequested":
		return true
	case "requested_action":
		return ev.GetRequestedAction().Identifier == RerunAction
	}
	return false
}
