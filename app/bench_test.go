package app_test

// The App's benchmark (issue 3, acceptance 5): API calls and wall time per
// pull request check on trigger.dev (820 + 3 migrations) against the fake
// GitHub with 50 ms latency per call, cold and warm blob cache, and a burst
// of 200 pull request events with peak memory.
//
// It is not part of the normal test run: TestAppBench runs only with
// MIGSYNC_BENCH=1 (bench/app.sh sets it and writes bench/results-app.txt);
// BenchmarkAppWarmRecheck runs only with -bench. Everything listens on
// 127.0.0.1 and every wait is bounded.

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/rs/zerolog"

	"github.com/migsync/migsync/app"
	"github.com/migsync/migsync/internal/fakegithub"
)

const (
	benchOwner   = "triggerdotdev"
	benchRepo    = "trigger.dev"
	benchSecret  = "bench-webhook-s3cret"
	benchLatency = 50 * time.Millisecond
	// warmTarget is acceptance 5's bound on API calls per warm check.
	warmTarget = 6
	burstSize  = 200
	burstRepos = 4

	corpusDir     = "../testdata/corpus/triggerdotdev__trigger.dev"
	schemaFile    = "internal-packages/database/prisma/schema.prisma"
	migrationsDir = "internal-packages/database/prisma/migrations"

	checkTimeout = 5 * time.Minute  // one check, as the server bounds it
	burstTimeout = 20 * time.Minute // the whole burst
)

// benchModel is the model a pull request adds, and benchMigration the SQL
// Prisma 7.10.1 generates for it (checked with the oracle).
const benchModel = `
model BenchAuditLog {
  id        String   @id @default(cuid())
  action    String
  createdAt DateTime @default(now())
}
`

const benchMigration = `-- CreateTable
CREATE TABLE "BenchAuditLog" (
    "id" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BenchAuditLog_pkey" PRIMARY KEY ("id")
);
`

// TestAppBench measures the App end to end. The report goes to the file
// named by MIGSYNC_BENCH_OUT (default: the test log).
func TestAppBench(t *testing.T) {
	if os.Getenv("MIGSYNC_BENCH") != "1" {
		t.Skip("benchmark: set MIGSYNC_BENCH=1 (or run bench/app.sh)")
	}
	rep := &report{}
	defer rep.flush(t)
	rep.printf("# migsync App on trigger.dev (820 + 3 migrations) against the fake GitHub, %s latency per API call\n", benchLatency)
	rep.printf("date: %s  machine: %d cores  go: %s  GOMAXPROCS: %d\n", time.Now().UTC().Format("2006-01-02T15:04Z"),
		runtime.NumCPU(), runtime.Version(), runtime.GOMAXPROCS(0))
	rep.printf("server: default configuration (workers %d, queue %d, blob cache %d MiB); all on 127.0.0.1\n",
		app.DefaultWorkers, app.DefaultQueueSize, app.DefaultBlobCacheBytes>>20)

	checkOK := t.Run("check", func(t *testing.T) { benchChecks(t, rep) })
	burstOK := t.Run("burst", func(t *testing.T) { benchBurst(t, rep) })
	if !checkOK || !burstOK {
		rep.printf("\nRUN FAILED: see the test log\n")
	}
}

// BenchmarkAppWarmRecheck re-runs the check of a trigger.dev pull request on a
// warm server (blob and tree caches filled): one Re-run press per iteration,
// reporting API calls per check.
func BenchmarkAppWarmRecheck(b *testing.B) {
	gh := fakegithub.New(b, fakegithub.WithLatency(benchLatency))
	dir := corpusRepo(b)
	gh.AddRepo(benchOwner, benchRepo, dir.dir)
	dir.branchWith("bench/missing", map[string]string{schemaFile: dir.read(schemaFile) + benchModel}, "add BenchAuditLog")
	pr := gh.OpenPR(benchOwner, benchRepo, "main", "bench/missing")
	a := startApp(b, gh)
	tg := fakegithub.Target{Owner: benchOwner, Repo: benchRepo, PR: pr}
	a.deliverAndWait(b, "pull_request", gh.PayloadFor(tg, "pull_request", "opened", nil))
	b.ResetTimer()
	calls := 0
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		payload := gh.PayloadFor(tg, "check_run", "rerequested", nil)
		gh.ResetCalls()
		b.StartTimer()
		a.deliverAndWait(b, "check_run", payload)
		b.StopTimer()
		calls += gh.TotalCalls()
		b.StartTimer()
	}
	b.ReportMetric(float64(calls)/float64(b.N), "api-calls/op")
}

// ---------------------------------------------------------------------------
// Cold and warm checks

// scenario is one pull request on trigger.dev.
type scenario struct {
	name   string
	branch string
	files  map[string]string // changed files of the PR's first commit
	want   string            // expected conclusion of the first check
}

func benchChecks(t *testing.T, rep *report) {
	gh := fakegithub.New(t, fakegithub.WithLatency(benchLatency))
	g := corpusRepo(t)
	gh.AddRepo(benchOwner, benchRepo, g.dir)
	schema := g.read(schemaFile)
	scenarios := []scenario{
		{name: "model added without a migration", branch: "bench/missing", want: "failure",
			files: map[string]string{schemaFile: schema + benchModel}},
		{name: "model added with its migration", branch: "bench/with-migration", want: "success",
			files: map[string]string{
				schemaFile: schema + benchModel,
				migrationsDir + "/29990101000000_bench_audit_log/migration.sql": benchMigration,
			}},
	}
	rep.printf("\n## One pull request check (%d migration folders in the base tree)\n", countMigrations(t, g.dir))
	rep.printf("cold: a fresh server (empty blob and tree caches, no installation token), PR opened\n")
	rep.printf("warm: the same server, then (a) synchronize after one more commit on the PR (schema comment edited)\n")
	rep.printf("      and (b) the check run's Re-run button (check_run.rerequested) on that head\n")
	rep.printf("calls are counted by the fake per OpenAPI operation; wall time is from the webhook POST until the server is idle\n")
	rep.printf("(check run completed and review reconciled)\n")

	var warmCalls []map[string]int
	for _, sc := range scenarios {
		g.branchWith(sc.branch, sc.files, sc.name)
		pr := gh.OpenPR(benchOwner, benchRepo, "main", sc.branch)
		tg := fakegithub.Target{Owner: benchOwner, Repo: benchRepo, PR: pr}
		rep.printf("\n### %s (PR #%d)\n", sc.name, pr)

		a := startApp(t, gh)
		m := a.measure(t, gh, "pull_request", gh.PayloadFor(tg, "pull_request", "opened", nil))
		m.expect(t, gh, pr, sc.want)
		rep.measurement("cold  opened", m)
		rep.coldNote(m)

		// One more commit: the schema changes (a comment), the migrations do not.
		g.checkout(sc.branch)
		g.write(schemaFile, strings.Replace(sc.files[schemaFile], "model BenchAuditLog {",
			"/// Audit trail of administrative actions.\nmodel BenchAuditLog {", 1))
		g.commit("document BenchAuditLog")
		g.checkout("main")
		m = a.measure(t, gh, "pull_request", gh.PayloadFor(tg, "pull_request", "synchronize", nil))
		m.expect(t, gh, pr, sc.want)
		rep.measurement("warm  synchronize", m)
		warmCalls = append(warmCalls, m.calls)

		m = a.measure(t, gh, "check_run", gh.PayloadFor(tg, "check_run", "rerequested", nil))
		m.expect(t, gh, pr, sc.want)
		rep.measurement("warm  re-run", m)
		warmCalls = append(warmCalls, m.calls)
		a.stop(t)
	}
	rep.warmVerdict(warmCalls)
	rep.callNotes(warmCalls)
	if rej := gh.Rejections(); len(rej) > 0 {
		t.Errorf("the fake rejected %d requests: %+v", len(rej), rej)
	}
}

// measurement is one check's cost.
type measurement struct {
	wall       time.Duration
	calls      map[string]int
	total      int
	status     int
	head       string
	conclusion string
}

func (a *benchApp) measure(t testing.TB, gh *fakegithub.Server, event string, payload []byte) measurement {
	t.Helper()
	gh.ResetCalls()
	start := time.Now()
	status := a.deliverAndWait(t, event, payload)
	m := measurement{wall: time.Since(start), calls: gh.Calls(), total: gh.TotalCalls(), status: status}
	return m
}

// expect checks that the PR's head got exactly one completed check run with
// the wanted conclusion.
func (m *measurement) expect(t testing.TB, gh *fakegithub.Server, pr int, want string) {
	t.Helper()
	if m.status != http.StatusOK {
		t.Errorf("delivery answered %d", m.status)
	}
	head := gh.PRHeadSHA(benchOwner, benchRepo, pr)
	var runs []fakegithub.CheckRun
	for _, r := range gh.CheckRuns(benchOwner, benchRepo) {
		if r.HeadSHA == head {
			runs = append(runs, r)
		}
	}
	if len(runs) != 1 || runs[0].Status != "completed" {
		t.Errorf("check runs on the head: %+v, want one completed", runs)
		return
	}
	m.head, m.conclusion = runs[0].HeadSHA, runs[0].Conclusion
	if m.conclusion != want {
		t.Errorf("conclusion %s (%s), want %s\n%s", m.conclusion, runs[0].Title, want, runs[0].Summary)
	}
}

// ---------------------------------------------------------------------------
// Burst

// burstEvent is one pull_request.opened delivery.
type burstEvent struct {
	id      string
	repo    string
	head    string
	payload []byte
}

func benchBurst(t *testing.T, rep *report) {
	gh := fakegithub.New(t, fakegithub.WithLatency(benchLatency))
	perRepo := burstSize / burstRepos
	byRepo := make([][]burstEvent, burstRepos)
	setup := time.Now()
	for r := 0; r < burstRepos; r++ {
		name := fmt.Sprintf("trigger.dev-%d", r+1)
		g := corpusRepo(t)
		gh.AddRepo(benchOwner, name, g.dir)
		schema := g.read(schemaFile)
		for i := 0; i < perRepo; i++ {
			branch := fmt.Sprintf("bench/pr-%03d", i+1)
			model := strings.Replace(benchModel, "BenchAuditLog", fmt.Sprintf("BenchModel%d_%03d", r+1, i+1), 1)
			head := g.branchWith(branch, map[string]string{schemaFile: schema + model}, "add "+branch)
			pr := gh.OpenPR(benchOwner, name, "main", branch)
			payload := gh.PayloadFor(fakegithub.Target{Owner: benchOwner, Repo: name, PR: pr}, "pull_request", "opened", nil)
			byRepo[r] = append(byRepo[r], burstEvent{id: deliveryID(), repo: name, head: head, payload: payload})
		}
	}
	// Interleave the repositories, as deliveries from several would arrive.
	var events []burstEvent
	for i := 0; i < perRepo; i++ {
		for r := range byRepo {
			events = append(events, byRepo[r][i])
		}
	}
	t.Logf("burst setup (%d repositories, %d pull requests): %s", burstRepos, len(events), time.Since(setup).Round(time.Millisecond))

	a := startApp(t, gh)
	gh.ResetCalls()
	runtime.GC()
	hwmReset := resetPeakRSS()
	mem := startMemSampler(20 * time.Millisecond)

	ctx, cancel := context.WithTimeout(context.Background(), burstTimeout)
	defer cancel()
	start := time.Now()
	var refused atomic.Int64       // 503 answers (queue full), each redelivered
	var refusedEvents atomic.Int64 // deliveries refused at least once
	var failed atomic.Int64
	var wg sync.WaitGroup
	next := make(chan burstEvent)
	const senders = 8
	for s := 0; s < senders; s++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ev := range next {
				n, err := a.deliverRetrying(ctx, "pull_request", ev.id, ev.payload)
				refused.Add(int64(n))
				if n > 0 {
					refusedEvents.Add(1)
				}
				if err != nil {
					failed.Add(1)
					t.Errorf("delivery %s: %v", ev.id, err)
				}
			}
		}()
	}
	for _, ev := range events {
		next <- ev
	}
	close(next)
	wg.Wait()
	accepted := time.Since(start)
	if err := a.srv.WaitIdle(ctx); err != nil {
		t.Errorf("server not idle after %s: %v", burstTimeout, err)
	}
	total := time.Since(start)
	peak := mem.stop()
	hwm, rss := procStatus("VmHWM"), procStatus("VmRSS")

	completed := 0
	conclusions := map[string]int{}
	for r := 0; r < burstRepos; r++ {
		name := fmt.Sprintf("trigger.dev-%d", r+1)
		byHead := map[string]fakegithub.CheckRun{}
		for _, run := range gh.CheckRuns(benchOwner, name) {
			byHead[run.HeadSHA] = run
		}
		for _, ev := range events {
			if ev.repo != name {
				continue
			}
			if run, ok := byHead[ev.head]; ok && run.Status == "completed" {
				completed++
				conclusions[run.Conclusion]++
			}
		}
	}
	calls := gh.Calls()
	totalCalls := gh.TotalCalls()
	durations := checkDurations(a.srv)
	a.stop(t)

	rep.printf("\n## Burst: %d pull_request.opened deliveries (%d repositories x %d PRs, each head adds a model without a migration)\n",
		len(events), burstRepos, perRepo)
	rep.printf("a fresh server (empty caches); %d concurrent senders POST as fast as the server accepts; a 503 (queue full)\n", senders)
	rep.printf("is redelivered with the same X-GitHub-Delivery after 100 ms, as GitHub's redelivery would\n")
	rep.printf("completed check runs: %d / %d   conclusions: %s\n", completed, len(events), formatCounts(conclusions))
	rep.printf("503 answers (each redelivered): %d, to %d of the %d deliveries   failed deliveries: %d\n",
		refused.Load(), refusedEvents.Load(), len(events), failed.Load())
	rep.printf("all accepted after: %s   all completed after: %s   throughput: %.1f checks/s\n",
		accepted.Round(time.Millisecond), total.Round(time.Millisecond), float64(completed)/total.Seconds())
	rep.printf("check wall time (server metric, start to completed check run and review): %s\n", durations)
	rep.printf("API calls: %d total, %.1f per check\n", totalCalls, float64(totalCalls)/float64(len(events)))
	rep.callTable(calls)
	rep.printf("peak memory (runtime.MemStats sampled every 20 ms during the burst): HeapInuse %s, HeapSys %s, Sys %s; GC cycles %d\n",
		mib(peak.heapInuse), mib(peak.heapSys), mib(peak.sys), peak.numGC)
	hwmNote := "peak RSS since process start (includes the earlier phase)"
	if hwmReset {
		hwmNote = "peak RSS reset through /proc/self/clear_refs just before the burst"
	}
	rep.printf("process VmHWM %s (%s), VmRSS at the end %s\n", kib(hwm), hwmNote, kib(rss))
	rep.printf("(one process: the App, the fake GitHub and the driver; the fake's git subprocesses are not counted)\n")
	verdict := "MET"
	if completed != len(events) {
		verdict = "NOT MET"
		t.Errorf("%d of %d check runs completed", completed, len(events))
	}
	rep.printf("target all %d completed: %s\n", len(events), verdict)
	if rej := gh.Rejections(); len(rej) > 0 {
		t.Errorf("the fake rejected %d requests: %+v", len(rej), rej[:min(len(rej), 5)])
	}
}

// ---------------------------------------------------------------------------
// The server under test

type benchApp struct {
	srv  *app.Server
	hs   *httptest.Server
	hook string
}

// startApp starts the real server with the default configuration against gh,
// then zeroes the fake's counters (GET /app at start is not a check's cost).
func startApp(t testing.TB, gh *fakegithub.Server) *benchApp {
	t.Helper()
	cfg := &app.Config{}
	cfg.Server.Address = "127.0.0.1"
	cfg.Github.V3APIURL = gh.URL()
	cfg.Github.V4APIURL = gh.GraphQLURL()
	cfg.Github.App.IntegrationID = gh.AppID()
	cfg.Github.App.WebhookSecret = benchSecret
	cfg.Github.App.PrivateKey = string(gh.PrivateKeyPEM())
	cfg.Migsync.CheckTimeout = checkTimeout
	cfg.Migsync.QueueURL = "sqlite:" + filepath.Join(t.TempDir(), "queue.db")
	cfg.SetDefaults()
	log := zerolog.Nop()
	if os.Getenv("MIGSYNC_BENCH_LOG") != "" {
		log = zerolog.New(zerolog.ConsoleWriter{Out: os.Stderr}).Level(zerolog.InfoLevel)
	}
	srv, err := app.New(context.Background(), cfg, app.WithLogger(log))
	if err != nil {
		t.Fatalf("start server: %v", err)
	}
	hs := httptest.NewServer(srv.Handler())
	a := &benchApp{srv: srv, hs: hs, hook: hs.URL + app.WebhookRoute}
	t.Cleanup(func() { a.stop(t) })
	gh.ResetCalls()
	return a
}

func (a *benchApp) stop(t testing.TB) {
	if a.hs == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := a.srv.Shutdown(ctx); err != nil {
		t.Errorf("shutdown: %v", err)
	}
	a.hs.Close()
	a.hs = nil
}

// deliverAndWait posts one signed delivery and waits until the server is idle.
func (a *benchApp) deliverAndWait(t testing.TB, event string, payload []byte) int {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), checkTimeout+time.Minute)
	defer cancel()
	status, err := a.post(ctx, event, deliveryID(), payload)
	if err != nil {
		t.Fatalf("deliver %s: %v", event, err)
	}
	if err := a.srv.WaitIdle(ctx); err != nil {
		t.Fatalf("server not idle: %v", err)
	}
	return status
}

// deliverRetrying posts a delivery until it is accepted, redelivering (same
// id) after a 503; it returns how many 503s it got.
func (a *benchApp) deliverRetrying(ctx context.Context, event, id string, payload []byte) (int, error) {
	refused := 0
	for {
		status, err := a.post(ctx, event, id, payload)
		if err != nil {
			return refused, err
		}
		switch status {
		case http.StatusOK, http.StatusAccepted:
			return refused, nil
		case http.StatusServiceUnavailable:
			refused++
			select {
			case <-time.After(100 * time.Millisecond):
			case <-ctx.Done():
				return refused, ctx.Err()
			}
		default:
			return refused, fmt.Errorf("answered %d", status)
		}
	}
}

func (a *benchApp) post(ctx context.Context, event, id string, payload []byte) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.hook, bytes.NewReader(payload))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "GitHub-Hookshot/bench")
	req.Header.Set("X-GitHub-Event", event)
	req.Header.Set("X-GitHub-Delivery", id)
	req.Header.Set("X-Hub-Signature-256", fakegithub.Sign(payload, benchSecret))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode, nil
}

var deliveryN atomic.Int64

func deliveryID() string {
	return fmt.Sprintf("be4c0000-0000-4000-8000-%012d", deliveryN.Add(1))
}

// checkDurations summarises the server's check duration histogram.
func checkDurations(srv *app.Server) string {
	families, err := srv.Metrics().Registry.Gather()
	if err != nil {
		return err.Error()
	}
	for _, f := range families {
		if f.GetName() != "migsync_check_duration_seconds" || len(f.GetMetric()) == 0 {
			continue
		}
		h := f.GetMetric()[0].GetHistogram()
		if h.GetSampleCount() == 0 {
			return "no checks"
		}
		mean := h.GetSampleSum() / float64(h.GetSampleCount())
		return fmt.Sprintf("%d checks, mean %.2f s, median %s, p95 %s", h.GetSampleCount(), mean,
			bucketQuantile(h.GetBucket(), h.GetSampleCount(), 0.5), bucketQuantile(h.GetBucket(), h.GetSampleCount(), 0.95))
	}
	return "no metric"
}

// bucketQuantile names the histogram bucket holding quantile q.
func bucketQuantile(buckets []*dto.Bucket, count uint64, q float64) string {
	want := uint64(float64(count)*q + 0.5)
	for _, b := range buckets {
		if b.GetCumulativeCount() >= want {
			return fmt.Sprintf("<= %.2f s", b.GetUpperBound())
		}
	}
	return "> largest bucket"
}

// ---------------------------------------------------------------------------
// Memory

type memPeak struct {
	heapInuse, heapSys, sys uint64
	numGC                   uint32
}

type memSampler struct {
	stopc chan struct{}
	done  chan memPeak
}

// startMemSampler records the high-water marks of runtime.MemStats.
func startMemSampler(every time.Duration) *memSampler {
	s := &memSampler{stopc: make(chan struct{}), done: make(chan memPeak, 1)}
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	go func() {
		var p memPeak
		tick := time.NewTicker(every)
		defer tick.Stop()
		for {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			p.heapInuse = max(p.heapInuse, ms.HeapInuse)
			p.heapSys = max(p.heapSys, ms.HeapSys)
			p.sys = max(p.sys, ms.Sys)
			p.numGC = ms.NumGC - before.NumGC
			select {
			case <-tick.C:
			case <-s.stopc:
				s.done <- p
				return
			}
		}
	}()
	return s
}

func (s *memSampler) stop() memPeak {
	close(s.stopc)
	return <-s.done
}

// resetPeakRSS resets the process's VmHWM (Linux: "5" to clear_refs) and
// reports whether it worked.
func resetPeakRSS() bool {
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		return false
	}
	return procStatus("VmHWM") <= procStatus("VmRSS")+1024
}

// procStatus reads a kB field of /proc/self/status (0 when unavailable).
func procStatus(field string) uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			n, _ := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return n
		}
	}
	return 0
}

func mib(b uint64) string { return fmt.Sprintf("%.0f MiB", float64(b)/(1<<20)) }
func kib(k uint64) string { return fmt.Sprintf("%.0f MiB", float64(k)/1024) }

// ---------------------------------------------------------------------------
// Report

type report struct{ buf bytes.Buffer }

func (r *report) printf(format string, args ...any) { fmt.Fprintf(&r.buf, format, args...) }

func (r *report) measurement(label string, m measurement) {
	r.printf("%-18s %3d API calls  %8s wall  conclusion %s\n", label+":", m.total, m.wall.Round(time.Millisecond), m.conclusion)
	r.callTable(m.calls)
}

// callTable lists calls by operation, most frequent first.
func (r *report) callTable(calls map[string]int) {
	ops := make([]string, 0, len(calls))
	for op := range calls {
		ops = append(ops, op)
	}
	sort.Slice(ops, func(i, j int) bool {
		if calls[ops[i]] != calls[ops[j]] {
			return calls[ops[i]] > calls[ops[j]]
		}
		return ops[i] < ops[j]
	})
	for _, op := range ops {
		r.printf("    %5d  %s\n", calls[op], op)
	}
}

// coldNote says whether the cold check's calls overlapped: with a fixed
// latency per call, a wall time per call at or above the latency means they
// were made one after another.
func (r *report) coldNote(m measurement) {
	per := m.wall / time.Duration(max(m.total, 1))
	how := "overlapped (concurrent requests)"
	if per >= benchLatency {
		how = "made one after another (no request concurrency)"
	}
	r.printf("    -> %s per API call on average with %s latency: the calls were %s.\n", per.Round(time.Millisecond), benchLatency, how)
	r.printf("       %d blob requests: a folder missing many blobs is read from the commit's archive (%d archive\n", m.calls["git/get-blob"], m.calls["repos/download-tarball-archive"])
	r.printf("       link, %d download from codeload, counted above though it is not a REST API request).\n", m.calls["codeload/tarball"])
}

// warmVerdict compares the warm checks with the target.
func (r *report) warmVerdict(warm []map[string]int) {
	worst := 0
	for _, c := range warm {
		n := 0
		for _, v := range c {
			n += v
		}
		worst = max(worst, n)
	}
	verdict := "MET"
	if worst > warmTarget {
		verdict = "NOT MET"
	}
	r.printf("\ntarget <= %d API calls per warm check: %s (worst warm check: %d calls)\n", warmTarget, verdict, worst)
}

// callNotes explains, for every operation the warm checks made, which part
// of the App makes it and whether it could be avoided.
func (r *report) callNotes(warm []map[string]int) {
	seen := map[string]bool{}
	for _, c := range warm {
		for op := range c {
			seen[op] = true
		}
	}
	ops := make([]string, 0, len(seen))
	for op := range seen {
		ops = append(ops, op)
	}
	sort.Strings(ops)
	r.printf("\nwhere the warm calls come from (app/ code as benchmarked) and what could be cached:\n")
	for _, op := range ops {
		note, ok := warmCallNotes[op]
		if !ok {
			note = "(no note for this operation: look at the App's code)"
		}
		r.printf("  %s\n", op)
		for _, line := range strings.Split(note, "\n") {
			r.printf("      %s\n", line)
		}
	}
}

// warmCallNotes explains each operation a warm check may make.
var warmCallNotes = map[string]string{
	"repos/compare-commits-with-basehead": "Checker.resolveBase -> ghContext.mergeBase: the merge base and the PR's diff (review lines,\n" +
		"and the changed files from which the head's listing is derived). Needed once per new\n" +
		"(base SHA, head SHA) pair; a re-run of the same commits reuses compareCache.",
	"git/get-tree": "ghContext.tree: a recursive commit listing. The merge base's is cached (treeCache); a new\n" +
		"head's is derived from it and the compare's files (ghContext.headTree), so this call is made\n" +
		"only for an uncached merge base, a truncated listing, or a diff of 300+ files.",
	"checks/list-for-ref": "Checker.startRun -> findRun: runIDs (in memory) does not know the new head, so the App asks\n" +
		"GitHub whether a check run for (head SHA, name) exists before creating one. For a head first\n" +
		"seen in pull_request opened/synchronize the delivery id is already de-duplicated, so the\n" +
		"lookup only guards a redelivery after a restart (or another replica); creating directly for\n" +
		"such events and looking up only for re-run events would save 1 call per new head.",
	"checks/create": "Checker.startRun: the in_progress check run (required: in_progress at once).",
	"checks/update": "Checker.complete: the completed check run with its conclusion (one request per 50\n" +
		"annotations). On a re-run the reused run is first set back to in_progress (a second update).",
	"checks/list-annotations": "Checker.startRun on a reused run with annotations the server does not remember (after a\n" +
		"restart, or more than maxRememberedAnnotations): listAnnotations, so that GitHub (which\n" +
		"appends annotations on every update) gets no duplicates.",
	"git/get-blob": "ghTree.Read of the changed schema.prisma (a new blob SHA): unavoidable. The 823 migrations,\n" +
		"the other schema and migration_lock.toml all come from the blob cache.",
	"pulls/list-review-comments": "Checker.reconcileReview: lists the PR's review comments to find fingerprints already posted\n" +
		"and comments to retire. Replies and deletions by people are only visible through it (or\n" +
		"through pull_request_review_comment events, which the App does not subscribe to), so a\n" +
		"per-PR memory of posted fingerprints could skip it only when the plan has no comments and\n" +
		"the App never commented on the PR: -1 call on clean PRs.",
	"pulls/create-review": "Checker.reconcileReview: one review with the comments not posted yet (none when every\n" +
		"finding is already commented).",
	"apps/create-installation-access-token": "ghinstallation: a new installation token (cached about an hour).",
	"repos/get": "configLoader.orgDefault (appconfig): the owner's .github repository for organisation\n" +
		"defaults when the base has no .github/migsync.yml; cached 5 minutes per owner.",
}

func formatCounts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}

func (r *report) flush(t *testing.T) {
	out := os.Getenv("MIGSYNC_BENCH_OUT")
	if out == "" {
		t.Log("\n" + r.buf.String())
		return
	}
	if err := os.WriteFile(out, r.buf.Bytes(), 0o644); err != nil {
		t.Errorf("write %s: %v", out, err)
	}
}

// ---------------------------------------------------------------------------
// Git

// benchGit is a git work tree holding a copy of the trigger.dev corpus.
type benchGit struct {
	t   testing.TB
	dir string
}

// corpusRepo makes a git repository whose main branch is the trigger.dev
// corpus copy (one commit).
func corpusRepo(t testing.TB) *benchGit {
	t.Helper()
	g := &benchGit{t: t, dir: t.TempDir()}
	g.run("init", "-q", "-b", "main")
	if err := copyTree(corpusDir, g.dir); err != nil {
		t.Fatalf("copy the corpus: %v", err)
	}
	g.commit("trigger.dev corpus copy")
	return g
}

func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

func countMigrations(t testing.TB, dir string) int {
	entries, err := os.ReadDir(filepath.Join(dir, migrationsDir))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if e.IsDir() {
			n++
		}
	}
	return n
}

func (g *benchGit) run(args ...string) string {
	g.t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.email=bench@example.com", "-c", "user.name=Bench",
		"-c", "commit.gpgsign=false"}, args...)...)
	cmd.Dir = g.dir
	cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_SYSTEM=/dev/null")
	out, err := cmd.CombinedOutput()
	if err != nil {
		g.t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

func (g *benchGit) read(path string) string {
	g.t.Helper()
	b, err := os.ReadFile(filepath.Join(g.dir, filepath.FromSlash(path)))
	if err != nil {
		g.t.Fatal(err)
	}
	return string(b)
}

func (g *benchGit) write(path, content string) {
	g.t.Helper()
	full := filepath.Join(g.dir, filepath.FromSlash(path))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		g.t.Fatal(err)
	}
	if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
		g.t.Fatal(err)
	}
}

func (g *benchGit) commit(msg string) string {
	g.run("add", "-A")
	g.run("commit", "-q", "-m", msg)
	return g.run("rev-parse", "HEAD")
}

func (g *benchGit) checkout(branch string) { g.run("checkout", "-q", branch) }

// branchWith creates branch from main with files changed in one commit,
// returns to main and returns the new head.
func (g *benchGit) branchWith(branch string, files map[string]string, msg string) string {
	g.t.Helper()
	g.run("checkout", "-q", "-b", branch, "main")
	for path, content := range files {
		g.write(path, content)
	}
	head := g.commit(msg)
	g.checkout("main")
	return head
}
