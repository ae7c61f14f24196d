package fakegithub

import (
	"strings"
	"testing"
)

const sampleDiff = `diff --git a/prisma/schema.prisma b/prisma/schema.prisma
index 1111111111111111111111111111111111111111..2222222222222222222222222222222222222222 100644
--- a/prisma/schema.prisma
+++ b/prisma/schema.prisma
@@ -2,7 +2,7 @@ line 1
 line 2
 line 3
 line 4
-line 5
+line five changed
 line 6
 line 7
 line 8
@@ -20,2 +20,3 @@ model A {
 line 20
+line 20b
 line 21
diff --git a/old name.sql b/new name.sql
similarity index 100%
rename from old name.sql
rename to new name.sql
diff --git a/logo.png b/logo.png
new file mode 100644
index 0000000000000000000000000000000000000000..3333333333333333333333333333333333333333
Binary files /dev/null and b/logo.png differ
diff --git a/gone.txt b/gone.txt
deleted file mode 100644
index 4444444444444444444444444444444444444444..0000000000000000000000000000000000000000
--- a/gone.txt
+++ /dev/null
@@ -1 +0,0 @@
-bye
`

func TestParseDiff(t *testing.T) {
	files, err := parseDiff(sampleDiff)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		name, previous, status string
		adds, dels             int
	}{
		{"prisma/schema.prisma", "", "modified", 2, 1},
		{"new name.sql", "old name.sql", "renamed", 0, 0},
		{"logo.png", "", "added", 0, 0},
		{"gone.txt", "", "removed", 0, 1},
	}
	if len(files) != len(want) {
		t.Fatalf("got %d files: %v", len(files), files)
	}
	for i, w := range want {
		f := files[i]
		if f.filename != w.name || f.previous != w.previous || f.status != w.status || f.additions != w.adds || f.deletions != w.dels {
			t.Errorf("file %d = %s (previous %q), want %+v", i, f.String(), f.previous, w)
		}
	}
	schema := files[0]
	if schema.newSHA != strings.Repeat("2", 40) || !strings.HasPrefix(schema.patch, "@@ -2,7 +2,7 @@") {
		t.Errorf("sha %s patch %q", schema.newSHA, schema.patch)
	}
	right, left := schema.sideLines("RIGHT"), schema.sideLines("LEFT")
	cases := []struct {
		lines map[int]int
		line  int
		pos   int // 0: not in the diff
	}{
		{right, 2, 1}, {right, 5, 5}, {left, 5, 4}, {right, 8, 8}, {right, 1, 0}, {right, 9, 0},
		{right, 21, 11}, {right, 22, 12}, {left, 21, 12}, {left, 22, 0},
	}
	for _, c := range cases {
		if got := c.lines[c.line]; got != c.pos {
			t.Errorf("line %d: position %d, want %d", c.line, got, c.pos)
		}
	}
	if got := schema.patchLines(); got != 12 {
		t.Errorf("patchLines = %d, want 12", got)
	}
	if hunk := schema.diffHunkUpTo(5); !strings.HasPrefix(hunk, "@@ -2,7") || !strings.HasSuffix(hunk, "+line five changed") {
		t.Errorf("diffHunkUpTo(5) = %q", hunk)
	}
	if hunk := schema.diffHunkUpTo(11); !strings.HasPrefix(hunk, "@@ -20,2") {
		t.Errorf("diffHunkUpTo(11) = %q", hunk)
	}
	if sameHunk(&schema, 4, 11) || !sameHunk(&schema, 1, 8) {
		t.Error("sameHunk disagrees with the hunk boundaries")
	}
}

func FuzzParseDiff(f *testing.F) {
	f.Add(sampleDiff)
	f.Add("diff --git a/x b/x\n@@ -1 +1 @@\n-a\n+b\n")
	f.Add("diff --git a/x b/x\n@@ -0,0 +1,2 @@\n+a\n\\ No newline at end of file\n")
	f.Fuzz(func(t *testing.T, text string) {
		files, err := parseDiff(text)
		if err != nil {
			return
		}
		for _, file := range files {
			n := file.patchLines()
			for _, side := range []string{"LEFT", "RIGHT"} {
				for line, pos := range file.sideLines(side) {
					if pos < 1 || pos > n {
						t.Fatalf("%s line %d at position %d outside the patch (%d lines)", side, line, pos, n)
					}
					_ = file.diffHunkUpTo(pos)
				}
			}
		}
	})
}
