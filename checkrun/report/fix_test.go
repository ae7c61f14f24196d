package report

import (
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestNewFileURL(t *testing.T) {
	b := Branch{RepoURL: "https://github.com/acme/api/", Name: "feature/a b#1"}
	content := "-- CreateTable\nCREATE TABLE \"A\" (\"x\" TEXT DEFAULT 'a+b&c=%');\n"
	raw := NewFileURL(b, "prisma/migrations/20250102000001_add_a/migration.sql", content)
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	if u.Host != "github.com" || u.Path != "/acme/api/new/feature/a b#1" || strings.Contains(raw, "+") {
		t.Errorf("url %s: path %q", raw, u.Path)
	}
	if q := u.Query(); q.Get("filename") != "prisma/migrations/20250102000001_add_a/migration.sql" || q.Get("value") != content {
		t.Errorf("decoded filename %q value %q", q.Get("filename"), q.Get("value"))
	}
	if got := NewFileURL(b, "m.sql", strings.Repeat("x", MaxURLBytes)); got != "" {
		t.Errorf("an address over %d bytes was offered (%d bytes)", MaxURLBytes, len(got))
	}
}

// TestWriteFileSnippetWritesTheExactFile runs the snippet in a shell.
func TestWriteFileSnippetWritesTheExactFile(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	content := "-- $HOME `date` \\n 'q' \"d\"\nMIGSYNC_SQL\nSELECT 1;\n"
	dir := t.TempDir()
	path := "prisma/migrations/20250102000001_x y/migration.sql"
	cmd := exec.Command(sh, "-c", WriteFileSnippet(path, content))
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s\n%s", err, out, WriteFileSnippet(path, content))
	}
	got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(path)))
	if err != nil || string(got) != content {
		t.Errorf("wrote %q (%v), want %q", got, err, content)
	}
}

// TestFixFallsBackToASnippet: a migration too long for a URL is offered as
// a shell snippet, which then stands for the SQL block (the SQL once); a
// fork's pull request (no Branch) gets neither, only the command and SQL.
func TestFixFallsBackToASnippet(t *testing.T) {
	res := incident()
	p := res.Projects[0]
	p.MissingSQL = strings.Repeat("-- a long comment line to make the migration too long for a URL\n", 200) + refreshSQL
	res.Findings[0].SQL = p.MissingSQL
	branch := &Branch{RepoURL: "https://github.com/acme/api", Name: "feature/refresh-tokens"}
	for _, body := range []string{
		Check(Input{Result: res, Branch: branch}).Text,
		PlanReview(ReviewInput{Result: res, InDiff: func(string, int) bool { return true }, Branch: branch}).Comments[0].Body,
	} {
		if strings.Contains(body, "/new/feature") {
			t.Errorf("a link was offered for a migration of %d bytes", len(p.MissingSQL))
		}
		for _, once := range []string{"cat > prisma/migrations/20250102000001_add_refresh_token/migration.sql <<'MIGSYNC_SQL'", `CREATE TABLE "RefreshToken"`, "npx prisma migrate dev"} {
			if n := strings.Count(body, once); n != 1 {
				t.Errorf("%q appears %d times, want once:\n%s", once, n, body)
			}
		}
	}
	for _, body := range []string{
		Check(Input{Result: incident()}).Text,
		PlanReview(ReviewInput{Result: incident(), InDiff: func(string, int) bool { return true }}).Comments[0].Body,
	} {
		if strings.Contains(body, "/new/") || strings.Contains(body, "cat >") || strings.Count(body, `CREATE TABLE "RefreshToken"`) != 1 {
			t.Errorf("without a writable branch: want no link and no snippet, the SQL once:\n%s", body)
		}
	}
}
