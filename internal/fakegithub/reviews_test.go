package fakegithub

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/google/go-github/v60/github"
)

// commitOn writes name on branch of the repository at dir and commits it.
func commitOn(t *testing.T, dir, branch, name, content string) {
	t.Helper()
	run := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=Ann", "GIT_AUTHOR_EMAIL=ann@example.com",
			"GIT_COMMITTER_NAME=Ann", "GIT_COMMITTER_EMAIL=ann@example.com")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	run("checkout", "-q", branch)
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	run("add", name)
	run("commit", "-q", "-m", "update "+name)
	run("checkout", "-q", "main")
}

func TestReviewCommentsFollowTheHead(t *testing.T) {
	s := New(t)
	dir := gitFixture(t)
	s.AddRepo("octo", "app", dir)
	n := s.OpenPR("octo", "app", "main", "feature")
	gh := newClient(t, s)
	ctx := context.Background()

	_, _, err := gh.PullRequests.CreateReview(ctx, "octo", "app", n, &github.PullRequestReviewRequest{
		Event:    github.String("COMMENT"),
		Comments: []*github.DraftReviewComment{{Path: github.String("prisma/schema.prisma"), Line: github.Int(5), Body: github.String("drift here")}},
	})
	if err != nil {
		t.Fatalf("CreateReview: %v", err)
	}
	first := s.ReviewComments("octo", "app", n)[0]
	reply, _, err := gh.PullRequests.CreateCommentInReplyTo(ctx, "octo", "app", n, "fixed", first.ID)
	if err != nil || reply.GetInReplyTo() != first.ID || reply.GetPath() != "prisma/schema.prisma" {
		t.Fatalf("CreateCommentInReplyTo = %v, %v", reply, err)
	}
	if first.DiffHunk == "" || first.Position == 0 {
		t.Errorf("comment placement = %+v", first)
	}

	lineOf := func() *int {
		t.Helper()
		comments, _, err := gh.PullRequests.ListComments(ctx, "octo", "app", n, nil)
		if err != nil || len(comments) != 2 {
			t.Fatalf("ListComments = %v, %v", comments, err)
		}
		if comments[0].GetOriginalLine() != 5 {
			t.Errorf("original_line = %d", comments[0].GetOriginalLine())
		}
		return comments[0].Line
	}
	commitOn(t, dir, "feature", "README.md", "other file\n")
	if line := lineOf(); line == nil || *line != 5 {
		t.Errorf("after an unrelated push the comment line = %v, want 5", line)
	}
	commitOn(t, dir, "feature", "prisma/schema.prisma", "rewritten\n")
	if line := lineOf(); line != nil {
		t.Errorf("after the file changed the comment should be outdated, line = %d", *line)
	}
	// New comments must target the new head's diff: line 5 is gone.
	s2 := s.Rejections()
	if len(s2) != 0 {
		t.Errorf("rejections: %v", s2)
	}
}

// TestUpdateReview: a review's body can be replaced by its author only, as
// on GitHub; an unknown review is 404.
func TestUpdateReview(t *testing.T) {
	s := New(t)
	s.AddRepo("octo", "app", gitFixture(t))
	n := s.OpenPR("octo", "app", "main", "feature")
	gh := newClient(t, s)
	ctx := context.Background()
	rv, _, err := gh.PullRequests.CreateReview(ctx, "octo", "app", n, &github.PullRequestReviewRequest{
		Event: github.String("COMMENT"), Body: github.String("found 1 problem"),
	})
	if err != nil {
		t.Fatal(err)
	}
	got, _, err := gh.PullRequests.UpdateReview(ctx, "octo", "app", n, rv.GetID(), "resolved")
	if err != nil || got.GetBody() != "resolved" || s.Reviews("octo", "app", n)[0].Body != "resolved" {
		t.Fatalf("UpdateReview = %v, %v", got, err)
	}
	other := s.AddReview("octo", "app", n, "alice", "LGTM")
	if _, resp, err := gh.PullRequests.UpdateReview(ctx, "octo", "app", n, other, "mine now"); err == nil || resp.StatusCode != 403 {
		t.Errorf("updating another user's review: %v", err)
	}
	if _, resp, err := gh.PullRequests.UpdateReview(ctx, "octo", "app", n, 424242, "x"); err == nil || resp.StatusCode != 404 {
		t.Errorf("updating an unknown review: %v", err)
	}
}
