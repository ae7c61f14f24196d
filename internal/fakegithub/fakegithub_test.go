package fakegithub

import (
	"context"
	"encoding/base64"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-github/v60/github"
)

// gitFixture builds a repository with a main branch and a feature branch.
// main: prisma/schema.prisma (10 lines), README.md
// feature: changes line 5 of the schema and adds a migration.
func gitFixture(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=Ann", "GIT_AUTHOR_EMAIL=ann@example.com",
			"GIT_COMMITTER_NAME=Ann", "GIT_COMMITTER_EMAIL=ann@example.com",
			"GIT_AUTHOR_DATE=2026-01-02T03:04:05Z", "GIT_COMMITTER_DATE=2026-01-02T03:04:05Z")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	write := func(name, content string) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	git("init", "-q", "-b", "main")
	var lines []string
	for i := 1; i <= 10; i++ {
		lines = append(lines, "line "+string(rune('0'+i%10)))
	}
	write("prisma/schema.prisma", strings.Join(lines, "\n")+"\n")
	write("README.md", "hello\n")
	git("add", ".")
	git("commit", "-q", "-m", "initial")
	git("checkout", "-q", "-b", "feature")
	lines[4] = "line five changed"
	write("prisma/schema.prisma", strings.Join(lines, "\n")+"\n")
	write("prisma/migrations/1_init/migration.sql", "CREATE TABLE a (id int);\n")
	git("add", ".")
	git("commit", "-q", "-m", "change schema")
	git("checkout", "-q", "main")
	return dir
}

// newClient returns a go-github client authenticated with an installation token.
func newClient(t *testing.T, s *Server) *github.Client {
	t.Helper()
	c := github.NewClient(nil).WithAuthToken(s.InstallationToken())
	base, err := c.BaseURL.Parse(s.URL())
	if err != nil {
		t.Fatal(err)
	}
	c.BaseURL = base
	return c
}

func TestRoundTripGoGitHub(t *testing.T) {
	s := New(t)
	s.AddRepo("octo", "app", gitFixture(t))
	n := s.OpenPR("octo", "app", "main", "feature")
	gh := newClient(t, s)
	ctx := context.Background()

	repo, _, err := gh.Repositories.Get(ctx, "octo", "app")
	if err != nil || repo.GetDefaultBranch() != "main" || repo.GetFullName() != "octo/app" {
		t.Fatalf("Repositories.Get = %v, %v", repo, err)
	}
	pr, _, err := gh.PullRequests.Get(ctx, "octo", "app", n)
	if err != nil {
		t.Fatalf("PullRequests.Get: %v", err)
	}
	if pr.GetHead().GetSHA() != s.PRHeadSHA("octo", "app", n) || pr.GetBase().GetRef() != "main" {
		t.Errorf("PR head/base = %s/%s", pr.GetHead().GetSHA(), pr.GetBase().GetRef())
	}
	files, _, err := gh.PullRequests.ListFiles(ctx, "octo", "app", n, nil)
	if err != nil {
		t.Fatalf("ListFiles: %v", err)
	}
	got := map[string]string{}
	for _, f := range files {
		got[f.GetFilename()] = f.GetStatus()
	}
	want := map[string]string{"prisma/schema.prisma": "modified", "prisma/migrations/1_init/migration.sql": "added"}
	if len(got) != len(want) || got["prisma/schema.prisma"] != "modified" || got["prisma/migrations/1_init/migration.sql"] != "added" {
		t.Errorf("files = %v, want %v", got, want)
	}

	tree, _, err := gh.Git.GetTree(ctx, "octo", "app", pr.GetHead().GetSHA(), true)
	if err != nil {
		t.Fatalf("GetTree: %v", err)
	}
	var schemaSHA string
	for _, e := range tree.Entries {
		if e.GetPath() == "prisma/schema.prisma" {
			schemaSHA = e.GetSHA()
		}
	}
	raw, _, err := gh.Git.GetBlobRaw(ctx, "octo", "app", schemaSHA)
	if err != nil || !strings.Contains(string(raw), "line five changed\n") || strings.Contains(string(raw), "{") {
		t.Fatalf("GetBlobRaw = %q, %v", raw, err)
	}
	b, _, err := gh.Git.GetBlob(ctx, "octo", "app", schemaSHA)
	if err != nil {
		t.Fatalf("GetBlob: %v", err)
	}
	decoded, err := base64.StdEncoding.DecodeString(strings.ReplaceAll(b.GetContent(), "\n", ""))
	if b.GetEncoding() != "base64" || b.GetSize() != len(raw) || err != nil || string(decoded) != string(raw) {
		t.Errorf("blob = %+v (%v)", b, err)
	}
	diff, _, err := gh.PullRequests.GetRaw(ctx, "octo", "app", n, github.RawOptions{Type: github.Diff})
	if err != nil || !strings.Contains(diff, "+line five changed") || !strings.HasPrefix(diff, "diff --git") {
		t.Errorf("PR diff = %q, %v", diff, err)
	}
	rc, _, err := gh.Repositories.DownloadContents(ctx, "octo", "app", "prisma/schema.prisma", &github.RepositoryContentGetOptions{Ref: "feature"})
	if err != nil {
		t.Fatalf("DownloadContents: %v", err)
	}
	downloaded, _ := io.ReadAll(rc)
	rc.Close()
	if string(downloaded) != string(raw) {
		t.Errorf("DownloadContents = %q", downloaded)
	}
	fc, _, _, err := gh.Repositories.GetContents(ctx, "octo", "app", "prisma/schema.prisma", &github.RepositoryContentGetOptions{Ref: "feature"})
	if err != nil {
		t.Fatalf("GetContents: %v", err)
	}
	text, err := fc.GetContent()
	if err != nil || !strings.Contains(text, "line five changed") {
		t.Errorf("content = %q, %v", text, err)
	}

	cr, _, err := gh.Checks.CreateCheckRun(ctx, "octo", "app", github.CreateCheckRunOptions{
		Name: "migsync", HeadSHA: pr.GetHead().GetSHA(), Status: github.String("in_progress"),
	})
	if err != nil {
		t.Fatalf("CreateCheckRun: %v", err)
	}
	_, _, err = gh.Checks.UpdateCheckRun(ctx, "octo", "app", cr.GetID(), github.UpdateCheckRunOptions{
		Name: "migsync", Conclusion: github.String("failure"),
		Output: &github.CheckRunOutput{Title: github.String("drift"), Summary: github.String("1 finding"),
			Annotations: []*github.CheckRunAnnotation{{Path: github.String("prisma/schema.prisma"), StartLine: github.Int(5), EndLine: github.Int(5),
				AnnotationLevel: github.String("failure"), Message: github.String("drift")}}},
	})
	if err != nil {
		t.Fatalf("UpdateCheckRun: %v", err)
	}
	runs, _, err := gh.Checks.ListCheckRunsForRef(ctx, "octo", "app", "feature", nil)
	if err != nil || runs.GetTotal() != 1 || runs.CheckRuns[0].GetConclusion() != "failure" {
		t.Fatalf("ListCheckRunsForRef = %v, %v", runs, err)
	}
	if stored := s.CheckRuns("octo", "app"); len(stored) != 1 || len(stored[0].Annotations) != 1 || stored[0].Status != "completed" {
		t.Errorf("stored check runs = %+v", stored)
	}

	review, _, err := gh.PullRequests.CreateReview(ctx, "octo", "app", n, &github.PullRequestReviewRequest{
		Event: github.String("COMMENT"), Body: github.String("findings"),
		Comments: []*github.DraftReviewComment{{Path: github.String("prisma/schema.prisma"), Line: github.Int(5), Side: github.String("RIGHT"), Body: github.String("here")}},
	})
	if err != nil {
		t.Fatalf("CreateReview: %v", err)
	}
	if review.GetState() != "COMMENTED" {
		t.Errorf("review state = %q", review.GetState())
	}
	comments, _, err := gh.PullRequests.ListComments(ctx, "octo", "app", n, nil)
	if err != nil || len(comments) != 1 || comments[0].GetLine() != 5 || comments[0].GetUser().GetLogin() != "migsync[bot]" {
		t.Fatalf("ListComments = %v, %v", comments, err)
	}
	if _, err := gh.PullRequests.DeleteComment(ctx, "octo", "app", comments[0].GetID()); err != nil {
		t.Fatalf("DeleteComment: %v", err)
	}
	if left := s.ReviewComments("octo", "app", n); len(left) != 0 {
		t.Errorf("comments after delete = %v", left)
	}

	ic, _, err := gh.Issues.CreateComment(ctx, "octo", "app", n, &github.IssueComment{Body: github.String("summary")})
	if err != nil {
		t.Fatalf("CreateComment: %v", err)
	}
	if _, _, err := gh.Reactions.CreateIssueCommentReaction(ctx, "octo", "app", ic.GetID(), "eyes"); err != nil {
		t.Fatalf("CreateIssueCommentReaction: %v", err)
	}
	s.SetPermission("alice", "write")
	perm, _, err := gh.Repositories.GetPermissionLevel(ctx, "octo", "app", "alice")
	if err != nil || perm.GetPermission() != "write" {
		t.Fatalf("GetPermissionLevel = %v, %v", perm, err)
	}
	cmp, _, err := gh.Repositories.CompareCommits(ctx, "octo", "app", "main", "feature", nil)
	if err != nil || cmp.GetStatus() != "ahead" || cmp.GetAheadBy() != 1 || len(cmp.Files) != 2 {
		t.Fatalf("CompareCommits = %v, %v", cmp, err)
	}
	commit, _, err := gh.Repositories.GetCommit(ctx, "octo", "app", "feature", nil)
	if err != nil || len(commit.Files) != 2 || commit.GetCommit().GetMessage() != "change schema" {
		t.Fatalf("GetCommit = %v, %v", commit, err)
	}
	prs, _, err := gh.PullRequests.List(ctx, "octo", "app", &github.PullRequestListOptions{Head: "octo:feature"})
	if err != nil || len(prs) != 1 || prs[0].GetNumber() != n {
		t.Fatalf("PullRequests.List = %v, %v", prs, err)
	}
	prs, _, err = gh.PullRequests.ListPullRequestsWithCommit(ctx, "octo", "app", commit.GetSHA(), nil)
	if err != nil || len(prs) != 1 {
		t.Fatalf("ListPullRequestsWithCommit = %v, %v", prs, err)
	}
	if calls := s.Calls(); calls["checks/create"] != 1 || calls["pulls/list-files"] != 1 {
		t.Errorf("Calls = %v", calls)
	}
	if rejected := s.Rejections(); len(rejected) != 0 {
		t.Errorf("rejections: %v", rejected)
	}
}
