package finding

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

func TestSeverities(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Severity
		ok   bool
		rank int
	}{
		{"error", Error, true, 3},
		{" Error ", Error, true, 3},
		{"warning", Warning, true, 2},
		{"warn", Warning, true, 2},
		{"notice", Notice, true, 1},
		{"info", Notice, true, 1},
		{"off", "", true, 0},
		{"none", "", true, 0},
		{"ignore", "", true, 0},
		{"fatal", "", false, 0},
	} {
		got, ok := ParseSeverity(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseSeverity(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
		if got.Rank() != tt.rank {
			t.Errorf("ParseSeverity(%q).Rank() = %d, want %d", tt.in, got.Rank(), tt.rank)
		}
	}
	for _, tt := range []struct {
		fs   []Finding
		want Severity
	}{
		{nil, ""},
		{[]Finding{{Severity: Notice}}, Notice},
		{[]Finding{{Severity: Notice}, {Severity: Error}, {Severity: Warning}}, Error},
		{[]Finding{{Severity: "bogus"}}, ""},
	} {
		if got := Max(tt.fs); got != tt.want {
			t.Errorf("Max(%v) = %q, want %q", tt.fs, got, tt.want)
		}
	}
}

// TestFingerprint: stable for the same problem wherever it moves, different
// for another rule, project or object; a finding without an object is told
// apart by its message.
func TestFingerprint(t *testing.T) {
	base := Finding{Rule: "drift/missing-table", Project: "prisma/schema.prisma", Object: "model A", Message: "m", File: "prisma/schema.prisma", Line: 3}
	fp := func(f Finding) string { f.SetFingerprint(); return f.Fingerprint }
	want := fp(base)
	if len(want) != 16 {
		t.Fatalf("fingerprint %q: want 16 hex digits", want)
	}
	for _, tt := range []struct {
		change string
		edit   func(*Finding)
		same   bool
	}{
		{"line", func(f *Finding) { f.Line = 40 }, true},
		{"file", func(f *Finding) { f.File = "other.prisma" }, true},
		{"message, with an object", func(f *Finding) { f.Message = "reworded" }, true},
		{"severity", func(f *Finding) { f.Severity = Error }, true},
		{"rule", func(f *Finding) { f.Rule = "drift/extra-table" }, false},
		{"project", func(f *Finding) { f.Project = "other/schema.prisma" }, false},
		{"object", func(f *Finding) { f.Object = "model B" }, false},
		{"object gone, message kept", func(f *Finding) { f.Object = "" }, false},
	} {
		f := base
		tt.edit(&f)
		if got := fp(f); (got == want) != tt.same {
			t.Errorf("changing the %s: fingerprint %s vs %s, want same = %v", tt.change, got, want, tt.same)
		}
	}
	a, b := base, base
	a.Object, b.Object = "", ""
	b.Message = "another message"
	if fp(a) == fp(b) {
		t.Error("two findings without an object and with different messages share a fingerprint")
	}
}

func TestSort(t *testing.T) {
	fs := []Finding{
		{Rule: "r/b", Severity: Notice, File: "a", Line: 1},
		{Rule: "r/b", Severity: Error, File: "b", Line: 2},
		{Rule: "r/a", Severity: Error, File: "b", Line: 2},
		{Rule: "r/z", Severity: Error, File: "b", Line: 1},
		{Rule: "r/z", Severity: Error, File: "a", Line: 9},
		{Rule: "r/c", Severity: Warning, File: "a", Line: 1},
		{Rule: "r/same", Severity: Warning, File: "z", Line: 1, Message: "first"},
		{Rule: "r/same", Severity: Warning, File: "z", Line: 1, Message: "second"},
	}
	Sort(fs)
	var got []string
	for _, f := range fs {
		got = append(got, fmt.Sprintf("%s %s:%d %s %s", f.Severity, f.File, f.Line, f.Rule, f.Message))
	}
	want := []string{
		"error a:9 r/z ", "error b:1 r/z ", "error b:2 r/a ", "error b:2 r/b ",
		"warning a:1 r/c ", "warning z:1 r/same first", "warning z:1 r/same second",
		"notice a:1 r/b ",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Sort (severity, file, line, rule; stable) =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestJSONFields pins the JSON names the CLI's --format json promises
// (README): a renamed field would break users' scripts.
func TestJSONFields(t *testing.T) {
	f := Finding{Rule: "r", Severity: Error, Class: Breaking, Project: "p", File: "f", Line: 1, EndLine: 2,
		Object: "o", Message: "m", Detail: "d", SQL: "s", Introduced: true, Fingerprint: "x"}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"rule", "severity", "class", "project", "file", "line", "endLine", "object", "message", "detail", "sql", "introduced", "fingerprint"} {
		if _, ok := m[key]; !ok {
			t.Errorf("JSON has no %q field: %s", key, b)
		}
	}
	b, _ = json.Marshal(Finding{Rule: "r"})
	for _, key := range []string{"class", "endLine", "object", "detail"} {
		if strings.Contains(string(b), `"`+key+`"`) {
			t.Errorf("empty %q is not omitted: %s", key, b)
		}
	}
}

func TestRuleAllows(t *testing.T) {
	one := NewRule("drift/missing-table", Error, "s")
	two := Rule{ID: "schema/syntax", Severity: Error, Also: Warning}
	for _, tt := range []struct {
		r    Rule
		sev  Severity
		want bool
	}{
		{one, Error, true}, {one, Warning, false}, {one, "", false},
		{two, Error, true}, {two, Warning, true}, {two, Notice, false},
	} {
		if got := tt.r.Allows(tt.sev); got != tt.want {
			t.Errorf("%s (default %s, also %q).Allows(%q) = %v, want %v", tt.r.ID, tt.r.Severity, tt.r.Also, tt.sev, got, tt.want)
		}
	}
	if one.Summary != "s" || one.Also != "" {
		t.Errorf("NewRule = %+v", one)
	}
}
