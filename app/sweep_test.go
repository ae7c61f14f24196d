package app

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestE2EStartupSweep (issue 13, point 2): a check run this App left in
// progress on a head its queue has no record of (made by an earlier
// version: no delivery for that pull request was ever queued) is found by
// the sweep of the next start, within its request budget, and completed by
// a queued check. The head the queue knows is left alone.
func TestE2EStartupSweep(t *testing.T) {
	e := newEnv(t)
	_, known := e.openIncidentPR()
	e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
	before := e.onlyRun(known)

	e.git.branch("feature/orphan")
	e.git.write("prisma/schema.prisma", strings.Replace(fixture(t, "schema.incident.prisma"), "model RefreshToken", "// orphan\nmodel RefreshToken", 1))
	orphan := e.git.commit("a change checked by an earlier version")
	e.git.checkout("main")
	e.gh.OpenPR(owner, repo, "main", "feature/orphan")
	body, _ := json.Marshal(map[string]any{"name": "migsync", "head_sha": orphan, "status": "in_progress",
		"output": map[string]any{"title": "Checking…", "summary": "started by an earlier version"}})
	req, _ := http.NewRequest(http.MethodPost, e.gh.URL()+"repos/"+owner+"/"+repo+"/check-runs", bytes.NewReader(body))
	req.Header.Set("Authorization", "token "+e.gh.InstallationToken())
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != http.StatusCreated {
		t.Fatalf("create the orphaned run: %v %v", resp, err)
	}
	resp.Body.Close()

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := e.srv.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	e.gh.ResetCalls()
	e.start() // the same queue: it holds PR #1's delivery, nothing of PR #2
	e.gh.Await(time.Minute, "the orphaned run's completion", func() bool {
		for _, r := range e.runsFor(orphan) {
			if r.Status != "completed" {
				return false
			}
		}
		return true
	})
	e.waitIdle()
	runs := e.runsFor(orphan)
	last := runs[len(runs)-1]
	if last.Conclusion != "failure" || !strings.Contains(last.Text, `CREATE TABLE "RefreshToken"`) {
		t.Errorf("the orphaned head's check: %+v", runs)
	}
	calls := e.gh.Calls()
	if calls["pulls/list"] != 1 {
		t.Errorf("the sweep listed pull requests %d times, want once (one repository in the queue)", calls["pulls/list"])
	}
	if got := e.onlyRun(known); got.Requests != before.Requests {
		t.Errorf("the known head was checked again: %d requests (was %d)", got.Requests, before.Requests)
	}
	t.Logf("runs on the orphaned head: %d; calls after the restart: %v", len(runs), calls)
}
