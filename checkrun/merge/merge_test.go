package merge

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const base = `datasource db {
  provider = "postgresql"
}

model User {
  id    Int    @id
  email String
}

model Post {
  id    Int    @id
  title String
}
`

func TestMerge(t *testing.T) {
	cases := []struct {
		name, tip, head, want string
		conflicts             int
	}{
		{name: "only head", tip: base,
			head: strings.Replace(base, "  email String\n", "  email String\n  name  String?\n", 1),
			want: strings.Replace(base, "  email String\n", "  email String\n  name  String?\n", 1)},
		{name: "only tip", head: base,
			tip:  strings.Replace(base, "  title String\n", "  title String\n  body  String\n", 1),
			want: strings.Replace(base, "  title String\n", "  title String\n  body  String\n", 1)},
		{name: "both, apart",
			tip:  strings.Replace(base, "  title String\n", "  title String\n  body  String\n", 1),
			head: strings.Replace(base, "  email String\n", "  email String\n  name  String?\n", 1),
			want: strings.Replace(strings.Replace(base, "  title String\n", "  title String\n  body  String\n", 1), "  email String\n", "  email String\n  name  String?\n", 1)},
		{name: "the same change on both sides",
			tip:  strings.Replace(base, "  email String\n", "  email String\n  name  String?\n", 1),
			head: strings.Replace(base, "  email String\n", "  email String\n  name String?\n", 1),
			want: strings.Replace(base, "  email String\n", "  email String\n  name String?\n", 1)},
		{name: "both added a field at the same place", conflicts: 1,
			tip:  strings.Replace(base, "  email String\n", "  email String\n  age   Int\n", 1),
			head: strings.Replace(base, "  email String\n", "  email String\n  name  String?\n", 1),
			want: strings.Replace(base, "  email String\n", "  email String\n  name  String?\n", 1)},
		{name: "tip dropped what head changed", conflicts: 1,
			tip:  strings.Replace(base, "  email String\n", "", 1),
			head: strings.Replace(base, "  email String\n", "  email String @unique\n", 1),
			want: strings.Replace(base, "  email String\n", "  email String @unique\n", 1)},
		{name: "prisma format re-aligned the tip's model", conflicts: 0,
			tip:  strings.Replace(strings.Replace(base, "  id    Int    @id\n  email String\n", "  id       Int    @id\n  email    String\n  nickname String?\n", 1), "", "", 1),
			head: strings.Replace(base, "model Post {\n  id    Int    @id\n", "model Post {\n  id    Int    @id\n  draft Boolean\n", 1),
			want: strings.Replace(strings.Replace(base, "  id    Int    @id\n  email String\n", "  id    Int    @id\n  email String\n  nickname String?\n", 1), "model Post {\n  id    Int    @id\n", "model Post {\n  id    Int    @id\n  draft Boolean\n", 1)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, r := Texts(base, c.tip, c.head)
			if got != c.want {
				t.Errorf("merged:\n%s\nwant:\n%s", got, c.want)
			}
			if len(r.Conflicts) != c.conflicts {
				t.Errorf("%d conflicts, want %d: %+v", len(r.Conflicts), c.conflicts, r.Conflicts)
			}
			headLines := Lines(c.head)
			for i, l := range r.Lines {
				if l.HeadLine > 0 && headLines[l.HeadLine-1] != l.Text {
					t.Errorf("merged line %d %q says it is head line %d, which is %q", i+1, l.Text, l.HeadLine, headLines[l.HeadLine-1])
				}
				if l.Side == Tip && l.HeadLine != 0 {
					t.Errorf("a tip line with a head line: %+v", l)
				}
			}
		})
	}
}

func TestConflictSpans(t *testing.T) {
	tip := strings.Replace(base, "  email String\n", "", 1)
	head := strings.Replace(base, "  email String\n", "  email String @unique\n", 1)
	_, r := Texts(base, tip, head)
	if len(r.Conflicts) != 1 {
		t.Fatalf("conflicts: %+v", r.Conflicts)
	}
	c := r.Conflicts[0]
	if c.HeadStart != 7 || c.HeadEnd != 7 || c.BaseStart != 7 || c.BaseEnd != 7 || c.TipEnd >= c.TipStart {
		t.Errorf("conflict %+v: want head and base line 7, an empty tip range", c)
	}
}

// TestAgreesWithGit merges a few edits with git merge-file too: where git
// finds no conflict the texts are equal, and both find the same conflicts.
func TestAgreesWithGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	edits := map[string]string{
		"add field":      strings.Replace(base, "  email String\n", "  email String\n  name  String?\n", 1),
		"add model":      base + "\nmodel Tag {\n  id Int @id\n}\n",
		"drop field":     strings.Replace(base, "  title String\n", "", 1),
		"change field":   strings.Replace(base, "  title String\n", "  title String @db.Text\n", 1),
		"rename model":   strings.Replace(base, "model Post {", "model Article {", 1),
		"add at the top": strings.Replace(base, "datasource db {", "generator client {\n  provider = \"prisma-client-js\"\n}\n\ndatasource db {", 1),
	}
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for tn, tip := range edits {
		for hn, head := range edits {
			got, r := Texts(base, tip, head)
			h, b, tp := write("head", head), write("base", base), write("tip", tip)
			err := exec.Command("git", "merge-file", "-q", h, b, tp).Run()
			out, _ := os.ReadFile(h)
			gitConflict := err != nil
			if gitConflict != (len(r.Conflicts) > 0) {
				t.Errorf("tip %q, head %q: git conflict %v, merge conflicts %+v", tn, hn, gitConflict, r.Conflicts)
				continue
			}
			if !gitConflict && string(out) != got {
				t.Errorf("tip %q, head %q: merged\n%s\ngit merged\n%s", tn, hn, got, out)
			}
		}
	}
}

func FuzzMerge(f *testing.F) {
	f.Add(base, strings.Replace(base, "  title String\n", "", 1), base+"model X {\n}\n")
	f.Add("a\nb\nc\n", "a\nB\nc\n", "a\nb\nC\n")
	f.Add("", "x\n", "y\n")
	f.Fuzz(func(t *testing.T, b, tip, head string) {
		if len(b)+len(tip)+len(head) > 1<<14 {
			return
		}
		_, r := Texts(b, tip, head)
		hl := Lines(head)
		for _, l := range r.Lines {
			if l.HeadLine < 0 || l.HeadLine > len(hl) || l.HeadLine > 0 && hl[l.HeadLine-1] != l.Text {
				t.Fatalf("bad head line %+v", l)
			}
		}
		// Merging a side with an unchanged other side gives that side.
		if got, r := Texts(b, b, head); len(r.Conflicts) != 0 || joined(r) != normalizeText(head) {
			t.Fatalf("unchanged tip: %q, conflicts %v", got, r.Conflicts)
		}
		if got, r := Texts(b, tip, b); len(r.Conflicts) != 0 || joined(r) != normalizeText(tip) {
			t.Fatalf("unchanged head: %q, conflicts %v", got, r.Conflicts)
		}
	})
}

// joined is the merged lines, normalized.
func joined(r Result) string {
	var out []string
	for _, l := range r.Lines {
		out = append(out, normalize(l.Text))
	}
	return strings.Join(out, "\n")
}

func normalizeText(s string) string {
	var out []string
	for _, l := range Lines(s) {
		out = append(out, normalize(l))
	}
	return strings.Join(out, "\n")
}
