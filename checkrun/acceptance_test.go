package checkrun_test

// Acceptance tests: the engine against what Prisma 7.10.1 itself says.
//
//   - every corpus unit (testdata/corpus, verdicts in expected.json): no
//     error where Prisma finds the pair in sync; where Prisma reports a drift,
//     exactly the listed differences, with their classification;
//   - every generated case (testdata/generated/<project>/<case>/case.json):
//     the finding at the right file and line with the right severity, the
//     fix SQL equal to Prisma's, nothing at all for cosmetic edits;
//   - the incident example (examples/incident).
//
// The data is written by scripts/regen-corpus.sh and
// scripts/gen-drift-cases.sh with the oracle; these tests never call it.

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/checkrun/tree"
)

const (
	testdataDir  = "../testdata"
	incidentDir  = "../examples/incident"
	inSync       = "in sync"
	driftVerdict = "drift"
)

// corpusUnit mirrors an entry of testdata/corpus/expected.json.
type corpusUnit struct {
	Name           string       `json:"name"`
	Project        string       `json:"project"`
	Schema         string       `json:"schema"`
	Migrations     string       `json:"migrations"`
	Provider       string       `json:"provider"`
	MigrationCount int          `json:"migrationCount"`
	Verdict        string       `json:"verdict"`
	Differences    []difference `json:"differences"`
	// Notices: objects Prisma's diff ignores (partial indexes, CHECK
	// constraints, triggers) that a checker may mention as notices.
	Notices []struct {
		Kind   string `json:"kind"`
		Object string `json:"object"`
	} `json:"notices"`
}

// listedNotice reports whether f is a notice about one of the unit's listed
// objects.
func (u corpusUnit) listedNotice(f finding.Finding) bool {
	if f.Severity != finding.Notice {
		return false
	}
	for _, n := range u.Notices {
		if strings.Contains(subject(f), n.Object) {
			return true
		}
	}
	return false
}

type difference struct {
	Action   string   `json:"action"`
	Object   string   `json:"object"`
	Group    string   `json:"group"`
	Match    []string `json:"match"`
	Class    string   `json:"class"`
	Severity string   `json:"severity"`
	Optional bool     `json:"optional"`
}

// generatedCase mirrors a testdata/generated/<project>/<case>/case.json.
type generatedCase struct {
	Description string            `json:"description"`
	Base        string            `json:"base"`
	Unit        string            `json:"unit"`
	Schema      string            `json:"schema"`
	Migrations  string            `json:"migrations"`
	Replace     map[string]string `json:"replace"`
	Remove      []string          `json:"remove"`
	Verdict     string            `json:"verdict"`
	ExpectedSQL string            `json:"expectedSQL"`
	Cosmetic    bool              `json:"cosmetic"`
	Findings    []wantFinding     `json:"findings"`
	Allowed     []span            `json:"allowed"`
}

type wantFinding struct {
	Family    string     `json:"family"`
	Severity  string     `json:"severity"`
	Class     string     `json:"class"`
	Objects   []string   `json:"objects"`
	Locations []position `json:"locations"`
}

type position struct {
	File string `json:"file"`
	Line int    `json:"line"`
	Text string `json:"text"`
}

type span struct {
	File string `json:"file"`
	From int    `json:"from"`
	To   int    `json:"to"`
}

func loadUnits(t *testing.T) []corpusUnit {
	t.Helper()
	var file struct {
		Units []corpusUnit `json:"units"`
	}
	readJSON(t, filepath.Join(testdataDir, "corpus", "expected.json"), &file)
	if len(file.Units) == 0 {
		t.Fatal("expected.json lists no unit")
	}
	return file.Units
}

func readJSON(t *testing.T, name string, v any) {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

// unitTree loads only the unit's schema and migrations from disk, so that
// each analysis sees exactly one project.
func unitTree(t *testing.T, root, schema, migrations string) tree.Map {
	t.Helper()
	m := tree.Map{}
	for _, p := range []string{schema, migrations} {
		dir := filepath.Join(root, filepath.FromSlash(p))
		err := filepath.WalkDir(dir, func(name string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := os.ReadFile(name)
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(root, name)
			m[filepath.ToSlash(rel)] = string(b)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return m
}

func analyze(t *testing.T, head tree.Tree, schema string) *checkrun.Project {
	t.Helper()
	res, err := checkrun.Analyze(context.Background(), nil, head, checkrun.Options{})
	if err != nil {
		t.Fatalf("Analyze: %v", err)
	}
	checkrun.CheckDocumented(t, res.Findings)
	var names []string
	for _, p := range res.Projects {
		if strings.TrimSuffix(p.Schema, "/") == schema {
			return p
		}
		names = append(names, p.Schema)
	}
	t.Fatalf("no project with schema %s; found %v (findings: %s)", schema, names, listFindings(res.Findings))
	return nil
}

// groups indexes a unit's differences by group.
type groups map[string]*difference

func groupDifferences(ds []difference) groups {
	g := groups{}
	for i := range ds {
		if _, ok := g[ds[i].Group]; !ok {
			g[ds[i].Group] = &ds[i]
		}
	}
	return g
}

// objectName is a finding's Object without quotes.
func objectName(f finding.Finding) string { return strings.ReplaceAll(f.Object, `"`, "") }

// subject is what a finding talks about: its Object and Message, without
// quotes (the engine names a foreign key's relation field in Object and the
// constraint in Message).
func subject(f finding.Finding) string {
	return strings.ReplaceAll(f.Object+" — "+f.Message, `"`, "")
}

// match returns the group a finding is about: the one whose name is the
// longest part of the finding's subject ("" when none).
func (g groups) match(f finding.Finding) string {
	obj, best, bestLen := subject(f), "", 0
	for name, d := range g {
		for _, m := range d.Match {
			if strings.Contains(obj, m) && len(m) > bestLen {
				best, bestLen = name, len(m)
			}
		}
	}
	return best
}

// checkGroup reports a finding whose classification differs from its group's.
func (g groups) checkGroup(f finding.Finding, name string) string {
	d := g[name]
	switch {
	case string(f.Class) != d.Class:
		return fmt.Sprintf("class %s, want %s", f.Class, d.Class)
	case d.Optional && f.Severity.Rank() > severity(d.Severity).Rank():
		return fmt.Sprintf("severity %s, want at most %s", f.Severity, d.Severity)
	case !d.Optional && string(f.Severity) != d.Severity:
		return fmt.Sprintf("severity %s, want %s", f.Severity, d.Severity)
	}
	return ""
}

func severity(s string) finding.Severity { return finding.Severity(s) }

// tolerated reports whether an unexplained finding is allowed anyway: a
// notice that is not a drift (e.g. a replay remark on data SQL).
func tolerated(f finding.Finding) bool {
	return f.Severity == finding.Notice && !strings.HasPrefix(f.Rule, "drift/")
}

func TestAcceptanceCorpus(t *testing.T) {
	for _, u := range loadUnits(t) {
		t.Run(u.Name, func(t *testing.T) {
			root := filepath.Join(testdataDir, "corpus", u.Project)
			p := analyze(t, unitTree(t, root, u.Schema, u.Migrations), u.Schema)
			if p.MigrationCount != u.MigrationCount {
				t.Errorf("MigrationCount = %d, want %d", p.MigrationCount, u.MigrationCount)
			}
			problems := u.problems(t, p.Findings)
			if u.Verdict == inSync && strings.TrimSpace(p.MissingSQL) != "" {
				problems = append(problems, "MissingSQL is not empty for an in-sync unit:\n"+p.MissingSQL)
			}
			if len(problems) > 0 {
				t.Errorf("%s (%s): Prisma says %s\n%s\nall findings:\n%s", u.Name, u.Schema, u.Verdict,
					strings.Join(problems, "\n"), listFindings(p.Findings))
			}
		})
	}
}

// problems compares a unit's findings with Prisma's verdict: every listed
// difference reported with its classification, nothing else but tolerated
// notices (for a unit without a reference: no error).
func (u corpusUnit) problems(t *testing.T, fs []finding.Finding) []string {
	g := groupDifferences(u.Differences)
	seen := map[string]bool{}
	var problems []string
	for _, f := range fs {
		name := g.match(f)
		switch {
		case name != "":
			seen[name] = true
			if msg := g.checkGroup(f, name); msg != "" {
				problems = append(problems, fmt.Sprintf("%s: %s", describe(f), msg))
			}
		case u.Verdict == driftVerdict || u.Verdict == inSync:
			if !tolerated(f) && !u.listedNotice(f) {
				problems = append(problems, "unexpected: "+describe(f))
			} else {
				t.Logf("tolerated notice: %s", describe(f))
			}
		default: // no reference: only errors are wrong
			if f.Severity == finding.Error {
				problems = append(problems, "unexpected error: "+describe(f))
			}
		}
	}
	for _, name := range sortedGroups(g) {
		if d := g[name]; !seen[name] && !d.Optional {
			problems = append(problems, fmt.Sprintf("not reported: %s %s (%s, %s)", d.Action, d.Object, d.Class, d.Severity))
		}
	}
	return problems
}

func sortedGroups(g groups) []string {
	var names []string
	for n := range g {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func TestAcceptanceGenerated(t *testing.T) {
	units := map[string]corpusUnit{}
	for _, u := range loadUnits(t) {
		units[u.Name] = u
	}
	cases, err := filepath.Glob(filepath.Join(testdataDir, "generated", "*", "*", "case.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatal("no generated case under testdata/generated")
	}
	for _, file := range cases {
		dir := filepath.Dir(file)
		name := filepath.Base(filepath.Dir(dir)) + "/" + filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			var c generatedCase
			readJSON(t, file, &c)
			u, ok := units[c.Unit]
			if !ok {
				t.Fatalf("case names unknown unit %q", c.Unit)
			}
			head := caseTree(t, dir, c)
			p := analyze(t, head, c.Schema)
			checkCase(t, c, u, head, p)
			want, err := os.ReadFile(filepath.Join(dir, c.ExpectedSQL))
			if err != nil {
				t.Fatal(err)
			}
			checkSQL(t, string(want), p.MissingSQL)
		})
	}
}

// caseTree is the base project with the case's files replaced and folders removed.
func caseTree(t *testing.T, dir string, c generatedCase) tree.Map {
	t.Helper()
	m := unitTree(t, filepath.Join(testdataDir, filepath.FromSlash(c.Base)), c.Schema, c.Migrations)
	for target, src := range c.Replace {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(src)))
		if err != nil {
			t.Fatal(err)
		}
		m[target] = string(b)
	}
	for _, r := range c.Remove {
		n := 0
		for p := range m {
			if strings.HasPrefix(p, r+"/") {
				delete(m, p)
				n++
			}
		}
		if n == 0 {
			t.Fatalf("remove %s: no such folder in the base project", r)
		}
	}
	return m
}

func checkCase(t *testing.T, c generatedCase, u corpusUnit, head tree.Map, p *checkrun.Project) {
	t.Helper()
	baseline := groupDifferences(u.Differences)
	var problems []string
	used := make([]bool, len(p.Findings))
	allowed := append([]span{}, c.Allowed...)
	for _, w := range c.Findings {
		for _, l := range w.Locations { // more findings on a wanted line are fine
			allowed = append(allowed, span{File: l.File, From: l.Line, To: l.Line})
		}
	}
	for _, w := range c.Findings {
		i := findWanted(p.Findings, w)
		if i < 0 {
			problems = append(problems, "not reported: "+describeWant(w))
			continue
		}
		used[i] = true
	}
	for i, f := range p.Findings {
		switch {
		case used[i], inSpans(f, allowed):
		case baseline.match(f) != "":
			if msg := baseline.checkGroup(f, baseline.match(f)); msg != "" {
				problems = append(problems, fmt.Sprintf("%s (the unit's own drift): %s", describe(f), msg))
			}
		case tolerated(f), u.listedNotice(f):
			t.Logf("tolerated notice: %s", describe(f))
		default:
			problems = append(problems, "unexpected: "+describe(f)+atLine(head, f))
		}
	}
	if len(problems) > 0 {
		kind := "drift case"
		if c.Cosmetic {
			kind = "cosmetic case (nothing above notice may be reported)"
		}
		t.Errorf("%s: %s\n%s\nall findings:\n%s", kind, c.Description, strings.Join(problems, "\n"), listFindings(p.Findings))
	}
}

// findWanted returns the index of the finding w describes, or -1.
func findWanted(fs []finding.Finding, w wantFinding) int {
	for i, f := range fs {
		if !strings.HasPrefix(f.Rule, w.Family+"/") || string(f.Severity) != w.Severity || string(f.Class) != w.Class {
			continue
		}
		if !containsAny(objectName(f), w.Objects) {
			continue
		}
		for _, l := range w.Locations {
			if f.File == l.File && f.Line == l.Line {
				return i
			}
		}
	}
	return -1
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func inSpans(f finding.Finding, spans []span) bool {
	for _, s := range spans {
		if f.File == s.File && f.Line >= s.From && f.Line <= s.To {
			return true
		}
	}
	return false
}

// checkSQL compares the rendered fix with Prisma's, ignoring trailing
// whitespace only.
func checkSQL(t *testing.T, want, got string) {
	t.Helper()
	if normalizeSQL(want) == normalizeSQL(got) {
		return
	}
	t.Errorf("MissingSQL differs from Prisma's (- Prisma, + migsync):\n%s", lineDiff(normalizeSQL(want), normalizeSQL(got)))
}

func normalizeSQL(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t\r")
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n")
}

// lineDiff is a minimal line diff (longest common subsequence) for failure
// messages.
func lineDiff(a, b string) string {
	x, y := strings.Split(a, "\n"), strings.Split(b, "\n")
	if a == "" {
		x = nil
	}
	if b == "" {
		y = nil
	}
	lcs := make([][]int, len(x)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(y)+1)
	}
	for i := len(x) - 1; i >= 0; i-- {
		for j := len(y) - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out strings.Builder
	i, j := 0, 0
	for i < len(x) || j < len(y) {
		switch {
		case i < len(x) && j < len(y) && x[i] == y[j]:
			fmt.Fprintf(&out, "  %s\n", x[i])
			i, j = i+1, j+1
		case j < len(y) && (i == len(x) || lcs[i][j+1] >= lcs[i+1][j]):
			fmt.Fprintf(&out, "+ %s\n", y[j])
			j++
		default:
			fmt.Fprintf(&out, "- %s\n", x[i])
			i++
		}
	}
	return out.String()
}

func describe(f finding.Finding) string {
	return fmt.Sprintf("%s:%d %s %s [%s] %s — %s", f.File, f.Line, f.Severity, f.Rule, f.Class, f.Object, f.Message)
}

func describeWant(w wantFinding) string {
	var at []string
	for _, l := range w.Locations {
		at = append(at, fmt.Sprintf("%s:%d (%q)", l.File, l.Line, l.Text))
	}
	return fmt.Sprintf("%s %s/… [%s] about one of %q at %s", w.Severity, w.Family, w.Class, w.Objects, strings.Join(at, " or "))
}

// atLine shows the source line a finding points at.
func atLine(head tree.Map, f finding.Finding) string {
	lines := strings.Split(head[f.File], "\n")
	if f.Line < 1 || f.Line > len(lines) {
		return ""
	}
	return fmt.Sprintf("  (line: %q)", strings.TrimSpace(lines[f.Line-1]))
}

func listFindings(fs []finding.Finding) string {
	if len(fs) == 0 {
		return "  (none)"
	}
	var b strings.Builder
	for _, f := range fs {
		b.WriteString("  " + describe(f) + "\n")
	}
	return b.String()
}

// TestAcceptanceIncident: the README's first command on examples/incident
// reports the missing RefreshToken table on its model line with Prisma's SQL;
// with the fix migration committed, nothing is left.
func TestAcceptanceIncident(t *testing.T) {
	const schema = "prisma/schema.prisma"
	head := unitTree(t, incidentDir, schema, "prisma/migrations")
	p := analyze(t, head, schema)
	line := lineOf(t, head[schema], "model RefreshToken {")
	w := wantFinding{Family: "drift", Severity: "error", Class: "breaking", Objects: []string{"RefreshToken"},
		Locations: []position{{File: schema, Line: line, Text: "model RefreshToken {"}}}
	if findWanted(p.Findings, w) < 0 {
		t.Errorf("not reported: %s\nall findings:\n%s", describeWant(w), listFindings(p.Findings))
	}
	want, err := os.ReadFile(filepath.Join(incidentDir, "expected-missing.sql"))
	if err != nil {
		t.Fatal(err)
	}
	checkSQL(t, string(want), p.MissingSQL)

	fixed := unitTree(t, incidentDir, schema, "prisma/migrations")
	fix := filepath.Join(incidentDir, "fix")
	err = filepath.WalkDir(fix, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(name)
		rel, _ := filepath.Rel(fix, name)
		fixed[path.Clean(filepath.ToSlash(rel))] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	p = analyze(t, fixed, schema)
	if max := finding.Max(p.Findings); max.Rank() > finding.Notice.Rank() || strings.TrimSpace(p.MissingSQL) != "" {
		t.Errorf("with the fix migration: want nothing above notice and no SQL, got:\n%s\nSQL:\n%s", listFindings(p.Findings), p.MissingSQL)
	}
}

func lineOf(t *testing.T, text, prefix string) int {
	t.Helper()
	for i, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), prefix) {
			return i + 1
		}
	}
	t.Fatalf("no line %q", prefix)
	return 0
}

// TestAcceptanceCorpusNoOpChanges: on every corpus unit, a change of the
// schema's text that leaves its database alone — a comment added, the first
// model moved to the end — introduces nothing (no change rule, no introduced
// finding), whatever drift the project already has.
func TestAcceptanceCorpusNoOpChanges(t *testing.T) {
	edits := []struct {
		name string
		edit func(src string) (string, bool)
	}{
		{"comment", func(src string) (string, bool) { return "// a comment-only change\n" + src, true }},
		{"model moved", func(src string) (string, bool) {
			loc := reFirstModel.FindStringIndex(src)
			if loc == nil {
				return "", false
			}
			end := strings.Index(src[loc[1]:], "\n}")
			if end < 0 {
				return "", false
			}
			end += loc[1] + len("\n}")
			block := src[loc[0]:end]
			return src[:loc[0]] + src[end:] + "\n" + block + "\n", true
		}},
	}
	for _, u := range loadUnits(t) {
		for _, e := range edits {
			t.Run(u.Name+"/"+e.name, func(t *testing.T) {
				base, head, edited := editUnit(t, u, e.edit)
				if edited == "" {
					t.Skipf("no schema file to edit under %s", u.Schema)
				}
				res, err := checkrun.Analyze(context.Background(), base, head, checkrun.Options{})
				if err != nil {
					t.Fatalf("Analyze: %v", err)
				}
				for _, f := range res.Findings {
					if f.Introduced || f.Rule == "rules/schema-changed-without-migration" {
						t.Errorf("%s in %s introduces %s:%d [%s] %s", e.name, edited, f.File, f.Line, f.Rule, f.Message)
					}
				}
			})
		}
	}
}

// TestAcceptanceCorpusFixRoundTrip: on every corpus unit, a schema change
// without a migration (a model added; a field added to the first model) is
// one error on the changed line, and the fix migsync proposes — its
// migration.sql committed in the folder it names — makes the same change
// pass: no introduced finding and nothing left to migrate (the proposed SQL
// also brings any drift the project already had in line, as Prisma's would).
func TestAcceptanceCorpusFixRoundTrip(t *testing.T) {
	edits := []struct {
		name string
		// edit returns the changed source and the changed line (1-based),
		// or ok false when the file has nothing to edit
		edit func(src string) (out string, line int, ok bool)
	}{
		{"model", func(src string) (string, int, bool) {
			src = strings.TrimRight(src, "\n") + "\n"
			return src + "\nmodel MigsyncProbe {\n  id    Int    @id\n  label String\n}\n", strings.Count(src, "\n") + 2, true
		}},
		{"field", func(src string) (string, int, bool) {
			loc := reFirstModel.FindStringIndex(src)
			if loc == nil {
				return "", 0, false
			}
			return src[:loc[1]] + "  migsyncProbe String?\n" + src[loc[1]:], strings.Count(src[:loc[1]], "\n") + 1, true
		}},
	}
	for _, u := range loadUnits(t) {
		for _, e := range edits {
			t.Run(u.Name+"/"+e.name, func(t *testing.T) {
				line := 0
				base, head, edited := editUnit(t, u, func(src string) (string, bool) {
					out, l, ok := e.edit(src)
					line = l
					return out, ok
				})
				if edited == "" {
					t.Skipf("no schema file to edit")
				}
				roundTrip(t, u, base, head, edited, line)
			})
		}
	}
}

// editUnit loads a corpus unit (base) and applies edit to its first schema
// file that edit accepts (head, edited: that file's path; "" when none).
func editUnit(t *testing.T, u corpusUnit, edit func(src string) (string, bool)) (base, head tree.Map, edited string) {
	t.Helper()
	base = unitTree(t, filepath.Join(testdataDir, "corpus", u.Project), u.Schema, u.Migrations)
	head = tree.Map{}
	for _, p := range slices.Sorted(maps.Keys(base)) {
		head[p] = base[p]
		if edited == "" && strings.HasSuffix(p, ".prisma") {
			if out, ok := edit(base[p]); ok {
				head[p], edited = out, p
			}
		}
	}
	return base, head, edited
}

// reFirstModel matches a schema's first model block's opening line.
var reFirstModel = regexp.MustCompile(`(?m)^model\s+\w+\s*\{[ \t]*\n`)

func roundTrip(t *testing.T, u corpusUnit, base, head tree.Map, edited string, line int) {
	t.Helper()
	res, err := checkrun.Analyze(context.Background(), base, head, checkrun.Options{})
	if err != nil {
		t.Fatalf("Analyze: %v", err)
	}
	var introduced []finding.Finding
	for _, f := range res.Findings {
		if f.Introduced {
			introduced = append(introduced, f)
		}
	}
	if len(introduced) != 1 || introduced[0].Rule != "rules/schema-changed-without-migration" ||
		introduced[0].File != edited || introduced[0].Line != line {
		t.Fatalf("want one change-rule error at %s:%d, got:\n%s", edited, line, listFindings(introduced))
	}
	var p *checkrun.Project
	for _, q := range res.Projects {
		if strings.TrimSuffix(q.Schema, "/") == u.Schema {
			p = q
		}
	}
	if p == nil || p.NewMigration == "" || !strings.Contains(strings.ToLower(p.MissingSQL), "migsyncprobe") {
		t.Fatalf("no proposed migration for %s: %+v", u.Schema, p)
	}

	fixed := tree.Map{}
	for k, v := range head {
		fixed[k] = v
	}
	fixed[p.NewMigration+"/migration.sql"] = p.MissingSQL
	res, err = checkrun.Analyze(context.Background(), base, fixed, checkrun.Options{})
	if err != nil {
		t.Fatalf("Analyze: %v", err)
	}
	for _, f := range res.Findings {
		if f.Introduced {
			t.Errorf("after committing the proposed migration %s, still: %s", p.NewMigration, describe(f))
		}
	}
	// What is left is only what Prisma finds different from itself (a
	// B-tree index with a raw() operator class, re-created on every diff,
	// prisma/prisma#17518): committing it again leaves exactly the same.
	left := missingOf(t, res, u.Schema)
	if strings.TrimSpace(left) == "" {
		return
	}
	fixed[strings.TrimSuffix(p.NewMigration, "/")+"_again/migration.sql"] = left
	res, err = checkrun.Analyze(context.Background(), base, fixed, checkrun.Options{})
	if err != nil {
		t.Fatalf("Analyze: %v", err)
	}
	if again := missingOf(t, res, u.Schema); again != left {
		t.Errorf("after committing the proposed migration, still to migrate:\n%s\nand after committing that too:\n%s", left, again)
	} else {
		t.Logf("left after the fix, and after committing it again (Prisma's perpetual drift):\n%s", left)
	}
}

// missingOf is the MissingSQL of the result's project with the schema.
func missingOf(t *testing.T, res *checkrun.Result, schema string) string {
	t.Helper()
	for _, q := range res.Projects {
		if strings.TrimSuffix(q.Schema, "/") == schema {
			return q.MissingSQL
		}
	}
	t.Fatalf("no project %s", schema)
	return ""
}
