package handlers

import (
	"testing"

	"github.com/google/go-github/v60/github"
)

func TestPullRequestWantsCheck(t *testing.T) {
	base := &github.EditChange{Base: &github.EditBase{Ref: &github.EditRef{From: github.String("main")}}}
	title := &github.EditChange{Title: &github.EditTitle{From: github.String("x")}}
	tests := []struct {
		action  string
		changes *github.EditChange
		want    bool
	}{
		{"opened", nil, true},
		{"synchronize", nil, true},
		{"reopened", nil, true},
		{"ready_for_review", nil, true},
		{"edited", base, true},
		{"edited", title, false},
		{"edited", nil, false},
		{"closed", nil, false},
		{"labeled", nil, false},
	}
	for _, tt := range tests {
		if got := pullRequestWantsCheck(tt.action, tt.changes); got != tt.want {
			t.Errorf("%s (%v): got %v, want %v", tt.action, tt.changes, got, tt.want)
		}
	}
}

func TestPushTarget(t *testing.T) {
	repo := &github.PushEventRepository{
		Name:          github.String("api"),
		Owner:         &github.User{Login: github.String("acme")},
		DefaultBranch: github.String("main"),
	}
	push := func(ref, before, after string, deleted bool) *github.PushEvent {
		return &github.PushEvent{Ref: &ref, Before: &before, After: &after, Deleted: &deleted, Repo: repo,
			Installation: &github.Installation{ID: github.Int64(9)}}
	}
	const a, b = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"

	tgt, ok := pushTarget(push("refs/heads/feature", a, b, false), "d1")
	if !ok || tgt.HeadSHA != b || tgt.BaseRef != "main" || !tgt.MergeBase || tgt.BaseSHA != "" || tgt.Owner != "acme" || tgt.InstallationID != 9 {
		t.Errorf("feature branch: %+v %v", tgt, ok)
	}
	tgt, ok = pushTarget(push("refs/heads/main", a, b, false), "d2")
	if !ok || tgt.BaseSHA != a || tgt.MergeBase {
		t.Errorf("default branch: %+v %v", tgt, ok)
	}
	tgt, ok = pushTarget(push("refs/heads/main", zeroSHA, b, false), "d3")
	if !ok || tgt.BaseSHA != "" || tgt.BaseRef != "" {
		t.Errorf("new default branch: %+v %v", tgt, ok)
	}
	if _, ok := pushTarget(push("refs/tags/v1", a, b, false), "d4"); ok {
		t.Error("tag push checked")
	}
	if _, ok := pushTarget(push("refs/heads/feature", a, zeroSHA, true), "d5"); ok {
		t.Error("branch deletion checked")
	}
}

func TestCheckRunWantsCheck(t *testing.T) {
	ev := func(action string, appID int64, ident string) *github.CheckRunEvent {
		return &github.CheckRunEvent{
			Action:          &action,
			CheckRun:        &github.CheckRun{App: &github.App{ID: &appID}},
			RequestedAction: &github.RequestedAction{Identifier: ident},
		}
	}
	tests := []struct {
		name string
		ev   *github.CheckRunEvent
		want bool
	}{
		{"rerequested", ev("rerequested", 7, ""), true},
		{"other app", ev("rerequested", 8, ""), false},
		{"re-run button", ev("requested_action", 7, RerunAction), true},
		{"unknown button", ev("requested_action", 7, "fix"), false},
		{"created", ev("created", 7, ""), false},
		{"completed", ev("completed", 7, ""), false},
	}
	for _, tt := range tests {
		if got := checkRunWantsCheck(tt.ev, 7); got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestFromPullRequests(t *testing.T) {
	const head = "cccccccccccccccccccccccccccccccccccccccc"
	prs := []*github.PullRequest{{
		Number: github.Int(5),
		Head:   &github.PullRequestBranch{SHA: github.String(head)},
		Base:   &github.PullRequestBranch{SHA: github.String("base1"), Ref: github.String("develop")},
	}}
	got := fromPullRequests(Target{HeadSHA: head}, prs, "main")
	if got.PR != 5 || got.BaseSHA != "base1" || got.BaseRef != "develop" || !got.MergeBase {
		t.Errorf("with PR: %+v", got)
	}
	got = fromPullRequests(Target{HeadSHA: head}, nil, "main")
	if got.PR != 0 || got.BaseRef != "main" || !got.MergeBase {
		t.Errorf("without PR: %+v", got)
	}
}

// TestHeadBranch: the App may offer a one-click fix on a pull request's head
// branch only when that branch is in the repository itself.
func TestHeadBranch(t *testing.T) {
	repo := func(id int64) *github.Repository { return &github.Repository{ID: github.Int64(id)} }
	pr := func(head, base *github.Repository) *github.PullRequest {
		return &github.PullRequest{
			Head: &github.PullRequestBranch{Ref: github.String("feature/x"), Repo: head},
			Base: &github.PullRequestBranch{Ref: github.String("main"), Repo: base},
		}
	}
	if ref, same := HeadBranch(pr(repo(7), repo(7))); ref != "feature/x" || !same {
		t.Errorf("same repository: %q %v", ref, same)
	}
	if _, same := HeadBranch(pr(repo(8), repo(7))); same {
		t.Error("a fork's branch counted as writable")
	}
	if _, same := HeadBranch(pr(nil, repo(7))); same {
		t.Error("a deleted fork counted as writable")
	}
}
