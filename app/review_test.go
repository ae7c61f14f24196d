package app

import (
	"testing"

	"github.com/google/go-github/v60/github"

	"github.com/migsync/migsync/checkrun/report"
)

func TestClassifyComments(t *testing.T) {
	const bot = "migsync[bot]"
	c := func(id, replyTo int64, login, body string) *github.PullRequestComment {
		cm := &github.PullRequestComment{ID: github.Int64(id), User: &github.User{Login: github.String(login)}, Body: github.String(body)}
		if replyTo != 0 {
			cm.InReplyTo = github.Int64(replyTo)
		}
		return cm
	}
	comments := []*github.PullRequestComment{
		c(1, 0, bot, "missing table\n"+report.Marker("aa")),
		c(2, 0, bot, "missing index\n"+report.Marker("bb")),
		c(3, 1, "alice", "working on it"),
		c(4, 1, bot, report.ResolvedBody("aa", "0123456789")),
		c(5, 0, "mallory", "fake "+report.Marker("cc")), // not the App's
		c(6, 0, bot, "a reply without marker"),
	}
	s := classify(comments, bot)
	if len(s.ours) != 2 || len(s.ours["aa"]) != 1 || len(s.ours["bb"]) != 1 || s.ours["cc"] != nil {
		t.Errorf("ours = %v", s.ours)
	}
	if !s.replied[1] || s.replied[2] {
		t.Errorf("replied = %v, want only comment 1", s.replied)
	}
	if !s.resolved["aa"] || s.resolved["bb"] {
		t.Errorf("resolved = %v, want only aa", s.resolved)
	}
}
