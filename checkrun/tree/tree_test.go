package tree

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func TestDir(t *testing.T) {
	root := t.TempDir()
	write := func(rel, content string) {
		p := filepath.Join(root, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("prisma/schema.prisma", "model A {}")
	write("prisma/migrations/1_init/migration.sql", "CREATE TABLE a();")
	write("node_modules/x/schema.prisma", "ignored")
	write(".git/config", "ignored")
	write("empty.sql", "")
	d := NewDir(root)
	ctx := context.Background()

	all, err := d.List(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, e := range all {
		paths = append(paths, e.Path)
	}
	if got := strings.Join(paths, ","); got != "empty.sql,prisma/migrations/1_init/migration.sql,prisma/schema.prisma" {
		t.Errorf("List = %s", got)
	}
	if sub, _ := d.List(ctx, "prisma/migrations/"); len(sub) != 1 {
		t.Errorf("List(prefix) = %v", sub)
	}
	for p, want := range map[string]string{"prisma/schema.prisma": "model A {}", "./empty.sql": ""} {
		got, err := d.Read(ctx, p)
		if err != nil || string(got) != want {
			t.Errorf("Read(%s) = %q, %v", p, got, err)
		}
	}
	if _, err := d.Read(ctx, "missing.txt"); !IsNotExist(err) {
		t.Errorf("missing file: %v", err)
	}
	if _, err := d.Read(ctx, "../outside"); !IsNotExist(err) {
		t.Errorf("path outside the tree: %v", err)
	}
	if _, err := d.Read(ctx, "prisma"); !IsNotExist(err) {
		t.Errorf("directory: %v", err)
	}
	write("big.sql", strings.Repeat("x", MaxFileSize+1))
	if _, err := d.Read(ctx, "big.sql"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("oversized file: %v", err)
	}
}

func TestClean(t *testing.T) {
	for in, want := range map[string]string{"": "", ".": "", "./a/b": "a/b", "/a/": "a/", `a\b`: "a/b", "a//b/../c": "a/c"} {
		if got := Clean(in); got != want {
			t.Errorf("Clean(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDirWalk lists a wide and deep tree (folders are read in parallel) and
// compares the result with a plain sequential walk: same files, sorted,
// symbolic links and skipped folders left out.
func TestDirWalk(t *testing.T) {
	root := t.TempDir()
	var want []string
	for i := 0; i < 60; i++ {
		for _, rel := range []string{
			fmt.Sprintf("migrations/%03d_m/migration.sql", i),
			fmt.Sprintf("deep/%d/a/b/c/d/f.txt", i%7),
			fmt.Sprintf("node_modules/p%d/schema.prisma", i),
		} {
			p := filepath.Join(root, filepath.FromSlash(rel))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := os.Symlink(filepath.Join(root, "migrations"), filepath.Join(root, "link")); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(root, "empty/dir"), 0o755); err != nil {
		t.Fatal(err)
	}
	err := filepath.WalkDir(root, func(p string, de fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if de.IsDir() && de.Name() == "node_modules" {
			return fs.SkipDir
		}
		if de.Type().IsRegular() {
			rel, _ := filepath.Rel(root, p)
			want = append(want, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(want)
	got, err := NewDir(root).List(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, e := range got {
		paths = append(paths, e.Path)
	}
	if strings.Join(paths, "\n") != strings.Join(want, "\n") {
		t.Errorf("List differs from a sequential walk:\n got %d: %v\nwant %d: %v", len(paths), paths, len(want), want)
	}

	// A folder that cannot be read fails the listing (as a sequential walk
	// does) rather than silently missing files.
	locked := filepath.Join(root, "deep", "3", "a")
	readDir = func(name string) ([]os.DirEntry, error) {
		if name == locked {
			return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
		}
		return os.ReadDir(name)
	}
	_, err = NewDir(root).List(context.Background(), "")
	readDir = os.ReadDir
	if !errors.Is(err, fs.ErrPermission) {
		t.Errorf("unreadable folder: %v, want the permission error", err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := NewDir(root).List(ctx, ""); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled listing: %v", err)
	}
	if _, err := NewDir(filepath.Join(root, "missing")).List(context.Background(), ""); !IsNotExist(err) {
		t.Errorf("missing root: %v", err)
	}
}
