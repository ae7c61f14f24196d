// Package drift compares two database catalogues — want, what the Prisma
// schema declares (checkrun/prisma lowers it), and have, what the committed
// migrations build (checkrun/sqlddl replays them) or what a live database
// holds (db-check) — and classifies every difference:
//
//   - Breaking (severity error): the application fails or misbehaves: a
//     missing table, column, enum or enum value, primary key or unique
//     constraint, a wrong type or nullability, a different referential action,
//     a missing autoincrement, an extra NOT NULL column the client never fills.
//   - Missing (severity warning): declared in the schema, absent from the
//     database, but the application still works: a plain index, a default, a
//     foreign key (integrity is not enforced, queries still succeed), an index
//     or foreign key that only differs by name (e.g. identifier truncation).
//   - Extra (severity notice): present only in the database: hand-written
//     indexes, triggers, views, CHECK constraints, extra tables and columns,
//     defaults the schema does not declare, the pre-Prisma-4 implicit
//     many-to-many `_AB_unique` index instead of the `_AB_pkey` key.
//
// Each Difference carries the SQL that Prisma Migrate would generate for it,
// and RenderSQL assembles the whole migration.sql Prisma would write for a set
// of differences: its steps, in its order, with its comments and spacing. The
// matching rules follow Prisma's schema differ (prisma-engines
// sql_schema_differ): tables and columns match by name, indexes by
// definition (columns, sort order, length, uniqueness, access method, operator
// classes) so a name-only difference is a rename, foreign keys by columns,
// referenced table and columns and referential actions.
//
// Use:
//
//	diffs := drift.Compare(lowered.Catalog, replayed) // want, have
//	for _, d := range diffs {
//		f := d.Finding(project) // rule, severity, class, file:line, message, SQL
//	}
//	script := drift.RenderSQL(dialect, diffs) // Prisma's migration.sql for them all
//
// The tests compare with Prisma 7.10.1's own output: testdata/cases holds
// schema and migrations pairs with the SQL Prisma generates (regenerate with
// testdata/regen.sh and the oracle), and the corpus under ../../testdata.
package drift

import (
	"fmt"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/finding"
)

// Rule ids of the differences (Difference.Kind).
const (
	KindMissingTable        = "drift/missing-table"
	KindMissingColumn       = "drift/missing-column"
	KindColumnType          = "drift/column-type"
	KindColumnNullability   = "drift/column-nullability"
	KindColumnDefault       = "drift/column-default"
	KindColumnAutoincrement = "drift/column-autoincrement"
	KindMissingEnum         = "drift/missing-enum"
	KindMissingEnumValue    = "drift/missing-enum-value"
	KindMissingPrimaryKey   = "drift/missing-primary-key"
	KindPrimaryKey          = "drift/primary-key"
	KindMissingUnique       = "drift/missing-unique"
	KindMissingIndex        = "drift/missing-index"
	KindIndexDefinition     = "drift/index-definition"
	KindIndexName           = "drift/index-name"
	KindMissingForeignKey   = "drift/missing-foreign-key"
	KindForeignKeyAction    = "drift/foreign-key-action"
	KindForeignKey          = "drift/foreign-key" // same columns, other referenced columns or column types
	KindForeignKeyName      = "drift/foreign-key-name"
	KindMissingExtension    = "drift/missing-extension"
	KindExtraTable          = "drift/extra-table"
	KindExtraColumn         = "drift/extra-column"
	KindExtraRequiredColumn = "drift/extra-required-column"
	KindExtraIndex          = "drift/extra-index"
	KindExtraDefault        = "drift/extra-default"
	KindExtraForeignKey     = "drift/extra-foreign-key"
	KindExtraEnum           = "drift/extra-enum"
	KindExtraEnumValue      = "drift/extra-enum-value"
	KindExtraPrimaryKey     = "drift/extra-primary-key"
	KindImplicitM2MUnique   = "drift/implicit-m2m-unique"
	KindExtraTrigger        = "drift/extra-trigger"
	KindExtraCheck          = "drift/extra-check"
	KindExtraView           = "drift/extra-view"
)

// Difference is one classified difference between the schema (want) and the
// migrations' database (have).
type Difference struct {
	// Kind is the stable rule id, one of the Kind* constants.
	Kind     string
	Class    finding.Class    // Breaking, Missing or Extra
	Severity finding.Severity // error, warning or notice (from Class)
	// Table and Column name the database objects concerned (Column may be
	// empty). Schema is the table's schema when it is not the default one.
	Schema string
	Table  string
	Column string
	// Object names the object for humans and for ignore rules, e.g.
	// `table "RefreshToken"`, `column "User"."email"`, `index "User_email_idx"`.
	Object string
	// Want is where the schema declares the object (zero when it does not);
	// Have is the migration line that created it (zero when none did).
	Want catalog.Pos
	Have catalog.Pos
	// Message is one sentence a developer acts on.
	Message string
	// SQL is what Prisma Migrate would generate for this difference alone, in
	// its migration.sql format; empty when Prisma ignores the object (partial
	// and expression indexes, triggers, views, CHECK constraints).
	SQL string

	ops []op // the migration steps this difference contributes to
}

// Pos is the difference's primary position: the schema line when the schema
// declares the object, else the migration line.
func (d Difference) Pos() catalog.Pos {
	if !d.Want.IsZero() {
		return d.Want
	}
	return d.Have
}

// Finding turns the difference into an engine finding for a project (the
// project's schema path). Position fields come from Pos; the fingerprint is
// set.
func (d Difference) Finding(project string) finding.Finding {
	p := d.Pos()
	f := finding.Finding{
		Rule:     d.Kind,
		Severity: d.Severity,
		Class:    d.Class,
		Project:  project,
		File:     p.File,
		Line:     p.Line,
		EndLine:  p.EndLine,
		Object:   d.Object,
		Message:  d.Message,
		SQL:      d.SQL,
	}
	if !d.Want.IsZero() && !d.Have.IsZero() {
		f.Detail = fmt.Sprintf("declared at %s; created at %s", d.Want, d.Have)
	}
	f.SetFingerprint()
	return f
}

// SeverityOf is the default severity of a class: breaking → error, missing →
// warning, extra → notice.
func SeverityOf(c finding.Class) finding.Severity {
	switch c {
	case finding.Breaking:
		return finding.Error
	case finding.Missing:
		return finding.Warning
	}
	return finding.Notice
}

// Compare lists the differences between want (the schema) and have (the
// migrations' or a live database), in a deterministic order: the order of
// the steps Prisma would generate, then by object. Both catalogues must be of
// the same dialect (want's is used).
func Compare(want, have *catalog.Catalog) []Difference {
	if want == nil {
		want = catalog.New(catalog.Postgres)
	}
	if have == nil {
		have = catalog.New(want.Dialect)
	}
	df := newDiffer(want, have)
	df.run()
	for i := range df.diffs {
		d := &df.diffs[i]
		d.Severity = SeverityOf(d.Class)
		d.SQL = RenderSQL(want.Dialect, df.diffs[i:i+1])
	}
	sortDiffs(df.diffs)
	return df.diffs
}

// RenderSQL renders the migration.sql that Prisma Migrate would generate for
// the differences: their steps merged (one ALTER TABLE per table, one ALTER
// TYPE per enum), in Prisma's step order, each step preceded by its comment
// ("-- CreateTable") and separated by a blank line. It returns "" when there
// is nothing to do.
func RenderSQL(d catalog.Dialect, diffs []Difference) string {
	var ops []op
	for _, df := range diffs {
		ops = append(ops, df.ops...)
	}
	return renderScript(dialectFor(d), planSteps(ops))
}
