package app

// The reliability benchmark (issue 13: acceptance 2, 5, 6 and 8 at their
// real sizes and durations; "What to build" 7: the burst and hostile-input
// peaks). Every case starts `migsync serve` in a process of its own against
// the fake GitHub in this one, and reads the server's peak RSS (VmHWM of
// its /proc status): the whole server, not a heap estimate.
//
// It is not part of the normal test run: TestReliabilityBench runs only with
// MIGSYNC_BENCH=reliability (bench/reliability.sh sets it and writes
// bench/results-reliability.txt). MIGSYNC_BENCH_CASES picks cases by name
// (comma-separated; default all). Everything listens on 127.0.0.1 and
// every wait is bounded.

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/migsync/migsync/checkrun/rules"
	"github.com/migsync/migsync/checkrun/tree"
	"github.com/migsync/migsync/internal/fakegithub"
	"github.com/migsync/migsync/internal/peakrss"
)

// relCases are the benchmark's cases, in order.
var relCases = []struct {
	name, what string
	run        func(*relBench, *testing.T)
}{
	{"patch-outage", "acceptance 2: every PATCH check-runs refused for 30 s, then GitHub recovers", (*relBench).patchOutage},
	{"rate-limit-120s", "acceptance 6: a secondary rate limit of 120 s on the tree request", (*relBench).rateLimit},
	{"burst-500", "acceptance 8: 500 deliveries, 100 distinct pull requests each sent five times, at once", (*relBench).burst},
	{"unsigned-24mb-x40", "acceptance 8: 40 unsigned and 40 wrongly signed 24 MB posts at once, one signed delivery among them", (*relBench).flood},
	{"million-statements", "acceptance 5: a pull request adding a migration of 1,000,000 statements", (*relBench).millionStatements},
	{"schema-50mb", "acceptance 5: a pull request growing schema.prisma to 50 MB", (*relBench).hugeSchema},
}

type relBench struct {
	bin string
	rep *relReport
}

// TestReliabilityBench runs the cases and writes the report to
// MIGSYNC_BENCH_OUT (default: the test log).
func TestReliabilityBench(t *testing.T) {
	if os.Getenv("MIGSYNC_BENCH") != "reliability" {
		t.Skip("benchmark: set MIGSYNC_BENCH=reliability (or run bench/reliability.sh)")
	}
	b := &relBench{bin: buildBinary(t), rep: &relReport{}}
	want := strings.Split(os.Getenv("MIGSYNC_BENCH_CASES"), ",")
	b.rep.printf("# migsync serve under faults, bursts and hostile input (issue 13)\n")
	b.rep.printf("date: %s  machine: %d cores  go: %s\n", time.Now().UTC().Format("2006-01-02T15:04Z"), runtime.NumCPU(), runtime.Version())
	b.rep.printf("server: the migsync binary in its own process (workers 4, queue_size 100, SQLite queue), against the fake GitHub\n")
	b.rep.printf("(internal/fakegithub) in the benchmark's process, all on 127.0.0.1. Peak RSS is the server process's VmHWM.\n")
	b.rep.printf("The load averages at the start and the end say whether other jobs shared the machine.\n\n")
	for _, c := range relCases {
		if want[0] != "" && !slices.Contains(want, c.name) {
			continue
		}
		b.rep.printf("## %s — %s\n", c.name, c.what)
		t.Run(c.name, func(t *testing.T) { c.run(b, t) })
		b.rep.printf("\n")
	}
	b.rep.flush(t)
}

// relReport is the benchmark's report.
type relReport struct{ buf bytes.Buffer }

func (r *relReport) printf(format string, args ...any) { fmt.Fprintf(&r.buf, format, args...) }

// flush writes the report to MIGSYNC_BENCH_OUT, or the test log.
func (r *relReport) flush(t *testing.T) {
	out := os.Getenv("MIGSYNC_BENCH_OUT")
	if out == "" {
		t.Log("\n" + r.buf.String())
		return
	}
	if err := os.WriteFile(out, r.buf.Bytes(), 0o644); err != nil {
		t.Errorf("write %s: %v", out, err)
	}
}

// relServer is one `migsync serve` process.
type relServer struct {
	*serveProcess
	startKB int
}

// start runs the binary with the benchmark's configuration plus extra
// (YAML lines under migsync:).
func (b *relBench) start(t *testing.T, gh *fakegithub.Server, extra string) *relServer {
	t.Helper()
	config := writeServeConfig(t, gh, "  workers: 4\n  queue_size: 100\n  log_level: info\n"+extra)
	p := startServe(t, b.bin, config)
	s := &relServer{serveProcess: p}
	s.startKB, _ = peakrss.KBOf(strconv.Itoa(p.cmd.Process.Pid), "VmRSS")
	return s
}

// peakMiB is the server's peak RSS so far.
func (s *relServer) peakMiB() float64 {
	kb, _ := peakrss.KBOf(strconv.Itoa(s.cmd.Process.Pid), "VmHWM")
	return float64(kb) / 1024
}

// stop ends the server with SIGTERM and waits for it.
func (s *relServer) stop() {
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	_ = s.cmd.Wait()
}

// memLine reports the server's memory and checks it against limitMiB.
func (b *relBench) memLine(t *testing.T, s *relServer, limitMiB float64) {
	peak := s.peakMiB()
	verdict := "PASS"
	if peak >= limitMiB {
		verdict = "FAIL"
		t.Errorf("server peak RSS %.0f MiB, want under %.0f MiB", peak, limitMiB)
	}
	b.rep.printf("server RSS after start %.0f MiB; peak RSS %.0f MiB (target: under %.0f MiB) %s\n", float64(s.startKB)/1024, peak, limitMiB, verdict)
}

// relRepo is a repository with the incident's base (User, one migration).
func relRepo(t *testing.T, gh *fakegithub.Server) *gitRepo {
	g := newGitRepo(t)
	g.write("prisma/schema.prisma", fixture(t, "schema.base.prisma"))
	g.write("prisma/migrations/20240101000000_init/migration.sql", fixture(t, "init.sql"))
	g.write("prisma/migrations/migration_lock.toml", "provider = \"postgresql\"\n")
	g.commit("init")
	gh.AddRepo(owner, repo, g.dir)
	return g
}

// relPR commits files on a new branch and opens its pull request.
func relPR(gh *fakegithub.Server, g *gitRepo, branch string, files map[string]string) (pr int, head string) {
	g.branch(branch)
	for p, c := range files {
		g.write(p, c)
	}
	head = g.commit(branch)
	g.checkout("main")
	return gh.OpenPR(owner, repo, "main", branch), head
}

// relPost posts a delivery; sig "" sends none.
func relPost(url, event, id string, payload []byte, sig string) int {
	req, _ := http.NewRequest(http.MethodPost, url+WebhookRoute, bytes.NewReader(payload))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-GitHub-Event", event)
	req.Header.Set("X-GitHub-Delivery", id)
	if sig != "" {
		req.Header.Set("X-Hub-Signature-256", sig)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0
	}
	resp.Body.Close()
	return resp.StatusCode
}

func (b *relBench) openAndPost(t *testing.T, gh *fakegithub.Server, s *relServer, pr int) time.Time {
	t.Helper()
	payload := gh.PayloadFor(fakegithub.Target{Owner: owner, Repo: repo, PR: pr}, "pull_request", "opened", nil)
	posted := time.Now()
	if c := relPost(s.url, "pull_request", newID(), payload, fakegithub.Sign(payload, secret)); c != http.StatusOK {
		t.Fatalf("delivery answered %d", c)
	}
	return posted
}

// runsOn returns the check runs on a head.
func runsOn(gh *fakegithub.Server, head string) []fakegithub.CheckRun {
	var out []fakegithub.CheckRun
	for _, r := range gh.CheckRuns(owner, repo) {
		if r.HeadSHA == head {
			out = append(out, r)
		}
	}
	return out
}

// completedOnce reports the head's runs and checks there is exactly one,
// completed.
func (b *relBench) completedOnce(t *testing.T, gh *fakegithub.Server, head string) fakegithub.CheckRun {
	runs := runsOn(gh, head)
	verdict := "PASS"
	if len(runs) != 1 || runs[0].Status != "completed" {
		verdict = "FAIL"
		t.Errorf("runs on %s: %+v", short(head), runs)
	}
	b.rep.printf("check runs on the head: %d", len(runs))
	for _, r := range runs {
		b.rep.printf(" [%s %s %q]", r.Status, r.Conclusion, r.Title)
	}
	b.rep.printf(" — one, completed: %s\n", verdict)
	if len(runs) == 0 {
		return fakegithub.CheckRun{}
	}
	return runs[len(runs)-1]
}

func secs(d time.Duration) string { return fmt.Sprintf("%.1f s", d.Seconds()) }

func (b *relBench) patchOutage(t *testing.T) {
	gh := fakegithub.New(t)
	g := relRepo(t, gh)
	pr, head := relPR(gh, g, "feature/refresh-tokens", map[string]string{"prisma/schema.prisma": fixture(t, "schema.incident.prisma")})
	s := b.start(t, gh, "")
	defer s.stop()
	fault := gh.Inject(fakegithub.Fault{Op: "checks/update", Status: http.StatusBadGateway, Times: fakegithub.Always})
	posted := b.openAndPost(t, gh, s, pr)
	gh.Await(time.Minute, "the first refused PATCH", func() bool { return fault.Hits() > 0 })
	first := time.Now()
	time.Sleep(30 * time.Second)
	refused := fault.Hits()
	fault.Clear()
	recovered := time.Now()
	gh.Await(10*time.Minute, "the completion after the outage", func() bool {
		_, ok := gh.CompletedCheckRun(owner, repo, head, "migsync")
		return ok
	})
	done := time.Now()
	b.rep.printf("first PATCH refused %s after the delivery; %d PATCH attempts refused (502) during the 30 s outage\n", secs(first.Sub(posted)), refused)
	b.rep.printf("run completed %s after GitHub recovered (the background retry's backoff), %s after the delivery\n", secs(done.Sub(recovered)), secs(done.Sub(posted)))
	run := b.completedOnce(t, gh, head)
	if run.Conclusion != "failure" || !strings.Contains(run.Text, `CREATE TABLE "RefreshToken"`) {
		t.Errorf("completed run: %s %q", run.Conclusion, run.Title)
	}
	b.rep.printf("conclusion %s, %q (the incident: model without migration)\n", run.Conclusion, run.Title)
	b.memLine(t, s, 256)
}

func (b *relBench) rateLimit(t *testing.T) {
	gh := fakegithub.New(t)
	g := relRepo(t, gh)
	pr, head := relPR(gh, g, "feature/refresh-tokens", map[string]string{"prisma/schema.prisma": fixture(t, "schema.incident.prisma")})
	s := b.start(t, gh, "")
	defer s.stop()
	gh.FailNextRetryAfter("GET", "/repos/{owner}/{repo}/git/trees/{tree_sha}", http.StatusForbidden, 1, 120*time.Second)
	posted := b.openAndPost(t, gh, s, pr)
	var waiting fakegithub.CheckRun
	gh.Await(time.Minute, "the waiting run", func() bool {
		runs := runsOn(gh, head)
		if len(runs) == 1 && runs[0].Status == "in_progress" && strings.Contains(runs[0].Summary, "resumes at") {
			waiting = runs[0]
			return true
		}
		return false
	})
	shown := time.Now()
	b.rep.printf("%s after the delivery the run is %s, %q:\n", secs(shown.Sub(posted)), waiting.Status, waiting.Title)
	for _, l := range strings.Split(strings.TrimSpace(waiting.Summary), "\n") {
		b.rep.printf("    > %s\n", l)
	}
	gh.Await(5*time.Minute, "the resumed check", func() bool {
		_, ok := gh.CompletedCheckRun(owner, repo, head, "migsync")
		return ok
	})
	done := time.Now()
	b.rep.printf("completed %s after the delivery (GitHub asked for 120 s)\n", secs(done.Sub(posted)))
	if done.Sub(posted) < 120*time.Second {
		t.Errorf("completed %s after the delivery, before the limit's end", done.Sub(posted))
	}
	run := b.completedOnce(t, gh, head)
	b.rep.printf("conclusion %s, %q\n", run.Conclusion, run.Title)
	b.memLine(t, s, 256)
}

func (b *relBench) burst(t *testing.T) {
	gh := fakegithub.New(t)
	g := relRepo(t, gh)
	const distinct, copies = 100, 5
	prs, heads := make([]int, distinct), make([]string, distinct)
	for i := range distinct {
		schema := strings.Replace(fixture(t, "schema.incident.prisma"), "model RefreshToken", fmt.Sprintf("// change %d\nmodel RefreshToken", i), 1)
		prs[i], heads[i] = relPR(gh, g, fmt.Sprintf("feature/%03d", i), map[string]string{"prisma/schema.prisma": schema})
	}
	s := b.start(t, gh, "")
	defer s.stop()
	type delivery struct {
		id      string
		payload []byte
	}
	var all []delivery
	for _, pr := range prs {
		d := delivery{id: newID(), payload: gh.PayloadFor(fakegithub.Target{Owner: owner, Repo: repo, PR: pr}, "pull_request", "opened", nil)}
		for range copies {
			all = append(all, d)
		}
	}
	rand.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	gh.ResetCalls()
	codes := map[int]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	jobs := make(chan delivery)
	start := time.Now()
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range jobs {
				c := relPost(s.url, "pull_request", d.id, d.payload, fakegithub.Sign(d.payload, secret))
				mu.Lock()
				codes[c]++
				mu.Unlock()
			}
		}()
	}
	for _, d := range all {
		jobs <- d
	}
	close(jobs)
	wg.Wait()
	answered := time.Now()
	completed := func() int {
		n := 0
		for _, h := range heads {
			if _, ok := gh.CompletedCheckRun(owner, repo, h, "migsync"); ok {
				n++
			}
		}
		return n
	}
	gh.Await(15*time.Minute, "every head's check", func() bool { return completed() == distinct })
	done := time.Now()
	verdict := "PASS"
	if codes[http.StatusOK] != distinct*copies {
		verdict = "FAIL"
		t.Errorf("answers %v", codes)
	}
	b.rep.printf("answers to the 500 posts (50 senders): %s; refused while the queue had room: %d — %s\n", formatCodes(codes), distinct*copies-codes[http.StatusOK], verdict)
	b.rep.printf("all answered in %s; all 100 heads completed %s after the first post\n", secs(answered.Sub(start)), secs(done.Sub(start)))
	most := 0
	for _, h := range heads {
		most = max(most, len(runsOn(gh, h)))
	}
	verdict = "PASS"
	if most != 1 {
		verdict = "FAIL"
		t.Errorf("a head has %d runs", most)
	}
	b.rep.printf("check runs per head: at most %d — %s; API calls for the burst: %d\n", most, verdict, gh.TotalCalls())
	b.memLine(t, s, 256)
}

// formatCodes renders status counts, e.g. "200×500".
func formatCodes(codes map[int]int) string {
	var keys []int
	for k := range codes {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%d×%d", k, codes[k]))
	}
	return strings.Join(parts, ", ")
}

func (b *relBench) flood(t *testing.T) {
	gh := fakegithub.New(t)
	g := relRepo(t, gh)
	pr, head := relPR(gh, g, "feature/refresh-tokens", map[string]string{"prisma/schema.prisma": fixture(t, "schema.incident.prisma")})
	s := b.start(t, gh, "")
	defer s.stop()
	body := bytes.Repeat([]byte(`{"zen":"`+strings.Repeat("x", 1000)+`"}`+"\n"), 24<<20/1010)
	wrong := fakegithub.Sign(body, "not-the-secret")
	for _, round := range []struct{ name, sig string }{{"unsigned", ""}, {"wrongly signed", wrong}} {
		codes := map[int]int{}
		var mu sync.Mutex
		var wg sync.WaitGroup
		start := time.Now()
		for range 40 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c := relPost(s.url, "pull_request", newID(), body, round.sig)
				mu.Lock()
				codes[c]++
				mu.Unlock()
			}()
		}
		signed := 0
		if round.sig != "" {
			time.Sleep(50 * time.Millisecond) // in the middle of the flood
			payload := gh.PayloadFor(fakegithub.Target{Owner: owner, Repo: repo, PR: pr}, "pull_request", "opened", nil)
			signed = relPost(s.url, "pull_request", newID(), payload, fakegithub.Sign(payload, secret))
		}
		wg.Wait()
		b.rep.printf("40 %s posts of %d bytes at once: answers %s in %s", round.name, len(body), formatCodes(codes), secs(time.Since(start)))
		if signed != 0 {
			b.rep.printf("; a signed delivery sent during them: %d", signed)
		}
		b.rep.printf("; server peak RSS so far %.0f MiB\n", s.peakMiB())
		if codes[http.StatusUnauthorized]+codes[http.StatusServiceUnavailable] != 40 {
			t.Errorf("%s: answers %v", round.name, codes)
		}
	}
	gh.Await(5*time.Minute, "the signed delivery's check", func() bool {
		_, ok := gh.CompletedCheckRun(owner, repo, head, "migsync")
		return ok
	})
	run := b.completedOnce(t, gh, head)
	b.rep.printf("the signed delivery's check: %s %q\n", run.Conclusion, run.Title)
	b.memLine(t, s, 300)
}

func (b *relBench) millionStatements(t *testing.T) {
	gh := fakegithub.New(t)
	g := relRepo(t, gh)
	add := fixture(t, "add_refresh_token.sql")
	n := 1_000_000 - len(rules.SplitStatements(add))
	sql := add + strings.Repeat("SELECT;\n", n)
	if got := len(rules.SplitStatements(sql)); got != 1_000_000 || len(sql) > tree.MaxFileSize {
		t.Fatalf("%d statements, %d bytes", got, len(sql))
	}
	pr, head := relPR(gh, g, "feature/refresh-tokens", map[string]string{
		"prisma/schema.prisma": fixture(t, "schema.incident.prisma"),
		"prisma/migrations/20240301000000_add_refresh_token/migration.sql": sql,
	})
	s := b.start(t, gh, "")
	defer s.stop()
	posted := b.openAndPost(t, gh, s, pr)
	gh.Await(10*time.Minute, "the check", func() bool {
		_, ok := gh.CompletedCheckRun(owner, repo, head, "migsync")
		return ok
	})
	b.rep.printf("migration.sql: %d statements, %d bytes (the RefreshToken migration, then SELECT;)\n", 1_000_000, len(sql))
	b.rep.printf("check completed %s after the delivery\n", secs(time.Since(posted)))
	run := b.completedOnce(t, gh, head)
	b.rep.printf("conclusion %s, %q\n", run.Conclusion, run.Title)
	b.memLine(t, s, 256)
}

func (b *relBench) hugeSchema(t *testing.T) {
	gh := fakegithub.New(t)
	g := relRepo(t, gh)
	schema := fixture(t, "schema.incident.prisma") + strings.Repeat("// "+strings.Repeat("x", 96)+"\n", 50_000_000/100)
	pr, head := relPR(gh, g, "feature/huge-schema", map[string]string{"prisma/schema.prisma": schema})
	s := b.start(t, gh, "")
	defer s.stop()
	posted := b.openAndPost(t, gh, s, pr)
	gh.Await(10*time.Minute, "the check", func() bool {
		_, ok := gh.CompletedCheckRun(owner, repo, head, "migsync")
		return ok
	})
	b.rep.printf("schema.prisma: %d bytes\n", len(schema))
	b.rep.printf("check completed %s after the delivery\n", secs(time.Since(posted)))
	run := b.completedOnce(t, gh, head)
	b.rep.printf("conclusion %s, %q\n", run.Conclusion, run.Title)
	if !strings.Contains(run.Title+run.Summary, "is 47.7 MiB, over the 8 MiB limit of a file migsync reads") {
		t.Errorf("the run does not name the limit: %q", run.Title)
	}
	b.memLine(t, s, 256)
}

// writeServeConfig writes a `migsync serve` configuration for the fake
// GitHub, with a SQLite queue in a temporary folder; migsync holds extra
// settings (indented YAML lines).
func writeServeConfig(t *testing.T, gh *fakegithub.Server, migsync string) string {
	t.Helper()
	dir := t.TempDir()
	config := filepath.Join(dir, "config.yml")
	yml := fmt.Sprintf(`github:
  v3_api_url: %q
  v4_api_url: %q
  app:
    integration_id: %d
    webhook_secret: %q
    private_key: %q
migsync:
  queue_url: %q
%s`, gh.URL(), gh.GraphQLURL(), gh.AppID(), secret, string(gh.PrivateKeyPEM()), "sqlite:"+filepath.Join(dir, "queue.db"), migsync)
	if err := os.WriteFile(config, []byte(yml), 0o600); err != nil {
		t.Fatal(err)
	}
	return config
}
