package app

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"

	"github.com/google/go-github/v60/github"

	"github.com/migsync/migsync/checkrun/report"
)

// maxCompareFiles is how many files GitHub's compare API lists at most; a
// longer diff is read from the pull request's file list instead.
const maxCompareFiles = 300

// maxPRFiles is how many files GitHub lists for a pull request at most;
// beyond it the diff is unknown and findings are reported in the check only.
const maxPRFiles = 3000

// ghContext is one check's view of one repository through the API. It caches
// what it fetched for the check's lifetime; commit trees and blobs are
// shared across checks through treeCache and BlobCache.
type ghContext struct {
	client      *github.Client
	owner, repo string
	blobs       *BlobCache
	trees       *treeCache
	download    *http.Client // archives
	policy      retryPolicy

	mu       sync.Mutex
	byCommit map[string]*ghTree
}

func newGHContext(client *github.Client, owner, repo string, blobs *BlobCache, trees *treeCache) *ghContext {
	return &ghContext{client: client, owner: owner, repo: repo, blobs: blobs, trees: trees, byCommit: map[string]*ghTree{}}
}

// tree returns a commit's file tree (one API request the first time a
// commit is seen by the server).
func (g *ghContext) tree(ctx context.Context, commit string) (*ghTree, error) {
	g.mu.Lock()
	t, ok := g.byCommit[commit]
	g.mu.Unlock()
	if ok {
		return t, nil
	}
	key := g.owner + "/" + g.repo + "@" + commit
	if cached, ok := g.trees.Get(key); ok {
		// The listing is shared; reads go through this check's client.
		t = cached.withClient(g.client)
	} else {
		var err error
		t, err = loadTree(ctx, g.client, g.owner, g.repo, commit, g.blobs, g.download, g.policy)
		if err != nil {
			return nil, err
		}
		g.trees.Add(key, t)
	}
	g.mu.Lock()
	g.byCommit[commit] = t
	g.mu.Unlock()
	return t, nil
}

// diff is a pull request's changed files and the RIGHT-side lines of their
// patches.
type diff struct {
	lines map[string]map[int]bool
	// known is false when the diff was too large to list: no line comments.
	known bool
	// complete is true when files lists every changed file (the head's
	// listing can then be derived from the merge base's).
	complete bool
	files    []*github.CommitFile
}

// touches reports whether the diff changes a file at or under one of paths
// (a schema file, a schema or migrations folder).
func (d *diff) touches(paths []string) bool {
	for _, f := range d.files {
		for _, name := range []string{f.GetFilename(), f.GetPreviousFilename()} {
			if name != "" && underAny(name, paths) {
				return true
			}
		}
	}
	return false
}

// underAny reports whether name is one of paths or lies under one of them.
func underAny(name string, paths []string) bool {
	for _, p := range paths {
		p = strings.TrimSuffix(p, "/")
		if name == p || strings.HasPrefix(name, p+"/") {
			return true
		}
	}
	return false
}

func (d *diff) inDiff(path string, line int) bool {
	return d != nil && d.known && d.lines[path][line]
}

func newDiff(files []*github.CommitFile) *diff {
	d := &diff{lines: map[string]map[int]bool{}, known: true, files: files}
	for _, f := range files {
		if f.GetStatus() == "removed" {
			continue
		}
		d.lines[f.GetFilename()] = report.PatchLines(f.GetPatch())
	}
	return d
}

// mergeBase compares from (a commit or branch) with head: the merge base's
// SHA, from's own commit (the base branch's tip when from is a branch) and
// the diff between the merge base and head (one request; the pull request's
// file list when the compare lists the maximum).
func (g *ghContext) mergeBase(ctx context.Context, from, head string, pr int) (comparison, error) {
	cmp, _, err := g.client.Repositories.CompareCommits(ctx, g.owner, g.repo, from, head, nil)
	if err != nil {
		return comparison{}, fmt.Errorf("compare %s...%s: %w", short(from), short(head), err)
	}
	c := comparison{base: cmp.GetMergeBaseCommit().GetSHA(), tip: cmp.GetBaseCommit().GetSHA()}
	if c.base == "" {
		return comparison{}, fmt.Errorf("compare %s...%s: GitHub gave no merge base", short(from), short(head))
	}
	if len(cmp.Files) < maxCompareFiles {
		c.diff = newDiff(cmp.Files)
		c.diff.complete = true
		return c, nil
	}
	if pr == 0 {
		c.diff = newDiff(cmp.Files)
		c.diff.known = false // truncated list; no review without a pull request anyway
		return c, nil
	}
	c.diff, err = g.pullRequestDiff(ctx, pr)
	return c, err
}

// headTree returns the head commit's listing: derived from the merge base's
// listing and the complete diff between them when it can (no request), else
// one recursive tree request.
func (g *ghContext) headTree(ctx context.Context, head string, base *ghTree, d *diff) (*ghTree, error) {
	if base != nil && d != nil && d.complete && !base.truncated {
		if t, ok := base.patched(head, d.files); ok {
			g.mu.Lock()
			g.byCommit[head] = t
			g.mu.Unlock()
			g.trees.Add(g.owner+"/"+g.repo+"@"+head, t)
			return t, nil
		}
	}
	return g.tree(ctx, head)
}

// pullRequestDiff lists a pull request's files, all pages.
func (g *ghContext) pullRequestDiff(ctx context.Context, pr int) (*diff, error) {
	var all []*github.CommitFile
	opts := &github.ListOptions{PerPage: 100}
	for {
		files, resp, err := g.client.PullRequests.ListFiles(ctx, g.owner, g.repo, pr, opts)
		if err != nil {
			return nil, fmt.Errorf("files of pull request #%d: %w", pr, err)
		}
		all = append(all, files...)
		if resp.NextPage == 0 {
			break
		}
		opts.Page = resp.NextPage
	}
	d := newDiff(all)
	d.complete = len(all) < maxPRFiles
	if !d.complete {
		d.known = false // GitHub stops listing at 3,000 files
	}
	return d, nil
}
