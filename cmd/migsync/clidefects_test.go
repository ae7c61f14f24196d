package main

// Tests for the CLI defects of issue 10, point 4; each failed before its fix.

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// monorepo makes a git repository with the incident project under
// packages/db (main: before the incident) and a feature branch that adds
// RefreshToken without its migration; it returns the repository.
func monorepo(t *testing.T, projects ...string) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	gitCmd(t, dir, "init", "-q", "-b", "main")
	for _, p := range projects {
		writeFile(t, dir, p+"/prisma/schema.prisma", incidentBase(t))
		writeFile(t, dir, p+"/prisma/migrations/migration_lock.toml", readFile(t, "../../examples/incident/prisma/migrations/migration_lock.toml"))
		writeFile(t, dir, p+"/prisma/migrations/20250101000000_init/migration.sql", readFile(t, "../../examples/incident/prisma/migrations/20250101000000_init/migration.sql"))
	}
	gitCmd(t, dir, "add", "-A")
	gitCmd(t, dir, "commit", "-q", "-m", "init")
	gitCmd(t, dir, "checkout", "-q", "-b", "feature")
	for _, p := range projects {
		writeFile(t, dir, p+"/prisma/schema.prisma", readFile(t, "../../examples/incident/prisma/schema.prisma"))
	}
	gitCmd(t, dir, "commit", "-q", "-am", "add RefreshToken")
	return dir
}

// TestCLIPathsAreRepositoryRelative: with --dir a sub-folder, the machine
// formats name files by their path in the repository (GitHub resolves
// file= and SARIF URIs against the workspace, the repository root).
func TestCLIPathsAreRepositoryRelative(t *testing.T) {
	dir := monorepo(t, "packages/db")
	const want = "packages/db/prisma/schema.prisma"
	for _, format := range []string{"json", "sarif", "github"} {
		code, out, errOut := runCLI(t, "check", "--dir", filepath.Join(dir, "packages", "db"), "--base", "main", "--format", format)
		if code != exitFindings {
			t.Fatalf("%s: exit %d\n%s%s", format, code, out, errOut)
		}
		var files []string
		switch format {
		case "json":
			var fs []struct{ File, Project string }
			if err := json.Unmarshal([]byte(out), &fs); err != nil {
				t.Fatal(err)
			}
			for _, f := range fs {
				files = append(files, f.File, f.Project)
			}
		case "sarif":
			var log struct {
				Runs []struct {
					Results []struct {
						Locations []struct {
							PhysicalLocation struct{ ArtifactLocation struct{ URI string } }
						}
					}
				}
			}
			if err := json.Unmarshal([]byte(out), &log); err != nil {
				t.Fatal(err)
			}
			for _, r := range log.Runs[0].Results {
				for _, l := range r.Locations {
					files = append(files, l.PhysicalLocation.ArtifactLocation.URI)
				}
			}
		case "github":
			for _, l := range strings.Split(out, "\n") {
				if _, rest, ok := strings.Cut(l, "file="); ok {
					files = append(files, rest[:strings.IndexByte(rest, ',')])
				}
			}
		}
		if len(files) == 0 {
			t.Errorf("%s: no file named:\n%s", format, out)
		}
		for _, f := range files {
			if f != want {
				t.Errorf("%s names %q, want %q", format, f, want)
			}
		}
	}
	// The command is run "from the repository root", whatever --dir is.
	_, out, _ := runCLI(t, "check", "--dir", filepath.Join(dir, "packages", "db"), "--base", "main")
	if !strings.Contains(out, "from the repository root") || !strings.Contains(out, "    cd packages/db && npx prisma migrate dev --name add_refresh_token\n") {
		t.Errorf("text with --dir packages/db:\n%s", out)
	}
}

// TestCLITextPrintsEveryFindingItCounts: the configuration's warnings are
// printed, not only counted, with projects and without.
func TestCLITextPrintsEveryFindingItCounts(t *testing.T) {
	for _, withProject := range []bool{true, false} {
		dir := t.TempDir()
		writeFile(t, dir, ".github/migsync.yml", "rules:\n  drift/missing-tabel: error\n")
		if withProject {
			writeFile(t, dir, "prisma/schema.prisma", readFile(t, "../../examples/incident/prisma/schema.prisma"))
			writeFile(t, dir, "prisma/migrations/20250101000000_init/migration.sql", readFile(t, "../../examples/incident/prisma/migrations/20250101000000_init/migration.sql"))
		}
		_, out, _ := runCLI(t, "check", "--dir", dir)
		if !strings.Contains(out, `.github/migsync.yml:2: warning [config/unknown-rule] rules: "drift/missing-tabel" is not a migsync rule`) ||
			!strings.Contains(out, "1 warning") {
			t.Errorf("project %v: the configuration's warning is not printed and counted:\n%s", withProject, out)
		}
	}
}

// TestCLIMonorepoCommandRuns: the command printed for a project of a
// monorepo does what it says when run from the repository root (npx is a
// stub recording where it ran and with which arguments).
func TestCLIMonorepoCommandRuns(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	dir := monorepo(t, "packages/a", "packages/b")
	_, out, _ := runCLI(t, "check", "--dir", dir, "--base", "main")
	bin := t.TempDir()
	log := filepath.Join(bin, "log")
	writeFile(t, bin, "npx", "#!/bin/sh\necho \"$(pwd) $*\" >> "+log+"\n")
	if err := os.Chmod(filepath.Join(bin, "npx"), 0o755); err != nil {
		t.Fatal(err)
	}
	var cmds []string
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "npx prisma migrate dev") {
			cmds = append(cmds, strings.TrimSpace(l))
		}
	}
	if len(cmds) != 2 {
		t.Fatalf("want one command per project, got %q:\n%s", cmds, out)
	}
	for _, c := range cmds {
		cmd := exec.Command(sh, "-c", c)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", c, err, b)
		}
	}
	got := readFile(t, log)
	for _, p := range []string{"packages/a", "packages/b"} {
		// Prisma, run there without --schema, finds prisma/schema.prisma.
		want := filepath.Join(dir, p) + " prisma migrate dev --name add_refresh_token\n"
		if !strings.Contains(got, want) {
			t.Errorf("npx ran as:\n%swant a line %q", got, want)
		}
		if _, err := os.Stat(filepath.Join(dir, p, "prisma", "schema.prisma")); err != nil {
			t.Error(err)
		}
	}
}

// TestCLIExitCodesAndHeaders: an unreadable or invalid schema exits 2, as
// the README says, and the header names only what is known.
func TestCLIExitCodesAndHeaders(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "prisma/schema.prisma", "datasource db {\n  provider = \"postgresql\"\n  url = env(\"D\")\n}\n\nmodel User {\n  id Strin @id\n}\n")
	writeFile(t, dir, "prisma/migrations/20250101000000_init/migration.sql", `CREATE TABLE "User" ("id" TEXT NOT NULL);`)
	code, out, _ := runCLI(t, "check", "--dir", dir)
	if code != exitUsage {
		t.Errorf("invalid schema: exit %d, want 2\n%s", code, out)
	}
	if strings.Contains(out, "0 migrations") || strings.Contains(out, "(,") {
		t.Errorf("header claims what was not read:\n%s", out)
	}
	code, out, _ = runCLI(t, "check", "--dir", dir, "--schema", "prisma/missing.prisma", "--migrations", "prisma/migrations")
	if code != exitUsage || strings.Contains(out, "(,") || strings.Contains(out, "0 migrations") {
		t.Errorf("unreadable schema: exit %d, want 2\n%s", code, out)
	}
}

// TestCLIDidYouMeanAndNoGoTypes: an unknown type or configuration key gets
// the closest name; no message names a Go type.
func TestCLIDidYouMeanAndNoGoTypes(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "prisma/schema.prisma", "datasource db {\n  provider = \"postgresql\"\n  url = env(\"D\")\n}\n\nmodel User {\n  id   Strin @id\n  role Rol\n}\n\nenum Role {\n  A\n}\n")
	writeFile(t, dir, "prisma/migrations/20250101000000_init/migration.sql", `CREATE TABLE "User" ("id" TEXT NOT NULL);`)
	_, out, _ := runCLI(t, "check", "--dir", dir)
	for _, want := range []string{`did you mean "String"?`, `did you mean "Role"?`} {
		if !strings.Contains(out, want) {
			t.Errorf("no %s:\n%s", want, out)
		}
	}
	goType := func(s string) bool {
		return strings.Contains(s, "config.") || strings.Contains(s, "!!") || strings.Contains(s, "[]") || strings.Contains(s, "unmarshal")
	}
	for _, c := range []struct{ yml, want string }{
		{"strictt: true\n", `did you mean "strict"?`},
		{"ignore:\n  - rule: drift/\n    file: x\n", `did you mean "path"?`},
		{"strict: yes please\n", "strict"},
		{"projects: foo\n", "projects"},
	} {
		writeFile(t, dir, ".github/migsync.yml", c.yml)
		code, _, errOut := runCLI(t, "check", "--dir", dir)
		if code != exitUsage || !strings.Contains(errOut, c.want) || goType(errOut) {
			t.Errorf("%q: exit %d, stderr %q: want %q and no Go type name", c.yml, code, errOut, c.want)
		}
	}
}

// TestCLIBaseConfigProblemIsPreexisting: a typo in the configuration the
// base branch already has is pre-existing and fails no pull request that
// did not touch it (even with strict: true); one the change introduces does.
func TestCLIBaseConfigProblemIsPreexisting(t *testing.T) {
	dir := newIncidentRepo(t)
	writeFile(t, dir, ".github/migsync.yml", "strict: true\nrules:\n  drift/missing-tabel: error\n")
	gitCmd(t, dir, "add", "-A")
	gitCmd(t, dir, "commit", "-q", "-m", "config")
	gitCmd(t, dir, "checkout", "-q", "-b", "feature")
	writeFile(t, dir, "README.md", "docs\n")
	gitCmd(t, dir, "add", "-A")
	gitCmd(t, dir, "commit", "-q", "-m", "docs")
	code, out, _ := runCLI(t, "check", "--dir", dir, "--base", "main")
	if code != exitOK || !strings.Contains(out, "warning (pre-existing) [config/unknown-rule]") {
		t.Errorf("pre-existing config typo: exit %d\n%s", code, out)
	}
	writeFile(t, dir, ".github/migsync.yml", "strict: true\nrules:\n  drift/missing-tabel: error\n  rules/destructiv-sql: off\n")
	gitCmd(t, dir, "commit", "-q", "-am", "another typo")
	code, out, _ = runCLI(t, "check", "--dir", dir, "--base", "main")
	if code != exitFindings || !strings.Contains(out, "warning [config/unknown-rule] rules: \"rules/destructiv-sql\"") ||
		!strings.Contains(out, "warning (pre-existing) [config/unknown-rule] rules: \"drift/missing-tabel\"") {
		t.Errorf("introduced config typo under strict: exit %d\n%s", code, out)
	}

	// A configuration the base branch cannot parse either: the change did
	// not break it, so it is checked with the defaults and a warning.
	gitCmd(t, dir, "checkout", "-q", "main")
	writeFile(t, dir, ".github/migsync.yml", "strictt: true\n")
	gitCmd(t, dir, "commit", "-q", "-am", "broken config")
	gitCmd(t, dir, "checkout", "-q", "-b", "docs")
	writeFile(t, dir, "README.md", "more docs\n")
	gitCmd(t, dir, "add", "-A")
	gitCmd(t, dir, "commit", "-q", "-m", "more docs")
	code, out, errOut := runCLI(t, "check", "--dir", dir, "--base", "main")
	if code != exitOK || !strings.Contains(errOut, `unknown key "strictt"`) || !strings.Contains(errOut, "already so on the base branch") {
		t.Errorf("config broken on the base: exit %d\n%s%s", code, out, errOut)
	}
	// Broken by the change itself: a usage error, as without --base.
	writeFile(t, dir, ".github/migsync.yml", "strictt: false\n")
	gitCmd(t, dir, "commit", "-q", "-am", "touch the broken config")
	if code, _, errOut := runCLI(t, "check", "--dir", dir, "--base", "main"); code != exitUsage || !strings.Contains(errOut, `unknown key "strictt"`) {
		t.Errorf("config broken by the change: exit %d, %s", code, errOut)
	}
}

// TestCLIStagedMigrationNotStagedSaysGitAdd: before a commit, the schema is
// staged and the migration folder exists but is not: the fix is `git add`,
// never "create a migration" (that would make a duplicate).
func TestCLIStagedMigrationNotStagedSaysGitAdd(t *testing.T) {
	dir := newIncidentRepo(t)
	writeFile(t, dir, "prisma/schema.prisma", readFile(t, "../../examples/incident/prisma/schema.prisma"))
	fix := "prisma/migrations/20250102000000_add_refresh_token/migration.sql"
	writeFile(t, dir, fix, readFile(t, "../../examples/incident/fix/"+fix))
	gitCmd(t, dir, "add", "prisma/schema.prisma")
	for _, args := range [][]string{{"--staged"}, {"--staged", "--base", "HEAD"}} {
		code, out, errOut := runCLI(t, append([]string{"check", "--dir", dir}, args...)...)
		if code != exitFindings {
			t.Errorf("%v: exit %d, want 1\n%s%s", args, code, out, errOut)
		}
		if !strings.Contains(out, "git add prisma/migrations/20250102000000_add_refresh_token") {
			t.Errorf("%v: does not say git add:\n%s", args, out)
		}
		for _, bad := range []string{"prisma migrate dev", "Prisma would generate", "drift/missing-table", "schema-changed-without-migration"} {
			if strings.Contains(out, bad) {
				t.Errorf("%v: says %q although the migration exists:\n%s", args, bad, out)
			}
		}
	}
	// Staged, it passes.
	gitCmd(t, dir, "add", "prisma/migrations")
	if code, out, _ := runCLI(t, "check", "--dir", dir, "--staged", "--base", "HEAD"); code != exitOK {
		t.Errorf("everything staged: exit %d\n%s", code, out)
	}
}
