package app

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/google/go-github/v60/github"

	"github.com/migsync/migsync/checkrun/tree"
)

// ghTree is a commit's files read through the GitHub API: one recursive
// tree listing, and blobs fetched by SHA through the shared BlobCache.
type ghTree struct {
	client      *github.Client
	owner, repo string
	commit      string
	entries     []tree.Entry // sorted by path
	index       map[string]int
	truncated   bool
	blobs       *BlobCache
	// archive is tried at most once per commit listing: see fromArchive;
	// download fetches it (retried like API requests), with policy.
	archive  *archiveOnce
	download *http.Client
	policy   retryPolicy
	// folders lists folders one by one when the recursive listing was
	// truncated (GitHub stops at 100,000 entries): a monorepo's Prisma
	// folders are then read exactly, not from a partial listing. Shared by
	// copies of the tree (withClient).
	folders *folderCache
}

// loadTree lists a commit's files with one recursive tree request.
func loadTree(ctx context.Context, client *github.Client, owner, repo, commit string, blobs *BlobCache, dl *http.Client, policy retryPolicy) (*ghTree, error) {
	t, _, err := client.Git.GetTree(ctx, owner, repo, commit, true)
	if err != nil {
		return nil, fmt.Errorf("list files of %s: %w", short(commit), err)
	}
	g := &ghTree{client: client, owner: owner, repo: repo, commit: commit, blobs: blobs,
		truncated: t.GetTruncated(), index: map[string]int{}, archive: &archiveOnce{}, download: dl, policy: policy}
	if g.truncated {
		g.folders = newFolderCache()
	}
	for _, e := range t.Entries {
		if e.GetType() != "blob" {
			continue // trees, and submodules ("commit")
		}
		g.entries = append(g.entries, treeEntry("", e))
	}
	sort.Slice(g.entries, func(i, j int) bool { return g.entries[i].Path < g.entries[j].Path })
	for i, e := range g.entries {
		g.index[e.Path] = i
	}
	return g, nil
}

// List returns the files under prefix; a truncated listing also returns an
// error wrapping tree.ErrTruncated. Listing a folder (a non-empty prefix: the
// engine lists a migrations folder, then reads every migration in it) also
// fetches the folder's uncached schema and migration blobs (prefetch): from
// the commit's archive when there are many, else several requests at a time.
func (g *ghTree) List(ctx context.Context, prefix string) ([]tree.Entry, error) {
	if g.truncated && strings.HasSuffix(prefix, "/") {
		return g.listFolder(ctx, prefix) // truncated.go
	}
	i := sort.Search(len(g.entries), func(i int) bool { return g.entries[i].Path >= prefix })
	var out []tree.Entry
	for ; i < len(g.entries) && strings.HasPrefix(g.entries[i].Path, prefix); i++ {
		out = append(out, g.entries[i])
	}
	if prefix != "" {
		g.prefetch(ctx, out)
	}
	if g.truncated {
		return out, fmt.Errorf("GitHub truncated the file list of commit %s: %w", short(g.commit), tree.ErrTruncated)
	}
	return out, nil
}

// prefetchWorkers bounds the concurrent blob requests of one prefetch: enough
// to hide latency, few enough to stay clear of GitHub's secondary rate limits.
const prefetchWorkers = 8

// prefetch reads the files the engine will read (migration.sql,
// migration_lock.toml, *.prisma) through the blob cache, several at a time.
// Errors are left for the engine's own Read to report.
func (g *ghTree) prefetch(ctx context.Context, entries []tree.Entry) {
	missing := g.uncached(entries)
	if len(missing) >= archiveMin && g.archive != nil {
		// A long migration history seen for the first time: one archive
		// download instead, once per commit.
		g.archive.once.Do(func() { g.fromArchive(ctx, missing) })
	}
	jobs := make(chan string)
	var wg sync.WaitGroup
	for w := 0; w < prefetchWorkers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range jobs {
				_, _ = g.Read(ctx, p)
			}
		}()
	}
	for _, e := range missing {
		if g.blobs.Has(e.SHA) {
			continue
		}
		select {
		case jobs <- e.Path:
		case <-ctx.Done():
		}
	}
	close(jobs)
	wg.Wait()
}

// uncached returns the entries the engine reads whose blobs the cache lacks.
func (g *ghTree) uncached(entries []tree.Entry) []tree.Entry {
	var out []tree.Entry
	for _, e := range entries {
		if engineFile(e.Path) && e.Size <= tree.MaxFileSize && !g.blobs.Has(e.SHA) {
			out = append(out, e)
		}
	}
	return out
}

// engineFile reports whether the engine reads files of this name.
func engineFile(name string) bool {
	base := path.Base(name)
	return base == "migration.sql" || base == "migration_lock.toml" || strings.HasSuffix(base, ".prisma")
}

// Read returns a file's contents from the blob cache, fetching the blob on a
// miss.
func (g *ghTree) Read(ctx context.Context, name string) ([]byte, error) {
	e, ok := g.entry(name)
	if !ok && g.truncated {
		var err error
		if e, err = g.findFile(ctx, name); err != nil { // truncated.go
			return nil, err
		}
	} else if !ok {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fs.ErrNotExist}
	}
	if e.Size > tree.MaxFileSize {
		return nil, &tree.TooLargeError{Path: name, Size: e.Size}
	}
	data, err := g.blobs.Get(ctx, e.SHA, func(ctx context.Context) ([]byte, error) {
		if !spend(ctx) {
			return nil, errRequestBudget
		}
		return g.readBlob(ctx, e.SHA)
	})
	if tl := tree.TooLargeAt(name, err); tl != nil {
		return nil, tl
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if int64(len(data)) > tree.MaxFileSize {
		return nil, &tree.TooLargeError{Path: name, Size: int64(len(data))}
	}
	if !spendBytes(ctx, e.SHA, len(data)) { // readbudget.go
		return nil, fmt.Errorf("read %s: %w", name, errReadBudget)
	}
	return data, nil
}

// readBlob fetches a blob's raw content (no base64, no JSON), refusing one
// over tree.MaxFileSize before reading it: by the answer's Content-Length,
// else after one byte more than the limit. A listing derived from a pull
// request's files (patched) does not know the sizes, and a 50 MB schema
// read whole as JSON cost 655 MB.
func (g *ghTree) readBlob(ctx context.Context, sha string) ([]byte, error) {
	req, err := g.client.NewRequest(http.MethodGet, fmt.Sprintf("repos/%s/%s/git/blobs/%s", g.owner, g.repo, sha), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/vnd.github.raw+json")
	resp, err := g.client.BareDo(ctx, req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.ContentLength > tree.MaxFileSize {
		return nil, &tree.TooLargeError{Path: "blob " + short(sha), Size: resp.ContentLength}
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, tree.MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("blob %s: %w", short(sha), err)
	}
	if len(data) > tree.MaxFileSize {
		return nil, &tree.TooLargeError{Path: "blob " + short(sha)}
	}
	return data, nil
}

// patched derives another commit's listing from this one and the files
// changed between them (GitHub's compare or pull request files: status,
// filename, previous filename and blob SHA). ok is false when a file lacks
// what is needed; the caller then lists the commit itself.
func (g *ghTree) patched(commit string, files []*github.CommitFile) (*ghTree, bool) {
	byPath := make(map[string]tree.Entry, len(g.entries))
	for _, e := range g.entries {
		byPath[e.Path] = e
	}
	for _, f := range files {
		name := f.GetFilename()
		if name == "" {
			return nil, false
		}
		switch f.GetStatus() {
		case "removed":
			delete(byPath, name)
			continue
		case "renamed":
			delete(byPath, f.GetPreviousFilename())
		case "added", "modified", "changed", "copied", "unchanged":
		default:
			return nil, false
		}
		if !isSHA(f.GetSHA()) {
			return nil, false
		}
		byPath[name] = tree.Entry{Path: name, SHA: f.GetSHA(), Size: -1}
	}
	out := &ghTree{client: g.client, owner: g.owner, repo: g.repo, commit: commit, blobs: g.blobs,
		index: make(map[string]int, len(byPath)), entries: make([]tree.Entry, 0, len(byPath)), archive: &archiveOnce{},
		download: g.download, policy: g.policy}
	for _, e := range byPath {
		out.entries = append(out.entries, e)
	}
	sort.Slice(out.entries, func(i, j int) bool { return out.entries[i].Path < out.entries[j].Path })
	for i, e := range out.entries {
		out.index[e.Path] = i
	}
	return out, true
}

func isSHA(s string) bool {
	if len(s) != 40 {
		return false
	}
	for _, c := range s {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// withClient returns the same listing read through another client (the
// listing is immutable and shared; the client is per installation).
func (g *ghTree) withClient(c *github.Client) *ghTree {
	cp := *g
	cp.client = c
	return &cp
}

// treeEntry turns a listing's entry under dir into a tree entry.
func treeEntry(dir string, e *github.TreeEntry) tree.Entry {
	size := int64(-1)
	if e.Size != nil {
		size = int64(e.GetSize())
	}
	p := e.GetPath()
	if dir != "" {
		p = dir + "/" + p
	}
	return tree.Entry{Path: p, SHA: e.GetSHA(), Size: size}
}

// entry returns a file's entry.
func (g *ghTree) entry(path string) (tree.Entry, bool) {
	i, ok := g.index[path]
	if !ok {
		return tree.Entry{}, false
	}
	return g.entries[i], true
}

func short(sha string) string {
	if len(sha) > 7 {
		return sha[:7]
	}
	return sha
}
