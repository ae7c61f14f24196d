package app

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/migsync/migsync/internal/fakegithub"
)

// buildBinary builds cmd/migsync once per test binary run.
func buildBinary(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("MIGSYNC_TEST_BINARY"); p != "" {
		return p
	}
	out := filepath.Join(t.TempDir(), "migsync")
	cmd := exec.Command("go", "build", "-o", out, "../cmd/migsync")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
	return out
}

// serveProcess is `migsync serve` in its own process.
type serveProcess struct {
	cmd  *exec.Cmd
	url  string
	logs *bytes.Buffer
}

func startServe(t *testing.T, bin, config string) *serveProcess {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	p := &serveProcess{logs: &bytes.Buffer{}, url: fmt.Sprintf("http://127.0.0.1:%d", port)}
	p.cmd = exec.Command(bin, "serve", "--config", config)
	p.cmd.Env = append(os.Environ(), "MIGSYNC_ADDRESS=127.0.0.1", fmt.Sprintf("MIGSYNC_PORT=%d", port))
	p.cmd.Stdout, p.cmd.Stderr = p.logs, p.logs
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if p.cmd.ProcessState == nil {
			_ = p.cmd.Process.Kill()
			_ = p.cmd.Wait()
		}
	})
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get(p.url + HealthRoute)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return p
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("migsync serve did not come up: %v\n%s", err, p.logs)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Issue 13, acceptance 3: 20 checks accepted and in flight, the server
// killed with SIGKILL, then started again: every head ends with one
// completed check run, no review twice, with no redelivery.
func TestServeSIGKILLLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildBinary(t)
	gh := fakegithub.New(t)
	g := newGitRepo(t)
	g.write("prisma/schema.prisma", fixture(t, "schema.base.prisma"))
	g.write("prisma/migrations/20240101000000_init/migration.sql", fixture(t, "init.sql"))
	g.write("prisma/migrations/migration_lock.toml", "provider = \"postgresql\"\n")
	g.commit("init")
	gh.AddRepo(owner, repo, g.dir)
	const n = 20
	prs, heads := make([]int, n), make([]string, n)
	for i := 0; i < n; i++ {
		branch := fmt.Sprintf("feature/%02d", i)
		g.branch(branch)
		g.write("prisma/schema.prisma", strings.Replace(fixture(t, "schema.incident.prisma"), "model RefreshToken", fmt.Sprintf("// change %d\nmodel RefreshToken", i), 1))
		heads[i] = g.commit("change " + branch)
		g.checkout("main")
		prs[i] = gh.OpenPR(owner, repo, "main", branch)
	}
	config := writeServeConfig(t, gh, "  workers: 4\n  queue_size: 50\n  instance_id: crash-test\n  log_level: debug\n")

	p := startServe(t, bin, config)
	// Every check stalls on its first file read, after its check run is
	// made: all 20 are in flight (four running with a run in progress,
	// sixteen queued) when the server dies.
	stall := gh.Inject(fakegithub.Fault{Op: "git/get-blob", Delay: time.Hour, Times: fakegithub.Always})
	for i := 0; i < n; i++ {
		payload := gh.PayloadFor(fakegithub.Target{Owner: owner, Repo: repo, PR: prs[i]}, "pull_request", "opened", nil)
		req, _ := http.NewRequest(http.MethodPost, p.url+WebhookRoute, bytes.NewReader(payload))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-GitHub-Event", "pull_request")
		req.Header.Set("X-GitHub-Delivery", newID())
		req.Header.Set("X-Hub-Signature-256", fakegithub.Sign(payload, secret))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("delivery %d answered %d", i, resp.StatusCode)
		}
	}
	gh.Await(time.Minute, "four stalled checks", func() bool { return stall.Hits() >= 4 })
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = p.cmd.Wait()
	stall.Clear()
	completed := func() int {
		done := 0
		for _, h := range heads {
			if _, ok := gh.CompletedCheckRun(owner, repo, h, "migsync"); ok {
				done++
			}
		}
		return done
	}
	inProgress := 0
	for _, r := range gh.CheckRuns(owner, repo) {
		if r.Status == "in_progress" {
			inProgress++
		}
	}
	t.Logf("after SIGKILL: %d of %d heads completed, %d check runs in progress", completed(), n, inProgress)
	if inProgress == 0 {
		t.Fatal("no check run was in progress at the kill: the test tests less than it says")
	}

	p2 := startServe(t, bin, config)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	for completed() < n && ctx.Err() == nil {
		time.Sleep(100 * time.Millisecond)
	}
	if c := completed(); c < n {
		t.Fatalf("after the restart %d of %d heads completed\n%s", c, n, p2.logs)
	}
	for i, h := range heads {
		var runs []fakegithub.CheckRun
		for _, r := range gh.CheckRuns(owner, repo) {
			if r.HeadSHA == h {
				runs = append(runs, r)
			}
		}
		if len(runs) != 1 || runs[0].Status != "completed" || runs[0].Conclusion != "failure" {
			t.Errorf("head %d: %d runs %+v", i, len(runs), runs)
		}
		if rv := len(gh.Reviews(owner, repo, prs[i])); rv > 1 {
			t.Errorf("PR #%d: %d reviews", prs[i], rv)
		}
	}
	_ = p2.cmd.Process.Signal(syscall.SIGTERM)
	_ = p2.cmd.Wait()
	if !strings.Contains(p2.logs.String(), "recovered the jobs an earlier run of this instance did not finish") {
		t.Errorf("the restart did not say it recovered jobs:\n%s", p2.logs)
	}
}
