package app

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/palantir/go-githubapp/githubapp"
	"github.com/rs/zerolog"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/tree"
	"github.com/migsync/migsync/config"
	"github.com/migsync/migsync/internal/fakegithub"
)

const (
	owner  = "acme"
	repo   = "api"
	secret = "webhook-s3cret"
)

// env is one end-to-end setup: a fake GitHub serving a local git repository
// and the real migsync server in front of it.
type env struct {
	t   *testing.T
	gh  *fakegithub.Server
	srv *Server
	url string // webhook URL
	git *gitRepo
	cfg *Config
}

type envOption func(*Config, *[]Option)

func newEnv(t *testing.T, opts ...envOption) *env {
	t.Helper()
	return newEnvWith(t, nil, opts...)
}

// newEnvWith is newEnv with options for the fake GitHub.
func newEnvWith(t *testing.T, ghOpts []fakegithub.Option, opts ...envOption) *env {
	t.Helper()
	g := newGitRepo(t)
	g.write("prisma/schema.prisma", fixture(t, "schema.base.prisma"))
	g.write("prisma/migrations/20240101000000_init/migration.sql", fixture(t, "init.sql"))
	g.write("prisma/migrations/migration_lock.toml", "provider = \"postgresql\"\n")
	g.commit("init")
	return startEnv(t, g, ghOpts, opts...)
}

// startEnv serves the git repository g through a fake GitHub made with
// ghOpts, with the real migsync server in front of it.
func startEnv(t *testing.T, g *gitRepo, ghOpts []fakegithub.Option, opts ...envOption) *env {
	t.Helper()
	gh := fakegithub.New(t, ghOpts...)
	gh.AddRepo(owner, repo, g.dir)

	cfg := &Config{}
	cfg.Github.V3APIURL = gh.URL()
	cfg.Github.V4APIURL = gh.GraphQLURL()
	cfg.Github.App.IntegrationID = gh.AppID()
	cfg.Github.App.WebhookSecret = secret
	cfg.Github.App.PrivateKey = string(gh.PrivateKeyPEM())
	cfg.Migsync.Workers = 2
	cfg.Migsync.CheckTimeout = time.Minute
	cfg.Migsync.QueueURL = "sqlite:" + filepath.Join(t.TempDir(), "queue.db")
	cfg.Migsync.InstanceID = "test-instance"
	e := &env{t: t, gh: gh, git: g, cfg: cfg}
	e.start(opts...)
	return e
}

// start runs a server (again: a restart on the same queue) with the env's
// configuration adjusted by opts.
func (e *env) start(opts ...envOption) {
	t := e.t
	t.Helper()
	cfg := *e.cfg
	srvOpts := []Option{WithRetryBackoff(time.Millisecond), WithLogger(testLogger(t))}
	for _, o := range opts {
		o(&cfg, &srvOpts)
	}
	cfg.SetDefaults()
	srv, err := New(context.Background(), &cfg, srvOpts...)
	if err != nil {
		t.Fatalf("start server: %v", err)
	}
	hs := httptest.NewServer(srv.Handler())
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if err := srv.Shutdown(ctx); err != nil {
			t.Errorf("shutdown: %v", err)
		}
		hs.Close()
	})
	e.srv, e.url = srv, hs.URL+WebhookRoute
}

func testLogger(t *testing.T) zerolog.Logger {
	if testing.Verbose() {
		return zerolog.New(zerolog.ConsoleWriter{Out: os.Stderr}).Level(zerolog.DebugLevel)
	}
	return zerolog.Nop()
}

func fixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "incident", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// deliver sends a signed webhook with its own delivery id and waits until
// the server has handled it (checks run asynchronously).
func (e *env) deliver(event string, payload []byte) int {
	e.t.Helper()
	return e.deliverAs(event, payload, newID(), secret)
}

var idMu sync.Mutex
var idN int

func newID() string {
	idMu.Lock()
	defer idMu.Unlock()
	idN++
	return fmt.Sprintf("00000000-0000-4000-8000-%012d", idN)
}

func (e *env) deliverAs(event string, payload []byte, delivery, key string) int {
	e.t.Helper()
	req, err := http.NewRequest(http.MethodPost, e.url, bytes.NewReader(payload))
	if err != nil {
		e.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-GitHub-Event", event)
	req.Header.Set("X-GitHub-Delivery", delivery)
	req.Header.Set("X-Hub-Signature-256", fakegithub.Sign(payload, key))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	e.waitIdle()
	return resp.StatusCode
}

func (e *env) waitIdle() {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := e.srv.WaitIdle(ctx); err != nil {
		e.t.Fatalf("server did not become idle: %v", err)
	}
}

// runsFor returns the check runs on a commit.
func (e *env) runsFor(sha string) []fakegithub.CheckRun {
	var out []fakegithub.CheckRun
	for _, r := range e.gh.CheckRuns(owner, repo) {
		if r.HeadSHA == sha {
			out = append(out, r)
		}
	}
	return out
}

// onlyRun returns the single check run on a commit, completed.
func (e *env) onlyRun(sha string) fakegithub.CheckRun {
	e.t.Helper()
	runs := e.runsFor(sha)
	if len(runs) != 1 {
		e.t.Fatalf("%d check runs on %s, want 1: %+v", len(runs), sha[:7], runs)
	}
	if runs[0].Status != "completed" {
		e.t.Fatalf("check run on %s is %s, want completed", sha[:7], runs[0].Status)
	}
	return runs[0]
}

// markerComments returns migsync's review comments (with a fingerprint) on a
// pull request.
func (e *env) markerComments(pr int) []fakegithub.ReviewComment {
	var out []fakegithub.ReviewComment
	for _, c := range e.gh.ReviewComments(owner, repo, pr) {
		if strings.Contains(c.Body, "<!-- migsync:fp=") {
			out = append(out, c)
		}
	}
	return out
}

// openIncidentPR pushes the incident branch (RefreshToken model, no
// migration) and opens its pull request.
func (e *env) openIncidentPR() (pr int, head string) {
	e.t.Helper()
	e.git.branch("feature/refresh-tokens")
	e.git.write("prisma/schema.prisma", fixture(e.t, "schema.incident.prisma"))
	head = e.git.commit("add refresh tokens")
	e.git.checkout("main")
	pr = e.gh.OpenPR(owner, repo, "main", "feature/refresh-tokens")
	return pr, head
}

func lineOf(t *testing.T, text, prefix string) int {
	t.Helper()
	for i, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, prefix) {
			return i + 1
		}
	}
	t.Fatalf("no line starts with %q", prefix)
	return 0
}

func TestE2EIncidentPullRequest(t *testing.T) {
	e := newEnv(t)
	pr, head := e.openIncidentPR()
	if code := e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil)); code != http.StatusOK {
		t.Fatalf("delivery answered %d", code)
	}

	run := e.onlyRun(head)
	if run.Conclusion != "failure" || run.Name != config.DefaultCheckName {
		t.Fatalf("check run %q concluded %q (%s), want migsync failure", run.Name, run.Conclusion, run.Title)
	}
	modelLine := lineOf(t, fixture(t, "schema.incident.prisma"), "model RefreshToken")
	var ann *fakegithub.Annotation
	for i, a := range run.Annotations {
		if a.Path == "prisma/schema.prisma" && a.StartLine == modelLine && strings.Contains(a.RawDetails, "CREATE TABLE") {
			ann = &run.Annotations[i]
		}
	}
	if ann == nil {
		t.Fatalf("no annotation on prisma/schema.prisma:%d; annotations: %+v", modelLine, run.Annotations)
	}
	if ann.AnnotationLevel != "failure" || !strings.Contains(ann.RawDetails, `CREATE TABLE "RefreshToken"`) {
		t.Errorf("annotation = %+v, want a failure carrying the CREATE TABLE SQL", *ann)
	}
	if !strings.Contains(run.Text, "npx prisma migrate dev --name") || !strings.Contains(run.Text, "```sql") ||
		!strings.Contains(run.Text, `CREATE TABLE "RefreshToken"`) {
		t.Errorf("check text lacks the command or the missing migration:\n%s", run.Text)
	}
	if len(run.Actions) != 1 || run.Actions[0].Identifier != "rerun" {
		t.Errorf("actions = %+v, want the Re-run button", run.Actions)
	}
	// One problem, told once, with its one-click fix (issue 10, acceptance 1).
	checkOneProblem(t, "check run text", run.Text)
	if !strings.HasPrefix(run.Title, "1 problem: ") {
		t.Errorf("title %q, want 1 problem", run.Title)
	}
	if !strings.Contains(run.Summary, "1 problem fails the check (1 error, 0 warnings, 0 notices).") {
		t.Errorf("summary does not count 1 problem:\n%s", run.Summary)
	}
	failures := 0
	for _, a := range run.Annotations {
		if a.AnnotationLevel == "failure" {
			failures++
		}
		if strings.Contains(a.Message, "`") {
			t.Errorf("annotation message is not plain text: %q", a.Message)
		}
	}
	if failures != 1 {
		t.Errorf("%d failure annotations, want 1: %+v", failures, run.Annotations)
	}

	comments := e.markerComments(pr)
	if len(comments) != 1 {
		t.Fatalf("%d migsync review comments, want 1: %+v", len(comments), comments)
	}
	c := comments[0]
	if c.Path != "prisma/schema.prisma" || c.Line != modelLine || c.Side != "RIGHT" || c.User != e.gh.AppSlug()+"[bot]" {
		t.Errorf("comment at %s:%d %s by %s, want prisma/schema.prisma:%d RIGHT by the App", c.Path, c.Line, c.Side, c.User, modelLine)
	}
	checkOneProblem(t, "review comment", c.Body)
	if !strings.Contains(c.Body, "docs/rules.md#rulesschema-changed-without-migration") {
		t.Errorf("the comment does not link its rule's documentation:\n%s", c.Body)
	}
	reviews := e.gh.Reviews(owner, repo, pr)
	if len(reviews) != 1 {
		t.Fatalf("%d reviews, want 1", len(reviews))
	}
	if !strings.Contains(reviews[0].Body, "found 1 problem in this pull request.") {
		t.Errorf("review body does not count 1 problem:\n%s", reviews[0].Body)
	}
	annotations := len(run.Annotations)
	// Another reviewer's review is never edited, whatever it says.
	alice := e.gh.AddReview(owner, repo, pr, "alice", "Looks good <!-- migsync:review -->")

	// The other automatic events of the same push cost nothing more: no
	// check runs again. The push changed the schema, so the App asks once
	// whether open pull requests target the pushed branch (none do): the
	// one request a base that moved costs (docs/app.md, Merge-aware checks).
	e.gh.ResetCalls()
	e.deliver("pull_request", e.gh.Payload("pull_request", "synchronize", nil))
	e.deliver("check_suite", e.gh.Payload("check_suite", "requested", nil))
	e.deliver("push", e.gh.PayloadFor(fakegithub.Target{Branch: "feature/refresh-tokens", PR: -1}, "push", "", nil))
	if calls := e.gh.Calls(); e.gh.TotalCalls() != 1 || calls["pulls/list"] != 1 {
		t.Errorf("repeated automatic events made %d API calls, want only pulls/list: %v", e.gh.TotalCalls(), calls)
	}

	// A re-run of the same head does not repeat the comment or annotations,
	// and needs no listing, compare or blob again.
	e.gh.ResetCalls()
	e.deliver("check_run", e.gh.Payload("check_run", "rerequested", nil))
	if calls := e.gh.Calls(); calls["repos/compare-commits-with-basehead"] != 0 || calls["git/get-tree"] != 0 ||
		calls["git/get-blob"] != 0 || calls["checks/list-annotations"] != 0 {
		t.Errorf("re-run calls: %v", calls)
	}
	if n := len(e.markerComments(pr)); n != 1 {
		t.Errorf("after a re-run: %d migsync comments, want still 1", n)
	}
	if n := len(e.runsFor(head)); n != 1 {
		t.Errorf("after a re-run: %d check runs on the head, want 1 (reused)", n)
	}
	if run := e.onlyRun(head); len(run.Annotations) != annotations {
		t.Errorf("re-run repeated annotations: %+v", run.Annotations)
	}

	// Pushing the migration turns the check green and retires the comment.
	e.git.checkout("feature/refresh-tokens")
	e.git.write("prisma/migrations/20240202000000_add_refresh_token/migration.sql", fixture(t, "add_refresh_token.sql"))
	fixed := e.git.commit("add the migration")
	e.git.checkout("main")
	e.gh.ResetCalls()
	e.deliver("pull_request", e.gh.Payload("pull_request", "synchronize", nil))
	if run := e.onlyRun(fixed); run.Conclusion != "success" {
		t.Fatalf("after the migration: %s (%s)\n%s\n%s", run.Conclusion, run.Title, run.Summary, run.Text)
	}
	// Warm: the merge base's listing is cached and the head's is derived from
	// it and the compare; only the new migration's blob is fetched.
	calls := e.gh.Calls()
	if calls["git/get-tree"] != 0 || calls["git/get-blob"] != 1 {
		t.Errorf("warm check calls: %v", calls)
	}
	t.Logf("warm check: %d API calls %v", e.gh.TotalCalls(), calls)
	if left := e.markerComments(pr); len(left) != 0 {
		t.Errorf("the obsolete comment was not removed: %+v", left)
	}
	// The review cannot be deleted: its body now says resolved (acceptance 6).
	for _, rv := range e.gh.Reviews(owner, repo, pr) {
		if rv.ID == alice {
			if rv.Body != "Looks good <!-- migsync:review -->" {
				t.Errorf("another reviewer's review was edited: %q", rv.Body)
			}
		} else if !strings.Contains(rv.Body, "resolved as of `"+fixed[:7]+"`") {
			t.Errorf("after the fix, migsync's review says: %q", rv.Body)
		}
	}

	// A cosmetic schema change stays green.
	e.git.checkout("feature/refresh-tokens")
	e.git.write("prisma/schema.prisma", strings.Replace(fixture(t, "schema.incident.prisma"),
		"model RefreshToken {", "/// Sessions that outlive an access token.\nmodel RefreshToken {", 1))
	cosmetic := e.git.commit("document RefreshToken")
	e.git.checkout("main")
	e.deliver("pull_request", e.gh.Payload("pull_request", "synchronize", nil))
	if run := e.onlyRun(cosmetic); run.Conclusion != "success" {
		t.Errorf("cosmetic change: %s (%s)\n%s", run.Conclusion, run.Title, run.Text)
	}
	if left := e.markerComments(pr); len(left) != 0 {
		t.Errorf("comments after a cosmetic change: %+v", left)
	}
}

// checkOneProblem checks a surface of the incident: the SQL once, the
// command once, and the new-file link on the head branch whose decoded
// filename is a Prisma migration folder after the base's newest migration
// and whose content is exactly the missing migration.
func checkOneProblem(t *testing.T, what, body string) {
	t.Helper()
	for _, once := range []string{`CREATE TABLE "RefreshToken"`, "npx prisma migrate dev --name add_refresh_token", "To fix, run"} {
		if n := strings.Count(body, once); n != 1 {
			t.Errorf("%s: %q appears %d times, want once:\n%s", what, once, n, body)
		}
	}
	link := newFileLink(t, body, "/new/feature/refresh-tokens?")
	if link == nil {
		return
	}
	q := link.Query()
	name := q.Get("filename")
	if !regexp.MustCompile(`^prisma/migrations/\d{14}_add_refresh_token/migration\.sql$`).MatchString(name) ||
		strings.TrimPrefix(name, "prisma/migrations/") <= "20240101000000_init" {
		t.Errorf("%s: link filename %q", what, name)
	}
	want := strings.TrimRight(fixture(t, "add_refresh_token.sql"), "\n")
	if got := strings.TrimRight(q.Get("value"), "\n"); got != want {
		t.Errorf("%s: link content is not the missing migration:\n%s\nwant:\n%s", what, got, want)
	}
}

// newFileLink finds the markdown link whose target contains marker.
func newFileLink(t *testing.T, body, marker string) *url.URL {
	t.Helper()
	i := strings.Index(body, marker)
	j := strings.LastIndex(body[:max(i, 0)], "](")
	if i < 0 || j < 0 {
		t.Errorf("no link containing %q in:\n%s", marker, body)
		return nil
	}
	rest := body[j+2:]
	u, err := url.Parse(rest[:strings.IndexByte(rest, ')')])
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// TestE2EReplyKeepsTheConversation: a person answered the App's comment;
// when the problem is fixed the comment is not deleted (that would orphan
// the reply) but answered once as resolved, and a later check does not
// answer it again.
func TestE2EReplyKeepsTheConversation(t *testing.T) {
	e := newEnv(t)
	pr, _ := e.openIncidentPR()
	e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
	comments := e.markerComments(pr)
	if len(comments) != 1 {
		t.Fatalf("%d migsync comments, want 1", len(comments))
	}
	ours := comments[0]
	if e.gh.AddReviewReply(ours.ID, "octocat", "The migration is coming in the next commit.") == 0 {
		t.Fatal("reply not recorded")
	}

	e.git.checkout("feature/refresh-tokens")
	e.git.write("prisma/migrations/20240202000000_add_refresh_token/migration.sql", fixture(t, "add_refresh_token.sql"))
	fixed := e.git.commit("add the migration")
	e.git.checkout("main")
	e.deliver("pull_request", e.gh.Payload("pull_request", "synchronize", nil))
	if run := e.onlyRun(fixed); run.Conclusion != "success" {
		t.Fatalf("after the migration: %s (%s)", run.Conclusion, run.Title)
	}
	resolvedReplies := func() (still bool, answers int) {
		for _, c := range e.gh.ReviewComments(owner, repo, pr) {
			if c.ID == ours.ID {
				still = true
			}
			if c.InReplyTo == ours.ID && c.User == e.gh.AppSlug()+"[bot]" {
				answers++
			}
		}
		return still, answers
	}
	if still, answers := resolvedReplies(); !still || answers != 1 {
		t.Fatalf("the replied-to comment kept: %v, App answers in its thread: %d (want kept, 1)", still, answers)
	}
	for _, c := range e.gh.ReviewComments(owner, repo, pr) {
		if c.InReplyTo == ours.ID && c.User != "octocat" && !strings.Contains(strings.ToLower(c.Body), "resolved") {
			t.Errorf("the App's answer does not say the problem is resolved: %q", c.Body)
		}
	}

	// Another check of the same head (the Re-run button) answers nothing more.
	e.deliver("check_run", e.gh.Payload("check_run", "rerequested", nil))
	if _, answers := resolvedReplies(); answers != 1 {
		t.Errorf("after a re-run: %d App answers in the thread, want still 1", answers)
	}
}

func TestE2ERecheck(t *testing.T) {
	e := newEnv(t)
	pr, head := e.openIncidentPR()
	e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
	before := e.onlyRun(head).Requests

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

	t.Run("collaborator", func(t *testing.T) {
		e.gh.SetPermission("maintainer", "write")
		id := comment("maintainer", "User", "Added the index.\n\n/recheck\n")
		if r := e.gh.Reactions(id); len(r) != 1 || r[0].Content != "+1" {
			t.Errorf("reactions = %+v, want one +1", r)
		}
		run := e.onlyRun(head)
		if run.Requests <= before || run.Conclusion != "failure" {
			t.Errorf("check not re-run: %d requests (before %d), %s", run.Requests, before, run.Conclusion)
		}
		before = run.Requests
	})
	t.Run("no write access", func(t *testing.T) {
		e.gh.SetPermission("visitor", "read")
		id := comment("visitor", "User", "/recheck")
		if r := e.gh.Reactions(id); len(r) != 0 {
			t.Errorf("reacted to a refused request: %+v", r)
		}
		if run := e.onlyRun(head); run.Requests != before {
			t.Errorf("check re-run for a user without write access")
		}
		if !repliedTo(e, pr, "@visitor") {
			t.Errorf("no polite reply: %+v", e.gh.IssueComments(owner, repo, pr))
		}
	})
	t.Run("bot", func(t *testing.T) {
		id := comment("renovate[bot]", "Bot", "/recheck")
		if r := e.gh.Reactions(id); len(r) != 0 {
			t.Errorf("reacted to a bot: %+v", r)
		}
		if run := e.onlyRun(head); run.Requests != before {
			t.Errorf("check re-run for a bot")
		}
		if !repliedTo(e, pr, "not accepted from bots") {
			t.Errorf("no reply to the bot: %+v", e.gh.IssueComments(owner, repo, pr))
		}
	})
	t.Run("inside a code fence", func(t *testing.T) {
		id := comment("maintainer", "User", "```\n/recheck\n```")
		if r := e.gh.Reactions(id); len(r) != 0 {
			t.Errorf("reacted to a fenced command: %+v", r)
		}
		if run := e.onlyRun(head); run.Requests != before {
			t.Errorf("check re-run for a fenced command")
		}
	})
}

func repliedTo(e *env, pr int, text string) bool {
	for _, c := range e.gh.IssueComments(owner, repo, pr) {
		if c.User == e.gh.AppSlug()+"[bot]" && strings.Contains(c.Body, text) {
			return true
		}
	}
	return false
}

func TestE2ERerequested(t *testing.T) {
	e := newEnv(t)
	_, head := e.openIncidentPR()
	e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
	for _, ev := range []struct{ event, action string }{
		{"check_run", "rerequested"},
		{"check_run", "requested_action"},
		{"check_suite", "rerequested"},
	} {
		before := e.onlyRun(head).Requests
		payload := e.gh.Payload(ev.event, ev.action, func(p map[string]any) {
			if ev.action == "requested_action" {
				fakegithub.SetPath(p, "requested_action.identifier", "rerun")
			}
		})
		if code := e.deliver(ev.event, payload); code != http.StatusOK {
			t.Errorf("%s.%s answered %d", ev.event, ev.action, code)
		}
		run := e.onlyRun(head)
		if run.Requests <= before || run.Conclusion != "failure" {
			t.Errorf("%s.%s did not re-run the check (%d requests, before %d; %s)", ev.event, ev.action, run.Requests, before, run.Conclusion)
		}
	}
}

func TestE2EPushAndMergeGroup(t *testing.T) {
	e := newEnv(t)
	_, head := e.openIncidentPR()
	e.deliver("push", e.gh.PayloadFor(fakegithub.Target{Branch: "feature/refresh-tokens", PR: -1}, "push", "", nil))
	run := e.onlyRun(head)
	if run.Conclusion != "failure" {
		t.Errorf("push of the incident branch: %s (%s)", run.Conclusion, run.Title)
	}
	// A push to the default branch compares with the previous head: green.
	mainHead := e.git.rev("main")
	e.deliver("push", e.gh.PayloadFor(fakegithub.Target{Branch: "main", PR: -1}, "push", "", nil))
	if run := e.onlyRun(mainHead); run.Conclusion != "success" {
		t.Errorf("push of main: %s (%s)", run.Conclusion, run.Title)
	}
	e.deliver("merge_group", e.gh.Payload("merge_group", "checks_requested", nil))
	if run := e.onlyRun(head); run.Conclusion != "failure" {
		t.Errorf("merge group: %s", run.Conclusion)
	}
}

func TestE2EWebhookValidation(t *testing.T) {
	e := newEnv(t)
	e.openIncidentPR()
	payload := e.gh.Payload("pull_request", "opened", nil)
	e.gh.ResetCalls()

	if code := e.deliverAs("pull_request", payload, newID(), "wrong-secret"); code != http.StatusUnauthorized {
		t.Errorf("wrong signature: %d, want 401", code)
	}
	if n := e.gh.TotalCalls(); n != 0 {
		t.Errorf("a wrongly signed delivery made %d API calls: %v", n, e.gh.Calls())
	}
	if code := e.deliver("pull_request", []byte(`{"action": "opened", `)); code != http.StatusBadRequest {
		t.Errorf("malformed JSON: %d, want 400", code)
	}
	if n := e.gh.TotalCalls(); n != 0 {
		t.Errorf("a malformed delivery made %d API calls", n)
	}
	if code := e.deliver("ping", []byte(`{"zen": "Keep it logically awesome."}`)); code != http.StatusOK {
		t.Errorf("ping: %d, want 200", code)
	}
}

func TestE2EDuplicateDelivery(t *testing.T) {
	e := newEnv(t)
	_, head := e.openIncidentPR()
	payload := e.gh.Payload("pull_request", "opened", nil)
	id := newID()
	for i := 0; i < 2; i++ {
		if code := e.deliverAs("pull_request", payload, id, secret); code != http.StatusOK {
			t.Fatalf("delivery %d answered %d", i+1, code)
		}
	}
	e.onlyRun(head)
	if n := e.gh.Calls()["checks/create"]; n != 1 {
		t.Errorf("checks/create called %d times, want 1", n)
	}
}

func TestE2ERetriesServerErrors(t *testing.T) {
	e := newEnv(t)
	_, head := e.openIncidentPR()
	e.gh.FailNext("GET", "/repos/{owner}/{repo}/git/trees/{tree_sha}", http.StatusBadGateway, 2)
	e.gh.FailNextRetryAfter("POST", "/repos/{owner}/{repo}/check-runs", http.StatusForbidden, 1, time.Second)
	e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
	if run := e.onlyRun(head); run.Conclusion != "failure" || !strings.Contains(run.Text, `CREATE TABLE "RefreshToken"`) {
		t.Errorf("after retries: %s (%s)", run.Conclusion, run.Title)
	}
}

func TestE2EFailureCompletesTheCheckRun(t *testing.T) {
	t.Run("GitHub keeps failing", func(t *testing.T) {
		e := newEnv(t)
		_, head := e.openIncidentPR()
		e.gh.FailNext("GET", "/repos/{owner}/{repo}/git/blobs/{file_sha}", http.StatusInternalServerError, 1000)
		e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
		run := e.onlyRun(head)
		if run.Conclusion != "failure" || run.Title != "Check could not be completed" || !strings.Contains(run.Summary, "500") {
			t.Errorf("check run = %s %q\n%s", run.Conclusion, run.Title, run.Summary)
		}
	})
	t.Run("engine panics", func(t *testing.T) {
		panicky := func(cfg *Config, o *[]Option) {
			*o = append(*o, WithAnalyzer(func(context.Context, tree.Tree, tree.Tree, checkrun.Options) (*checkrun.Result, error) {
				panic("forced failure")
			}))
		}
		e := newEnv(t, panicky)
		_, head := e.openIncidentPR()
		e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
		run := e.onlyRun(head)
		if run.Conclusion != "failure" || run.Title != "Check could not be completed" || !strings.Contains(run.Summary, "forced failure") {
			t.Errorf("check run = %s %q\n%s", run.Conclusion, run.Title, run.Summary)
		}
	})
}

func TestE2EBrokenRepoConfig(t *testing.T) {
	e := newEnv(t)
	e.git.write(".github/migsync.yml", "strictt: true\n")
	e.git.commit("broken config")
	_, head := e.openIncidentPR()
	e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
	run := e.onlyRun(head)
	if run.Conclusion != "failure" || !strings.Contains(run.Summary, "strictt") {
		t.Errorf("broken config: %s\n%s", run.Conclusion, run.Summary)
	}
}

// TestE2ERepoConfigUnknownRule: a typo in a rule id of .github/migsync.yml
// is annotated at its line with the id it probably meant; the incident still
// fails on its own finding.
func TestE2ERepoConfigUnknownRule(t *testing.T) {
	e := newEnv(t)
	e.git.write(".github/migsync.yml", "# migsync\nrules:\n  drift/mising-index: off\n")
	e.git.commit("config with a typo")
	_, head := e.openIncidentPR()
	e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
	run := e.onlyRun(head)
	if run.Conclusion != "failure" {
		t.Errorf("conclusion %s, want failure (the incident)", run.Conclusion)
	}
	found := false
	for _, a := range run.Annotations {
		if a.Path == ".github/migsync.yml" && a.StartLine == 3 && a.AnnotationLevel == "warning" && strings.Contains(a.Message, `did you mean "drift/missing-index"`) {
			found = true
		}
	}
	if !found {
		t.Errorf("no warning annotation at .github/migsync.yml:3 naming drift/missing-index; annotations: %+v", run.Annotations)
	}
}

// fill commits n small files under dir on the current branch.
func (e *env) fill(dir string, n int) {
	e.t.Helper()
	for i := 0; i < n; i++ {
		e.git.write(fmt.Sprintf("%s/f%04d.txt", dir, i), fmt.Sprintf("%d\n", i))
	}
}

// TestE2ETruncatedTreeConfiguredProject: GitHub truncated the recursive
// listing before the prisma folder; with the project named in the config the
// App lists that folder by itself and the result is exact (the incident
// fails at its line), not drift made up from a partial history.
func TestE2ETruncatedTreeConfiguredProject(t *testing.T) {
	e := newEnv(t)
	e.gh.SetTreeEntryLimit(10)
	e.git.write(".github/migsync.yml", "projects:\n  - schema: prisma/schema.prisma\n    migrations: prisma/migrations\n")
	e.fill("assets", 40) // sorts before prisma/: the listing stops in it
	e.git.commit("config and assets")
	_, head := e.openIncidentPR()
	e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
	run := e.onlyRun(head)
	if run.Conclusion != "failure" {
		t.Fatalf("conclusion %s (%s)\n%s", run.Conclusion, run.Title, run.Text)
	}
	modelLine := lineOf(t, fixture(t, "schema.incident.prisma"), "model RefreshToken")
	var rules []string
	found := false
	for _, a := range run.Annotations {
		rules = append(rules, a.Title)
		if a.Path == "prisma/schema.prisma" && a.StartLine == modelLine && strings.Contains(a.RawDetails, `CREATE TABLE "RefreshToken"`) {
			found = true
		}
		if a.AnnotationLevel == "failure" && a.Path != "prisma/schema.prisma" {
			t.Errorf("unexpected failure annotation: %+v", a)
		}
	}
	if !found {
		t.Errorf("no annotation at prisma/schema.prisma:%d; annotations: %v", modelLine, rules)
	}
	if strings.Contains(run.Text+run.Summary, "repository/incomplete-tree") {
		t.Errorf("configured projects need no truncation warning:\n%s", run.Summary)
	}
}

// TestE2ETruncatedTreeDiscovery: without configured projects a truncated
// listing may hide projects: the check says so and how to fix it, and still
// completes.
func TestE2ETruncatedTreeDiscovery(t *testing.T) {
	e := newEnv(t)
	e.gh.SetTreeEntryLimit(10)
	e.fill("assets", 40)
	e.git.commit("assets")
	_, head := e.openIncidentPR()
	e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
	run := e.onlyRun(head)
	if run.Status != "completed" || !strings.Contains(run.Summary+run.Text, "truncated") || !strings.Contains(run.Summary+run.Text, ".github/migsync.yml") {
		t.Errorf("want a completed run explaining the truncated listing and the config fix, got %s/%s %q:\n%s\n%s", run.Status, run.Conclusion, run.Title, run.Summary, run.Text)
	}
}

// TestE2EPullRequestOver3000Files: GitHub lists 3,000 files of a pull
// request at most; the App still checks the whole head (its own listing) and
// completes without asking for review lines it cannot know are in the diff.
func TestE2EPullRequestOver3000Files(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 3,001 files")
	}
	e := newEnv(t)
	e.git.branch("feature/big")
	e.fill("generated", fakegithub.MaxPullFiles+1) // sorts before prisma/
	e.git.write("prisma/schema.prisma", fixture(t, "schema.incident.prisma"))
	head := e.git.commit("regenerate everything, add refresh tokens")
	e.git.checkout("main")
	pr := e.gh.OpenPR(owner, repo, "main", "feature/big")
	e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
	run := e.onlyRun(head)
	if run.Conclusion != "failure" {
		t.Fatalf("conclusion %s (%s)", run.Conclusion, run.Title)
	}
	modelLine := lineOf(t, fixture(t, "schema.incident.prisma"), "model RefreshToken")
	found := false
	for _, a := range run.Annotations {
		found = found || (a.Path == "prisma/schema.prisma" && a.StartLine == modelLine)
	}
	if !found {
		t.Errorf("no annotation at prisma/schema.prisma:%d", modelLine)
	}
	if calls := e.gh.Calls(); calls["pulls/list-files"] != fakegithub.MaxPullFiles/100 {
		t.Errorf("pulls/list-files called %d times, want every page of GitHub's 3,000 (%d)", calls["pulls/list-files"], fakegithub.MaxPullFiles/100)
	}
	for _, c := range e.gh.ReviewComments(owner, repo, pr) {
		if c.Line != 0 {
			t.Errorf("a line comment without knowing the diff: %+v", c)
		}
	}
}

// TestE2ELongHistoryFromArchive: a cold check of a long migration history
// downloads the commit's archive once instead of one blob request per
// migration; when the archive fails, the blobs are fetched one by one and the
// result is the same.
func TestE2ELongHistoryFromArchive(t *testing.T) {
	for _, archiveFails := range []bool{false, true} {
		t.Run(fmt.Sprintf("archive fails: %v", archiveFails), func(t *testing.T) {
			e := newEnv(t)
			const n = archiveMin + 10
			for i := 0; i < n; i++ {
				e.git.write(fmt.Sprintf("prisma/migrations/20240102%06d_data/migration.sql", i), fmt.Sprintf("-- data fix %d\nSELECT %d;\n", i, i))
			}
			e.git.commit("a long history")
			_, head := e.openIncidentPR()
			if archiveFails {
				// Failing for good: a failed download is retried like any
				// request, so a few failures would not do.
				e.gh.Inject(fakegithub.Fault{Op: "repos/download-tarball-archive", Status: http.StatusBadGateway, Times: fakegithub.Always})
			}
			e.gh.ResetCalls()
			e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
			run := e.onlyRun(head)
			modelLine := lineOf(t, fixture(t, "schema.incident.prisma"), "model RefreshToken")
			found := false
			for _, a := range run.Annotations {
				found = found || (a.Path == "prisma/schema.prisma" && a.StartLine == modelLine && strings.Contains(a.RawDetails, `CREATE TABLE "RefreshToken"`))
			}
			if run.Conclusion != "failure" || !found {
				t.Fatalf("conclusion %s, annotation at the model line: %v", run.Conclusion, found)
			}
			calls := e.gh.Calls()
			t.Logf("calls: %v", calls)
			if archiveFails {
				if calls["git/get-blob"] < n {
					t.Errorf("archive failed: %d blob requests, want every migration (%d+)", calls["git/get-blob"], n)
				}
				return
			}
			if calls["repos/download-tarball-archive"] != 1 || calls["codeload/tarball"] != 1 {
				t.Errorf("want one archive link and one download, got %v", calls)
			}
			if calls["git/get-blob"] > 2 {
				t.Errorf("%d blob requests despite the archive (want only the head's changed schema at most)", calls["git/get-blob"])
			}
		})
	}
}

func TestE2ERepoConfigCheckName(t *testing.T) {
	e := newEnv(t)
	e.git.write(".github/migsync.yml", "check_name: schema-drift\n")
	e.git.commit("config")
	_, head := e.openIncidentPR()
	e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
	if run := e.onlyRun(head); run.Name != "schema-drift" {
		t.Errorf("check name %q, want schema-drift", run.Name)
	}
}

func TestE2EOrganisationDefaultConfig(t *testing.T) {
	e := newEnv(t)
	org := newGitRepo(t)
	org.write("migsync.yml", "check_name: org-migsync\n")
	org.commit("org defaults")
	e.gh.AddRepo(owner, ".github", org.dir)
	e.gh.SetDefaultBranch(owner, repo, "main")
	_, head := e.openIncidentPR()
	e.deliver("pull_request", e.gh.PayloadFor(fakegithub.Target{Owner: owner, Repo: repo}, "pull_request", "opened", nil))
	if run := e.onlyRun(head); run.Name != "org-migsync" || run.Conclusion != "failure" {
		t.Errorf("check %q %s, want the organisation's check name", run.Name, run.Conclusion)
	}
}

func TestE2EQueueFullAnswers503(t *testing.T) {
	started := make(chan struct{}, 10)
	release := make(chan struct{})
	blocking := func(cfg *Config, o *[]Option) {
		cfg.Migsync.Workers = 1
		cfg.Migsync.QueueSize = 1
		*o = append(*o, WithAnalyzer(func(ctx context.Context, base, head tree.Tree, opts checkrun.Options) (*checkrun.Result, error) {
			started <- struct{}{}
			<-release
			return checkrun.Analyze(ctx, base, head, opts)
		}))
	}
	e := newEnv(t, blocking)
	e.openIncidentPR()
	post := func() int {
		payload := e.gh.Payload("pull_request", "opened", nil)
		req, _ := http.NewRequest(http.MethodPost, e.url, bytes.NewReader(payload))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-GitHub-Event", "pull_request")
		req.Header.Set("X-GitHub-Delivery", newID())
		req.Header.Set("X-Hub-Signature-256", fakegithub.Sign(payload, secret))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := post(); code != http.StatusOK {
		t.Fatalf("first: %d", code)
	}
	<-started // the only worker is busy
	if code := post(); code != http.StatusOK {
		t.Fatalf("second (queued): %d", code)
	}
	if code := post(); code != http.StatusServiceUnavailable {
		t.Errorf("third with a full queue: %d, want 503", code)
	}
	close(release)
	e.waitIdle()
}

func TestE2EHealthAndMetrics(t *testing.T) {
	e := newEnv(t)
	e.openIncidentPR()
	e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
	base := strings.TrimSuffix(e.url, WebhookRoute)
	get := func(path string) string {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("GET %s: %d", path, resp.StatusCode)
		}
		return string(b)
	}
	if h := get(HealthRoute); !strings.Contains(h, `"ok"`) {
		t.Errorf("health = %s", h)
	}
	m := get(MetricsRoute)
	for _, want := range []string{
		`migsync_webhook_events_total{event="pull_request"} 1`,
		`migsync_checks_total{conclusion="failure"} 1`,
		`migsync_github_api_requests_total{method="GET",status="2xx"}`,
		`migsync_github_rate_limit_remaining`,
		`migsync_queue_depth 0`,
		`migsync_check_duration_seconds_count 1`,
	} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}

func TestStartRefusesBadConfig(t *testing.T) {
	gh := fakegithub.New(t, fakegithub.WithRejectionsAllowed())
	cfg := &Config{}
	cfg.Github = githubapp.Config{V3APIURL: gh.URL(), V4APIURL: gh.GraphQLURL()}
	cfg.Github.App.IntegrationID = gh.AppID()
	cfg.Github.App.PrivateKey = string(gh.PrivateKeyPEM())
	cfg.SetDefaults()
	if _, err := New(context.Background(), cfg); err == nil || !strings.Contains(err.Error(), "webhook_secret") {
		t.Errorf("no webhook secret: %v", err)
	}
	cfg.Github.App.WebhookSecret = secret
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	// A key GitHub does not know.
	cfg.Github.App.PrivateKey = string(pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(key)}))
	if _, err := New(context.Background(), cfg); err == nil || !strings.Contains(err.Error(), "GET /app") {
		t.Errorf("wrong key: %v", err)
	}
	cfg.Github.App.PrivateKey = string(gh.PrivateKeyPEM())
	srv, err := New(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if srv.Slug() != gh.AppSlug() {
		t.Errorf("slug %q, want %q", srv.Slug(), gh.AppSlug())
	}
}

// gitRepo is a local git work tree.
type gitRepo struct {
	t   *testing.T
	dir string
}

func newGitRepo(t *testing.T) *gitRepo {
	g := &gitRepo{t: t, dir: t.TempDir()}
	g.run("init", "-q", "-b", "main")
	g.run("config", "user.email", "dev@example.com")
	g.run("config", "user.name", "Dev")
	g.run("config", "commit.gpgsign", "false")
	return g
}

func (g *gitRepo) run(args ...string) string {
	g.t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = g.dir
	cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_SYSTEM=/dev/null")
	out, err := cmd.CombinedOutput()
	if err != nil {
		g.t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

func (g *gitRepo) write(path, content string) {
	g.t.Helper()
	full := filepath.Join(g.dir, filepath.FromSlash(path))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		g.t.Fatal(err)
	}
	if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
		g.t.Fatal(err)
	}
}

func (g *gitRepo) commit(msg string) string {
	g.run("add", "-A")
	g.run("commit", "-q", "-m", msg)
	return g.rev("HEAD")
}

func (g *gitRepo) rev(ref string) string { return g.run("rev-parse", ref) }
func (g *gitRepo) branch(name string)    { g.run("checkout", "-q", "-b", name) }
func (g *gitRepo) checkout(name string)  { g.run("checkout", "-q", name) }

// blockingAnalyzer makes the engine wait for release (or the check's end),
// signalling started first.
func blockingAnalyzer(workers, queue int, started chan<- struct{}, release <-chan struct{}) envOption {
	return func(cfg *Config, o *[]Option) {
		cfg.Migsync.Workers = workers
		cfg.Migsync.QueueSize = queue
		*o = append(*o, WithAnalyzer(func(ctx context.Context, base, head tree.Tree, opts checkrun.Options) (*checkrun.Result, error) {
			started <- struct{}{}
			select {
			case <-release:
				return checkrun.Analyze(ctx, base, head, opts)
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}))
	}
}

// post sends a signed delivery without waiting for the server to be idle.
func (e *env) post(event string, payload []byte) int {
	e.t.Helper()
	req, _ := http.NewRequest(http.MethodPost, e.url, bytes.NewReader(payload))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-GitHub-Event", event)
	req.Header.Set("X-GitHub-Delivery", newID())
	req.Header.Set("X-Hub-Signature-256", fakegithub.Sign(payload, secret))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

func TestE2EShutdownDrainsInFlightChecks(t *testing.T) {
	started, release := make(chan struct{}, 4), make(chan struct{})
	e := newEnv(t, blockingAnalyzer(1, 4, started, release))
	_, head := e.openIncidentPR()
	if code := e.post("pull_request", e.gh.Payload("pull_request", "opened", nil)); code != http.StatusOK {
		t.Fatalf("delivery: %d", code)
	}
	<-started
	done := make(chan error, 1)
	go func() { done <- e.srv.Shutdown(context.Background()) }()
	// Draining: new deliveries are refused with 503 (GitHub shows them as
	// failed and they can be redelivered).
	for !e.srv.draining.Load() {
		runtime.Gosched()
	}
	if code := e.post("pull_request", e.gh.Payload("pull_request", "synchronize", nil)); code != http.StatusServiceUnavailable {
		t.Errorf("delivery while draining: %d, want 503", code)
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatalf("shutdown: %v", err)
	}
	if run := e.onlyRun(head); run.Conclusion != "failure" || !strings.Contains(run.Text, `CREATE TABLE "RefreshToken"`) {
		t.Errorf("drained check: %s (%s)", run.Conclusion, run.Title)
	}
}

// TestE2EShutdownTimeoutHandsOver: a check still running when the shutdown
// timeout ends says so on its check run and hands its job to the next
// start, which completes the same run.
func TestE2EShutdownTimeoutHandsOver(t *testing.T) {
	started, release := make(chan struct{}, 4), make(chan struct{})
	e := newEnv(t, blockingAnalyzer(1, 4, started, release))
	_, head := e.openIncidentPR()
	e.post("pull_request", e.gh.Payload("pull_request", "opened", nil))
	<-started
	expired, cancel := context.WithCancel(context.Background())
	cancel() // no time left to drain: running checks are cancelled
	if err := e.srv.Shutdown(expired); err == nil {
		t.Error("shutdown with no time left reported a clean drain")
	}
	runs := e.runsFor(head)
	if len(runs) != 1 || runs[0].Status != "in_progress" || runs[0].Title != "Check interrupted by a restart" {
		t.Fatalf("interrupted check: %+v", runs)
	}
	close(release)
	e.start() // the next start: the same queue, the same instance
	e.gh.Await(time.Minute, "the handed-over check", func() bool {
		_, done := e.gh.CompletedCheckRun(owner, repo, head, "migsync")
		return done
	})
	if run := e.onlyRun(head); run.Conclusion != "failure" || !strings.Contains(run.Text, `CREATE TABLE "RefreshToken"`) {
		t.Errorf("after the restart: %s %q", run.Conclusion, run.Title)
	}
}

// TestE2EForkGetsNoLink: a pull request from a fork cannot be written to by
// the repository's users, so neither the check run nor the comment offers
// the new-file link; the command and the SQL are still there, once.
func TestE2EForkGetsNoLink(t *testing.T) {
	e := newEnv(t)
	pr, head := e.openIncidentPR()
	e.deliver("pull_request", e.gh.Payload("pull_request", "opened", func(p map[string]any) {
		fakegithub.SetPath(p, "pull_request.head.repo.id", 999999)
	}))
	run := e.onlyRun(head)
	comments := e.markerComments(pr)
	if len(comments) != 1 {
		t.Fatalf("%d comments", len(comments))
	}
	for what, body := range map[string]string{"check run": run.Text, "comment": comments[0].Body} {
		if strings.Contains(body, "/new/") || strings.Count(body, `CREATE TABLE "RefreshToken"`) != 1 || strings.Count(body, "npx prisma migrate dev") != 1 {
			t.Errorf("%s of a fork's pull request: want no link, the SQL and the command once:\n%s", what, body)
		}
	}
}

// TestE2EMonorepoCountsEachProblemOnce: two projects, each missing one
// migration, are two problems in the title, the summary (its table and its
// count), the annotations, the review body and its comments (issue 10,
// acceptance 2).
func TestE2EMonorepoCountsEachProblemOnce(t *testing.T) {
	e := newEnv(t)
	for _, p := range []string{"packages/a", "packages/b"} {
		e.git.write(p+"/prisma/schema.prisma", fixture(t, "schema.base.prisma"))
		e.git.write(p+"/prisma/migrations/20240101000000_init/migration.sql", fixture(t, "init.sql"))
		e.git.write(p+"/prisma/migrations/migration_lock.toml", "provider = \"postgresql\"\n")
	}
	e.git.run("rm", "-q", "-r", "prisma")
	e.git.commit("two projects")
	e.git.branch("feature/refresh-tokens")
	for _, p := range []string{"packages/a", "packages/b"} {
		e.git.write(p+"/prisma/schema.prisma", fixture(t, "schema.incident.prisma"))
	}
	head := e.git.commit("add refresh tokens to both")
	e.git.checkout("main")
	pr := e.gh.OpenPR(owner, repo, "main", "feature/refresh-tokens")
	e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))

	run := e.onlyRun(head)
	if run.Title != "2 problems need fixing" {
		t.Errorf("title %q", run.Title)
	}
	if !strings.Contains(run.Summary, "2 problems fail the check (2 errors, 0 warnings, 0 notices).") ||
		strings.Count(run.Summary, "| 1 error | — | ❌ migration missing |") != 2 {
		t.Errorf("summary:\n%s", run.Summary)
	}
	failures := 0
	for _, a := range run.Annotations {
		if a.AnnotationLevel == "failure" {
			failures++
		}
	}
	if failures != 2 {
		t.Errorf("%d failure annotations, want 2: %+v", failures, run.Annotations)
	}
	for _, p := range []string{"packages/a", "packages/b"} {
		if n := strings.Count(run.Text, "cd "+p+" && npx prisma migrate dev --name add_refresh_token"); n != 1 {
			t.Errorf("the command for %s appears %d times in the check run, want once:\n%s", p, n, run.Text)
		}
	}
	if n := len(e.markerComments(pr)); n != 2 {
		t.Errorf("%d review comments, want 2", n)
	}
	if rv := e.gh.Reviews(owner, repo, pr); len(rv) != 1 || !strings.Contains(rv[0].Body, "found 2 problems in this pull request.") {
		t.Errorf("review: %+v", rv)
	}
}

// TestE2EBaseConfigTypoFailsNoPullRequest: the App reads the configuration
// from the base branch, so a typo in it is the base's problem: pre-existing,
// and with strict: true it fails no pull request that did not cause it.
func TestE2EBaseConfigTypoFailsNoPullRequest(t *testing.T) {
	e := newEnv(t)
	e.git.write(".github/migsync.yml", "strict: true\nrules:\n  drift/mising-index: off\n")
	e.git.commit("config with a typo")
	e.git.branch("docs")
	e.git.write("README.md", "docs\n")
	head := e.git.commit("docs")
	e.git.checkout("main")
	e.gh.OpenPR(owner, repo, "main", "docs")
	e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
	run := e.onlyRun(head)
	if run.Conclusion == "failure" || !strings.Contains(run.Summary, "`.github/migsync.yml:3` · pre-existing") || strings.Contains(run.Summary, "below") {
		t.Errorf("conclusion %s (%s), want the typo reported as pre-existing and not failing:\n%s\n%s", run.Conclusion, run.Title, run.Summary, run.Text)
	}
}

// TestE2ESuppressions: in the App too, a migsync-ignore comment in the
// schema and one in a migration silence their findings, and the check run
// counts and lists what was suppressed (issue 10, acceptance 5).
func TestE2ESuppressions(t *testing.T) {
	e := newEnv(t)
	e.git.branch("feature/refresh-tokens")
	e.git.write("prisma/schema.prisma", strings.Replace(fixture(t, "schema.incident.prisma"), "model RefreshToken {",
		"// migsync-ignore drift/missing-table: the auth service creates it\nmodel RefreshToken {", 1))
	e.git.write("prisma/migrations/20240301000000_search/migration.sql",
		"-- migsync-ignore drift/extra-index: trigram search, by hand\nCREATE INDEX \"User_name_idx\" ON \"User\" (\"name\");\n")
	head := e.git.commit("add refresh tokens, silenced")
	e.git.checkout("main")
	pr := e.gh.OpenPR(owner, repo, "main", "feature/refresh-tokens")
	e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
	run := e.onlyRun(head)
	if run.Conclusion != "success" || !strings.Contains(run.Summary, "2 suppressed by migsync-ignore") ||
		!strings.Contains(run.Text, "at `prisma/migrations/20240301000000_search/migration.sql:2` — silenced by migsync-ignore at prisma/migrations/20240301000000_search/migration.sql:1: trigram search, by hand") {
		t.Errorf("%s (%s)\n%s\n%s", run.Conclusion, run.Title, run.Summary, run.Text)
	}
	if n := len(e.markerComments(pr)); n != 0 {
		t.Errorf("%d comments for silenced findings", n)
	}
}

// TestE2ENoPrismaNoCheckRun: a repository with no Prisma file and no
// configuration gets no check run at all (acceptance 6); with a
// configuration it gets a neutral one that says nothing was checked, and a
// schema without migrations is named, not passed over.
func TestE2ENoPrismaNoCheckRun(t *testing.T) {
	e := newEnv(t)
	e.git.run("rm", "-q", "-r", "prisma")
	e.git.write("README.md", "a service without Prisma\n")
	e.git.commit("no Prisma")
	e.git.branch("docs")
	e.git.write("README.md", "more docs\n")
	head := e.git.commit("docs")
	e.git.checkout("main")
	pr := e.gh.OpenPR(owner, repo, "main", "docs")
	e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
	e.deliver("check_suite", e.gh.Payload("check_suite", "requested", nil))
	if runs := e.runsFor(head); len(runs) != 0 {
		t.Errorf("%d check runs on a repository without Prisma: %+v", len(runs), runs)
	}
	if n := len(e.gh.Reviews(owner, repo, pr)); n != 0 {
		t.Errorf("%d reviews", n)
	}

	// A schema whose first migration was never committed: a neutral run
	// naming it, with the configuration that excludes a db push project.
	e.git.checkout("docs")
	e.git.write("apps/web/prisma/schema.prisma", fixture(t, "schema.incident.prisma"))
	head = e.git.commit("a db push project")
	e.git.checkout("main")
	e.deliver("pull_request", e.gh.Payload("pull_request", "synchronize", nil))
	run := e.onlyRun(head)
	if run.Conclusion != "neutral" || !strings.HasPrefix(run.Title, "Nothing checked") ||
		!strings.Contains(run.Summary, "apps/web/prisma/schema.prisma was not checked") ||
		!strings.Contains(run.Summary, "- apps/web/prisma/schema.prisma   # uses prisma db push") {
		t.Errorf("%s (%s)\n%s", run.Conclusion, run.Title, run.Summary)
	}
}

// A pull request that never had a migsync review costs no review listing
// when it is green (the warm check's call count, bench/results-app.txt):
// earlier reviews are only looked for where one was posted.
func TestE2EGreenPullRequestListsNoReviews(t *testing.T) {
	e := newEnv(t)
	e.git.branch("feature/refresh-tokens")
	e.git.write("prisma/schema.prisma", fixture(t, "schema.incident.prisma"))
	e.git.write("prisma/migrations/20240202000000_add_refresh_token/migration.sql", fixture(t, "add_refresh_token.sql"))
	head := e.git.commit("add refresh tokens with their migration")
	e.git.checkout("main")
	pr := e.gh.OpenPR(owner, repo, "main", "feature/refresh-tokens")
	e.gh.ResetCalls()
	e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
	if run := e.onlyRun(head); run.Conclusion != "success" {
		t.Fatalf("%s (%s)\n%s", run.Conclusion, run.Title, run.Summary)
	}
	if n := e.gh.Calls()["pulls/list-reviews"]; n != 0 {
		t.Errorf("a green pull request without any migsync review listed its reviews %d times: %v", n, e.gh.Calls())
	}
	if n := len(e.gh.Reviews(owner, repo, pr)); n != 0 {
		t.Errorf("%d reviews on a green pull request", n)
	}
}
