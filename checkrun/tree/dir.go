package tree

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// skipDirs are never descended into when listing a directory on disk.
var skipDirs = map[string]bool{".git": true, "node_modules": true}

// Dir is a directory on disk seen as a tree. The listing is taken once, on
// the first List, and reused: a check sees the folder as it was then.
type Dir struct {
	Root string

	once    sync.Once
	entries []Entry
	err     error
}

// NewDir returns a tree over a directory.
func NewDir(root string) *Dir { return &Dir{Root: root} }

// List returns the files under prefix. Symbolic links are not followed; .git
// and node_modules folders are skipped. Sizes are not read (Size is -1): Read
// checks the size of what it reads.
func (d *Dir) List(ctx context.Context, prefix string) ([]Entry, error) {
	d.once.Do(func() { d.entries, d.err = d.walk(ctx) })
	if d.err != nil {
		return nil, d.err
	}
	prefix = Clean(prefix)
	i := sort.Search(len(d.entries), func(i int) bool { return d.entries[i].Path >= prefix })
	j := i
	for j < len(d.entries) && strings.HasPrefix(d.entries[j].Path, prefix) {
		j++
	}
	return d.entries[i:j:j], nil
}

func (d *Dir) walk(ctx context.Context) ([]Entry, error) {
	// Folders are read in parallel (a repository with hundreds of migration
	// folders is mostly directory reads); the result is sorted, so the order
	// in which they finish does not matter.
	w := &walker{ctx: ctx, root: d.Root, sem: make(chan struct{}, walkWorkers)}
	w.wg.Add(1)
	w.dir("")
	w.wg.Wait()
	if w.err != nil {
		return nil, w.err
	}
	sort.Slice(w.out, func(i, j int) bool { return w.out[i].Path < w.out[j].Path })
	return w.out, nil
}

// readDir is os.ReadDir; tests replace it to make a folder unreadable (file
// permissions do not stop root, which CI runs as).
var readDir = os.ReadDir

// walkWorkers bounds the folders read at once.
const walkWorkers = 8

type walker struct {
	ctx  context.Context
	root string
	sem  chan struct{}
	wg   sync.WaitGroup

	mu  sync.Mutex
	out []Entry
	err error
}

// dir reads the folder rel (slash-separated, "" for the root), records its
// files and reads its subfolders, in new goroutines while workers are free.
func (w *walker) dir(rel string) {
	defer w.wg.Done()
	if err := w.ctx.Err(); err != nil {
		w.fail(err)
		return
	}
	des, err := readDir(filepath.Join(w.root, filepath.FromSlash(rel)))
	if err != nil {
		w.fail(err)
		return
	}
	var files []Entry
	for _, de := range des {
		p := de.Name()
		if rel != "" {
			p = rel + "/" + p
		}
		switch {
		case de.IsDir():
			if skipDirs[de.Name()] {
				continue
			}
			w.wg.Add(1)
			select {
			case w.sem <- struct{}{}:
				go func() {
					defer func() { <-w.sem }()
					w.dir(p)
				}()
			default: // every worker is busy: read it here
				w.dir(p)
			}
		case de.Type().IsRegular():
			files = append(files, Entry{Path: p, Size: -1})
		}
	}
	w.mu.Lock()
	w.out = append(w.out, files...)
	w.mu.Unlock()
}

func (w *walker) fail(err error) {
	w.mu.Lock()
	if w.err == nil {
		w.err = err
	}
	w.mu.Unlock()
}

// Read reads a file, refusing files over MaxFileSize.
func (d *Dir) Read(ctx context.Context, p string) ([]byte, error) {
	p = Clean(p)
	if p == "" || strings.HasPrefix(p, "../") || p == ".." {
		return nil, fmt.Errorf("read %q: path outside the tree: %w", p, fs.ErrNotExist)
	}
	f, err := os.Open(filepath.Join(d.Root, filepath.FromSlash(p)))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, fmt.Errorf("read %s: is a directory: %w", p, fs.ErrNotExist)
	}
	if info.Size() > MaxFileSize {
		return nil, &TooLargeError{Path: p, Size: info.Size()}
	}
	data := make([]byte, 0, info.Size()+1)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, err
		}
		if len(data) == cap(data) {
			if len(data) > MaxFileSize {
				return nil, &TooLargeError{Path: p, Size: int64(len(data))}
			}
			data = append(data, 0)[:len(data)] // the file grew: make room
		}
	}
}

// Clean normalises a repository-relative path: slashes, no leading "./" or
// "/", no trailing slash except to mark a folder prefix given with one.
func Clean(p string) string {
	if p == "" || p == "." || p == "/" || p == "./" {
		return ""
	}
	trail := strings.HasSuffix(p, "/")
	p = path.Clean(strings.ReplaceAll(p, "\\", "/"))
	p = strings.TrimPrefix(p, "/")
	if p == "." {
		return ""
	}
	if trail {
		p += "/"
	}
	return p
}
