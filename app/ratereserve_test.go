package app

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/migsync/migsync/internal/fakegithub"
)

// TestE2ERateLimitReserve (issue 13, point 5): the App reads each answer's
// X-RateLimit-Remaining, exports it per installation as a Prometheus gauge,
// and while the installation's headroom is below migsync.rate_limit_reserve
// low-priority requests back off first: a cold check of a long history
// still completes, but without the archive download (low-priority work),
// reading its files one request each within the check's budget. With
// headroom, the same check reads them from the archive. (Low-priority
// checks waiting for the reset: TestE2ERechecksWaitForRateLimitHeadroom.)
func TestE2ERateLimitReserve(t *testing.T) {
	const limit, reserve, n = 2100, 2000, archiveMin + 10
	for _, short := range []bool{false, true} {
		t.Run(fmt.Sprintf("short of headroom: %v", short), func(t *testing.T) {
			e := newEnvWith(t, []fakegithub.Option{fakegithub.WithRateLimit(limit)},
				func(c *Config, _ *[]Option) { c.Migsync.RateLimitReserve = reserve })
			for i := 0; i < n; i++ {
				e.git.write(fmt.Sprintf("prisma/migrations/20240102%06d_data/migration.sql", i), fmt.Sprintf("-- data fix %d\nSELECT %d;\n", i, i))
			}
			e.git.commit("a long history")
			_, head := e.openIncidentPR()
			if short {
				// Other work of the installation spent the hour's requests
				// down to below the reserve.
				for e.gh.RateRemaining() >= reserve-50 {
					req, _ := http.NewRequest(http.MethodGet, e.gh.URL()+"repos/"+owner+"/"+repo, nil)
					req.Header.Set("Authorization", "token "+e.gh.InstallationToken())
					resp, err := http.DefaultClient.Do(req)
					if err != nil {
						t.Fatal(err)
					}
					resp.Body.Close()
				}
			}
			e.gh.ResetCalls()
			e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
			if run := e.onlyRun(head); run.Conclusion != "failure" || !strings.Contains(run.Text, `CREATE TABLE "RefreshToken"`) {
				t.Fatalf("the check: %s %q", run.Conclusion, run.Title)
			}
			calls := e.gh.Calls()
			archived := calls["repos/download-tarball-archive"] + calls["codeload/tarball"]
			switch {
			case short && (archived != 0 || calls["git/get-blob"] < n):
				t.Errorf("short of headroom: %d archive requests, %d blob requests; want none and one per migration (%d+)", archived, calls["git/get-blob"], n)
			case !short && (archived != 2 || calls["git/get-blob"] > 2):
				t.Errorf("with headroom: %d archive requests, %d blob requests; want the archive", archived, calls["git/get-blob"])
			}
			// The gauge holds what GitHub's last answer said.
			got := gauge(t, e, "migsync_github_rate_limit_remaining", fmt.Sprintf(`installation="%d"`, e.gh.InstallationID()))
			if want := e.gh.RateRemaining(); got != want {
				t.Errorf("migsync_github_rate_limit_remaining = %d, want %d (the fake's X-RateLimit-Remaining)", got, want)
			}
			t.Logf("remaining %d (reserve %d): %d archive requests, %d blob requests", got, reserve, archived, calls["git/get-blob"])
		})
	}
}

// gauge reads one sample of the server's /metrics.
func gauge(t *testing.T, e *env, name, labels string) int {
	t.Helper()
	w := httptest.NewRecorder()
	e.srv.Handler().ServeHTTP(w, httptest.NewRequest(http.MethodGet, MetricsRoute, nil))
	body, _ := io.ReadAll(w.Body)
	for _, line := range strings.Split(string(body), "\n") {
		if rest, ok := strings.CutPrefix(line, name+"{"+labels+"} "); ok {
			v, err := strconv.ParseFloat(rest, 64)
			if err != nil {
				t.Fatal(err)
			}
			return int(v)
		}
	}
	t.Fatalf("no %s{%s} in /metrics:\n%s", name, labels, body)
	return 0
}
