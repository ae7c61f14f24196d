package app

import (
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/migsync/migsync/checkrun/tree"
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
	if text := run.Title + run.Summary; run.Conclusion != "failure" || !strings.Contains(text, "prisma/schema.prisma: 12583141 bytes, over the 8388608-byte limit") {
		t.Errorf("check run = %s %q\n%s", run.Conclusion, run.Title, run.Summary)
	}
	if n := counter.read.Load(); n > tree.MaxFileSize {
		t.Errorf("the App read %d bytes of blob answers, want at most %d", n, tree.MaxFileSize)
	}
	if n := counter.requests.Load(); n != 1 {
		t.Errorf("the schema's blob was requested %d times, want 1 (a refusal is remembered)", n)
	}
}
