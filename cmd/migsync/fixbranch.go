package main

import (
	"context"
	"encoding/json"
	"net/url"
	"os"
	"regexp"
	"strings"

	"github.com/migsync/migsync/checkrun/report"
)

// fixBranch is where `migsync check` may offer the one-click fix (GitHub's
// new-file page): the head branch of a pull request from the same
// repository when it runs in a GitHub Actions pull_request workflow, else
// the branch HEAD tracks on a github.com remote (the fix is committed there;
// git pull brings it back). nil when there is none, or for a fork's pull
// request, which the workflow cannot write to.
func fixBranch(ctx context.Context, top string) *report.Branch {
	if os.Getenv("GITHUB_ACTIONS") == "true" {
		return actionsBranch()
	}
	head, err := git(ctx, top, "symbolic-ref", "--quiet", "--short", "HEAD")
	if err != nil {
		return nil
	}
	name := strings.TrimSpace(string(head))
	remote, err1 := git(ctx, top, "config", "branch."+name+".remote")
	merge, err2 := git(ctx, top, "config", "branch."+name+".merge")
	if err1 != nil || err2 != nil {
		return nil
	}
	u, err := git(ctx, top, "remote", "get-url", strings.TrimSpace(string(remote)))
	if err != nil {
		return nil
	}
	repoURL := githubURL(strings.TrimSpace(string(u)))
	branch := strings.TrimPrefix(strings.TrimSpace(string(merge)), "refs/heads/")
	if repoURL == "" || branch == "" {
		return nil
	}
	return &report.Branch{RepoURL: repoURL, Name: branch}
}

var reSCP = regexp.MustCompile(`^[\w.-]+@github\.com:([\w.-]+/[\w.-]+?)(?:\.git)?/?$`)

// githubURL is the web address of a github.com remote URL ("" otherwise).
func githubURL(remote string) string {
	if m := reSCP.FindStringSubmatch(remote); m != nil {
		return "https://github.com/" + m[1]
	}
	u, err := url.Parse(remote)
	if err != nil || u.Host != "github.com" || (u.Scheme != "https" && u.Scheme != "ssh" && u.Scheme != "git") {
		return ""
	}
	p := strings.TrimSuffix(strings.Trim(u.Path, "/"), ".git")
	if strings.Count(p, "/") != 1 {
		return ""
	}
	return "https://github.com/" + p
}

// actionsBranch is the pull request's head branch in a GitHub Actions
// workflow, when the pull request comes from the repository itself.
func actionsBranch() *report.Branch {
	ref, repo, server := os.Getenv("GITHUB_HEAD_REF"), os.Getenv("GITHUB_REPOSITORY"), os.Getenv("GITHUB_SERVER_URL")
	if ref == "" || repo == "" || server == "" {
		return nil
	}
	data, err := os.ReadFile(os.Getenv("GITHUB_EVENT_PATH"))
	if err != nil {
		return nil
	}
	type side struct {
		Repo struct {
			FullName string `json:"full_name"`
		} `json:"repo"`
	}
	var ev struct {
		PullRequest *struct {
			Head side `json:"head"`
			Base side `json:"base"`
		} `json:"pull_request"`
	}
	if json.Unmarshal(data, &ev) != nil || ev.PullRequest == nil {
		return nil
	}
	head, base := ev.PullRequest.Head.Repo.FullName, ev.PullRequest.Base.Repo.FullName
	if head == "" || !strings.EqualFold(head, base) {
		return nil // a fork's branch
	}
	return &report.Branch{RepoURL: strings.TrimSuffix(server, "/") + "/" + repo, Name: ref}
}
