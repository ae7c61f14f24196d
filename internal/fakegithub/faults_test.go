package fakegithub

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/google/go-github/v60/github"
)

func TestFaults(t *testing.T) {
	s := New(t)
	s.AddRepo("octo", "app", gitFixture(t))
	gh := newClient(t, s)
	ctx := context.Background()
	head, err := s.repos[repoKey("octo", "app")].git.resolve("main", "commit")
	if err != nil {
		t.Fatal(err)
	}
	create := func() (*github.CheckRun, error) {
		run, _, err := gh.Checks.CreateCheckRun(ctx, "octo", "app", github.CreateCheckRunOptions{Name: "migsync", HeadSHA: head})
		return run, err
	}

	t.Run("lost response: performed, not answered", func(t *testing.T) {
		h := s.Inject(Fault{Op: "checks/create", LoseResponse: true})
		if _, err := create(); err == nil {
			t.Fatal("a lost response reached the client")
		}
		if n := len(s.CheckRuns("octo", "app")); n != 1 || h.Hits() != 1 {
			t.Fatalf("%d check runs after a lost response (hits %d), want 1", n, h.Hits())
		}
		if _, err := create(); err != nil { // the fault is spent
			t.Fatalf("second create: %v", err)
		}
	})
	t.Run("reset: not performed", func(t *testing.T) {
		before := len(s.CheckRuns("octo", "app"))
		s.Inject(Fault{Method: "POST", Path: "/repos/{owner}/{repo}/check-runs", Reset: true})
		if _, err := create(); err == nil {
			t.Fatal("a reset connection answered")
		}
		if n := len(s.CheckRuns("octo", "app")); n != before {
			t.Fatalf("a reset request was performed: %d runs, want %d", n, before)
		}
	})
	t.Run("truncated body", func(t *testing.T) {
		s.Inject(Fault{Op: "repos/get", Truncate: true})
		_, _, err := gh.Repositories.Get(ctx, "octo", "app")
		if err == nil || !errors.Is(err, io.ErrUnexpectedEOF) && !strings.Contains(err.Error(), "unexpected EOF") {
			t.Fatalf("truncated body: err = %v, want unexpected EOF", err)
		}
	})
	t.Run("status with Retry-After, skip, always and clear", func(t *testing.T) {
		h := s.Inject(Fault{Op: "repos/get", Status: http.StatusTooManyRequests, RetryAfter: 2 * time.Second, Skip: 1, Times: Always})
		if _, _, err := gh.Repositories.Get(ctx, "octo", "app"); err != nil {
			t.Fatalf("skipped request failed: %v", err)
		}
		for i := 0; i < 3; i++ {
			_, resp, err := gh.Repositories.Get(ctx, "octo", "app")
			if err == nil || resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") != "2" {
				t.Fatalf("call %d: %v", i, err)
			}
		}
		h.Clear()
		if _, _, err := gh.Repositories.Get(ctx, "octo", "app"); err != nil || h.Hits() != 3 {
			t.Fatalf("after Clear: %v (hits %d)", err, h.Hits())
		}
	})
	t.Run("delay", func(t *testing.T) {
		s.Inject(Fault{Op: "repos/get", Delay: 200 * time.Millisecond})
		start := time.Now()
		if _, _, err := gh.Repositories.Get(ctx, "octo", "app"); err != nil || time.Since(start) < 200*time.Millisecond {
			t.Fatalf("delayed answer: %v after %s", err, time.Since(start))
		}
	})
	t.Run("downloads", func(t *testing.T) {
		u, _, err := gh.Repositories.GetArchiveLink(ctx, "octo", "app", github.Tarball, &github.RepositoryContentGetOptions{Ref: head}, 0)
		if err != nil {
			t.Fatal(err)
		}
		s.Inject(Fault{Op: "codeload/tarball", Status: http.StatusBadGateway})
		s.Inject(Fault{Op: "codeload/tarball", Truncate: true})
		for _, want := range []string{"502", "unexpected EOF"} {
			resp, err := http.Get(u.String())
			if err == nil {
				_, err = io.ReadAll(resp.Body)
				resp.Body.Close()
				if err == nil && resp.StatusCode != http.StatusOK {
					err = errors.New(resp.Status)
				}
			}
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("archive download: %v, want %s", err, want)
			}
		}
		resp, err := http.Get(u.String())
		if err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("archive after the faults: %v", err)
		}
		resp.Body.Close()
	})
}
