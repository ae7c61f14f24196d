package tree

import (
	"context"
	"errors"
	"os"
	"path/filepath"
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
