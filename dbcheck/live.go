package dbcheck

import (
	"strings"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/drift"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/checkrun/prisma"
	"github.com/migsync/migsync/checkrun/rules"
	"github.com/migsync/migsync/checkrun/sqlddl"
)

// liveWording rewrites drift's messages, which speak of "the migrations"
// (the repository check compares the schema with replayed migrations), for a
// live database. A phrase not found is left alone: the message stays true,
// only less precise.
var liveWording = strings.NewReplacer(
	"is declared in the schema but no migration creates it", "is declared in the schema but the database does not have it",
	"is declared in the schema but no migration adds it", "is declared in the schema but the database does not have it",
	"exists in the migrations but not in the schema", "exists in the database but not in the schema",
	"is created by a migration and is invisible to the schema", "exists in the database and is invisible to the schema",
	"is created by a migration; Prisma Migrate does not manage views", "exists in the database; Prisma Migrate does not manage views",
	"exists only in the migrations", "exists only in the database",
	" in the migrations but ", " in the database but ",
	" in the migrations that ", " in the database that ",
	" in the migrations and the schema", " in the database and the schema",
	" in the migrations;", " in the database;",
)

// remedy replaces drift's advice for the repository ("create a migration")
// with the one for a live database, depending on where the difference comes
// from: the repository's migrations lack it too (migsync check reports it),
// migrations are pending, or the database was changed outside the
// migrations.
func remedy(msg string, inRepo, pending bool) string {
	const create = "create a migration with prisma migrate dev"
	switch {
	case inRepo:
		return strings.ReplaceAll(msg, create, "no migration in the repository creates it either: create one with prisma migrate dev and deploy it")
	case pending:
		return strings.ReplaceAll(msg, create, "apply the pending migrations (prisma migrate deploy), then check again")
	}
	return strings.ReplaceAll(msg, create, "the migrations create it, so it was changed by hand in the database: restore it as the migrations define it")
}

// liveDrift turns the differences between the schema and the live database
// into findings: positioned on the schema line that declares the object
// (naming the model or field), or, for objects only the database has, on
// their table's model line when the schema has the table, else on the
// schema file.
// repo holds the keys (diffKey) of the differences the repository's own
// migrations have.
func liveDrift(u checkrun.Unit, l *prisma.Lowered, diffs []drift.Difference, db string, repo map[string]bool, pending bool) []finding.Finding {
	fs := checkrun.DriftFindings(u.Schema, l, diffs)
	for i := range fs {
		f := &fs[i]
		d := diffs[i]
		inRepo := repo[diffKey(d)]
		f.Message = remedy(liveWording.Replace(f.Message), inRepo, pending)
		if !d.Want.IsZero() {
			f.Detail = "declared at " + d.Want.String() + "; checked against " + db
		} else {
			f.Detail = "found in " + db
		}
		if inRepo {
			f.Detail += "; the repository's migrations have the same difference (migsync check reports it)"
		} else if pending {
			f.Detail += "; the repository's migrations do not have this difference: it comes from the pending migrations or from a change made outside the migrations"
		} else {
			f.Detail += "; the repository's migrations do not have this difference: the database was changed outside them"
		}
		if f.File == "" || !d.Have.IsZero() && d.Want.IsZero() {
			f.File, f.Line, f.EndLine = schemaFile(u), 0, 0
			if t := l.Catalog.Table(d.Schema, d.Table); t != nil && !t.Pos.IsZero() {
				f.File, f.Line = t.Pos.File, t.Pos.Line
			}
		}
		f.SetFingerprint()
	}
	return fs
}

// diffKey identifies a difference across two comparisons.
func diffKey(d drift.Difference) string { return d.Kind + "\x00" + d.Object }

// repositoryDiffs compares the schema with the database the repository's
// migrations build (what migsync check does) and returns the keys of the
// differences.
func repositoryDiffs(l *prisma.Lowered, set *rules.Set) map[string]bool {
	migs := make([]sqlddl.Migration, 0, len(set.Migrations))
	for _, m := range set.Migrations {
		migs = append(migs, sqlddl.Migration{Name: m.Name, Path: m.SQLPath, SQL: m.SQL})
	}
	replayed, _ := sqlddl.Replay(l.Dialect, migs)
	out := map[string]bool{}
	for _, d := range drift.Compare(l.Catalog, replayed) {
		out[diffKey(d)] = true
	}
	return out
}
