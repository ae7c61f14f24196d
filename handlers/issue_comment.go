package handlers

import (
	"context"
	"fmt"
	"net/http"

	"github.com/google/go-github/v60/github"
	"github.com/rs/zerolog"
)

// IssueComment re-runs a pull request's check on a "/recheck" comment from
// its author or a user with write access, acknowledging it with a reaction;
// other requests get a short reply.
type IssueComment struct{ *Base }

func (h *IssueComment) Handles() []string { return []string{"issue_comment"} }

// RecheckReaction acknowledges an accepted /recheck.
const RecheckReaction = "+1"

func (h *IssueComment) Handle(ctx context.Context, eventType, deliveryID string, payload []byte) error {
	var ev github.IssueCommentEvent
	if err := decode(eventType, payload, &ev); err != nil {
		return err
	}
	issue, comment := ev.GetIssue(), ev.GetComment()
	if ev.GetAction() != "created" || issue == nil || comment == nil || !issue.IsPullRequest() || !HasRecheck(comment.GetBody()) {
		return nil
	}
	t := repoTarget(ev.GetRepo(), ev.GetInstallation(), eventType, ev.GetAction(), deliveryID)
	t.PR = issue.GetNumber()
	ctx, log := logger(ctx, t)
	who := Commenter{Login: comment.GetUser().GetLogin(), Type: comment.GetUser().GetType()}

	client, err := h.NewInstallationClient(t.InstallationID)
	if err != nil {
		return fmt.Errorf("installation client: %w", err)
	}
	d := DecideRecheck(who, issue.GetUser().GetLogin(), h.BotLogin())
	if d == NeedPermission {
		perm, resp, err := client.Repositories.GetPermissionLevel(ctx, t.Owner, t.Repo, who.Login)
		switch {
		case err != nil && resp != nil && resp.StatusCode == http.StatusNotFound:
			d = RefusePermission // not a collaborator at all
		case err != nil:
			return fmt.Errorf("permission of %s: %w", who.Login, err)
		default:
			d = DecidePermission(perm.GetPermission(), perm.GetUser().GetRoleName())
		}
	}
	log.Info().Str("commenter", who.Login).Int("decision", int(d)).Msg("/recheck requested")
	switch d {
	case Ignore:
		return nil
	case RefuseBot, RefusePermission:
		return h.Replies.Reply(ctx, client, t, comment, RefusalReply(d, who.Login))
	}
	// GitHub answers a reaction the App already made with that reaction, so
	// the request is safely repeated after a lost answer.

	if _, _, err := client.Reactions.CreateIssueCommentReaction(ctx, t.Owner, t.Repo, comment.GetID(), RecheckReaction); err != nil {
		zerolog.Ctx(ctx).Warn().Err(err).Msg("could not react to /recheck")
	}
	pr, _, err := client.PullRequests.Get(ctx, t.Owner, t.Repo, t.PR)
	if err != nil {
		return fmt.Errorf("pull request #%d: %w", t.PR, err)
	}
	t.HeadSHA = pr.GetHead().GetSHA()
	t.BaseSHA = pr.GetBase().GetSHA()
	t.BaseRef = pr.GetBase().GetRef()
	t.MergeBase = true
	t.HeadRef, t.SameRepo = HeadBranch(pr)
	t.Rerun = true
	return h.check(ctx, t)
}
