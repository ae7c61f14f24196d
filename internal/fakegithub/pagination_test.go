package fakegithub

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-github/v60/github"
)

func TestPaginationFollowsLinks(t *testing.T) {
	s := New(t, WithLatency(time.Millisecond))
	dir := gitFixture(t)
	for i := 0; i < 34; i++ {
		commitOn(t, dir, "feature", fmt.Sprintf("file%02d.txt", i), "x\n")
	}
	s.AddRepo("octo", "app", dir)
	n := s.OpenPR("octo", "app", "main", "feature")
	gh := newClient(t, s)
	ctx := context.Background()
	var all []*github.CommitFile
	opts := &github.ListOptions{}
	pages := 0
	for {
		page, resp, err := gh.PullRequests.ListFiles(ctx, "octo", "app", n, opts)
		if err != nil {
			t.Fatal(err)
		}
		pages++
		all = append(all, page...)
		if resp.NextPage == 0 {
			break
		}
		opts.Page = resp.NextPage
	}
	if len(all) != 36 || pages != 2 {
		t.Errorf("got %d files in %d pages, want 36 in 2", len(all), pages)
	}
	seen := map[string]bool{}
	for _, f := range all {
		if seen[f.GetFilename()] {
			t.Errorf("%s listed twice", f.GetFilename())
		}
		seen[f.GetFilename()] = true
	}
}

func TestPayloadForExplicitTarget(t *testing.T) {
	s := New(t)
	s.AddRepo("octo", "app", gitFixture(t))
	s.OpenPR("octo", "app", "main", "feature")
	raw := s.PayloadFor(Target{Owner: "octo", Repo: "app", PR: -1, Branch: "main"}, "push", "", func(p map[string]any) {
		SetPath(p, "pusher.name", "alice")
	})
	var ev github.PushEvent
	if err := json.Unmarshal(raw, &ev); err != nil {
		t.Fatal(err)
	}
	mainTip := s.repos["octo/app"]
	tip, _ := mainTip.git.resolve("refs/heads/main", "commit")
	if ev.GetRef() != "refs/heads/main" || ev.GetAfter() != tip || ev.GetBefore() != "0000000000000000000000000000000000000000" {
		t.Errorf("push = %s %s..%s, want main at %s (a root commit has no parent)", ev.GetRef(), ev.GetBefore(), ev.GetAfter(), tip)
	}
	if ev.GetPusher().GetName() != "alice" || ev.GetRepo().GetMasterBranch() != "main" {
		t.Errorf("patch or master_branch not applied: %v %v", ev.GetPusher().GetName(), ev.GetRepo().GetMasterBranch())
	}
}
