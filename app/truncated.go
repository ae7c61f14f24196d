package app

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/google/go-github/v60/github"

	"github.com/migsync/migsync/checkrun/tree"
)

// When GitHub truncates a commit's recursive listing (it stops at 100,000
// entries or 7 MB), the listing cannot be trusted for what it lacks. The
// engine asks for folders (a migrations folder) and files (a schema): a
// folder is then listed by itself (its tree SHA, found one level at a time
// from the root, then one recursive listing of that folder), and a file
// missing from the listing is looked for among its folder's direct
// children. Listings are memoised per commit in folderCache; failures other
// than "not found" are not, so a later check asks again.

// listFolder lists a folder (prefix ends in "/") of a truncated tree by
// itself, and prefetches what the engine will read in it. A folder that does
// not exist lists nothing.
func (g *ghTree) listFolder(ctx context.Context, prefix string) ([]tree.Entry, error) {
	out, err := g.folder(ctx, strings.TrimSuffix(prefix, "/"))
	if err == nil {
		g.prefetch(ctx, out)
		return out, nil
	}
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return out, err
}

// findFile finds a file perhaps cut off a truncated listing, in its folder;
// the error wraps fs.ErrNotExist when it is not there either.
func (g *ghTree) findFile(ctx context.Context, name string) (tree.Entry, error) {
	e, err := g.file(ctx, name)
	switch {
	case err == nil:
		return e, nil
	case errors.Is(err, fs.ErrNotExist):
		return tree.Entry{}, &fs.PathError{Op: "read", Path: name, Err: fs.ErrNotExist}
	}
	return tree.Entry{}, fmt.Errorf("read %s: %w", name, err)
}

// folderCache holds folder listings of a truncated tree, by folder path, and
// the non-recursive listings met on the way down, by tree SHA. It lives as
// long as the tree's listing (treeCache bounds those) and holds only the
// folders the engine asked for.
type folderCache struct {
	mu      sync.Mutex
	folders map[string]*folderListing
	subtree map[string]*folderListing // non-recursive listings by tree SHA
}

func newFolderCache() *folderCache {
	return &folderCache{folders: map[string]*folderListing{}, subtree: map[string]*folderListing{}}
}

type folderListing struct {
	once    sync.Once
	entries []*github.TreeEntry // recursive (a folder) or direct children (subtree)
	err     error
}

// forget drops a listing that failed (a cancelled request, a 5xx after the
// retries), so that a later check asks again: trees are cached across checks.
func (c *folderCache) forget(m map[string]*folderListing, key string, l *folderListing) {
	if l.err == nil || errors.Is(l.err, fs.ErrNotExist) {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if m[key] == l {
		delete(m, key)
	}
}

func (c *folderCache) get(m map[string]*folderListing, key string) *folderListing {
	c.mu.Lock()
	defer c.mu.Unlock()
	l, ok := m[key]
	if !ok {
		l = &folderListing{}
		m[key] = l
	}
	return l
}

// folder lists the files under dir ("." or "" for the root) at the tree's
// commit without the recursive listing of the whole commit: the folder's tree
// SHA (treeSHA), then one recursive listing of that folder. A folder that
// does not exist is an error wrapping fs.ErrNotExist.
func (g *ghTree) folder(ctx context.Context, dir string) ([]tree.Entry, error) {
	if dir == "." {
		dir = ""
	}
	l := g.folders.get(g.folders.folders, dir)
	l.once.Do(func() {
		sha, err := g.treeSHA(ctx, dir)
		if err != nil {
			l.err = err
			return
		}
		t, _, err := g.client.Git.GetTree(ctx, g.owner, g.repo, sha, true)
		if err != nil {
			l.err = fmt.Errorf("list %s at %s: %w", dir, short(g.commit), err)
			return
		}
		if t.GetTruncated() {
			l.err = fmt.Errorf("GitHub truncated the file list of %s at %s: %w", dir, short(g.commit), tree.ErrTruncated)
		}
		l.entries = t.Entries
	})
	g.folders.forget(g.folders.folders, dir, l)
	var out []tree.Entry
	for _, e := range l.entries {
		if e.GetType() != "blob" {
			continue
		}
		out = append(out, treeEntry(dir, e))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, l.err
}

// file finds one file of a truncated tree in its folder's direct children.
func (g *ghTree) file(ctx context.Context, name string) (tree.Entry, error) {
	dir := path.Dir(name)
	if dir == "." {
		dir = ""
	}
	sha, err := g.treeSHA(ctx, dir)
	if err != nil {
		return tree.Entry{}, err
	}
	children, err := g.subtree(ctx, sha)
	if err != nil {
		return tree.Entry{}, err
	}
	for _, c := range children {
		if c.GetPath() == path.Base(name) && c.GetType() == "blob" {
			return treeEntry(dir, c), nil
		}
	}
	return tree.Entry{}, &fs.PathError{Op: "read", Path: name, Err: fs.ErrNotExist}
}

// treeSHA finds a folder's tree SHA by walking down from the commit's root,
// one non-recursive listing per level (each cached by tree SHA).
func (g *ghTree) treeSHA(ctx context.Context, dir string) (string, error) {
	sha := g.commit
	if dir == "" {
		return sha, nil
	}
	for _, name := range strings.Split(dir, "/") {
		children, err := g.subtree(ctx, sha)
		if err != nil {
			return "", err
		}
		next := ""
		for _, c := range children {
			if c.GetPath() == name && c.GetType() == "tree" {
				next = c.GetSHA()
			}
		}
		if next == "" {
			return "", &fs.PathError{Op: "list", Path: dir, Err: fs.ErrNotExist}
		}
		sha = next
	}
	return sha, nil
}

// subtree returns a tree's direct children (one non-recursive listing).
func (g *ghTree) subtree(ctx context.Context, sha string) ([]*github.TreeEntry, error) {
	l := g.folders.get(g.folders.subtree, sha)
	l.once.Do(func() {
		t, _, err := g.client.Git.GetTree(ctx, g.owner, g.repo, sha, false)
		if err != nil {
			l.err = fmt.Errorf("list tree %s: %w", short(sha), err)
			return
		}
		l.entries = t.Entries
	})
	g.folders.forget(g.folders.subtree, sha, l)
	return l.entries, l.err
}
