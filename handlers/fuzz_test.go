package handlers

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-github/v60/github"
	"github.com/palantir/go-githubapp/githubapp"
)

// noClients refuses to create clients: the fuzzed handlers must decide
// without panicking whatever the payload.
type noClients struct{ githubapp.ClientCreator }

func (noClients) NewInstallationClient(int64) (*github.Client, error) {
	return nil, errors.New("no clients in this test")
}

// recorder records the targets handed to the Checker.
type recorder struct{ targets []Target }

func (r *recorder) Check(_ context.Context, t Target) error {
	r.targets = append(r.targets, t)
	return nil
}

func allHandlers(b *Base) []githubapp.EventHandler {
	return []githubapp.EventHandler{
		&PullRequest{b}, &Push{b}, &CheckSuite{b}, &CheckRun{b}, &MergeGroup{b}, &IssueComment{b}, &Installation{b},
	}
}

// FuzzHandle feeds arbitrary payloads to every handler: errors are fine,
// panics are not, and a target handed on always names a commit.
func FuzzHandle(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "github", "webhooks", "*.json"))
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"action":"opened","pull_request":{"head":{"sha":"abc"}}}`))
	f.Add([]byte(`{"action":"created","issue":{"pull_request":{}},"comment":{"body":"/recheck"}}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, payload []byte) {
		rec := &recorder{}
		b := &Base{ClientCreator: noClients{}, Checks: rec, AppID: 1, AppSlug: "migsync"}
		for _, h := range allHandlers(b) {
			for _, ev := range h.Handles() {
				_ = h.Handle(context.Background(), ev, "delivery", payload)
			}
		}
		for _, tg := range rec.targets {
			if tg.HeadSHA == "" || tg.Owner == "" || tg.Repo == "" {
				t.Fatalf("incomplete target %+v", tg)
			}
		}
	})
}

func TestHandlersOnExamplePayloads(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "github", "webhooks", "*.json"))
	if err != nil || len(files) == 0 {
		t.Skip("no example payloads")
	}
	for _, file := range files {
		payload, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		rec := &recorder{}
		b := &Base{ClientCreator: noClients{}, Checks: rec}
		for _, h := range allHandlers(b) {
			for _, ev := range h.Handles() {
				_ = h.Handle(context.Background(), ev, "d", payload)
			}
		}
		t.Logf("%s: %d targets", filepath.Base(file), len(rec.targets))
	}
}
