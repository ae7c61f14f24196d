// Package finding is the one result type of the engine: every rule, drift
// difference and replay problem is a Finding, and every face (CLI formats,
// check run, review comments, db-check) renders Findings.
package finding

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
)

// Severity orders findings; only errors fail a check by default.
type Severity string

const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Notice  Severity = "notice"
)

// Rank is 3 for error, 2 for warning, 1 for notice, 0 otherwise.
func (s Severity) Rank() int {
	switch s {
	case Error:
		return 3
	case Warning:
		return 2
	case Notice:
		return 1
	}
	return 0
}

// ParseSeverity accepts error, warning, notice (and "off", returned as "").
func ParseSeverity(s string) (Severity, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "error":
		return Error, true
	case "warning", "warn":
		return Warning, true
	case "notice", "info":
		return Notice, true
	case "off", "none", "ignore":
		return "", true
	}
	return "", false
}

// Class is the drift classification of the issue: what a difference means for
// the running application.
type Class string

const (
	Breaking Class = "breaking" // the app fails or behaves differently at run time
	Missing  Class = "missing"  // missing but harmless (index, default, a name)
	Extra    Class = "extra"    // in the migrations' database only
	Change   Class = "change"   // a change-level rule (not a drift)
)

// Side is where a finding of a merge-aware check comes from.
type Side string

const (
	// SideHead: the change itself — its own diff (the change rules) or the
	// head commit alone shows it.
	SideHead Side = "head"
	// SideMerge: only the merge shows it — the head alone is fine, but
	// merged into the base branch's tip it is not (another change landed
	// there since this one started).
	SideMerge Side = "merge"
	// SideBase: the base branch's tip has it already (a pre-existing
	// finding).
	SideBase Side = "base"
)

// Finding is one problem, positioned and actionable.
type Finding struct {
	Rule     string   `json:"rule"`     // stable id, e.g. "drift/missing-table"
	Severity Severity `json:"severity"` // error, warning, notice
	Class    Class    `json:"class,omitempty"`
	Project  string   `json:"project"` // the project's schema path, e.g. "prisma/schema.prisma"
	File     string   `json:"file"`    // repository-relative path
	Line     int      `json:"line"`    // 1-based; 0: the whole file
	EndLine  int      `json:"endLine,omitempty"`
	// Object names what the finding is about, e.g. "model RefreshToken",
	// "field User.email", "index User_email_idx".
	Object string `json:"object,omitempty"`
	// Objects lists the database objects a finding covers when it stands
	// for several differences (a schema change without its migration:
	// every table, column, enum or index the missing migration would
	// create or change), e.g. `table "RefreshToken"`.
	Objects []string `json:"objects,omitempty"`
	Message string   `json:"message"`          // one sentence a developer acts on
	Detail  string   `json:"detail,omitempty"` // more explanation
	SQL     string   `json:"sql"`              // the SQL that fixes it (Prisma's), may be empty
	// Config is a .github/migsync.yml snippet that resolves the finding
	// (a project to name, a path to exclude); may be empty.
	Config string `json:"config,omitempty"`
	// Introduced is true when the problem is absent on the base tree (or
	// there is no base: a check of a working tree sets it true).
	Introduced bool `json:"introduced"`
	// Side says where a finding of a merge-aware check (a change judged as
	// it will merge into the current tip of its base branch) comes from:
	// SideHead, SideMerge or SideBase; "" when the check merged nothing.
	Side        Side   `json:"side,omitempty"`
	Fingerprint string `json:"fingerprint"`
}

// SetFingerprint computes a fingerprint that is stable across runs for the
// same problem: it hashes the rule, project and object (or, without an
// object, the message) and the objects it covers, not the line, so moving
// code does not change it but covering one more table does.
func (f *Finding) SetFingerprint() {
	key := f.Object
	if key == "" {
		key = f.Message
	}
	if len(f.Objects) > 0 {
		key += "\x00" + strings.Join(f.Objects, "\x00")
	}
	h := sha256.Sum256([]byte(f.Rule + "\x00" + f.Project + "\x00" + key))
	f.Fingerprint = hex.EncodeToString(h[:8])
}

// Sort orders findings by severity (errors first), then file, line and rule.
func Sort(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Severity.Rank() != b.Severity.Rank() {
			return a.Severity.Rank() > b.Severity.Rank()
		}
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Rule < b.Rule
	})
}

// Max is the highest severity among findings, or "" for none.
func Max(fs []Finding) Severity {
	var m Severity
	for _, f := range fs {
		if f.Severity.Rank() > m.Rank() {
			m = f.Severity
		}
	}
	return m
}
