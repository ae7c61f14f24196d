package app

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/migsync/migsync/checkrun/tree"
	"github.com/migsync/migsync/internal/fakegithub"
)

// countingTransport counts the requests whose path ends with suffix (set
// before the first), and the bytes the App reads of their answers.
type countingTransport struct {
	next           http.RoundTripper
	suffix         string
	requests, read atomic.Int64
}

func (c *countingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := c.next.RoundTrip(req)
	if c.suffix != "" && strings.HasSuffix(req.URL.Path, c.suffix) {
		c.requests.Add(1)
		if err == nil {
			resp.Body = countingBody{resp.Body, &c.read}
		}
	}
	return resp, err
}

type countingBody struct {
	io.ReadCloser
	n *atomic.Int64
}

func (b countingBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	b.n.Add(int64(n))
	return n, err
}

// TestE2EOversizeSchemaNotRead (issue 13, point 7): a pull request grows
// schema.prisma to 12 MB. The head's listing, derived from the pull
// request's files, does not know sizes; the blob is refused by its length
// before its content is read (a 50 MB schema read whole as base64 JSON cost
// 655 MB), once, however often the check reads the file. The check
// completes and names the size and the limit.
func TestE2EOversizeSchemaNotRead(t *testing.T) {
	counter := &countingTransport{next: http.DefaultTransport}
	e := newEnv(t, func(_ *Config, o *[]Option) { *o = append(*o, WithTransport(counter)) })
	e.git.branch("feature/huge")
	e.git.write("prisma/schema.prisma", fixture(t, "schema.base.prisma")+"\n// "+strings.Repeat("x", 12<<20)+"\n")
	head := e.git.commit("a huge schema")
	counter.suffix = "/git/blobs/" + e.git.rev(head+":prisma/schema.prisma")
	e.git.checkout("main")
	e.gh.OpenPR(owner, repo, "main", "feature/huge")
	e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
	run := e.onlyRun(head)
	if text := run.Title + run.Summary; run.Conclusion != "failure" || !strings.Contains(text, "the schema was not checked: prisma/schema.prisma is 12.0 MiB, over the 8 MiB limit of a file migsync reads. Split it into a schema folder") {
		t.Errorf("check run = %s %q\n%s", run.Conclusion, run.Title, run.Summary)
	}
	if n := counter.read.Load(); n > tree.MaxFileSize {
		t.Errorf("the App read %d bytes of blob answers, want at most %d", n, tree.MaxFileSize)
	}
	if n := counter.requests.Load(); n != 1 {
		t.Errorf("the schema's blob was requested %d times, want 1 (a refusal is remembered)", n)
	}
}

// TestE2EReadBudget (issue 13, point 7: a per-check budget): a pull
// request adding three migrations of 6 MiB each, every one under the 8 MiB
// file limit, with a check budget of 16 MiB: the check says it is
// incomplete and why, instead of holding them all; a blob read by both
// sides counts once, so an ordinary check is untouched.
func TestE2EReadBudget(t *testing.T) {
	e := newEnv(t)
	e.srv.checker.readBudget = 16 << 20
	_, small := e.openIncidentPR()
	e.deliver("pull_request", e.gh.Payload("pull_request", "opened", nil))
	if run := e.onlyRun(small); run.Conclusion != "failure" || !strings.Contains(run.Text, `CREATE TABLE "RefreshToken"`) {
		t.Fatalf("an ordinary check under the budget: %s %q", run.Conclusion, run.Title)
	}
	e.git.branch("feature/big-migrations")
	for i := range 3 {
		e.git.write(fmt.Sprintf("prisma/migrations/2024030%d000000_data/migration.sql", i+1), fmt.Sprintf("-- data %d\n", i)+strings.Repeat("SELECT 1;\n", 6<<20/10))
	}
	head := e.git.commit("three big data migrations")
	e.git.checkout("main")
	pr := e.gh.OpenPR(owner, repo, "main", "feature/big-migrations")
	e.deliver("pull_request", e.gh.PayloadFor(fakegithub.Target{Owner: owner, Repo: repo, PR: pr}, "pull_request", "opened", nil))
	run := e.onlyRun(head)
	if run.Title != "Check could not be completed" || !strings.Contains(run.Summary, "incomplete") || !strings.Contains(run.Summary, "more than 16 MiB") {
		t.Errorf("check run = %s %q\n%s", run.Conclusion, run.Title, run.Summary)
	}
}
