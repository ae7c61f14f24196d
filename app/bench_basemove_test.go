package app_test

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/migsync/migsync/app"
	"github.com/migsync/migsync/internal/fakegithub"
)

// openPRs is the number of open pull requests when the base branch moves
// (issue 9, point 4).
const openPRs = 20

// TestAppBenchBaseMove measures a push to the base branch with 20 open pull
// requests into it, on trigger.dev against the fake GitHub at 50 ms per API
// call: the API calls by operation and the wall time from the push's webhook
// until the server is idle (its own check and every re-check done). Each
// pull request adds a model and its migration; the push adds another model
// and migration to main (a merged pull request), so every pull request is
// re-checked as it will merge into the new tip. A push that changes no
// Prisma file is measured too. Runs with MIGSYNC_BENCH=1 (bench/app.sh);
// the report goes to MIGSYNC_BENCH_BASEMOVE_OUT (default: the test log).
func TestAppBenchBaseMove(t *testing.T) {
	if os.Getenv("MIGSYNC_BENCH") != "1" {
		t.Skip("benchmark: set MIGSYNC_BENCH=1 (or run bench/app.sh)")
	}
	rep := &report{}
	defer func() {
		if out := os.Getenv("MIGSYNC_BENCH_BASEMOVE_OUT"); out != "" {
			if err := os.WriteFile(out, rep.buf.Bytes(), 0o644); err != nil {
				t.Errorf("write %s: %v", out, err)
			}
			return
		}
		t.Log("\n" + rep.buf.String())
	}()
	rep.printf("# migsync App: a push to the base branch with %d open pull requests (trigger.dev, 820 + 3 migrations), %s latency per API call\n", openPRs, benchLatency)
	rep.printf("date: %s  machine: %d cores  go: %s  GOMAXPROCS: %d\n", time.Now().UTC().Format("2006-01-02T15:04Z"),
		runtime.NumCPU(), runtime.Version(), runtime.GOMAXPROCS(0))
	if note := os.Getenv("MIGSYNC_BENCH_NOTE"); note != "" {
		rep.printf("NOTE: %s\n", note)
	}
	rep.printf("server: default configuration (workers %d, max_rechecks %d); all on 127.0.0.1\n", app.DefaultWorkers, app.DefaultMaxRechecks)

	gh := fakegithub.New(t, fakegithub.WithLatency(benchLatency))
	g := corpusRepo(t)
	gh.AddRepo(benchOwner, benchRepo, g.dir)
	schema := g.read(schemaFile)
	var prs []int
	for i := 1; i <= openPRs; i++ {
		model := fmt.Sprintf("BenchOpen%02d", i)
		branch := fmt.Sprintf("bench/open-%02d", i)
		g.branchWith(branch, map[string]string{
			schemaFile: schema + benchModelNamed(model),
			migrationsDir + fmt.Sprintf("/2999010100%04d_bench_open_%02d/migration.sql", i, i): benchMigrationNamed(model),
		}, "add "+model)
		prs = append(prs, gh.OpenPR(benchOwner, benchRepo, "main", branch))
	}
	a := startApp(t, gh)
	defer a.stop(t)
	warmStart := time.Now()
	for _, pr := range prs {
		tg := fakegithub.Target{Owner: benchOwner, Repo: benchRepo, PR: pr}
		a.deliverAndWait(t, "pull_request", gh.PayloadFor(tg, "pull_request", "opened", nil))
	}
	rep.printf("\nsetup: %d pull requests opened and checked (each adds a model and its migration), %s\n", openPRs, time.Since(warmStart).Round(time.Millisecond))
	before := map[int]int{}
	for _, pr := range prs {
		before[pr] = onlyRun(t, gh, pr).Requests
	}

	// A pull request merged into main: a model (at the top of the schema,
	// so that it merges cleanly with the pull requests' models at the end)
	// and its migration.
	g.checkout("main")
	at := strings.Index(schema, "\nmodel ")
	g.write(schemaFile, schema[:at]+"\n"+strings.TrimPrefix(benchModelNamed("BenchBaseMoved"), "\n")+schema[at:])
	g.write(migrationsDir+"/29980101000000_bench_base_moved/migration.sql", benchMigrationNamed("BenchBaseMoved"))
	g.commit("merge: add BenchBaseMoved")
	push := gh.PayloadFor(fakegithub.Target{Owner: benchOwner, Repo: benchRepo, Branch: "main", PR: -1}, "push", "", nil)
	m := a.measure(t, gh, "push", push)
	updated, failing := 0, 0
	for _, pr := range prs {
		run := onlyRun(t, gh, pr)
		if run.Requests > before[pr] {
			updated++
		}
		if run.Conclusion != "success" {
			failing++
			t.Errorf("#%d after the base moved: %s (%s)", pr, run.Conclusion, run.Title)
		}
	}
	if updated != openPRs {
		t.Errorf("%d of %d pull requests' check runs were updated", updated, openPRs)
	}
	rep.printf("\n## Push to main changing the Prisma project (%d open pull requests touch it)\n", openPRs)
	rep.printf("calls are counted by the fake per OpenAPI operation; wall time is from the push's webhook POST until the\n")
	rep.printf("server is idle: the push's own check of main, then %d low-priority re-checks from the durable queue\n", openPRs)
	m.conclusion = fmt.Sprintf("%d/%d pull request runs updated, %d failing", updated, openPRs, failing)
	rep.measurement("push + re-checks", m)
	rep.printf("    -> %.1f API calls per re-checked pull request (the push's own check and the listing included)\n", float64(m.total)/openPRs)
	rep.printf("       each re-check is a job of the durable queue (low priority), run by its workers; each merges its pull\n")
	rep.printf("       request into the new tip, whose listing and blobs are fetched once and shared\n")

	// A push that changes no Prisma file: nothing is re-checked.
	g.write("BENCH.md", "A file for the benchmark: not a Prisma file.\n")
	g.commit("docs")
	push = gh.PayloadFor(fakegithub.Target{Owner: benchOwner, Repo: benchRepo, Branch: "main", PR: -1}, "push", "", nil)
	m = a.measure(t, gh, "push", push)
	m.conclusion = "nothing re-checked"
	if m.calls["pulls/list"] != 0 {
		t.Errorf("a push without Prisma files listed pull requests")
	}
	rep.printf("\n## Push to main changing no Prisma file\n")
	rep.measurement("push (no Prisma)", m)
	if rej := gh.Rejections(); len(rej) > 0 {
		t.Errorf("the fake rejected %d requests: %+v", len(rej), rej)
	}
}

func onlyRun(t *testing.T, gh *fakegithub.Server, pr int) fakegithub.CheckRun {
	t.Helper()
	head := gh.PRHeadSHA(benchOwner, benchRepo, pr)
	var runs []fakegithub.CheckRun
	for _, r := range gh.CheckRuns(benchOwner, benchRepo) {
		if r.HeadSHA == head {
			runs = append(runs, r)
		}
	}
	if len(runs) != 1 || runs[0].Status != "completed" {
		t.Fatalf("#%d: check runs on the head: %+v, want one completed", pr, runs)
	}
	return runs[0]
}

// benchModelNamed is benchModel under another name; benchMigrationNamed its
// migration.
func benchModelNamed(name string) string {
	return strings.ReplaceAll(benchModel, "BenchAuditLog", name)
}

func benchMigrationNamed(name string) string {
	return strings.ReplaceAll(benchMigration, "BenchAuditLog", name)
}
