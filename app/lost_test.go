package app

import (
	"fmt"
	"strings"
	"testing"

	"github.com/migsync/migsync/internal/fakegithub"
)

// Issue 13, acceptance 1: one lost answer on each GitHub write the App
// makes — GitHub performed the write, the App never heard back — leaves
// exactly one object, completed, and no duplicate.

// lose makes the next request of op be performed and its answer lost.
func (e *env) lose(op string) *fakegithub.FaultHandle {
	return e.gh.Inject(fakegithub.Fault{Op: op, LoseResponse: true})
}

func (e *env) hit(t *testing.T, h *fakegithub.FaultHandle, op string) {
	t.Helper()
	if h.Hits() != 1 {
		t.Fatalf("the lost answer on %s was never produced (hits %d): the test tests nothing", op, h.Hits())
	}
}

// annotationsOnce fails on an annotation carried twice by a check run.
func annotationsOnce(t *testing.T, run fakegithub.CheckRun) {
	t.Helper()
	seen := map[string]bool{}
	for _, a := range run.Annotations {
		k := fmt.Sprintf("%s:%d-%d %s", a.Path, a.StartLine, a.EndLine, a.Message)
		if seen[k] {
			t.Errorf("annotation carried twice: %s", k)
		}
		seen[k] = true
	}
	if len(run.Annotations) == 0 {
		t.Error("no annotations: the check found nothing to say")
	}
}

func TestE2ELostAnswers(t *testing.T) {
	t.Run("create check run", func(t *testing.T) {
		e := newEnv(t)
		_, head := e.openIncidentPR()
		h := e.lose("checks/create")
		e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
		e.hit(t, h, "checks/create")
		run := e.onlyRun(head)
		if run.Conclusion != "failure" || !strings.Contains(run.Text, `CREATE TABLE "RefreshToken"`) {
			t.Errorf("check run %s %q", run.Conclusion, run.Title)
		}
		if n := e.gh.Calls()["checks/create"]; n != 1 {
			t.Errorf("checks/create sent %d times, want 1 (the lost one, found afterwards)", n)
		}
	})
	t.Run("update check run with annotations", func(t *testing.T) {
		e := newEnv(t)
		_, head := e.openIncidentPR()
		h := e.lose("checks/update")
		e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
		e.hit(t, h, "checks/update")
		run := e.onlyRun(head)
		annotationsOnce(t, run)
		if run.Conclusion != "failure" {
			t.Errorf("conclusion %s", run.Conclusion)
		}
	})
	t.Run("update of a reused check run", func(t *testing.T) {
		e := newEnv(t)
		_, head := e.openIncidentPR()
		e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
		want := len(e.onlyRun(head).Annotations)
		h := e.gh.Inject(fakegithub.Fault{Op: "checks/update", LoseResponse: true, Times: 2})
		e.deliver("check_run", e.gh.Payload("check_run", "rerequested", nil))
		if h.Hits() != 2 {
			t.Fatalf("hits %d, want 2", h.Hits())
		}
		run := e.onlyRun(head)
		annotationsOnce(t, run)
		if len(run.Annotations) != want || run.Conclusion != "failure" {
			t.Errorf("%d annotations (want %d), %s", len(run.Annotations), want, run.Conclusion)
		}
	})
	t.Run("create review", func(t *testing.T) {
		e := newEnv(t)
		pr, head := e.openIncidentPR()
		h := e.lose("pulls/create-review")
		e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
		e.hit(t, h, "pulls/create-review")
		e.onlyRun(head)
		if n := len(e.gh.Reviews(owner, repo, pr)); n != 1 {
			t.Errorf("%d reviews, want 1", n)
		}
		if n := len(e.markerComments(pr)); n != 1 {
			t.Errorf("%d review comments, want 1", n)
		}
	})
	t.Run("reply resolved and delete comment", func(t *testing.T) {
		for _, op := range []string{"pulls/create-review-comment", "pulls/delete-review-comment"} {
			t.Run(op, func(t *testing.T) {
				e := newEnv(t)
				pr, _ := e.openIncidentPR()
				e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
				ours := e.markerComments(pr)
				if len(ours) != 1 {
					t.Fatalf("%d migsync comments, want 1", len(ours))
				}
				if op == "pulls/create-review-comment" {
					e.gh.AddReviewReply(ours[0].ID, "octocat", "Migration coming.")
				}
				e.git.checkout("feature/refresh-tokens")
				e.git.write("prisma/migrations/20240202000000_add_refresh_token/migration.sql", fixture(t, "add_refresh_token.sql"))
				fixed := e.git.commit("add the migration")
				e.git.checkout("main")
				h := e.lose(op)
				e.deliver("pull_request", e.gh.Payload("pull_request", "synchronize", nil))
				e.hit(t, h, op)
				if run := e.onlyRun(fixed); run.Conclusion != "success" {
					t.Fatalf("after the fix: %s %q\n%s", run.Conclusion, run.Title, run.Summary)
				}
				answers, kept := 0, false
				for _, c := range e.gh.ReviewComments(owner, repo, pr) {
					kept = kept || c.ID == ours[0].ID
					if c.InReplyTo == ours[0].ID && c.User == e.gh.AppSlug()+"[bot]" {
						answers++
					}
				}
				if op == "pulls/delete-review-comment" && kept {
					t.Error("the obsolete comment is still there")
				}
				if op == "pulls/create-review-comment" && answers != 1 {
					t.Errorf("%d resolved answers, want 1", answers)
				}
			})
		}
	})
	t.Run("update review", func(t *testing.T) {
		// The fixing push edits the earlier review's body to say resolved
		// (PUT, the one write that changes an object in place): a retry after
		// the lost answer sets the same body, and no second review appears.
		e := newEnv(t)
		pr, _ := e.openIncidentPR()
		e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
		if n := len(e.gh.Reviews(owner, repo, pr)); n != 1 {
			t.Fatalf("%d reviews after the first check, want 1", n)
		}
		e.git.checkout("feature/refresh-tokens")
		e.git.write("prisma/migrations/20240202000000_add_refresh_token/migration.sql", fixture(t, "add_refresh_token.sql"))
		fixed := e.git.commit("add the migration")
		e.git.checkout("main")
		h := e.lose("pulls/update-review")
		e.deliver("pull_request", e.gh.Payload("pull_request", "synchronize", nil))
		e.hit(t, h, "pulls/update-review")
		if run := e.onlyRun(fixed); run.Conclusion != "success" {
			t.Fatalf("after the fix: %s %q", run.Conclusion, run.Title)
		}
		reviews := e.gh.Reviews(owner, repo, pr)
		if len(reviews) != 1 || !strings.Contains(reviews[0].Body, "resolved as of `"+fixed[:7]+"`") {
			t.Errorf("reviews after the fix: %+v, want one that says resolved", reviews)
		}
	})
	t.Run("reaction and reply to /recheck", func(t *testing.T) {
		e := newEnv(t)
		pr, head := e.openIncidentPR()
		e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
		comment := func(login, typ, body string) int64 {
			id := e.gh.AddIssueComment(owner, repo, pr, login, body)
			e.deliver("issue_comment", e.gh.Payload("issue_comment", "created", func(p map[string]any) {
				fakegithub.SetPath(p, "comment.id", id)
				fakegithub.SetPath(p, "comment.body", body)
				fakegithub.SetPath(p, "comment.user.login", login)
				fakegithub.SetPath(p, "comment.user.type", typ)
			}))
			return id
		}
		e.gh.SetPermission("maintainer", "write")
		h := e.lose("reactions/create-for-issue-comment")
		id := comment("maintainer", "User", "/recheck")
		e.hit(t, h, "reactions/create-for-issue-comment")
		if r := e.gh.Reactions(id); len(r) != 1 {
			t.Errorf("reactions %+v, want one", r)
		}
		e.onlyRun(head)

		h = e.lose("issues/create-comment")
		comment("renovate[bot]", "Bot", "/recheck")
		e.hit(t, h, "issues/create-comment")
		replies := 0
		for _, c := range e.gh.IssueComments(owner, repo, pr) {
			if c.User == e.gh.AppSlug()+"[bot]" {
				replies++
			}
		}
		if replies != 1 {
			t.Errorf("%d replies to the bot, want 1", replies)
		}
	})
}
