package app

import (
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/migsync/migsync/internal/fakegithub"
)

// fakeClock is a settable clock for the queue.
type fakeClock struct {
	mu     sync.Mutex
	offset time.Duration
}

func (c *fakeClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return time.Now().Add(c.offset)
}

func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	c.offset += d
	c.mu.Unlock()
}

// Issue 13, acceptance 2: every PATCH of check runs fails for a while (a
// GitHub incident); the completion is retried in the background and the run
// completes once GitHub recovers. The outage is scaled down to 1.5 s here
// (the backoff base is 1 ms in tests); bench/reliability.sh runs 30 s.
func TestE2ECompletionRetriedInBackground(t *testing.T) {
	outage := 1500 * time.Millisecond
	e := newEnv(t)
	_, head := e.openIncidentPR()
	h := e.gh.Inject(fakegithub.Fault{Op: "checks/update", Status: http.StatusBadGateway, Times: fakegithub.Always})
	e.post("pull_request", e.gh.Payload("pull_request", "opened", nil))
	e.gh.Await(time.Minute, "the first failed completion", func() bool { return h.Hits() > 0 })
	time.Sleep(outage)
	h.Clear()
	e.gh.Await(time.Minute, "the completion after the outage", func() bool {
		_, done := e.gh.CompletedCheckRun(owner, repo, head, "migsync")
		return done
	})
	run := e.onlyRun(head)
	if run.Conclusion != "failure" || !strings.Contains(run.Text, `CREATE TABLE "RefreshToken"`) {
		t.Errorf("completed in the background: %s %q", run.Conclusion, run.Title)
	}
	annotationsOnce(t, run)
	t.Logf("%d refused PATCHes during the outage", h.Hits())
}

// Issue 13, acceptance 6: a secondary rate limit of 120 s on the tree
// request, beyond what the transport waits for: the check run says when the
// check resumes, and it resumes then (the queue's clock is moved past the
// limit instead of waiting).
func TestE2ERateLimitResumes(t *testing.T) {
	clk := &fakeClock{}
	e := newEnv(t, func(c *Config, o *[]Option) { *o = append(*o, WithClock(clk.now)) })
	_, head := e.openIncidentPR()
	e.gh.FailNextRetryAfter("GET", "/repos/{owner}/{repo}/git/trees/{tree_sha}", http.StatusForbidden, 1, 120*time.Second)
	e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
	runs := e.runsFor(head)
	if len(runs) != 1 || runs[0].Status != "in_progress" || runs[0].Title != "Waiting for GitHub's rate limit" ||
		!strings.Contains(runs[0].Summary, "resumes at") {
		t.Fatalf("rate-limited check: %+v", runs)
	}
	t.Logf("summary: %s", runs[0].Summary)
	clk.advance(121 * time.Second)
	e.srv.intake.poke()
	e.gh.Await(time.Minute, "the resumed check", func() bool {
		_, done := e.gh.CompletedCheckRun(owner, repo, head, "migsync")
		return done
	})
	if run := e.onlyRun(head); run.Conclusion != "failure" || !strings.Contains(run.Text, `CREATE TABLE "RefreshToken"`) {
		t.Errorf("resumed check: %s %q", run.Conclusion, run.Title)
	}
}

// Issue 13, acceptance 8 (second half): duplicates are collapsed before they
// take a place in the queue; distinct deliveries are refused only when the
// queue is full.
func TestE2EDuplicatesTakeNoQueueSlot(t *testing.T) {
	started, release := make(chan struct{}, 100), make(chan struct{})
	e := newEnv(t, blockingAnalyzer(1, 2, started, release))
	e.openIncidentPR()
	payload := e.gh.Payload("pull_request", "opened", nil)
	dup := newID()
	code := func(id string) int {
		req, _ := http.NewRequest(http.MethodPost, e.url, strings.NewReader(string(payload)))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-GitHub-Event", "pull_request")
		req.Header.Set("X-GitHub-Delivery", id)
		req.Header.Set("X-Hub-Signature-256", fakegithub.Sign(payload, secret))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if c := code(dup); c != http.StatusOK {
		t.Fatalf("first: %d", c)
	}
	<-started
	for i := 0; i < 50; i++ {
		if c := code(dup); c != http.StatusOK {
			t.Fatalf("duplicate %d answered %d", i, c)
		}
	}
	// Room for two more distinct deliveries (queue_size 2; the worker's
	// place is taken): they are accepted; the next is refused.
	for i := 0; i < 2; i++ {
		if c := code(newID()); c != http.StatusOK {
			t.Errorf("distinct delivery %d with room in the queue: %d", i, c)
		}
	}
	if c := code(newID()); c != http.StatusServiceUnavailable {
		t.Errorf("distinct delivery with the queue full: %d, want 503", c)
	}
	close(release)
	e.waitIdle()
}

// Issue 13, smaller defects: a payload of the wrong JSON shape is refused
// with 400 and costs nothing.
func TestE2EWrongShapeIs400(t *testing.T) {
	e := newEnv(t)
	e.gh.ResetCalls()
	for _, body := range []string{`[]`, `"x"`, `{"pull_request": "not an object"}`, `{"action": 7}`} {
		if c := e.deliver("pull_request", []byte(body)); c != http.StatusBadRequest {
			t.Errorf("%s: %d, want 400", body, c)
		}
	}
	if n := e.gh.TotalCalls(); n != 0 {
		t.Errorf("wrong-shape payloads made %d API calls", n)
	}
}
