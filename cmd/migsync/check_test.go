package main

import (
	"bytes"
	"encoding/json"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// incidentBase is examples/incident's schema before the pull request: no
// RefreshToken model and no User.refreshTokens field.
func incidentBase(t *testing.T) string {
	t.Helper()
	src := readFile(t, "../../examples/incident/prisma/schema.prisma")
	src = regexp.MustCompile(`(?s)\nmodel RefreshToken \{.*?\n\}\n`).ReplaceAllString(src, "\n")
	src = regexp.MustCompile(`(?m)^\s*refreshTokens\s+RefreshToken\[\]\n`).ReplaceAllString(src, "")
	if strings.Contains(src, "RefreshToken") {
		t.Fatal("could not remove RefreshToken from the incident schema")
	}
	return src
}

func readFile(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func writeFile(t *testing.T, root, rel, content string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func gitCmd(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"}, args...)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

// newIncidentRepo makes a git repository whose main branch holds the schema
// before the incident and its init migration.
func newIncidentRepo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	gitCmd(t, dir, "init", "-q", "-b", "main")
	writeFile(t, dir, "prisma/schema.prisma", incidentBase(t))
	writeFile(t, dir, "prisma/migrations/migration_lock.toml", readFile(t, "../../examples/incident/prisma/migrations/migration_lock.toml"))
	writeFile(t, dir, "prisma/migrations/20250101000000_init/migration.sql", readFile(t, "../../examples/incident/prisma/migrations/20250101000000_init/migration.sql"))
	gitCmd(t, dir, "add", "-A")
	gitCmd(t, dir, "commit", "-q", "-m", "init")
	return dir
}

func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func lineOf(t *testing.T, src, prefix string) int {
	t.Helper()
	for i, l := range strings.Split(src, "\n") {
		if strings.HasPrefix(l, prefix) {
			return i + 1
		}
	}
	t.Fatalf("no line starting with %q", prefix)
	return 0
}

func TestCheckIncidentInGit(t *testing.T) {
	dir := newIncidentRepo(t)
	gitCmd(t, dir, "checkout", "-q", "-b", "feature")
	schema := readFile(t, "../../examples/incident/prisma/schema.prisma")
	writeFile(t, dir, "prisma/schema.prisma", schema)
	gitCmd(t, dir, "commit", "-q", "-am", "add RefreshToken (and forget the migration)")

	code, out, errOut := runCLI(t, "check", "--dir", dir, "--base", "main")
	if code != exitFindings {
		t.Fatalf("exit %d, want 1\n%s%s", code, out, errOut)
	}
	// One problem, one finding: the change rule on the model line, covering
	// the table; the SQL once, the command once, one count everywhere.
	line := lineOf(t, schema, "model RefreshToken")
	if !strings.Contains(out, "prisma/schema.prisma:"+strconv.Itoa(line)+": error [rules/schema-changed-without-migration]") ||
		!strings.Contains(out, `adds table "RefreshToken"`) {
		t.Errorf("the change rule is not on the model line %d, naming the table:\n%s", line, out)
	}
	for s, want := range map[string]int{
		": error [":                   1,
		`CREATE TABLE "RefreshToken"`: 1,
		"npx prisma migrate dev":      1,
		"[drift/missing-table]":       0,
		"1 problem fails the check (1 error, 0 warnings, 0 notices).": 1,
	} {
		if n := strings.Count(out, s); n != want {
			t.Errorf("%q appears %d times, want %d:\n%s", s, n, want, out)
		}
	}
	// Commit the migration prisma migrate dev would create: green.
	fix := "prisma/migrations/20250102000000_add_refresh_token/migration.sql"
	writeFile(t, dir, fix, readFile(t, "../../examples/incident/fix/"+fix))
	// Untracked, it is still flagged: it would never reach CI.
	code, out, _ = runCLI(t, "check", "--dir", dir, "--base", "main")
	if code != exitFindings || !strings.Contains(out, "[rules/untracked-migration]") {
		t.Errorf("untracked migration: exit %d\n%s", code, out)
	}
	gitCmd(t, dir, "add", "-A")
	gitCmd(t, dir, "commit", "-q", "-m", "add the migration")
	code, out, errOut = runCLI(t, "check", "--dir", dir, "--base", "main")
	if code != exitOK {
		t.Fatalf("after committing the migration: exit %d\n%s%s", code, out, errOut)
	}
	// The same, reading the commit instead of the disk.
	if code, out, _ := runCLI(t, "check", "--dir", dir, "--base", "main", "--head", "HEAD"); code != exitOK {
		t.Errorf("--head HEAD: exit %d\n%s", code, out)
	}
	// And HEAD~1 is the broken commit.
	if code, out, _ := runCLI(t, "check", "--dir", dir, "--base", "main", "--head", "HEAD~1"); code != exitFindings {
		t.Errorf("--head HEAD~1: exit %d\n%s", code, out)
	}
}

func TestCheckStaged(t *testing.T) {
	dir := newIncidentRepo(t)
	writeFile(t, dir, "prisma/schema.prisma", readFile(t, "../../examples/incident/prisma/schema.prisma"))
	// Not staged yet: the index still matches.
	if code, out, _ := runCLI(t, "check", "--dir", dir, "--staged"); code != exitOK {
		t.Errorf("nothing staged: exit %d\n%s", code, out)
	}
	gitCmd(t, dir, "add", "prisma/schema.prisma")
	if code, out, _ := runCLI(t, "check", "--dir", dir, "--staged", "--base", "HEAD"); code != exitFindings || !strings.Contains(out, `adds table "RefreshToken"`) {
		t.Errorf("staged schema without migration: exit %d\n%s", code, out)
	}
}

func TestCheckFormats(t *testing.T) {
	dir := "../../examples/incident"
	code, out, _ := runCLI(t, "check", "--dir", dir, "--format", "json")
	if code != exitFindings {
		t.Fatalf("exit %d", code)
	}
	var fs []map[string]any
	if err := json.Unmarshal([]byte(out), &fs); err != nil {
		t.Fatalf("json: %v\n%s", err, out)
	}
	if len(fs) == 0 {
		t.Fatal("no findings in JSON")
	}
	for _, key := range []string{"rule", "severity", "message", "file", "line", "project", "sql"} {
		if _, ok := fs[0][key]; !ok {
			t.Errorf("JSON finding lacks %q: %v", key, fs[0])
		}
	}
	if !strings.Contains(fs[0]["sql"].(string), `CREATE TABLE "RefreshToken"`) {
		t.Errorf("first finding's sql: %v", fs[0]["sql"])
	}

	// workflow commands name files from the repository root (this one's,
	// or none when the source is not a git checkout)
	_, out, _ = runCLI(t, "check", "--dir", dir, "--format", "github")
	if !regexp.MustCompile(`(?m)^::error file=(examples/incident/)?prisma/schema.prisma,line=\d+,endLine=\d+,title=migsync drift/missing-table::[^\n]*%0A`).MatchString(out) {
		t.Errorf("github format:\n%s", out)
	}

	_, out, _ = runCLI(t, "check", "--dir", dir, "--format", "sarif")
	var sarif struct {
		Version string `json:"version"`
		Runs    []struct {
			Results []struct {
				RuleID    string `json:"ruleId"`
				Level     string `json:"level"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }    `json:"artifactLocation"`
						Region           struct{ StartLine int } `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &sarif); err != nil {
		t.Fatalf("sarif: %v", err)
	}
	if sarif.Version != "2.1.0" || len(sarif.Runs) != 1 || len(sarif.Runs[0].Results) == 0 {
		t.Fatalf("sarif: %+v", sarif)
	}
	r := sarif.Runs[0].Results[0]
	// --dir is a folder of this repository: the URI is repository-relative,
	// as code scanning resolves it.
	if r.Level != "error" || r.Locations[0].PhysicalLocation.ArtifactLocation.URI != "examples/incident/prisma/schema.prisma" || r.Locations[0].PhysicalLocation.Region.StartLine == 0 {
		t.Errorf("sarif result: %+v", r)
	}
}

func TestCheckUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"bad format", []string{"check", "--dir", "../../examples/incident", "--format", "xml"}, "--format"},
		{"missing dir", []string{"check", "--dir", "/nonexistent/x"}, "no such file"},
		{"staged and head", []string{"check", "--staged", "--head", "HEAD"}, "exclude each other"},
		{"base outside git", []string{"check", "--dir", t.TempDir(), "--base", "main"}, "not inside a git repository"},
		{"unknown command", []string{"frobnicate"}, "unknown command"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, tc.args...)
			if code != exitUsage || !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, errOut, tc.want)
			}
		})
	}
}

func TestCheckSchemaSyntaxErrorExits2(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "prisma/schema.prisma", "datasource db {\n  provider = \"postgresql\"\n}\nmodel User {\n  id Int @id @default(\n}\n")
	writeFile(t, dir, "prisma/migrations/1_init/migration.sql", "CREATE TABLE \"User\" (\"id\" SERIAL NOT NULL);\n")
	code, out, _ := runCLI(t, "check", "--dir", dir)
	if code != exitUsage || !strings.Contains(out, "prisma/schema.prisma:5") {
		t.Errorf("exit %d, want 2 with the syntax error's line\n%s", code, out)
	}
}

func TestCheckInSyncAndStrict(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "prisma/schema.prisma", incidentBase(t)+"\nmodel Extra {\n  id Int @id\n  @@index([id], map: \"extra_idx\")\n}\n")
	writeFile(t, dir, "prisma/migrations/20250101000000_init/migration.sql", readFile(t, "../../examples/incident/prisma/migrations/20250101000000_init/migration.sql")+
		"\nCREATE TABLE \"Extra\" (\"id\" INTEGER NOT NULL, CONSTRAINT \"Extra_pkey\" PRIMARY KEY (\"id\"));\n")
	// Only the index is missing: a warning, which fails only with --strict.
	if code, out, _ := runCLI(t, "check", "--dir", dir); code != exitOK || !strings.Contains(out, "drift/missing-index") {
		t.Errorf("missing index without --strict: exit %d\n%s", code, out)
	}
	if code, out, _ := runCLI(t, "check", "--dir", dir, "--strict"); code != exitFindings {
		t.Errorf("missing index with --strict: exit %d\n%s", code, out)
	}
}

// TestCheckSuppressions: migsync-ignore comments in the schema and in a
// migration silence their findings in every format, and the summary counts
// them; without them the check fails.
func TestCheckSuppressions(t *testing.T) {
	dir := newIncidentRepo(t)
	gitCmd(t, dir, "checkout", "-q", "-b", "feature")
	schema := readFile(t, "../../examples/incident/prisma/schema.prisma")
	writeFile(t, dir, "prisma/schema.prisma", strings.Replace(schema, "model RefreshToken {",
		"// migsync-ignore drift/missing-table: the auth service creates it\nmodel RefreshToken {", 1))
	writeFile(t, dir, "prisma/migrations/20250103000000_search/migration.sql",
		"-- migsync-ignore drift/extra-index: trigram search, by hand\nCREATE INDEX \"User_name_idx\" ON \"User\" (\"name\");\n")
	gitCmd(t, dir, "add", "-A")
	gitCmd(t, dir, "commit", "-q", "-m", "suppressed")
	code, out, errOut := runCLI(t, "check", "--dir", dir, "--base", "main")
	if code != exitOK || !strings.Contains(out, "2 suppressed by migsync-ignore") ||
		!strings.Contains(out, "prisma/schema.prisma:29: suppressed [drift/missing-table] silenced by migsync-ignore at prisma/schema.prisma:28: the auth service creates it") {
		t.Errorf("exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ = runCLI(t, "check", "--dir", dir, "--base", "main", "--format", "json")
	if code != exitOK || strings.Contains(out, "drift/") {
		t.Errorf("json: exit %d\n%s", code, out)
	}
	writeFile(t, dir, "prisma/schema.prisma", schema)
	if code, out, _ := runCLI(t, "check", "--dir", dir, "--base", "main"); code != exitFindings || !strings.Contains(out, "1 suppressed") {
		t.Errorf("without the schema's comment: exit %d\n%s", code, out)
	}
}

// TestCheckNothingCheckedIsNotAPass: a folder without any Prisma project,
// or with a schema whose first migration was never committed, says what it
// skipped, why and how to configure it; --strict fails.
func TestCheckNothingCheckedIsNotAPass(t *testing.T) {
	empty := t.TempDir()
	writeFile(t, empty, "README.md", "no Prisma here\n")
	code, out, _ := runCLI(t, "check", "--dir", empty)
	if code != exitOK || !strings.Contains(out, "nothing was checked") || !strings.Contains(out, "projects:\n        - schema: path/to/schema.prisma") {
		t.Errorf("no project: exit %d\n%s", code, out)
	}
	if code, _, _ := runCLI(t, "check", "--dir", empty, "--strict"); code != exitFindings {
		t.Errorf("no project, --strict: exit %d, want 1", code)
	}

	dir := t.TempDir()
	writeFile(t, dir, "apps/web/prisma/schema.prisma", readFile(t, "../../examples/incident/prisma/schema.prisma"))
	code, out, _ = runCLI(t, "check", "--dir", dir)
	for _, want := range []string{
		"apps/web/prisma/schema.prisma: notice [discovery/schema-without-migrations] apps/web/prisma/schema.prisma was not checked: the schema has a datasource but no migrations folder (apps/web/prisma/migrations)",
		"exclude:\n          - apps/web/prisma/schema.prisma   # uses prisma db push, no migrations",
		"(0 errors, 0 warnings, 1 notice)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("schema without migrations: no %q in:\n%s", want, out)
		}
	}
	if code != exitOK {
		t.Errorf("exit %d", code)
	}
	if code, _, _ := runCLI(t, "check", "--dir", dir, "--strict"); code != exitFindings {
		t.Errorf("schema without migrations, --strict: exit %d, want 1", code)
	}
	// Excluded as the snippet says: nothing is left to report.
	writeFile(t, dir, ".github/migsync.yml", "exclude:\n  - apps/web/prisma/schema.prisma   # uses prisma db push, no migrations\n")
	if _, out, _ := runCLI(t, "check", "--dir", dir); strings.Contains(out, "discovery/") {
		t.Errorf("excluded, still reported:\n%s", out)
	}
}

// TestCheckIncidentLink: on a branch GitHub has (the upstream of HEAD on a
// github.com remote, or a same-repository pull request in GitHub Actions),
// the text offers the new-file link whose decoded filename is the folder
// and whose content is the exact SQL; a fork's pull request gets none.
func TestCheckIncidentLink(t *testing.T) {
	dir := newIncidentRepo(t)
	gitCmd(t, dir, "checkout", "-q", "-b", "feature")
	writeFile(t, dir, "prisma/schema.prisma", readFile(t, "../../examples/incident/prisma/schema.prisma"))
	gitCmd(t, dir, "commit", "-q", "-am", "add RefreshToken")
	gitCmd(t, dir, "remote", "add", "origin", "git@github.com:acme/api.git")
	gitCmd(t, dir, "config", "branch.feature.remote", "origin")
	gitCmd(t, dir, "config", "branch.feature.merge", "refs/heads/feature")
	want := readFile(t, "../../examples/incident/expected-missing.sql")

	check := func(what, prefix string) {
		t.Helper()
		_, out, _ := runCLI(t, "check", "--dir", dir, "--base", "main")
		i := strings.Index(out, prefix)
		if i < 0 {
			t.Fatalf("%s: no link %s…:\n%s", what, prefix, out)
		}
		raw := out[i:]
		raw = raw[:strings.IndexByte(raw, '\n')]
		u, err := url.Parse(raw)
		if err != nil {
			t.Fatal(err)
		}
		q := u.Query()
		if !regexp.MustCompile(`^prisma/migrations/\d{14}_add_refresh_token/migration\.sql$`).MatchString(q.Get("filename")) ||
			q.Get("filename") <= "prisma/migrations/20250101000000_init" || strings.TrimSpace(q.Get("value")) != strings.TrimSpace(want) {
			t.Errorf("%s: link filename %q, value:\n%s", what, q.Get("filename"), q.Get("value"))
		}
		if n := strings.Count(out, "npx prisma migrate dev"); n != 1 {
			t.Errorf("%s: the command %d times", what, n)
		}
	}
	check("local upstream", "https://github.com/acme/api/new/feature?filename=")

	// In GitHub Actions, the pull request's head branch, same repository only.
	event := filepath.Join(t.TempDir(), "event.json")
	t.Setenv("GITHUB_ACTIONS", "true")
	t.Setenv("GITHUB_HEAD_REF", "feature/refresh")
	t.Setenv("GITHUB_REPOSITORY", "acme/api")
	t.Setenv("GITHUB_SERVER_URL", "https://github.com")
	t.Setenv("GITHUB_EVENT_PATH", event)
	writeFile(t, filepath.Dir(event), "event.json", `{"pull_request":{"head":{"repo":{"full_name":"acme/api"}},"base":{"repo":{"full_name":"acme/api"}}}}`)
	check("actions", "https://github.com/acme/api/new/feature/refresh?filename=")
	writeFile(t, filepath.Dir(event), "event.json", `{"pull_request":{"head":{"repo":{"full_name":"someone/api"}},"base":{"repo":{"full_name":"acme/api"}}}}`)
	if _, out, _ := runCLI(t, "check", "--dir", dir, "--base", "main"); strings.Contains(out, "/new/") {
		t.Errorf("a fork's pull request got a link:\n%s", out)
	}
}

func TestGithubURL(t *testing.T) {
	for remote, want := range map[string]string{
		"git@github.com:acme/api.git":         "https://github.com/acme/api",
		"https://github.com/acme/api.git":     "https://github.com/acme/api",
		"https://github.com/acme/api":         "https://github.com/acme/api",
		"ssh://git@github.com/acme/api.git":   "https://github.com/acme/api",
		"https://gitlab.com/acme/api.git":     "",
		"/srv/git/api.git":                    "",
		"https://github.com/acme/api/x/y.git": "",
	} {
		if got := githubURL(remote); got != want {
			t.Errorf("githubURL(%q) = %q, want %q", remote, got, want)
		}
	}
}
