package report

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/config"
	gold "github.com/migsync/migsync/internal/golden"
)

const refreshSQL = `-- CreateTable
CREATE TABLE "RefreshToken" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RefreshToken_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "RefreshToken" ADD CONSTRAINT "RefreshToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
`

// incident is the result of the RefreshToken pull request: a model added
// without a migration (one finding: the change rule, which covers the table
// and carries the one migration), plus a pre-existing harmless drift.
func incident() *checkrun.Result {
	fs := []finding.Finding{
		{
			Rule: "rules/schema-changed-without-migration", Severity: finding.Error, Class: finding.Change,
			Project: "prisma/schema.prisma", File: "prisma/schema.prisma", Line: 24,
			Object:     "schema prisma/schema.prisma",
			Objects:    []string{`table "RefreshToken"`},
			Message:    `this change edits the schema (adds table "RefreshToken") but adds no migration, so databases deployed from the migrations will not have it.`,
			SQL:        refreshSQL,
			Introduced: true,
		},
		{
			Rule: "drift/missing-index", Severity: finding.Warning, Class: finding.Missing,
			Project: "prisma/schema.prisma", File: "prisma/schema.prisma", Line: 12,
			Object:  "index User_email_idx",
			Message: `index "User_email_idx" is declared in the schema but no migration creates it.`,
			SQL:     `CREATE INDEX "User_email_idx" ON "User"("email");`,
		},
	}
	for i := range fs {
		fs[i].SetFingerprint()
	}
	p := &checkrun.Project{
		Schema: "prisma/schema.prisma", Migrations: "prisma/migrations", Provider: "postgresql",
		MigrationCount: 3, Compared: true, Findings: fs, MissingSQL: refreshSQL, SuggestedName: "add_refresh_token",
		Command:      "npx prisma migrate dev --name add_refresh_token",
		NewMigration: "prisma/migrations/20250102000001_add_refresh_token",
	}
	return &checkrun.Result{Projects: []*checkrun.Project{p}, Findings: fs, Conclusion: checkrun.Failure}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if gold.Update() {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with MIGSYNC_UPDATE_GOLDEN=1 to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from golden file:\n--- got ---\n%s\n--- want ---\n%s", name, got, want)
	}
}

func render(o Output) string {
	anns, _ := json.MarshalIndent(o.Annotations, "", "  ")
	return fmt.Sprintf("conclusion: %s\ntitle: %s\n\n=== summary ===\n%s\n=== text ===\n%s\n=== annotations ===\n%s\n",
		o.Conclusion, o.Title, o.Summary, o.Text, anns)
}

func TestCheckGolden(t *testing.T) {
	tests := []struct {
		name string
		in   Input
	}{
		{"incident", Input{Result: incident(), BaseSHA: "1111111111111111", HeadSHA: "2222222222222222",
			Branch: &Branch{RepoURL: "https://github.com/acme/api", Name: "feature/refresh-tokens"}}},
		{"in-sync", Input{Result: &checkrun.Result{Conclusion: checkrun.Success, Projects: []*checkrun.Project{
			{Schema: "prisma/schema.prisma", Migrations: "prisma/migrations", Provider: "postgresql", MigrationCount: 7, Compared: true}}}}},
		{"no-project", Input{Result: &checkrun.Result{Conclusion: checkrun.Neutral}}},
		{"broken-config", Input{
			Result:        &checkrun.Result{Conclusion: checkrun.Success, Projects: []*checkrun.Project{{Schema: "schema.prisma", Provider: "sqlite"}}},
			ConfigProblem: ".github/migsync.yml: yaml: line 2: field strictt not found in type config.Repo",
			Notes:         []string{"The repository listing was truncated by GitHub."},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golden(t, tt.name+".golden", render(Check(tt.in)))
		})
	}
}

func TestAnnotationLevels(t *testing.T) {
	fs := []finding.Finding{
		{Rule: "a", Severity: finding.Error, File: "s.prisma", Line: 3, Introduced: true},
		{Rule: "b", Severity: finding.Error, File: "s.prisma", Line: 0},
		{Rule: "c", Severity: finding.Warning, File: "s.prisma", Line: 5, EndLine: 2},
		{Rule: "d", Severity: finding.Notice, File: "s.prisma", Line: 6},
		{Rule: "e", Severity: finding.Error, Introduced: true}, // no file: text only
	}
	got := Annotations(fs, nil)
	if len(got) != 4 {
		t.Fatalf("got %d annotations, want 4", len(got))
	}
	want := []struct {
		level      Level
		start, end int
	}{{LevelFailure, 3, 3}, {LevelWarning, 1, 1}, {LevelWarning, 5, 5}, {LevelNotice, 6, 6}}
	for i, w := range want {
		if got[i].Level != w.level || got[i].StartLine != w.start || got[i].EndLine != w.end {
			t.Errorf("annotation %d = %+v, want level %s lines %d-%d", i, got[i], w.level, w.start, w.end)
		}
	}
	// With fail_on_preexisting the pre-existing error fails too.
	got = Annotations(fs, &config.Repo{FailOnPreexisting: true})
	if got[1].Level != LevelFailure {
		t.Errorf("pre-existing error with fail_on_preexisting: level %s, want failure", got[1].Level)
	}
}

func TestBatchesKeepsEveryAnnotation(t *testing.T) {
	for _, n := range []int{0, 1, 49, 50, 51, 100, 137} {
		anns := make([]Annotation, n)
		for i := range anns {
			anns[i].StartLine = i + 1
		}
		batches := Batches(anns, MaxAnnotationsPerRequest)
		total := 0
		for _, b := range batches {
			if len(b) == 0 || len(b) > MaxAnnotationsPerRequest {
				t.Fatalf("n=%d: batch of %d", n, len(b))
			}
			for _, a := range b {
				total++
				if a.StartLine != total {
					t.Fatalf("n=%d: annotation order broken at %d", n, total)
				}
			}
		}
		if total != n {
			t.Errorf("n=%d: delivered %d", n, total)
		}
	}
}

func TestTrim(t *testing.T) {
	short := "hello"
	if Trim(short, 10) != short {
		t.Error("short string changed")
	}
	long := "intro\n```sql\n" + strings.Repeat("SELECT 1; -- é\n", 10000) + "```\n"
	got := Trim(long, MaxOutputChars)
	if len(got) > MaxOutputChars || utf8.RuneCountInString(got) > MaxOutputChars {
		t.Fatalf("trimmed length %d > limit", len(got))
	}
	if !strings.HasSuffix(got, TrimNote) {
		t.Error("trim note missing")
	}
	if openFence(strings.TrimSuffix(got, TrimNote)) {
		t.Error("code fence left open")
	}
	if !utf8.ValidString(got) {
		t.Error("invalid UTF-8")
	}
}

func TestCheckOutputWithinLimits(t *testing.T) {
	res := incident()
	var fs []finding.Finding
	for i := 0; i < 400; i++ {
		f := res.Findings[0]
		f.Object = fmt.Sprintf("model M%d", i)
		f.Message = strings.Repeat("long message ", 20)
		f.Line = i + 1
		f.SetFingerprint()
		fs = append(fs, f)
	}
	res.Findings = fs
	res.Projects[0].Findings = fs
	res.Projects[0].MissingSQL = strings.Repeat(refreshSQL, 200)
	o := Check(Input{Result: res})
	if len(o.Summary) > MaxOutputChars || len(o.Text) > MaxOutputChars {
		t.Fatalf("summary %d, text %d bytes", len(o.Summary), len(o.Text))
	}
	if !strings.HasSuffix(o.Text, TrimNote) {
		t.Error("text was not marked as trimmed")
	}
	if len(o.Annotations) != 400 {
		t.Errorf("annotations: %d, want all 400", len(o.Annotations))
	}
	if o.Title != "400 problems need fixing" {
		t.Errorf("title %q", o.Title)
	}
}

func TestFailureOutput(t *testing.T) {
	o := Failure("GET /repos/o/r/git/trees/abc: 500 Internal Server Error")
	if o.Conclusion != checkrun.Failure || !strings.Contains(o.Summary, "500 Internal Server Error") {
		t.Errorf("failure output = %+v", o)
	}
}

func FuzzTrim(f *testing.F) {
	f.Add("```sql\nSELECT 1;\n```\n", 20)
	f.Add("héllo wörld\n", 5)
	f.Fuzz(func(t *testing.T, s string, limit int) {
		if limit < 0 || limit > 1<<20 {
			return
		}
		got := Trim(s, limit)
		if len(s) <= limit {
			if got != s {
				t.Fatalf("changed a string within the limit")
			}
			return
		}
		if len(got) > limit && limit >= len(TrimNote)+len("\n```")+1 {
			t.Fatalf("Trim(%d bytes, %d) = %d bytes", len(s), limit, len(got))
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 from valid input")
		}
	})
}
