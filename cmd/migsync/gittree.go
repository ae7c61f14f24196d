package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os/exec"
	"strconv"
	"strings"
	"sync"

	"github.com/migsync/migsync/checkrun/tree"
)

// gitTree is a commit (or the index, with rev "") of a git repository seen as
// a tree, rooted at a folder of the repository. It reads blobs through one
// long-running `git cat-file --batch`.
type gitTree struct {
	repo   string // the repository's top folder
	prefix string // the folder inside the repository this tree is rooted at ("" or "a/b/")
	rev    string // a commit; "" for the index (staged files)

	once    sync.Once
	entries []tree.Entry
	byPath  map[string]tree.Entry
	listErr error

	mu    sync.Mutex
	cat   *exec.Cmd
	catIn io.WriteCloser
	catRd *bufio.Reader
}

func newGitTree(repo, prefix, rev string) *gitTree {
	if prefix != "" && !strings.HasSuffix(prefix, "/") {
		prefix += "/"
	}
	return &gitTree{repo: repo, prefix: prefix, rev: rev}
}

func (g *gitTree) load(ctx context.Context) {
	g.once.Do(func() {
		var out []byte
		if g.rev == "" {
			out, g.listErr = git(ctx, g.repo, "ls-files", "-s", "-z", "--", g.prefixArg())
		} else {
			out, g.listErr = git(ctx, g.repo, "ls-tree", "-r", "-l", "-z", g.rev, "--", g.prefixArg())
		}
		if g.listErr != nil {
			return
		}
		g.byPath = map[string]tree.Entry{}
		for _, rec := range bytes.Split(out, []byte{0}) {
			if len(rec) == 0 {
				continue
			}
			meta, p, ok := strings.Cut(string(rec), "\t")
			if !ok {
				continue
			}
			f := strings.Fields(meta)
			var e tree.Entry
			if g.rev == "" { // <mode> <sha> <stage>
				if len(f) < 3 || f[2] != "0" {
					continue
				}
				e = tree.Entry{SHA: f[1], Size: -1}
			} else { // <mode> <type> <sha> <size>
				if len(f) < 4 || f[1] != "blob" {
					continue
				}
				size, _ := strconv.ParseInt(f[3], 10, 64)
				e = tree.Entry{SHA: f[2], Size: size}
			}
			if !strings.HasPrefix(p, g.prefix) {
				continue
			}
			e.Path = strings.TrimPrefix(p, g.prefix)
			g.entries = append(g.entries, e)
			g.byPath[e.Path] = e
		}
	})
}

func (g *gitTree) prefixArg() string {
	if g.prefix == "" {
		return "."
	}
	return g.prefix
}

func (g *gitTree) List(ctx context.Context, prefix string) ([]tree.Entry, error) {
	g.load(ctx)
	if g.listErr != nil {
		return nil, g.listErr
	}
	prefix = tree.Clean(prefix)
	var out []tree.Entry
	for _, e := range g.entries {
		if strings.HasPrefix(e.Path, prefix) {
			out = append(out, e)
		}
	}
	return out, nil
}

func (g *gitTree) Read(ctx context.Context, p string) ([]byte, error) {
	g.load(ctx)
	if g.listErr != nil {
		return nil, g.listErr
	}
	e, ok := g.byPath[tree.Clean(p)]
	if !ok {
		return nil, fmt.Errorf("read %s at %s: %w", p, g.describe(), fs.ErrNotExist)
	}
	if e.Size > tree.MaxFileSize {
		return nil, &tree.TooLargeError{Path: p, Size: e.Size}
	}
	data, err := g.blob(ctx, e.SHA)
	if tl := tree.TooLargeAt(p, err); tl != nil {
		return nil, tl
	}
	return data, err
}

func (g *gitTree) describe() string {
	if g.rev == "" {
		return "the index"
	}
	return g.rev
}

// blob reads one object through the shared cat-file process.
func (g *gitTree) blob(ctx context.Context, sha string) ([]byte, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.cat == nil {
		cmd := exec.CommandContext(ctx, "git", "-C", g.repo, "cat-file", "--batch")
		in, err := cmd.StdinPipe()
		if err != nil {
			return nil, err
		}
		out, err := cmd.StdoutPipe()
		if err != nil {
			return nil, err
		}
		if err := cmd.Start(); err != nil {
			return nil, fmt.Errorf("git cat-file: %w", err)
		}
		g.cat, g.catIn, g.catRd = cmd, in, bufio.NewReader(out)
	}
	if _, err := fmt.Fprintln(g.catIn, sha); err != nil {
		return nil, err
	}
	header, err := g.catRd.ReadString('\n')
	if err != nil {
		return nil, fmt.Errorf("git cat-file %s: %w", sha, err)
	}
	f := strings.Fields(header)
	if len(f) != 3 {
		return nil, fmt.Errorf("git cat-file %s: %s", sha, strings.TrimSpace(header))
	}
	size, err := strconv.ParseInt(f[2], 10, 64)
	if err != nil {
		return nil, fmt.Errorf("git cat-file %s: bad size", sha)
	}
	if size > tree.MaxFileSize {
		return nil, &tree.TooLargeError{Path: "blob " + sha, Size: size}
	}
	buf := make([]byte, size+1) // contents and the trailing newline
	if _, err := io.ReadFull(g.catRd, buf); err != nil {
		return nil, fmt.Errorf("git cat-file %s: %w", sha, err)
	}
	return buf[:size], nil
}

// Close stops the cat-file process.
func (g *gitTree) Close() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.cat != nil {
		g.catIn.Close()
		_ = g.cat.Wait()
		g.cat = nil
	}
}

// git runs a git command in repo and returns its standard output; errors carry
// git's own message.
func git(ctx context.Context, repo string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", append([]string{"-C", repo}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("git %s: %s", strings.Join(args, " "), msg)
	}
	return out, nil
}

// gitRepo finds the repository holding dir: its top folder and dir's path
// inside it ("" at the top). ok is false outside a repository.
func gitRepo(ctx context.Context, dir string) (top, prefix string, ok bool) {
	out, err := git(ctx, dir, "rev-parse", "--show-toplevel", "--show-prefix")
	if err != nil {
		return "", "", false
	}
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	if len(lines) < 1 {
		return "", "", false
	}
	top = lines[0]
	if len(lines) > 1 {
		prefix = lines[1]
	}
	return top, prefix, true
}

// untracked lists files git does not track and does not ignore below the
// repository folder prefix, relative to it.
func untracked(ctx context.Context, top, prefix string) []string {
	arg := "."
	if prefix != "" {
		arg = prefix
	}
	out, err := git(ctx, top, "ls-files", "--others", "--exclude-standard", "-z", "--", arg)
	if err != nil {
		return nil
	}
	var list []string
	for _, p := range bytes.Split(out, []byte{0}) {
		if len(p) > 0 {
			list = append(list, strings.TrimPrefix(string(p), prefix))
		}
	}
	return list
}
