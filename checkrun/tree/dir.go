package tree

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// skipDirs are never descended into when listing a directory on disk.
var skipDirs = map[string]bool{".git": true, "node_modules": true}

// Dir is a directory on disk seen as a tree.
type Dir struct {
	Root string
}

// NewDir returns a tree over a directory.
func NewDir(root string) *Dir { return &Dir{Root: root} }

// List walks the directory. Symbolic links are not followed; .git and
// node_modules folders are skipped.
func (d *Dir) List(ctx context.Context, prefix string) ([]Entry, error) {
	prefix = Clean(prefix)
	start := d.Root
	if prefix != "" {
		// Walk from the deepest existing folder of the prefix.
		dir := prefix
		if !strings.HasSuffix(prefix, "/") {
			dir = path.Dir(prefix)
		}
		if dir != "." && dir != "" {
			start = filepath.Join(d.Root, filepath.FromSlash(strings.TrimSuffix(dir, "/")))
		}
	}
	var out []Entry
	err := filepath.WalkDir(start, func(p string, de fs.DirEntry, err error) error {
		if err != nil {
			if p == start && os.IsNotExist(err) {
				return fs.SkipAll
			}
			return err
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if de.IsDir() {
			if p != start && skipDirs[de.Name()] {
				return fs.SkipDir
			}
			return nil
		}
		if !de.Type().IsRegular() {
			return nil
		}
		rel, err := filepath.Rel(d.Root, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if !strings.HasPrefix(rel, prefix) {
			return nil
		}
		size := int64(-1)
		if info, err := de.Info(); err == nil {
			size = info.Size()
		}
		out = append(out, Entry{Path: rel, Size: size})
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, err
}

// Read reads a file, refusing files over MaxFileSize.
func (d *Dir) Read(ctx context.Context, p string) ([]byte, error) {
	p = Clean(p)
	if p == "" || strings.HasPrefix(p, "../") || p == ".." {
		return nil, fmt.Errorf("read %q: path outside the tree: %w", p, fs.ErrNotExist)
	}
	full := filepath.Join(d.Root, filepath.FromSlash(p))
	info, err := os.Stat(full)
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, fmt.Errorf("read %s: is a directory: %w", p, fs.ErrNotExist)
	}
	if info.Size() > MaxFileSize {
		return nil, fmt.Errorf("read %s: %d bytes: %w (limit %d)", p, info.Size(), ErrTooLarge, MaxFileSize)
	}
	return os.ReadFile(full)
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
