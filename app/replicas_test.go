package app

import (
	"bytes"
	"net/http"
	"sync"
	"testing"

	"github.com/migsync/migsync/dbcheck/dbtest"
	"github.com/migsync/migsync/internal/fakegithub"
)

// Issue 13, acceptance 4: two App processes behind one webhook URL share a
// PostgreSQL queue; one delivery sent to both (a redelivery landing on the
// other replica), and a second event for the same head sent to the other
// one at the same time: one check run, one review.
func TestE2ETwoReplicas(t *testing.T) {
	pg := dbtest.NewPostgres(t)
	e := newEnv(t, func(c *Config, _ *[]Option) {
		c.Migsync.QueueURL = pg.URL
		c.Migsync.InstanceID = "replica-a"
	})
	a := e.srv
	aURL := e.url
	e.cfg.Migsync.QueueURL = pg.URL
	e.start(func(c *Config, _ *[]Option) { c.Migsync.InstanceID = "replica-b" })
	b, bURL := e.srv, e.url

	pr, head := e.openIncidentPR()
	payload := e.gh.Payload("pull_request", "opened", nil)
	id := newID()
	var wg sync.WaitGroup
	codes := make([]int, 4)
	for i, u := range []string{aURL, bURL, aURL, bURL} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			event, delivery, body := "pull_request", id, payload
			if i >= 2 { // another event for the same head, on both replicas
				event, delivery, body = "check_suite", "suite-"+id, e.gh.Payload("check_suite", "requested", nil)
			}
			req, _ := http.NewRequest(http.MethodPost, u, bytesReader(body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("X-GitHub-Event", event)
			req.Header.Set("X-GitHub-Delivery", delivery)
			req.Header.Set("X-Hub-Signature-256", sign(body))
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Error(err)
				return
			}
			resp.Body.Close()
			codes[i] = resp.StatusCode
		}()
	}
	wg.Wait()
	for i, c := range codes {
		if c != http.StatusOK {
			t.Errorf("delivery %d answered %d", i, c)
		}
	}
	e.srv = a
	e.waitIdle()
	e.srv = b
	e.waitIdle()
	run := e.onlyRun(head)
	if run.Conclusion != "failure" {
		t.Errorf("conclusion %s", run.Conclusion)
	}
	if n := len(e.gh.Reviews(owner, repo, pr)); n != 1 {
		t.Errorf("%d reviews, want 1", n)
	}
	if n := len(e.markerComments(pr)); n != 1 {
		t.Errorf("%d review comments, want 1", n)
	}
	if n := e.gh.Calls()["checks/create"]; n != 1 {
		t.Errorf("checks/create %d times, want 1", n)
	}
}

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }

func sign(b []byte) string { return fakegithub.Sign(b, secret) }
