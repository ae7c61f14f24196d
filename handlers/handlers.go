// Package handlers holds migsync's webhook handlers, one thin file per
// GitHub event. A handler decodes its payload, decides whether the event asks
// for a check, and hands a Target to the Checker (implemented by package
// app); it never reads schemas or SQL itself.
package handlers

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/google/go-github/v60/github"
	"github.com/palantir/go-githubapp/githubapp"
	"github.com/rs/zerolog"
)

// Target is one check to run: a head commit of a repository, the commit it is
// compared with, and the pull request it belongs to (if any).
type Target struct {
	InstallationID int64
	Owner, Repo    string
	HeadSHA        string
	// PR is the pull request number (0: not a pull request; no review).
	PR int
	// BaseSHA is the commit to compare with. With MergeBase, the check
	// compares with the merge base of BaseSHA (or BaseRef when BaseSHA is
	// empty) and HeadSHA instead. Empty BaseSHA and BaseRef: no base.
	BaseSHA   string
	BaseRef   string
	MergeBase bool
	// Rerun is true when a person asked for the check (Re-run button,
	// re-run of the suite, /recheck): it always runs. Automatic triggers
	// (push, check_suite requested, pull_request, merge_group) are skipped
	// when the same check already completed recently for the same commit.
	Rerun bool
	// Priority orders the App's work: PriorityNormal for what people and
	// pushes ask for; PriorityLow (re-checks the App starts by itself, such
	// as open pull requests when their base moves) waits while the
	// installation is short of rate limit headroom, and its requests back
	// off first.
	Priority int
	// Resume marks a check the App postponed itself (a rate limit): it runs
	// even if a check of the same commit completed recently.
	Resume bool
	// Touching, when not empty, makes the check conditional: it runs only
	// if the change (merge base to head) touches one of these paths — the
	// schema files and folders and migrations folders of the projects a
	// push to the base branch changed (a re-check because the base moved).
	Touching []string `json:",omitempty"`
	// Event and Action name the trigger, DeliveryID the webhook delivery
	// (logs only).
	Event, Action, DeliveryID string
	// RepoURL is the repository's web address (the payload's html_url).
	RepoURL string
	// HeadRef is the pull request's head branch, and SameRepo is true when
	// that branch is in the repository itself (not a fork): only then can
	// the App offer a fix to commit there.
	HeadRef  string
	SameRepo bool
}

// Priorities of Target.Priority.
const (
	PriorityNormal = 0
	PriorityLow    = -1
)

// Key identifies the check run the target updates: one check at a time runs
// per key.
func (t Target) Key() string { return fmt.Sprintf("%s/%s@%s", t.Owner, t.Repo, t.HeadSHA) }

// Checker runs checks; package app implements it.
type Checker interface {
	Check(ctx context.Context, t Target) error
}

// Replier posts the App's answer to a person's comment, once however often
// it is asked (a redelivery, a retry after a lost answer); package app
// implements it.
type Replier interface {
	Reply(ctx context.Context, client *github.Client, t Target, to *github.IssueComment, body string) error
}

// BaseMove is a push to a branch: the open pull requests into it may need
// their check again (they are judged as they will merge into its tip).
type BaseMove struct {
	InstallationID int64
	Owner, Repo    string
	RepoURL        string
	Branch         string
	Before, After  string // the branch's previous and new head
	DeliveryID     string
	// Files are the paths the push added, removed or changed, from the
	// payload's commits, when Listed is true (the payload lists every
	// pushed commit); otherwise the Rechecker asks GitHub.
	Files  []string
	Listed bool
}

// Rechecker re-checks the open pull requests into a branch that moved, when
// the push changed a Prisma project they change too; package app implements
// it.
type Rechecker interface {
	BaseMoved(ctx context.Context, m BaseMove) error
}

// Base is shared by all handlers.
type Base struct {
	githubapp.ClientCreator
	Checks  Checker
	Replies Replier
	// Rechecks re-checks pull requests when their base branch moves (nil:
	// never).
	Rechecks Rechecker
	// AppID is the App's id (check_run events of other Apps are ignored).
	AppID int64
	// AppSlug is learned at start (GET /app); the App's comments are made
	// by "<slug>[bot]".
	AppSlug string
}

// BotLogin is the login the App comments as.
func (b *Base) BotLogin() string {
	if b.AppSlug == "" {
		return ""
	}
	return b.AppSlug + "[bot]"
}

// decode unmarshals a payload, wrapping errors with the event name.
func decode(eventType string, payload []byte, v any) error {
	if err := json.Unmarshal(payload, v); err != nil {
		return fmt.Errorf("decode %s payload: %w", eventType, err)
	}
	return nil
}

// repoTarget fills a Target's repository fields from an event.
func repoTarget(repo *github.Repository, inst *github.Installation, event, action, delivery string) Target {
	return Target{
		InstallationID: inst.GetID(),
		Owner:          repo.GetOwner().GetLogin(),
		Repo:           repo.GetName(),
		RepoURL:        repo.GetHTMLURL(),
		Event:          event,
		Action:         action,
		DeliveryID:     delivery,
	}
}

// fromPullRequests completes a target for a commit of check_suite and
// check_run events: the first associated pull request when there is one
// (GitHub lists only pull requests of the same repository), else the merge
// base with the default branch.
func fromPullRequests(t Target, prs []*github.PullRequest, defaultBranch string) Target {
	for _, pr := range prs {
		if pr.GetHead().GetSHA() != "" && pr.GetHead().GetSHA() != t.HeadSHA {
			continue
		}
		t.PR = pr.GetNumber()
		t.BaseSHA = pr.GetBase().GetSHA()
		t.BaseRef = pr.GetBase().GetRef()
		t.MergeBase = true
		t.HeadRef, t.SameRepo = HeadBranch(pr)
		return t
	}
	t.BaseRef = defaultBranch
	t.MergeBase = true
	return t
}

// HeadBranch is a pull request's head branch and whether it is in the
// base repository (not a fork).
func HeadBranch(pr *github.PullRequest) (string, bool) {
	head, base := pr.GetHead().GetRepo(), pr.GetBase().GetRepo()
	same := head.GetID() != 0 && head.GetID() == base.GetID()
	return pr.GetHead().GetRef(), same
}

// logger adds the installation, the repository and the pull request (if
// any) to the context logger, under go-githubapp's keys; the dispatcher has
// already added the event type and the delivery id. Nothing downstream adds
// them again.
func logger(ctx context.Context, t Target) (context.Context, zerolog.Logger) {
	repo := &github.Repository{Name: github.String(t.Repo), Owner: &github.User{Login: github.String(t.Owner)}}
	if t.PR != 0 {
		return githubapp.PreparePRContext(ctx, t.InstallationID, repo, t.PR)
	}
	return githubapp.PrepareRepoContext(ctx, t.InstallationID, repo)
}

// check logs and runs one target.
func (b *Base) check(ctx context.Context, t Target) error {
	ctx, l := logger(ctx, t)
	if t.HeadSHA == "" || t.Owner == "" || t.Repo == "" {
		l.Warn().Msg("event names no commit to check; ignored")
		return nil
	}
	return b.Checks.Check(ctx, t)
}
