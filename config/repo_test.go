package config

import (
	"fmt"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/finding"
)

const repoYAML = `
projects:
  - schema: apps/api/prisma/schema.prisma
    migrations: apps/api/prisma/migrations
rules:
  drift/: warning
  drift/missing-table: error
  drift/extra-index: off
  rules/destructive-sql: notice
ignore:
  - rule: drift/extra-trigger
  - path: "legacy/*.prisma"
  - object: index Post_title_trgm_idx
    reason: hand-made trigram index
  - rule: rules/
    path: apps/web/*
strict: true
check_name: schema sync
exclude: ["fixtures/**"]
`

func TestParseRepo(t *testing.T) {
	c, err := ParseRepo([]byte(repoYAML))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Projects) != 1 || c.Projects[0].Migrations != "apps/api/prisma/migrations" || !c.Strict || c.Name() != "schema sync" {
		t.Errorf("parsed = %+v", c)
	}
	for _, empty := range []string{"", "\n", "# only a comment\n"} {
		c, err := ParseRepo([]byte(empty))
		if err != nil || c == nil || c.Name() != DefaultCheckName {
			t.Errorf("ParseRepo(%q) = %+v, %v; want defaults", empty, c, err)
		}
	}
	var none *Repo
	if none.Name() != DefaultCheckName {
		t.Errorf("nil config name = %q", none.Name())
	}
}

func TestParseRepoErrors(t *testing.T) {
	for _, tt := range []struct{ name, body, want string }{
		{"unknown key", "strictt: true\n", "strictt"},
		{"bad severity", "rules:\n  drift/missing-index: fatal\n", `rules.drift/missing-index: severity "fatal"`},
		{"project without migrations", "projects:\n  - schema: prisma/schema.prisma\n", "projects[0]: migrations is required"},
		{"empty ignore", "ignore:\n  - reason: because\n", "ignore[0]: name at least one of rule, path, object"},
		{"bad ignore glob", "ignore:\n  - path: \"[a-\"\n", "ignore[0].path"},
		{"bad exclude glob", "exclude: [\"[\"]\n", "exclude[0]"},
		{"not a mapping", "- a\n- b\n", RepoConfigPath},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseRepo([]byte(tt.body))
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), RepoConfigPath) {
				t.Errorf("err = %v, want %s: …%s…", err, RepoConfigPath, tt.want)
			}
		})
	}
}

func TestRepoSeverity(t *testing.T) {
	c, err := ParseRepo([]byte(repoYAML))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		rule string
		sev  finding.Severity
		ok   bool
	}{
		{"drift/missing-table", finding.Error, true},    // exact id wins over the family
		{"drift/missing-column", finding.Warning, true}, // the family
		{"drift/extra-index", "", true},                 // off
		{"rules/destructive-sql", finding.Notice, true}, // exact
		{"rules/migration-edited", "", false},           // nothing configured
		{"driftless/missing-table", "", false},          // "drift/" is not a prefix of it
		{"schema/syntax", "", false},
	} {
		sev, ok := c.Severity(tt.rule)
		if sev != tt.sev || ok != tt.ok {
			t.Errorf("Severity(%s) = %q, %v; want %q, %v", tt.rule, sev, ok, tt.sev, tt.ok)
		}
	}
	var none *Repo
	if _, ok := none.Severity("drift/missing-table"); ok {
		t.Error("a nil config configures a severity")
	}
}

func TestRepoApply(t *testing.T) {
	c, err := ParseRepo([]byte(repoYAML))
	if err != nil {
		t.Fatal(err)
	}
	in := []finding.Finding{
		{Rule: "drift/missing-column", Severity: finding.Error, File: "apps/api/prisma/schema.prisma", Line: 9},
		{Rule: "drift/missing-table", Severity: finding.Error, File: "apps/api/prisma/schema.prisma", Line: 3},
		{Rule: "drift/extra-index", Severity: finding.Notice, File: "m.sql", Line: 1},                         // off
		{Rule: "drift/extra-trigger", Severity: finding.Notice, File: "m.sql", Line: 2},                       // ignored by rule
		{Rule: "drift/missing-column", Severity: finding.Error, File: "legacy/schema.prisma", Line: 4},        // ignored by path
		{Rule: "drift/missing-index", Severity: finding.Warning, Object: "index Post_title_trgm_idx"},         // ignored by object
		{Rule: "rules/migration-edited", Severity: finding.Error, File: "apps/web/x.sql"},                     // ignored: family and path
		{Rule: "rules/migration-edited", Severity: finding.Error, File: "apps/api/prisma/migrations/1/x.sql"}, // kept: path differs
	}
	got := c.Apply(in)
	var desc []string
	for _, f := range got {
		desc = append(desc, string(f.Severity)+" "+f.Rule+" "+f.File)
	}
	want := []string{
		"error rules/migration-edited apps/api/prisma/migrations/1/x.sql", // finding.Sort: severity, then file
		"error drift/missing-table apps/api/prisma/schema.prisma",
		"warning drift/missing-column apps/api/prisma/schema.prisma",
	}
	if strings.Join(desc, "\n") != strings.Join(want, "\n") {
		t.Errorf("Apply =\n%s\nwant\n%s", strings.Join(desc, "\n"), strings.Join(want, "\n"))
	}
	if in[0].Severity != finding.Error {
		t.Error("Apply changed its input")
	}
	var none *Repo
	if n := len(none.Apply(in)); n != len(in) {
		t.Errorf("a nil config dropped findings: %d of %d kept", n, len(in))
	}
}

func TestRepoRuleRefs(t *testing.T) {
	c, err := ParseRepo([]byte(repoYAML))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range c.RuleRefs() {
		got = append(got, fmt.Sprintf("%d %s %s", r.Line, r.Where, r.ID))
	}
	want := []string{
		"6 rules drift/", "7 rules drift/missing-table", "8 rules drift/extra-index", "9 rules rules/destructive-sql",
		"11 ignore[0].rule drift/extra-trigger", "15 ignore[3].rule rules/",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("RuleRefs =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// A configuration built in code has no lines but the same ids.
	built := &Repo{Rules: map[string]string{"b/": "off", "a/x": "error"}, Ignore: []Ignore{{Path: "x"}, {Rule: "c/y"}}}
	got = got[:0]
	for _, r := range built.RuleRefs() {
		got = append(got, fmt.Sprintf("%d %s %s", r.Line, r.Where, r.ID))
	}
	if strings.Join(got, ",") != "0 rules a/x,0 rules b/,0 ignore[1].rule c/y" {
		t.Errorf("built RuleRefs = %v", got)
	}
	var none *Repo
	if none.RuleRefs() != nil {
		t.Error("nil config has rule refs")
	}
}

// TestIgnorePathGlobs: an ignore path is the same glob language as exclude:
// "**" crosses folders, "*" stays in one, and a glob naming a folder covers
// the files below it. Before doublestar, "**" in an ignore path matched one
// folder level only, while exclude crossed any number.
func TestIgnorePathGlobs(t *testing.T) {
	tests := []struct {
		glob, file string
		ignored    bool
	}{
		{"**/schema.prisma", "packages/db/prisma/schema.prisma", true},
		{"**/schema.prisma", "schema.prisma", true},
		{"packages/**/schema.prisma", "packages/db/prisma/schema.prisma", true},
		{"packages/**", "packages/db/prisma/migrations/1_init/migration.sql", true},
		{"legacy/*.prisma", "legacy/schema.prisma", true},
		{"legacy/*.prisma", "legacy/old/schema.prisma", false},
		{"legacy", "legacy/old/schema.prisma", true},
		{"legacy/", "legacy/old/schema.prisma", true},
		{"packages/**/schema.prisma", "apps/db/schema.prisma", false},
		{"prisma/schema.prisma", "prisma/schema.prisma.bak", false},
	}
	for _, tt := range tests {
		c := &Repo{Ignore: []Ignore{{Path: tt.glob}}}
		if err := c.Validate(); err != nil {
			t.Fatalf("glob %q: %v", tt.glob, err)
		}
		if got := c.Ignored(finding.Finding{Rule: "drift/missing-table", File: tt.file}); got != tt.ignored {
			t.Errorf("ignore path %q, file %q: ignored = %v, want %v", tt.glob, tt.file, got, tt.ignored)
		}
	}
}

// TestParseRepoSaysWhatIsWrong: every shape error names the key, the line
// and, for a typo, the closest key; none names a Go type.
func TestParseRepoSaysWhatIsWrong(t *testing.T) {
	for _, c := range []struct{ yml, want string }{
		{"strictt: true\n", `line 1: unknown key "strictt"; did you mean "strict"?`},
		{"exclud: [a]\n", `did you mean "exclude"?`},
		{"ignore:\n  - rule: drift/\n    file: x\n", `line 3: unknown key "file" in ignore[0]; did you mean "path"?`},
		{"projects:\n  - schem: x\n", `line 2: unknown key "schem" in projects[0]; did you mean "schema"?`},
		{"wibble: 1\n", `line 1: unknown key "wibble"; the keys are projects, rules, ignore, strict, fail_on_preexisting, check_name, exclude`},
		{"strict: yes please\n", `line 1: strict must be true or false, not "yes please"`},
		{"projects: foo\n", `line 1: projects must be a list`},
		{"rules:\n  drift/: [a]\n", `line 2: rules.drift/ must be a single value, not a list`},
		{"ignore: {rule: x}\n", `line 1: ignore must be a list`},
	} {
		_, err := ParseRepo([]byte(c.yml))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.yml, err, c.want)
			continue
		}
		for _, goName := range []string{"config.", "!!", "unmarshal", "[]"} {
			if strings.Contains(err.Error(), goName) {
				t.Errorf("%q: %v names a Go type", c.yml, err)
			}
		}
	}
	// Empty values are defaults, as before.
	if _, err := ParseRepo([]byte("strict:\nrules:\nprojects:\n")); err != nil {
		t.Errorf("empty values: %v", err)
	}
}
