package dbcheck

import (
	"strings"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/drift"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/checkrun/prisma"
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
	"create a migration with prisma migrate dev", "apply the missing migration (prisma migrate deploy), or create it with prisma migrate dev if the repository has none",
)

// liveDrift turns the differences between the schema and the live database
// into findings: positioned on the schema line that declares the object
// (naming the model or field), or, for objects only the database has, on
// their table's model line when the schema has the table, else on the
// schema file.
func liveDrift(u checkrun.Unit, l *prisma.Lowered, diffs []drift.Difference, db string) []finding.Finding {
	fs := checkrun.DriftFindings(u.Schema, l, diffs)
	for i := range fs {
		f := &fs[i]
		d := diffs[i]
		f.Message = liveWording.Replace(f.Message)
		f.Detail = ""
		if !d.Want.IsZero() {
			f.Detail = "declared at " + d.Want.String() + "; checked against " + db
		} else {
			f.Detail = "found in " + db
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
