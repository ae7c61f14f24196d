package handlers

import (
	"slices"
	"testing"

	"github.com/google/go-github/v60/github"
)

func TestBaseMove(t *testing.T) {
	sha := func(c byte) string {
		b := make([]byte, 40)
		for i := range b {
			b[i] = c
		}
		return string(b)
	}
	ev := func(mut func(*github.PushEvent)) *github.PushEvent {
		e := &github.PushEvent{
			Ref: github.String("refs/heads/main"), Before: github.String(sha('a')), After: github.String(sha('b')),
			Repo: &github.PushEventRepository{Name: github.String("api"), Owner: &github.User{Login: github.String("acme")},
				DefaultBranch: github.String("main")},
			Commits: []*github.HeadCommit{
				{Added: []string{"prisma/migrations/2_x/migration.sql"}, Modified: []string{"prisma/schema.prisma"}},
				{Removed: []string{"README.md"}},
			},
		}
		if mut != nil {
			mut(e)
		}
		return e
	}
	t.Run("listed", func(t *testing.T) {
		e := ev(nil)
		tg, _ := pushTarget(e, "d1")
		m, ok := baseMove(e, tg)
		if !ok || m.Branch != "main" || m.Before != sha('a') || m.After != sha('b') || !m.Listed {
			t.Fatalf("%+v", m)
		}
		want := []string{"prisma/migrations/2_x/migration.sql", "prisma/schema.prisma", "README.md"}
		if !slices.Equal(m.Files, want) {
			t.Errorf("files %v, want %v", m.Files, want)
		}
	})
	t.Run("forced", func(t *testing.T) {
		e := ev(func(e *github.PushEvent) { e.Forced = github.Bool(true) })
		tg, _ := pushTarget(e, "d1")
		if m, ok := baseMove(e, tg); !ok || m.Listed {
			t.Errorf("a forced push lists its files: %+v", m)
		}
	})
	t.Run("no commits", func(t *testing.T) {
		e := ev(func(e *github.PushEvent) { e.Commits = nil })
		tg, _ := pushTarget(e, "d1")
		if m, ok := baseMove(e, tg); !ok || m.Listed {
			t.Errorf("a push without commits lists its files: %+v", m)
		}
	})
	t.Run("new branch", func(t *testing.T) {
		e := ev(func(e *github.PushEvent) { e.Before = github.String(zeroSHA); e.Created = github.Bool(true) })
		tg, _ := pushTarget(e, "d1")
		if _, ok := baseMove(e, tg); ok {
			t.Error("a new branch is a base that moved")
		}
	})
}
