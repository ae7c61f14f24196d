package fakegithub

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v4"
	"github.com/google/go-github/v60/github"
	"github.com/palantir/go-githubapp/githubapp"
)

// clientCreator builds go-githubapp's client creator the way the App does.
func clientCreator(t *testing.T, s *Server) githubapp.ClientCreator {
	t.Helper()
	cc, err := githubapp.NewDefaultCachingClientCreator(githubapp.Config{
		V3APIURL: s.URL(), V4APIURL: s.GraphQLURL(),
		App: struct {
			IntegrationID int64  `yaml:"integration_id" json:"integrationId"`
			WebhookSecret string `yaml:"webhook_secret" json:"webhookSecret"`
			PrivateKey    string `yaml:"private_key" json:"privateKey"`
		}{IntegrationID: s.AppID(), WebhookSecret: "s3cret", PrivateKey: string(s.PrivateKeyPEM())},
	})
	if err != nil {
		t.Fatal(err)
	}
	return cc
}

func TestAppAuthenticationFlow(t *testing.T) {
	s := New(t)
	s.AddRepo("octo", "app", gitFixture(t))
	cc := clientCreator(t, s)
	ctx := context.Background()

	appClient, err := cc.NewAppClient()
	if err != nil {
		t.Fatal(err)
	}
	app, _, err := appClient.Apps.Get(ctx, "")
	if err != nil || app.GetID() != s.AppID() || app.GetSlug() != s.AppSlug() {
		t.Fatalf("Apps.Get = %v, %v", app, err)
	}
	inst, _, err := appClient.Apps.FindRepositoryInstallation(ctx, "octo", "app")
	if err != nil || inst.GetID() != s.InstallationID() {
		t.Fatalf("FindRepositoryInstallation = %v, %v", inst, err)
	}

	client, err := cc.NewInstallationClient(s.InstallationID())
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := client.Repositories.Get(ctx, "octo", "app"); err != nil {
		t.Fatalf("installation call: %v", err)
	}
	if _, _, err := client.Repositories.Get(ctx, "octo", "app"); err != nil {
		t.Fatalf("second installation call: %v", err)
	}
	calls := s.Calls()
	if calls["apps/create-installation-access-token"] != 1 || calls["repos/get"] != 2 || calls["apps/get-authenticated"] != 1 {
		t.Errorf("calls = %v (the token should be issued once and reused)", calls)
	}
	if got := s.TotalCalls("apps/create-installation-access-token", "apps/get-authenticated", "apps/get-repo-installation"); got != 2 {
		t.Errorf("TotalCalls without auth = %d, want 2", got)
	}
}

func TestAuthenticationIsRequired(t *testing.T) {
	s := New(t, WithRejectionsAllowed())
	s.AddRepo("octo", "app", gitFixture(t))
	ctx := context.Background()
	anonymous := github.NewClient(nil)
	anonymous.BaseURL, _ = anonymous.BaseURL.Parse(s.URL())
	_, resp, err := anonymous.Repositories.Get(ctx, "octo", "app")
	if err == nil || resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("anonymous call: %v", err)
	}
	withToken := newClient(t, s)
	_, resp, err = withToken.Apps.Get(ctx, "")
	if err == nil || resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("GET /app with an installation token: %v", err)
	}
	otherKey, err := rsa.GenerateKey(rand.Reader, 2048) // another App's key must not be accepted
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	forged, err := jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.RegisteredClaims{
		Issuer: strconv.FormatInt(s.AppID(), 10), IssuedAt: jwt.NewNumericDate(now.Add(-time.Minute)),
		ExpiresAt: jwt.NewNumericDate(now.Add(5 * time.Minute)),
	}).SignedString(otherKey)
	if err != nil {
		t.Fatal(err)
	}
	foreign := github.NewClient(nil).WithAuthToken(forged)
	foreign.BaseURL, _ = foreign.BaseURL.Parse(s.URL())
	_, resp, err = foreign.Apps.Get(ctx, "")
	if err == nil || resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("JWT signed by another key: %v", err)
	}
	if len(s.Rejections()) != 3 {
		t.Errorf("rejections = %v", s.Rejections())
	}
}

func TestFailNext(t *testing.T) {
	s := New(t)
	s.AddRepo("octo", "app", gitFixture(t))
	gh := newClient(t, s)
	ctx := context.Background()
	s.FailNext("GET", "/repos/{owner}/{repo}", http.StatusBadGateway, 2)
	for i := 0; i < 2; i++ {
		_, resp, err := gh.Repositories.Get(ctx, "octo", "app")
		if err == nil || resp.StatusCode != http.StatusBadGateway {
			t.Fatalf("call %d: err = %v", i, err)
		}
	}
	if _, _, err := gh.Repositories.Get(ctx, "octo", "app"); err != nil {
		t.Fatalf("third call: %v", err)
	}
	s.FailNextRetryAfter("", "/repos/octo/app/git/*/*", http.StatusForbidden, 1, time.Second)
	_, resp, err := gh.Git.GetTree(ctx, "octo", "app", "main", true)
	var rate *github.AbuseRateLimitError
	if !errors.As(err, &rate) || rate.GetRetryAfter() != time.Second || resp.StatusCode != http.StatusForbidden {
		t.Errorf("secondary rate limit: %v", err)
	}
	if got := s.Calls()["repos/get"]; got != 3 {
		t.Errorf("repos/get calls = %d, want 3 (failed calls count)", got)
	}
}

func TestWebhookPayloadsDecodeAndVerify(t *testing.T) {
	s := New(t)
	s.AddRepo("octo", "app", gitFixture(t))
	n := s.OpenPR("octo", "app", "main", "feature")
	head := s.PRHeadSHA("octo", "app", n)
	commentID := s.AddIssueComment("octo", "app", n, "alice", "/recheck")

	type delivery struct {
		event string
		body  []byte
	}
	got := make(chan delivery, 1)
	handler := githubapp.NewEventDispatcher([]githubapp.EventHandler{recorder(func(event string, payload []byte) {
		got <- delivery{event, payload}
	})}, "s3cret")
	hook := httptest.NewServer(handler)
	defer hook.Close()

	cases := []struct{ event, action string }{
		{"pull_request", "opened"}, {"pull_request", "synchronize"}, {"pull_request", "reopened"},
		{"pull_request", "ready_for_review"}, {"pull_request", "edited"}, {"push", ""},
		{"check_suite", "requested"}, {"check_suite", "rerequested"}, {"check_run", "rerequested"},
		{"check_run", "requested_action"}, {"merge_group", "checks_requested"},
		{"issue_comment", "created"}, {"installation", "created"},
	}
	for _, tc := range cases {
		t.Run(tc.event+"."+tc.action, func(t *testing.T) {
			payload := s.Payload(tc.event, tc.action, func(p map[string]any) {
				if tc.event == "issue_comment" {
					SetPath(p, "comment.id", commentID)
					SetPath(p, "comment.body", "/recheck")
				}
			})
			resp := s.Deliver(hook.URL, tc.event, payload, "s3cret")
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("delivery status %d", resp.StatusCode)
			}
			d := <-got
			if d.event != tc.event {
				t.Fatalf("event = %q", d.event)
			}
			parsed, err := github.ParseWebHook(tc.event, d.body)
			if err != nil {
				t.Fatalf("go-github cannot parse: %v", err)
			}
			checkPayload(t, s, parsed, n, head, commentID)
		})
	}
	bad := s.Deliver(hook.URL, "push", s.Payload("push", "", nil), "wrong secret")
	bad.Body.Close()
	if bad.StatusCode == http.StatusOK {
		t.Error("a delivery signed with the wrong secret was accepted")
	}
}

// checkPayload asserts the adjusted fields each event's handler reads.
func checkPayload(t *testing.T, s *Server, ev any, pr int, head string, commentID int64) {
	t.Helper()
	type hasInstallation interface{ GetInstallation() *github.Installation }
	if e, isInst := ev.(hasInstallation); !isInst || e.GetInstallation().GetID() != s.InstallationID() {
		t.Errorf("installation id not adjusted in %T", ev)
	}
	type hasRepo interface{ GetRepo() *github.Repository }
	if e, isRepo := ev.(hasRepo); isRepo {
		if r := e.GetRepo(); r.GetFullName() != "octo/app" || r.GetOwner().GetLogin() != "octo" || r.GetDefaultBranch() != "main" {
			t.Errorf("repository = %s owner %s default %s", r.GetFullName(), r.GetOwner().GetLogin(), r.GetDefaultBranch())
		}
	}
	switch e := ev.(type) {
	case *github.PullRequestEvent:
		if e.GetNumber() != pr || e.GetPullRequest().GetHead().GetSHA() != head || e.GetPullRequest().GetBase().GetRef() != "main" {
			t.Errorf("pull_request = #%d head %s", e.GetNumber(), e.GetPullRequest().GetHead().GetSHA())
		}
	case *github.PushEvent:
		if e.GetAfter() != head || e.GetRef() != "refs/heads/feature" || e.GetHeadCommit().GetID() != head {
			t.Errorf("push = %s %s", e.GetRef(), e.GetAfter())
		}
	case *github.CheckSuiteEvent:
		cs := e.GetCheckSuite()
		if cs.GetHeadSHA() != head || cs.GetApp().GetID() != s.AppID() || len(cs.PullRequests) != 1 || cs.PullRequests[0].GetNumber() != pr {
			t.Errorf("check_suite = %s app %d prs %d", cs.GetHeadSHA(), cs.GetApp().GetID(), len(cs.PullRequests))
		}
	case *github.CheckRunEvent:
		cr := e.GetCheckRun()
		if cr.GetHeadSHA() != head || cr.GetApp().GetID() != s.AppID() || len(cr.PullRequests) != 1 {
			t.Errorf("check_run = %s app %d", cr.GetHeadSHA(), cr.GetApp().GetID())
		}
	case *github.MergeGroupEvent:
		mg := e.GetMergeGroup()
		if mg.GetHeadSHA() != head || mg.GetBaseRef() != "refs/heads/main" || !strings.Contains(mg.GetHeadRef(), "gh-readonly-queue/main/") {
			t.Errorf("merge_group = %s %s %s", mg.GetHeadSHA(), mg.GetBaseRef(), mg.GetHeadRef())
		}
	case *github.IssueCommentEvent:
		if !e.GetIssue().IsPullRequest() || e.GetIssue().GetNumber() != pr || e.GetComment().GetID() != commentID {
			t.Errorf("issue_comment = #%d pr %v comment %d", e.GetIssue().GetNumber(), e.GetIssue().IsPullRequest(), e.GetComment().GetID())
		}
	case *github.InstallationEvent:
		if e.GetInstallation().GetAppID() != s.AppID() || len(e.Repositories) != 1 || e.Repositories[0].GetFullName() != "octo/app" {
			t.Errorf("installation = app %d repos %v", e.GetInstallation().GetAppID(), e.Repositories)
		}
	default:
		t.Errorf("unexpected event type %T", ev)
	}
}

// recorder is a githubapp.EventHandler for every event the App handles.
type recorder func(event string, payload []byte)

func (r recorder) Handles() []string {
	return []string{"pull_request", "push", "check_suite", "check_run", "merge_group", "issue_comment", "installation"}
}

func (r recorder) Handle(_ context.Context, event, _ string, payload []byte) error {
	r(event, payload)
	return nil
}

func TestConditionalRequests(t *testing.T) {
	s := New(t, WithCacheHeaders())
	s.AddRepo("octo", "app", gitFixture(t))
	n := s.OpenPR("octo", "app", "main", "feature")
	token := s.InstallationToken()
	get := func(etag string) *http.Response {
		t.Helper()
		req, _ := http.NewRequest("GET", fmt.Sprintf("%srepos/octo/app/pulls/%d", s.URL(), n), nil)
		req.Header.Set("Authorization", "token "+token)
		if etag != "" {
			req.Header.Set("If-None-Match", etag)
		}
		resp, err := s.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	first := get("")
	etag := first.Header.Get("ETag")
	if first.StatusCode != http.StatusOK || etag == "" || !strings.Contains(first.Header.Get("Cache-Control"), "max-age=60") {
		t.Fatalf("first GET: %d etag %q cache-control %q", first.StatusCode, etag, first.Header.Get("Cache-Control"))
	}
	if again := get(etag); again.StatusCode != http.StatusNotModified {
		t.Errorf("revalidation: %d, want 304", again.StatusCode)
	}
	if stale := get(`W/"stale"`); stale.StatusCode != http.StatusOK {
		t.Errorf("GET with a stale ETag: %d, want 200", stale.StatusCode)
	}
	if calls, not := s.Calls()["pulls/get"], s.NotModified()["pulls/get"]; calls != 3 || not != 1 {
		t.Errorf("pulls/get calls = %d, 304s = %d; want 3 and 1", calls, not)
	}
	plain := New(t)
	plain.AddRepo("octo", "app", gitFixture(t))
	status, _ := call(t, plain, "GET", "/repos/octo/app", nil)
	if status != http.StatusOK {
		t.Fatalf("GET repo: %d", status)
	}
}

func TestExpiredTokensAreRefused(t *testing.T) {
	s := New(t, WithRejectionsAllowed())
	s.AddRepo("octo", "app", gitFixture(t))
	client, err := clientCreator(t, s).NewInstallationClient(s.InstallationID())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, _, err := client.Repositories.Get(ctx, "octo", "app"); err != nil {
		t.Fatal(err)
	}
	s.ExpireTokens()
	_, resp, err := client.Repositories.Get(ctx, "octo", "app")
	if err == nil || resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("a call with an expired token: %v", err)
	}
}

func TestAwaitSeesAsynchronousWork(t *testing.T) {
	s := New(t)
	s.AddRepo("octo", "app", gitFixture(t))
	head := s.PRHeadSHA("octo", "app", s.OpenPR("octo", "app", "main", "feature"))
	gh := newClient(t, s)
	done := make(chan error, 1)
	go func() { // an "App" that creates then completes a run in the background
		ctx := context.Background()
		run, _, err := gh.Checks.CreateCheckRun(ctx, "octo", "app", github.CreateCheckRunOptions{Name: "migsync", HeadSHA: head})
		if err == nil {
			_, _, err = gh.Checks.UpdateCheckRun(ctx, "octo", "app", run.GetID(), github.UpdateCheckRunOptions{Name: "migsync", Conclusion: github.String("success")})
		}
		done <- err
	}()
	var got CheckRun
	s.Await(time.Minute, "a completed check run", func() bool {
		var ok bool
		got, ok = s.CompletedCheckRun("octo", "app", head, "migsync")
		return ok
	})
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got.Conclusion != "success" || got.CompletedAt == nil {
		t.Errorf("completed run = %+v", got)
	}
}
